// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness rules of dated risk assessment runs (8.2), over AssessmentRules.
#include "services/AssessmentRules.h"
#include "services/ReadinessRules.h"

namespace isms {

ReadinessProvider ReadinessRules::assessments()
{
    const auto rule =
        [](const char *id, ReadinessSeverity severity, const char *description, const char *prerequisite) {
            return ReadinessRule{QString::fromLatin1(id),
                                 severity,
                                 QStringLiteral("8.2"),
                                 description,
                                 QString::fromLatin1(prerequisite)};
        };
    return ReadinessProvider{
        .area = QStringLiteral("assessment-runs"),
        .title = QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Risk assessment runs (8.2, 8.3)"),
        .rules =
            {
                rule("R-ASSESSMENT-NONE",
                     ReadinessSeverity::Major,
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck", "A dated risk assessment run is recorded."),
                     ""),
                rule("R-ASSESSMENT-OVERDUE",
                     ReadinessSeverity::Minor,
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "The latest assessment run lies within the interval the risk method "
                                       "sets."),
                     "R-ASSESSMENT-NONE"),
                rule("R-REASSESSMENT-DUE",
                     ReadinessSeverity::Minor,
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "No significant change was implemented after the latest assessment "
                                       "run."),
                     "R-ASSESSMENT-NONE"),
            },
        .run = [](const ReadinessInput &input) -> Result<ReadinessOutcome> {
            const auto found = AssessmentRules::findings(input.db, input.today);
            if (!found) {
                return found.error();
            }
            if (!*found) {
                return ReadinessOutcome();
            }
            QList<ReadinessFinding> findings;
            RefCache refs;
            for (const AssessmentFinding &point : **found) {
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
