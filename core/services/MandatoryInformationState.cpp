// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Where a project holds each item of mandatory documented information, and how far.
#include "domain/Entities.h"
#include "services/MandatoryEvaluators.h"
#include "services/MandatoryInformation.h"
#include "services/SoaVersionService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QHash>

#include <functional>

namespace isms {

namespace {

using State = InformationState;

using namespace mandatory;

using Evaluator = std::function<Result<Found>(Registers &)>;

Result<Found> scope(Registers &registers)
{
    const auto scopes = registers.of(QStringLiteral("scope"));
    if (!scopes) {
        return scopes.error();
    }
    const Record *draft = nullptr;
    for (auto it = (*scopes)->crbegin(); it != (*scopes)->crend(); ++it) {
        const QString status = Registers::text(QStringLiteral("scope"), *it, u"status");
        if (status == u"approved") {
            const QString ref = EntitySpec::refOf(*it);
            return Found{
                State::Present,
                QCoreApplication::translate("isms::MandatoryInformation", "The scope %1 is approved.")
                    .arg(ref),
                ref};
        }
        if (!draft && status != u"superseded") {
            draft = &*it;
        }
    }
    if (draft) {
        const QString ref = EntitySpec::refOf(*draft);
        return Found{State::Incomplete,
                     QCoreApplication::translate("isms::MandatoryInformation",
                                                 "The scope %1 is a draft; have it approved.")
                         .arg(ref),
                     ref};
    }
    return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                     "No scope is recorded; state the ISMS scope and have it approved."));
}

/// The risk method is stored in every project; it is documented once the risk report that states it
/// is approved under document control.
Result<Found> riskMethod(Registers &registers)
{
    const auto controls = registers.of(QStringLiteral("document-controls"));
    if (!controls) {
        return controls.error();
    }
    for (const Record &record : **controls) {
        const QString key = QStringLiteral("document-controls");
        if (Registers::text(key, record, u"report") == u"risk-report"
            && Registers::text(key, record, u"status") == u"approved") {
            const QString id = Registers::text(key, record, u"document_id");
            return Found{
                State::Present,
                QCoreApplication::translate("isms::MandatoryInformation",
                                            "The risk report %1, which states the method, is approved.")
                    .arg(id),
                EntitySpec::refOf(record)};
        }
    }
    return Found{State::Incomplete,
                 QCoreApplication::translate(
                     "isms::MandatoryInformation",
                     "The risk method is recorded, but the risk report that states it is not approved; "
                     "approve it under document control."),
                 {}};
}

Result<Found> soa(Registers &registers)
{
    const auto latest = SoaVersionService::latestNumber(registers.db());
    if (!latest) {
        return latest.error();
    }
    if (*latest) {
        return Found{
            State::Present,
            QCoreApplication::translate("isms::MandatoryInformation", "Version %1 of the SoA is issued.")
                .arg(**latest),
            {}};
    }
    return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                     "No version of the Statement of Applicability is issued; decide every "
                                     "control and issue version 1."));
}

/// Risks still open: those not closed.
Result<QList<const Record *>> openRisks(Registers &registers)
{
    const auto risks = registers.of(QStringLiteral("risks"));
    if (!risks) {
        return risks.error();
    }
    QList<const Record *> open;
    for (const Record &risk : **risks) {
        if (Registers::text(QStringLiteral("risks"), risk, u"status") != u"closed") {
            open.append(&risk);
        }
    }
    return open;
}

Result<Found> treatmentPlan(Registers &registers)
{
    const auto risks = openRisks(registers);
    const auto tasks = registers.of(QStringLiteral("treatment-tasks"));
    if (!risks || !tasks) {
        return !risks ? risks.error() : tasks.error();
    }
    if (risks->isEmpty()) {
        return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                         "No risk is recorded, so there is no treatment plan yet."));
    }
    QSet<qint64> planned;
    for (const Record &task : **tasks) {
        planned.insert(Registers::value(QStringLiteral("treatment-tasks"), task, u"risk").toLongLong());
    }
    for (const Record *risk : *risks) {
        const QString treatment = Registers::text(QStringLiteral("risks"), *risk, u"treatment");
        if ((treatment == u"modify" || treatment == u"avoid" || treatment == u"share")
            && !planned.contains(risk->id.value)) {
            const QString ref = EntitySpec::refOf(*risk);
            return Found{
                State::Incomplete,
                QCoreApplication::translate("isms::MandatoryInformation",
                                            "The risk %1 is to be treated but has no treatment task.")
                    .arg(ref),
                ref};
        }
    }
    return Found{
        State::Present,
        QCoreApplication::translate("isms::MandatoryInformation", "Every risk being treated has its tasks."),
        {}};
}

