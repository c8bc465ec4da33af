// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/ChangeLogEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace isms {
class Database;
}

/// Readable forms of the change log's entries of registers: the kind's name, the record's reference
/// instead of its row id ("R-003", remembered from the entries and read from the file), the field's
/// label, and for a creation or deletion a short summary of the record ("R-003 Ransomware") instead of
/// its JSON snapshot.
class ChangeLogLabels final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLogLabels)

public:
    /// Forgets every reference and reads later ones from `db` (nullptr: none).
    void reset(isms::Database *db);

    /// Notes the references that creation and deletion entries hold (cheap; call for loaded entries).
    void learn(const QList<isms::ChangeLogEntry> &entries);

    /// The kind's name, or an empty string for an entity that is no register.
    static QString kindLabel(const QString &entity);

    /// The record's reference, or an empty string when the entity is no register.
    QString reference(const isms::ChangeLogEntry &entry) const;

    /// The field's label ("Residual likelihood"), "Created" or "Removed" for the record entry; empty
    /// when the entity is no register.
    static QString fieldLabel(const isms::ChangeLogEntry &entry);

    /// A short summary of a creation or deletion snapshot ("R-003 Ransomware"); empty otherwise.
    QString snapshotSummary(const QString &entity, const QString &json) const;

private:
    isms::Database *m_db = nullptr;
    mutable QHash<QString, QString> m_refs; ///< "entity/id" to reference
};
