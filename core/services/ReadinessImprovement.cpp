// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness rules of nonconformities and corrective actions (10.2), incidents (Annex A 5.24-5.28)
// and suppliers (Annex A 5.19-5.23), over ImprovementRules.
#include "domain/Entities.h"
#include "services/ImprovementRules.h"
#include "services/ReadinessRules.h"
#include "storage/RecordRepository.h"

namespace isms {

namespace {

ReadinessRule rule(const char *id, ReadinessSeverity severity, const char *clause, const char *description)
{
    return ReadinessRule{QString::fromLatin1(id),
                         severity,
                         QString::fromLatin1(clause),
                         description,
                         QString()};
}

} // namespace

ReadinessProvider ReadinessRules::improvement()
{
    using Severity = ReadinessSeverity;
    return ReadinessProvider{
        .area = QStringLiteral("improvement"),
        .title = QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Nonconformities, incidents and suppliers (10.2, A.5.19-A.5.28)"),
        .rules =
            {
                rule("R-NC-NO-ROOT-CAUSE",
                     Severity::Minor,
                     "10.2 b)",
                     QT_TRANSLATE_NOOP(
                         "isms::ReadinessCheck",
                         "An open nonconformity has its root cause within 30 days of being raised.")),
                rule("R-NC-NO-ACTION",
                     Severity::Major,
                     "10.2 c)",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "Every nonconformity that is not closed has a corrective action.")),
                rule("R-NC-CLOSED-UNREVIEWED",
                     Severity::Major,
                     "10.2 d)",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "A closed nonconformity had an effectiveness review that found it "
                                       "effective.")),
                rule("R-CA-OVERDUE",
                     Severity::Minor,
                     "10.2 c)",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "Corrective actions are done by their due date.")),
                rule("R-INCIDENT-NO-LESSONS",
                     Severity::Minor,
                     "A.5.27",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "A resolved or closed incident states its lessons learned.")),
                rule("R-SUPPLIER-REVIEW-OVERDUE",
                     Severity::Minor,
                     "A.5.22",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "Suppliers are reviewed by their next review date.")),
                rule("R-SUPPLIER-NO-REQUIREMENTS",
                     Severity::Major,
                     "A.5.20",
                     QT_TRANSLATE_NOOP(
                         "isms::ReadinessCheck",
                         "A supplier of high or critical importance has security requirements.")),
            },
        .run = [](const ReadinessInput &input) -> Result<ReadinessOutcome> {
            const auto exists = RecordRepository(input.db, nonconformitySpec()).tableExists();
            if (!exists) {
                return exists.error();
            }
            if (!*exists) {
                return ReadinessOutcome();
            }
            const auto found = ImprovementRules::findings(input.db, input.today);
            if (!found) {
                return found.error();
            }
            QList<ReadinessFinding> findings;
            RefCache refs;
            for (const ImprovementFinding &point : *found) {
                auto finding = pointAbout(input.db, point.rule, point.kind, point.ref, point.message, refs);
                if (!finding) {
                    return finding.error();
                }
                findings.append(*finding);
            }
            return ReadinessOutcome(findings);
        },
    };
}

} // namespace isms