Result<Found> objectives(Registers &registers)
{
    const auto records = registers.of(QStringLiteral("objectives"));
    if (!records) {
        return records.error();
    }
    int current = 0;
    for (const Record &objective : **records) {
        if (Registers::text(QStringLiteral("objectives"), objective, u"status") == u"withdrawn") {
            continue;
        }
        ++current;
        if (Registers::text(QStringLiteral("objectives"), objective, u"target").isEmpty()) {
            const QString ref = EntitySpec::refOf(objective);
            return Found{State::Incomplete,
                         QCoreApplication::translate("isms::MandatoryInformation",
                                                     "The objective %1 has no measurable target.")
                             .arg(ref),
                         ref};
        }
    }
    if (current == 0) {
        return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                         "No information security objective is recorded."));
    }
    return Found{State::Present,
                 QCoreApplication::translate("isms::MandatoryInformation",
                                             "%n objective(s) with measurable targets.",
                                             nullptr,
                                             current),
                 {}};
}

Result<Found> processes(Registers &registers)
{
    const auto records = registers.of(QStringLiteral("processes"));
    if (!records) {
        return records.error();
    }
    int operating = 0;
    for (const Record &process : **records) {
        if (Registers::text(QStringLiteral("processes"), process, u"status") != u"operating") {
            continue;
        }
        ++operating;
        if (Registers::text(QStringLiteral("processes"), process, u"criteria").isEmpty()) {
            const QString ref = EntitySpec::refOf(process);
            return Found{
                State::Incomplete,
                QCoreApplication::translate("isms::MandatoryInformation",
                                            "The process %1 does not say by which criteria it is controlled.")
                    .arg(ref),
                ref};
        }
    }
    if (operating == 0) {
        return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                         "No operating ISMS process is recorded with its criteria."));
    }
    return Found{State::Present,
                 QCoreApplication::translate("isms::MandatoryInformation",
                                             "%n operating process(es) with their criteria.",
                                             nullptr,
                                             operating),
                 {}};
}

/// 8.2 (rated) and 8.3 (residual rating and sign-off) over the open risks.
Result<Found> riskResults(Registers &registers, bool treatment)
{
    const auto risks = openRisks(registers);
    if (!risks) {
        return risks.error();
    }
    if (risks->isEmpty()) {
        return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation", "No risk is recorded yet."));
    }
    for (const Record *risk : *risks) {
        const QString key = QStringLiteral("risks");
        const bool rated =
            !Registers::value(key, *risk, treatment ? u"residual_likelihood" : u"likelihood").isNull();
        const bool signedOff = !treatment || !Registers::text(key, *risk, u"signoff_by").isEmpty();
        if (!rated || !signedOff) {
            const QString ref = EntitySpec::refOf(*risk);
            return Found{State::Incomplete,
                         !rated
                             ? (treatment ? QCoreApplication::translate("isms::MandatoryInformation",
                                                                        "The risk %1 has no residual rating.")
                                                .arg(ref)
                                          : QCoreApplication::translate("isms::MandatoryInformation",
                                                                        "The risk %1 is not rated yet.")
                                                .arg(ref))
                             : QCoreApplication::translate(
                                   "isms::MandatoryInformation",
                                   "The owner of the risk %1 has not signed off its treatment.")
                                   .arg(ref),
                         ref};
        }
    }
    return Found{
        State::Present,
        treatment
            ? QCoreApplication::translate("isms::MandatoryInformation",
                                          "Every open risk has its residual rating and its owner's sign-off.")
            : QCoreApplication::translate("isms::MandatoryInformation", "Every open risk is rated."),
        {}};
}

/// 8.2: dated assessment runs; rated risks without a run are results not yet kept as a record.
Result<Found> assessmentResults(Registers &registers)
{
    const auto runs = registers.of(QStringLiteral("assessment-runs"));
    if (!runs) {
        return runs.error();
    }
    if (!(*runs)->isEmpty()) {
        const QString ref = EntitySpec::refOf((*runs)->constLast());
        const int runCount = static_cast<int>((*runs)->size());
        return Found{State::Present,
                     QCoreApplication::translate("isms::MandatoryInformation",
                                                 "%n assessment run(s) recorded, the latest %1.",
                                                 nullptr,
                                                 runCount)
                         .arg(ref),
                     ref};
    }
    auto rated = riskResults(registers, false);
    if (rated && rated->state == State::Present) {
        return Found{State::Incomplete,
                     QCoreApplication::translate("isms::MandatoryInformation",
                                                 "The risks are rated, but no dated assessment run keeps "
                                                 "the results; record one."),
                     {}};
    }
    return rated;
}

