// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"
#include "services/RecordService.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariant>

namespace isms {

class Database;

/// Adds document versions with their file and reads the files back. A version's file is stored in the
/// project like an evidence file (once per SHA-256, within the evidence size limit); every other field
/// of the version is a field of documentVersionSpec(), so list, show, set, remove, export and history
/// work through the framework. An approved version never changes (DocumentRules).
class DocumentService final
{
    Q_DECLARE_TR_FUNCTIONS(isms::DocumentService)

public:
    explicit DocumentService(Database &db);

    /// Stores the file at `path` as a new version of the document `documentRef` ("DOC-001"), with
    /// `values` (field key to stored value: version, status, author, approver, approval_date,
    /// change_note) in one transaction logged as the version's creation (an approved one with its seal).
    /// Returns the new version. Errors, one sentence each and nothing stored: InvalidArgument for no
    /// file, a field or hook rule; NotFound for a missing file or document; Io for a folder, an
    /// unreadable file or one over the project's size limit; Database.
    [[nodiscard]] Result<Record> addVersion(const QString &documentRef,
                                            const QString &path,
                                            const QHash<QString, QVariant> &values);

    /// As addVersion(), for bytes the program holds (the demo): `name` is the file name.
    [[nodiscard]] Result<Record> addVersionData(const QString &documentRef,
                                                const QString &name,
                                                const QByteArray &data,
                                                const QHash<QString, QVariant> &values);

    /// The stored bytes of the version `versionRef` ("DV-001"), checked against their SHA-256.
    [[nodiscard]] Result<QByteArray> content(const QString &versionRef) const;

    /// Writes the stored bytes of `versionRef` to `target`.
    [[nodiscard]] Result<void> extract(const QString &versionRef, const QString &target) const;

    /// The stored files of the document versions that removing `ids` of `spec` would take away (the
    /// versions themselves, or the versions of documents), by SHA-256; empty for any other register. An
    /// undo of the removal gives them back to restore().
    [[nodiscard]] Result<QHash<QString, QByteArray>> filesOf(const EntitySpec &spec,
                                                             const QList<RecordId> &ids) const;

    /// Puts back what RecordService::removeWithChildren took from `spec` (documents with their versions,
    /// or versions) with the versions' files, in one transaction logged as creations: the undo of such
    /// a removal.
    [[nodiscard]] Result<void> restore(const EntitySpec &spec,
                                       const Removal &removal,
                                       const QHash<QString, QByteArray> &files);

    /// True for the registers whose removal takes version files along (documents and their versions).
    static bool holdsFiles(const EntitySpec &spec);

    /// The versions of the document `document`, oldest first.
    [[nodiscard]] Result<QList<Record>> versionsOf(RecordId document) const;

private:
    Database &m_db;
};

} // namespace isms
