// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace isms {

class Database;

/// Something the internal audit (9.2) leaves unsettled.
struct AuditFinding
{
    QString rule;    ///< "R-AUDIT-PROGRAMME-NONE", "R-AUDIT-INDEPENDENCE", ...
    QString kind;    ///< the register to fix ("audits", "audit-programme")
    QString ref;     ///< the record to fix; empty when the record is missing altogether
    QString message; ///< translated sentence naming the record
};

/// The validation hooks of the audit registers and the readiness rules of internal audit:
/// - R-AUDIT-PROGRAMME-NONE: no audit programme is recorded (9.2.2);
/// - R-AUDIT-INDEPENDENCE: an auditor or lead auditor audits an area they own (AuditIndependence);
/// - R-AUDITOR-COMPETENCE: a member of the team of an audit that is not closed has no competence in
///   auditing recorded as held (AuditorCompetence);
/// - R-AUDIT-NOT-REPORTED: a reported or closed audit whose results the programme has not reported to
///   management since the audit's report date;
/// - R-AUDIT-COVERAGE (advice): clauses or applicable controls that no audit of the current programme's
///   cycle covers (AuditCoverage).
class AuditRules final
{
    Q_DECLARE_TR_FUNCTIONS(isms::AuditRules)

public:
    /// The cycle runs forward; results reported on a date name to whom.
    [[nodiscard]] static Result<void> validateProgramme(const EntitySpec &spec,
                                                        const Record &record,
                                                        const RecordContext &context);
    /// Planned and actual dates in order; a reported or closed audit has its report date.
    [[nodiscard]] static Result<void> validateAudit(const EntitySpec &spec,
                                                    const Record &record,
                                                    const RecordContext &context);
    /// A clause of 4 to 10.
    [[nodiscard]] static Result<void> validateClauseLink(const EntitySpec &spec,
                                                         const Record &record,
                                                         const RecordContext &context);
    /// A nonconformity has a grade; nothing else has one.
    [[nodiscard]] static Result<void> validateChecklistItem(const EntitySpec &spec,
                                                            const Record &record,
                                                            const RecordContext &context);
    /// A finding's checklist item belongs to the finding's audit.
    [[nodiscard]] static Result<void> validateFinding(const EntitySpec &spec,
                                                      const Record &record,
                                                      const RecordContext &context);

    /// The unsettled points, rule by rule in the order above. A file from before the audit registers
    /// gives none. Errors: Database.
    [[nodiscard]] static Result<QList<AuditFinding>> findings(const Database &db, const QDate &today);
};

} // namespace isms
