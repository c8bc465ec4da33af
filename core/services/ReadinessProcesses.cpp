// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness rules of the ISMS processes (4.4, 8.1), over ProcessRules.
#include "domain/Entities.h"
#include "services/ProcessRules.h"
#include "services/ReadinessRules.h"
#include "storage/RecordRepository.h"

namespace isms {

ReadinessProvider ReadinessRules::processes()
{
    return ReadinessProvider{
        .area = QStringLiteral("processes"),
        .title = QT_TRANSLATE_NOOP("isms::ReadinessCheck", "ISMS processes (4.4, 8.1)"),
        .rules =
            {
                {QStringLiteral("R-PROCESSES-MISSING"),
                 ReadinessSeverity::Major,
                 QStringLiteral("4.4"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck", "The processes of the ISMS are recorded."),
                 QString()},
                {QStringLiteral("R-PROCESS-NO-OWNER"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("4.4"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Every process of the ISMS has an owner."),
                 QStringLiteral("R-PROCESSES-MISSING")},
                {QStringLiteral("R-PROCESS-NO-CRITERIA"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("8.1"),
                 QT_TRANSLATE_NOOP(
                     "isms::ReadinessCheck",
                     "Every process of the ISMS states the criteria by which it is controlled."),
                 QStringLiteral("R-PROCESSES-MISSING")},
            },
        .run = [](const ReadinessInput &input) -> Result<ReadinessOutcome> {
            const auto exists = RecordRepository(input.db, processSpec()).tableExists();
            if (!exists) {
                return exists.error();
            }
            if (!*exists) {
                return ReadinessOutcome();
            }
            const auto found = ProcessRules::findings(input.db);
            if (!found) {
                return found.error();
            }
            QList<ReadinessFinding> findings;
            RefCache refs;
            for (const ProcessFinding &point : *found) {
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
