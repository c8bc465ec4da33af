// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness rules of clauses 4 to 10 as a whole: every item of mandatory documented information is
// held (MandatoryInformation), and no clause is marked "not applicable".
#include "domain/Entities.h"
#include "services/MandatoryInformation.h"
#include "services/ReadinessRules.h"
#include "services/SoaVersionService.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace isms {

namespace {

/// The schema version from which no clause is "not applicable" (migration 17).
constexpr int ClausesAlwaysApplyVersion = 17;

} // namespace

ReadinessProvider ReadinessRules::clauses()
{
    return ReadinessProvider{
        .area = QStringLiteral("clauses"),
        .title =
            QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Clauses 4 to 10 and their documented information"),
        .rules =
            {
                {QStringLiteral("R-CLAUSE-NOT-APPLICABLE"),
                 ReadinessSeverity::Major,
                 QStringLiteral("4–10"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "No clause of 4 to 10 is marked \"not applicable\": they apply to every "
                                   "ISMS."),
                 QString()},
                {QStringLiteral("R-DOC-MISSING"),
                 ReadinessSeverity::Major,
                 QStringLiteral("7.5.1 a)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Every item of documented information that clauses 4 to 10 require is "
                                   "recorded."),
                 QString()},
                {QStringLiteral("R-DOC-INCOMPLETE"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("7.5.1 a)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Every item of required documented information is approved and complete."),
                 QString()},
            },
        .run = [](const ReadinessInput &input) -> Result<ReadinessOutcome> {
            if (input.schemaVersion < ClausesAlwaysApplyVersion) {
                return ReadinessOutcome(); // a file opened for inspection before its upgrade
            }
            QList<ReadinessFinding> findings;
            const auto clauses = RecordRepository(input.db, clauseSpec()).all();
            if (!clauses) {
                return clauses.error();
            }
            const int status = clauseSpec().indexOf(u"status");
            for (const Record &clause : *clauses) {
                if (clause.values.at(status).toString() != u"not-applicable") {
                    continue;
                }
                const QString ref = EntitySpec::refOf(clause);
                findings.append({.rule = QStringLiteral("R-CLAUSE-NOT-APPLICABLE"),
                                 .kind = clauseSpec().key,
                                 .id = ref,
                                 .message = QCoreApplication::translate(
                                                "isms::ReadinessCheck",
                                                "Clause %1 is marked \"not applicable\", but clauses 4 to 10 "
                                                "apply to every ISMS; set its status to where the work "
                                                "stands.")
                                                .arg(ref),
                                 .entity = clauseSpec().entity,
                                 .entityId = ref});
            }
            const auto states = MandatoryInformation::evaluate(input.db, input.today);
            if (!states) {
                return states.error();
            }
            RefCache refs;
            for (const MandatoryItemState &state : *states) {
                if (state.state == InformationState::Present) {
                    continue;
                }
                const MandatoryItem *item = MandatoryInformation::item(state.itemId);
                const QString message = QCoreApplication::translate("isms::ReadinessCheck", "%1 %2 (%3): %4")
                                            .arg(item->clause, item->titleText(), item->id, state.detail);
                const QString rule = state.state == InformationState::Missing
                                         ? QStringLiteral("R-DOC-MISSING")
                                         : QStringLiteral("R-DOC-INCOMPLETE");
                auto finding = pointAbout(input.db, rule, state.kind, state.ref, message, refs);
                if (!finding) {
                    return finding.error();
                }
                if (state.kind == u"soa") {
                    // The page that issues versions is entered through the versions' log entity.
                    finding->entity = SoaVersionService::logEntity();
                }
                findings.append(*finding);
            }
            return ReadinessOutcome(findings);
        },
    };
}

} // namespace isms
