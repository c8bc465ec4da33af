// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness rules of clause 6's planning registers, over PlanningRules.
#include "domain/Entities.h"
#include "services/PlanningRules.h"
#include "services/ReadinessRules.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace isms {

namespace {

using Severity = ReadinessSeverity;

ReadinessRule rule(const char *id,
                   Severity severity,
                   const char *clause,
                   const char *description,
                   const char *prerequisite = "")
{
    return ReadinessRule{QString::fromLatin1(id),
                         severity,
                         QString::fromLatin1(clause),
                         description,
                         QString::fromLatin1(prerequisite)};
}

/// True when `spec`'s register holds a record whose status is not one of `ended`.
Result<bool> anyCurrent(const Database &db, const EntitySpec &spec, const QStringList &ended)
{
    const auto records = RecordRepository(db, spec).all();
    if (!records) {
        return records.error();
    }
    const int status = spec.indexOf(u"status");
    return std::any_of(records->cbegin(), records->cend(), [&](const Record &record) {
        return !ended.contains(record.values.at(status).toString());
    });
}

} // namespace

ReadinessProvider ReadinessRules::planning()
{
    return ReadinessProvider{
        .area = QStringLiteral("planning"),
        .title = QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Planning (6.1.1, 6.2, 6.3)"),
        .rules =
            {
                rule("R-ISMSRISKS-MISSING",
                     Severity::Major,
                     "6.1.1",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "The risks and opportunities of the ISMS itself are recorded.")),
                rule("R-ISMSRISK-NO-ACTION",
                     Severity::Major,
                     "6.1.1",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "Every risk and opportunity of the ISMS has an action."),
                     "R-ISMSRISKS-MISSING"),
                rule("R-ISMSRISK-OVERDUE",
                     Severity::Minor,
                     "6.1.1",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "Actions on the ISMS's risks and opportunities are done by their due "
                                       "date."),
                     "R-ISMSRISKS-MISSING"),
                rule("R-OBJECTIVES-MISSING",
                     Severity::Major,
                     "6.2",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "Information security objectives are recorded.")),
                rule("R-OBJECTIVE-NO-MEASURE",
                     Severity::Major,
                     "6.2 b)",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Every objective has a measurable target."),
                     "R-OBJECTIVES-MISSING"),
                rule("R-OBJECTIVE-OVERDUE",
                     Severity::Minor,
                     "6.2",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "Objectives past their due date are achieved or evaluated."),
                     "R-OBJECTIVES-MISSING"),
                rule("R-CHANGE-REASSESSMENT",
                     Severity::Minor,
                     "6.3, 8.2",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "A significant change that is done says how the risks were "
                                       "reassessed.")),
                rule("R-CHANGE-UNREVIEWED",
                     Severity::Minor,
                     "8.1",
                     QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                       "A change that is done was reviewed for unintended consequences.")),
            },
        .run = [](const ReadinessInput &input) -> Result<ReadinessOutcome> {
            const auto exists = RecordRepository(input.db, objectiveSpec()).tableExists();
            if (!exists) {
                return exists.error();
            }
            if (!*exists) {
                return ReadinessOutcome();
            }
            const auto found = PlanningRules::findings(input.db, input.today);
            if (!found) {
                return found.error();
            }
            QList<ReadinessFinding> findings;
            const std::pair<const EntitySpec *, const char *> registers[] = {
                {&ismsRiskSpec(), "R-ISMSRISKS-MISSING"},
                {&objectiveSpec(), "R-OBJECTIVES-MISSING"},
            };
            for (const auto &[spec, missingRule] : registers) {
                const bool objectives = spec == &objectiveSpec();
                const auto any = anyCurrent(input.db,
                                            *spec,
                                            objectives ? QStringList{QStringLiteral("withdrawn")}
                                                       : QStringList{QStringLiteral("cancelled")});
                if (!any) {
                    return any.error();
                }
                if (*any) {
                    continue;
                }
                findings.append(
                    {.rule = QString::fromLatin1(missingRule),
                     .kind = spec->key,
                     .id = QString(),
                     .message =
                         objectives
                             ? QCoreApplication::translate("isms::ReadinessCheck",
                                                           "No information security objective (6.2) is "
                                                           "recorded; set measurable objectives with "
                                                           "their owners and due dates.")
                             : QCoreApplication::translate("isms::ReadinessCheck",
                                                           "No risk or opportunity of the ISMS itself "
                                                           "(6.1.1) is recorded; record what could keep "
                                                           "it from its outcomes and what could help."),
                     .entity = spec->entity,
                     .entityId = QString()});
            }
            RefCache refs;
            for (const PlanningFinding &point : *found) {
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
