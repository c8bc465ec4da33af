// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/TextKey.h"
#include "domain/EntitySpec.h"
#include "services/ReadinessCheck.h"

#include <QHash>

namespace isms {

/// The readiness rules of today's registers, one provider per area (ReadinessCheck::providers lists
/// them). The context and SoA providers give ContextRules and ApplicabilityRules stable rule ids; the
/// risk and evidence providers read the risk register, its tasks and the evidence store.
class ReadinessRules final
{
    Q_DECLARE_TR_FUNCTIONS(isms::ReadinessRules)

public:
    /// Clause 4: scope, issues, interested parties (ContextRules). Any schema with the context registers.
    static ReadinessProvider context();

    /// 6.1.3 d) and e): the Statement of Applicability (ApplicabilityRules). Schema 7 and later.
    static ReadinessProvider applicability();

    /// 6.1.2, 6.1.3, 8.2, 8.3: owners, treatment, acceptance, overdue tasks and reviews. Schema 6 and later.
    static ReadinessProvider risks();

    /// 7.5: expired evidence. Files with the evidence store.
    static ReadinessProvider evidence();

    /// Planning (6.1.1, 6.2, 6.3): PlanningRules with their ids (ReadinessPlanning.cpp).
    static ReadinessProvider planning();

    /// The ISMS processes (4.4, 8.1): ProcessRules with their ids (ReadinessProcesses.cpp).
    static ReadinessProvider processes();
    /// Management reviews (9.3): ReviewRules with their ids (ReadinessReviews.cpp).
    static ReadinessProvider reviews();

    /// Clauses 4 to 10 as a whole: mandatory documented information (MandatoryInformation) and no clause
    /// "not applicable" (ReadinessClauses.cpp).
    static ReadinessProvider clauses();
    /// Roles (5.3) and support (7.2 to 7.4): PeopleRules with their ids (ReadinessPeople.cpp).
    static ReadinessProvider people();
    /// Risk assessment runs (8.2): none, overdue, or due after a significant change (AssessmentRules,
    /// ReadinessAssessments.cpp). Schema 20 and later.
    static ReadinessProvider assessments();
    /// Performance evaluation (9.1) and the improvement log (10.1): MetricRules with their ids
    /// (ReadinessPerformance.cpp).
    static ReadinessProvider performance();
    /// Internal audit (9.2): AuditRules with their ids (ReadinessAudits.cpp).
    static ReadinessProvider audits();
    /// Nonconformities and corrective actions (10.2), incidents and suppliers (Annex A 5.19-5.28):
    /// ImprovementRules with their ids (ReadinessImprovement.cpp).
    static ReadinessProvider improvement();
    /// Leadership and documented information (5.1, 5.2, 7.5): the leadership duties, the policy, its
    /// acknowledgements, and the documents' reviews and versions (ReadinessDocuments.cpp).
    static ReadinessProvider documents();

    /// The references of the registers read so far, by register key; filled by pointAbout().
    using RefCache = TextHash<TextHash<RecordId>>;

    /// A finding of `rule` about the record `ref` of the register `kind` (an EntitySpec key), or about
    /// the register itself when `ref` is empty, with the change-log entity and id that open it (a
    /// catalogue record's reference, another record's row id). Errors: Database.
    [[nodiscard]] static Result<ReadinessFinding> pointAbout(const Database &db,
                                                             const QString &rule,
                                                             const QString &kind,
                                                             const QString &ref,
                                                             const QString &message,
                                                             RefCache &refs);
};

} // namespace isms