Result<Found> documentsOnly(Registers &)
{
    return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                     "Nothing in the project holds it yet; record it in the "
                                     "documented-information register, naming the clause, and approve it."));
}

Evaluator evaluatorOf(const QString &id)
{
    static const QHash<QString, Evaluator> evaluators{
        {QStringLiteral("DI-4.3"), &scope},
        {QStringLiteral("DI-6.1.2"), &riskMethod},
        {QStringLiteral("DI-6.1.3-PROCESS"), &riskMethod},
        {QStringLiteral("DI-6.1.3-SOA"), &soa},
        {QStringLiteral("DI-6.1.3-PLAN"), &treatmentPlan},
        {QStringLiteral("DI-6.2"), &objectives},
        {QStringLiteral("DI-8.1"), &processes},
        {QStringLiteral("DI-5.2"), &policy},
        {QStringLiteral("DI-7.2"), &competence},
        {QStringLiteral("DI-7.5.1"), &necessaryDocuments},
        {QStringLiteral("DI-7.5.3"), &externalDocuments},
        {QStringLiteral("DI-8.2"), &assessmentResults},
        {QStringLiteral("DI-9.1"), &measurements},
        {QStringLiteral("DI-9.2.2-PROGRAMME"), &auditProgramme},
        {QStringLiteral("DI-9.2.2-RESULTS"), &auditResults},
        {QStringLiteral("DI-10.2-NONCONFORMITIES"), &nonconformities},
        {QStringLiteral("DI-10.2-RESULTS"), &correctiveResults},
        {QStringLiteral("DI-9.3.3"), &reviewMinutes},
        {QStringLiteral("DI-8.3"), [](Registers &r) { return riskResults(r, true); }},
    };
    return evaluators.value(id, &documentsOnly);
}

/// The documents of the documented-information register that name `clause` and are not obsolete: the
/// approved first.
Result<std::pair<QStringList, QStringList>> documentsNaming(Registers &registers, const QString &clause)
{
    const auto documents = registers.of(QStringLiteral("documents"));
    if (!documents) {
        return documents.error();
    }
    QStringList approved;
    QStringList drafts;
    for (const Record &document : **documents) {
        const QString key = QStringLiteral("documents");
        const QString status = Registers::text(key, document, u"status");
        if (status == u"obsolete"
            || !MandatoryInformation::names(Registers::text(key, document, u"clauses"), clause)) {
            continue;
        }
        (status == u"approved" ? approved : drafts).append(EntitySpec::refOf(document));
    }
    return std::pair{approved, drafts};
}

} // namespace

Result<QList<MandatoryItemState>> MandatoryInformation::evaluate(const Database &db, const QDate & /*today*/)
{
    Registers registers(db);
    QList<MandatoryItemState> states;
    for (const MandatoryItem &entry : items()) {
        auto found = evaluatorOf(entry.id)(registers);
        if (!found) {
            return found.error();
        }
        const auto documents = documentsNaming(registers, entry.clause);
        if (!documents) {
            return documents.error();
        }
        const auto &[approved, drafts] = *documents;
        MandatoryItemState state{.itemId = entry.id,
                                 .state = found->state,
                                 .detail = found->detail,
                                 .kind = entry.kind,
                                 .ref = found->ref,
                                 .documents = approved + drafts};
        if (found->state != State::Present && !approved.isEmpty()) {
            state.state = State::Present;
            state.detail = QCoreApplication::translate("isms::MandatoryInformation",
                                                       "%1 is approved and names clause %2.")
                               .arg(approved.first(), entry.clause);
            state.kind = QStringLiteral("documents");
            state.ref = approved.first();
        } else if (found->state == State::Missing && !drafts.isEmpty()) {
            state.state = State::Incomplete;
            state.detail = QCoreApplication::translate("isms::MandatoryInformation",
                                                       "%1 names clause %2 but is not approved yet.")
                               .arg(drafts.first(), entry.clause);
            state.kind = QStringLiteral("documents");
            state.ref = drafts.first();
        }
        states.append(state);
    }
    return states;
}

} // namespace isms
