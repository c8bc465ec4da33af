// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness rules of clauses 4 to 10 as a whole: every item of mandatory documented information is
// held (MandatoryInformation), and no clause is marked "not applicable".
#include "domain/Entities.h"
#include "services/MandatoryInformation.h"
#include "services/ReadinessRules.h"
#include "services/ReviewCycle.h"
#include "services/SoaVersionService.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace isms {

namespace {

/// The schema version from which no clause is "not applicable" (migration 17).
constexpr int ClausesAlwaysApplyVersion = 17;

ReadinessFinding documentsPoint(const char *rule, const QString &ref, const QString &message)
{
    const QString id = ref;
    return ReadinessFinding{.rule = QString::fromLatin1(rule),
                            .severity = ReadinessSeverity::Minor, // the check fills in the rule's
                            .kind = documentSpec().key,
                            .id = id,
                            .message = message,
                            .entity = documentSpec().entity,
                            .entityId = QString()};
}

/// 9.2 and 9.3: an audit and a review within twelve months, and a review after the latest audit.
Result<QList<ReadinessFinding>> cycleFindings(const ReadinessInput &input)
{
    const auto audit = ReviewCycle::latestAudit(input.db);
    const auto review = ReviewCycle::latestReview(input.db);
    if (!audit || !review) {
        return !audit ? audit.error() : review.error();
    }
    QList<ReadinessFinding> found;
    const QDate limit = input.today.addMonths(-ReviewCycle::CycleMonths);
    if (!*audit || (*audit)->date < limit) {
        found.append(documentsPoint(
            "R-AUDIT-OVERDUE",
            *audit ? (*audit)->ref : QString(),
            *audit ? QCoreApplication::translate("isms::ReadinessCheck",
                                                 "The latest internal audit (%1, %2) is more than twelve "
                                                 "months old; hold the next one and record its results.")
                         .arg((*audit)->ref, (*audit)->date.toString(Qt::ISODate))
                   : QCoreApplication::translate("isms::ReadinessCheck",
                                                 "No internal audit is recorded (9.2); hold one and record "
                                                 "its results as an approved record naming clause 9.2.2.")));
    }
    if (!*review || (*review)->date < limit) {
        found.append(documentsPoint(
            "R-REVIEW-OVERDUE",
            *review ? (*review)->ref : QString(),
            *review ? QCoreApplication::translate("isms::ReadinessCheck",
                                                  "The latest management review (%1, %2) is more than "
                                                  "twelve months old; hold the next one.")
                          .arg((*review)->ref, (*review)->date.toString(Qt::ISODate))
                    : QCoreApplication::translate("isms::ReadinessCheck",
                                                  "No management review is recorded (9.3); hold one and "
                                                  "record its results as an approved record naming clause "
                                                  "9.3.3.")));
    }
    if (*audit && (!*review || (*review)->date < (*audit)->date)) {
        found.append(documentsPoint(
            "R-REVIEW-AFTER-AUDIT",
            (*audit)->ref,
            QCoreApplication::translate("isms::ReadinessCheck",
                                        "The results of the internal audit %1 of %2 have not gone to a "
                                        "management review held after it; put them on the next review's "
                                        "agenda.")
                .arg((*audit)->ref, (*audit)->date.toString(Qt::ISODate))));
    }
    // A point about a record opens it.
    ReadinessRules::RefCache refs;
    for (ReadinessFinding &finding : found) {
        if (finding.id.isEmpty()) {
            continue;
        }
        auto opened = ReadinessRules::pointAbout(input.db,
                                                 finding.rule,
                                                 finding.kind,
                                                 finding.id,
                                                 finding.message,
                                                 refs);
        if (!opened) {
            return opened.error();
        }
        finding = *opened;
    }
    return found;
}

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
                {QStringLiteral("R-AUDIT-OVERDUE"),
                 ReadinessSeverity::Major,
                 QStringLiteral("9.2"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "An internal audit was held in the last twelve months."),
                 QString()},
                {QStringLiteral("R-REVIEW-OVERDUE"),
                 ReadinessSeverity::Major,
                 QStringLiteral("9.3"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Top management reviewed the ISMS in the last twelve months."),
                 QString()},
                {QStringLiteral("R-REVIEW-AFTER-AUDIT"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("9.3.2 c)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "The latest internal audit's results went to a management review held "
                                   "after it."),
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
            auto cycle = cycleFindings(input);
            if (!cycle) {
                return cycle.error();
            }
            findings.append(*cycle);
            return ReadinessOutcome(findings);
        },
    };
}

} // namespace isms
