// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/ChangeLogEntry.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace isms {

class Database;

/// The head of a project's change log: how many entries it holds and the hash of the newest one.
/// Printed on reports and by `isms-cli info`, so that a printed copy anchors the history.
struct ChangeLogHead
{
    /// Characters of the hash shown where space is short (reports, the status line).
    static constexpr int ShortHashLength = 16;

    qint64 count = 0; ///< the newest entry's number: the entry count of a log whose chain is intact
    QByteArray hash;  ///< hex SHA-256 of the newest entry; empty when the log is empty

    /// The first ShortHashLength characters of the hash.
    QString shortHash() const { return QString::fromLatin1(hash.left(ShortHashLength)); }

    /// "42 entries, head 0123456789abcdef" (translated), for reports and `info`.
    QString displayText() const;

    /// Reads the head of `db`'s change log.
    [[nodiscard]] static Result<ChangeLogHead> read(const Database &db);

    /// The stored hash of the entry with sequence number `sequence`; unset when there is no such entry.
    [[nodiscard]] static Result<std::optional<QByteArray>> hashAt(const Database &db, qint64 sequence);
};

/// The random id a project file carries from schema version 3 on (project_identity.project_id).
class ProjectIdentity final
{
public:
    /// The project's id (a UUID without braces). Errors when the file has none (older schema, damaged).
    [[nodiscard]] static Result<QString> projectId(const Database &db);

    /// Change-log field keys of the project record that are written once, at creation.
    static QString createdUtcField() { return QStringLiteral("created_utc"); }

    static QString catalogueEditionField() { return QStringLiteral("catalogue_edition"); }

    static QString projectIdField() { return QStringLiteral("project_id"); }

    /// Storage-internal: the change-log entries that record a new project's creation (organisation,
    /// catalogue edition, creation time and, when `withProjectId`, the project id read from `db`).
    static QList<FieldChange> creationChanges(const QSqlDatabase &db,
                                              const QString &organisation,
                                              const QString &edition,
                                              const QString &createdUtc,
                                              bool withProjectId);
};

} // namespace isms
