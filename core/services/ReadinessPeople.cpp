// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness rules of roles (5.3) and support (7.2 to 7.4), over PeopleRules.
#include "domain/Entities.h"
#include "services/PeopleRules.h"
#include "services/ReadinessRules.h"
#include "storage/RecordRepository.h"

namespace isms {

ReadinessProvider ReadinessRules::people()
{
    return ReadinessProvider{
        .area = QStringLiteral("people"),
        .title = QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Roles and support (5.3, 7.2 to 7.4)"),
        .rules =
            {
                {QStringLiteral("R-ROLE-CONFORMITY"),
                 ReadinessSeverity::Major,
                 QStringLiteral("5.3 a)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "A role held by an active person ensures that the ISMS conforms to the "
                                   "standard."),
                 QString()},
                {QStringLiteral("R-ROLE-REPORTING"),
                 ReadinessSeverity::Major,
                 QStringLiteral("5.3 b)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "A role held by an active person reports the performance of the ISMS to "
                                   "top management."),
                 QString()},
                {QStringLiteral("R-ROLE-NO-HOLDER"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("5.3"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Every role is held by a person who is still there."),
                 QString()},
                {QStringLiteral("R-RACI-ACCOUNTABLE"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("5.3"),
                 QT_TRANSLATE_NOOP(
                     "isms::ReadinessCheck",
                     "Exactly one role is Accountable for each ISMS process in the RACI matrix."),
                 QStringLiteral("R-PROCESSES-MISSING")},
                {QStringLiteral("R-COMPETENCE-GAP"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("7.2 c)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Every competence that is missing or held in part has a training planned "
                                   "to close it."),
                 QString()},
                {QStringLiteral("R-TRAINING-UNEVALUATED"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("7.2 c)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "The effectiveness of every training is evaluated within 90 days."),
                 QString()},
                {QStringLiteral("R-COMMUNICATION-PLAN"),
                 ReadinessSeverity::Major,
                 QStringLiteral("7.4"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "The communication plan says what is communicated, when, to whom, by "
                                   "whom and how."),
                 QString()},
            },
        .run = [](const ReadinessInput &input) -> Result<ReadinessOutcome> {
            const auto exists = RecordRepository(input.db, roleSpec()).tableExists();
            if (!exists) {
                return exists.error();
            }
            if (!*exists) {
                return ReadinessOutcome();
            }
            const auto found = PeopleRules::findings(input.db, input.today);
            if (!found) {
                return found.error();
            }
            QList<ReadinessFinding> findings;
            RefCache refs;
            for (const PeopleFinding &point : *found) {
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
