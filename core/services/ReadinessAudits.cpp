// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness rules of internal audit (9.2), over AuditRules.
#include "domain/Entities.h"
#include "services/AuditRules.h"
#include "services/ReadinessRules.h"
#include "storage/RecordRepository.h"

namespace isms {

ReadinessProvider ReadinessRules::audits()
{
    return ReadinessProvider{
        .area = QStringLiteral("audits"),
        .title = QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Internal audit (9.2)"),
        .rules =
            {
                {QStringLiteral("R-AUDIT-PROGRAMME-NONE"),
                 ReadinessSeverity::Major,
                 QStringLiteral("9.2.2"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck", "An audit programme plans the internal audits."),
                 QString()},
                {QStringLiteral("R-AUDIT-INDEPENDENCE"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("9.2.2 c)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck", "No auditor audits an area they own."),
                 QString()},
                {QStringLiteral("R-AUDITOR-COMPETENCE"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("7.2, 9.2.2"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Every auditor has a competence in auditing recorded as held."),
                 QString()},
                {QStringLiteral("R-AUDIT-NOT-REPORTED"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("9.2.2 d)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "The results of every completed audit are reported to management."),
                 QString()},
                {QStringLiteral("R-AUDIT-COVERAGE"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("9.2.2"),
                 QT_TRANSLATE_NOOP(
                     "isms::ReadinessCheck",
                     "Advice: the audits of the cycle cover every clause and applicable control."),
                 QStringLiteral("R-AUDIT-PROGRAMME-NONE")},
            },
        .run = [](const ReadinessInput &input) -> Result<ReadinessOutcome> {
            const auto exists = RecordRepository(input.db, auditProgrammeSpec()).tableExists();
            if (!exists) {
                return exists.error();
            }
            if (!*exists) {
                return ReadinessOutcome();
            }
            const auto found = AuditRules::findings(input.db, input.today);
            if (!found) {
                return found.error();
            }
            QList<ReadinessFinding> findings;
            RefCache refs;
            for (const AuditFinding &point : *found) {
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
