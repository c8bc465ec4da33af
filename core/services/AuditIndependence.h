// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace isms {

class Database;

/// An auditor who would audit something they own.
struct IndependenceConflict
{
    RecordId auditId;
    QString auditRef;    ///< "AUD-002"
    QString auditorRef;  ///< "P-004"
    QString auditorName; ///< "Priya Nair"
    QString ownedKind;   ///< the owned record's register key: "clauses", "controls", "assets", "processes"
    QString ownedRef;    ///< as people read it: "9.2", "A.8.13", "AS-003", "PR-002"
    QString ownedTitle;

    /// "Priya Nair (P-004) audits A.8.13 Information backup in AUD-002 but owns it; ..."
    QString sentence() const;
};

/// Auditors do not audit their own work (9.2.2 c): the lead auditor and the audit team of each audit,
/// checked against the owners recorded on clauses, controls, assets and processes. An owner field holds
/// text; it names a person when it (or one of its parts separated by commas, semicolons or slashes)
/// equals the person's reference, name or job title, ignoring case. An audit audits a clause or a
/// control it covers (AuditScope), and a process or an asset when it is full-scope or its scope text
/// names it.
class AuditIndependence final
{
    Q_DECLARE_TR_FUNCTIONS(isms::AuditIndependence)

public:
    /// Every conflict of every audit that is not closed, by audit, auditor and owned record. A file
    /// older than the audit registers gives none. Errors: Database.
    [[nodiscard]] static Result<QList<IndependenceConflict>> conflicts(const Database &db);

    /// The conflicts of one audit, whatever its status. Errors: Database.
    [[nodiscard]] static Result<QList<IndependenceConflict>> conflictsOf(const Database &db, RecordId audit);
};

} // namespace isms
