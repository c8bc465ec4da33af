// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The items of mandatory documented information that the documented-information, support and
// performance registers hold, and the nonconformity register.
#include "services/MandatoryEvaluators.h"

#include <QCoreApplication>
#include <QSet>

namespace isms::mandatory {

Found missing(const char *detail)
{
    return Found{State::Missing, QCoreApplication::translate("isms::MandatoryInformation", detail), {}};
}

namespace {

/// The current documents of the documented-information register whose type is one of `types` (all
/// types when empty): the approved first.
Result<std::pair<QStringList, QStringList>> documentsOfType(Registers &registers, const QStringList &types)
{
    const auto documents = registers.of(QStringLiteral("documents"));
    if (!documents) {
        return documents.error();
    }
    QStringList approved;
    QStringList others;
    for (const Record &document : **documents) {
        const QString key = QStringLiteral("documents");
        const QString status = Registers::text(key, document, u"status");
        if (status == u"obsolete"
            || (!types.isEmpty() && !types.contains(Registers::text(key, document, u"type")))) {
            continue;
        }
        (status == u"approved" ? approved : others).append(EntitySpec::refOf(document));
    }
    return std::pair{approved, others};
}

} // namespace

Result<Found> policy(Registers &registers)
{
    const auto found = documentsOfType(registers, {QStringLiteral("policy")});
    if (!found) {
        return found.error();
    }
    if (!found->first.isEmpty()) {
        return Found{State::Present,
                     QCoreApplication::translate("isms::MandatoryInformation", "The policy %1 is approved.")
                         .arg(found->first.first()),
                     found->first.first()};
    }
    if (!found->second.isEmpty()) {
        return Found{
            State::Incomplete,
            QCoreApplication::translate("isms::MandatoryInformation", "The policy %1 is not approved yet.")
                .arg(found->second.first()),
            found->second.first()};
    }
    return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                     "No information security policy is recorded in the "
                                     "documented-information register."));
}

Result<Found> necessaryDocuments(Registers &registers)
{
    const auto found = documentsOfType(registers,
                                       {QStringLiteral("procedure"),
                                        QStringLiteral("plan"),
                                        QStringLiteral("record"),
                                        QStringLiteral("topic_policy")});
    if (!found) {
        return found.error();
    }
    if (!found->first.isEmpty()) {
        const int approvedCount = static_cast<int>(found->first.size());
        return Found{State::Present,
                     QCoreApplication::translate("isms::MandatoryInformation",
                                                 "%n approved procedure(s), plan(s) or record(s).",
                                                 nullptr,
                                                 approvedCount),
                     {}};
    }
    if (!found->second.isEmpty()) {
        return Found{State::Incomplete,
                     QCoreApplication::translate("isms::MandatoryInformation",
                                                 "%1 and the other documents are not approved yet.")
                         .arg(found->second.first()),
                     found->second.first()};
    }
    return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                     "The documented-information register holds no procedure, plan or "
                                     "record yet."));
}

Result<Found> externalDocuments(Registers &registers)
{
    const auto found = documentsOfType(registers, {QStringLiteral("external")});
    if (!found) {
        return found.error();
    }
    const QStringList all = found->first + found->second;
    if (!all.isEmpty()) {
        const int externalCount = static_cast<int>(all.size());
        return Found{State::Present,
                     QCoreApplication::translate("isms::MandatoryInformation",
                                                 "%n document(s) of external origin identified.",
                                                 nullptr,
                                                 externalCount),
                     {}};
    }
    return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                     "No document of external origin (a law, a contract, a supplier's "
                                     "manual) is identified in the documented-information register."));
}

/// Evidence of competence: competences held and trainings recorded.
Result<Found> competence(Registers &registers)
{
    const auto trainings = registers.of(QStringLiteral("trainings"));
    const auto competences = registers.of(QStringLiteral("competences"));
    if (!trainings || !competences) {
        return !trainings ? trainings.error() : competences.error();
    }
    int held = 0;
    for (const Record &record : **competences) {
        held += Registers::text(QStringLiteral("competences"), record, u"level") == u"held" ? 1 : 0;
    }
    if (!(*trainings)->isEmpty() || held > 0) {
        return Found{State::Present,
                     QCoreApplication::translate("isms::MandatoryInformation",
                                                 "%1 training record(s) and %2 competence(s) held.")
                         .arg((*trainings)->size())
                         .arg(held),
                     {}};
    }
    if (!(*competences)->isEmpty()) {
        return Found{State::Incomplete,
                     QCoreApplication::translate("isms::MandatoryInformation",
                                                 "Competences are required but none is recorded as held, "
                                                 "and no training is recorded."),
                     {}};
    }
    return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation", "No competence or training is recorded."));
}

Result<Found> measurements(Registers &registers)
{
    const auto metrics = registers.of(QStringLiteral("metrics"));
    const auto measured = registers.of(QStringLiteral("measurements"));
    if (!metrics || !measured) {
        return !metrics ? metrics.error() : measured.error();
    }
    if (!(*measured)->isEmpty()) {
        const int measurementCount = static_cast<int>((*measured)->size());
        return Found{State::Present,
                     QCoreApplication::translate("isms::MandatoryInformation",
                                                 "%n measurement(s) recorded.",
                                                 nullptr,
                                                 measurementCount),
                     {}};
    }
    if (!(*metrics)->isEmpty()) {
        const QString ref = EntitySpec::refOf((*metrics)->constFirst());
        return Found{State::Incomplete,
                     QCoreApplication::translate("isms::MandatoryInformation",
                                                 "Metrics are defined but nothing is measured yet; start "
                                                 "with %1.")
                         .arg(ref),
                     ref};
    }
    return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation", "No metric is defined or measured."));
}

/// 9.2.2: an approved (or completed) audit programme; a draft is incomplete.
Result<Found> auditProgramme(Registers &registers)
{
    const QString key = QStringLiteral("audit-programme");
    const auto programmes = registers.of(key);
    if (!programmes) {
        return programmes.error();
    }
    for (const Record &programme : **programmes) {
        if (Registers::text(key, programme, u"status") != u"draft") {
            const QString ref = EntitySpec::refOf(programme);
            return Found{
                State::Present,
                QCoreApplication::translate("isms::MandatoryInformation", "Audit programme %1 is approved.")
                    .arg(ref),
                ref};
        }
    }
    if (!(*programmes)->isEmpty()) {
        const QString ref = EntitySpec::refOf((*programmes)->constFirst());
        return Found{State::Incomplete,
                     QCoreApplication::translate("isms::MandatoryInformation",
                                                 "Audit programme %1 is still a draft; approve it.")
                         .arg(ref),
                     ref};
    }
    return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation", "No audit programme is recorded."));
}

/// 9.2.2: audits with their report; audits not yet reported are incomplete.
Result<Found> auditResults(Registers &registers)
{
    const QString key = QStringLiteral("audits");
    const auto audits = registers.of(key);
    if (!audits) {
        return audits.error();
    }
    QStringList reported;
    for (const Record &audit : **audits) {
        const QString status = Registers::text(key, audit, u"status");
        if ((status == u"reported" || status == u"closed")
            && Registers::value(key, audit, u"report_date").toDate().isValid()) {
            reported.append(EntitySpec::refOf(audit));
        }
    }
    if (!reported.isEmpty()) {
        return Found{State::Present,
                     QCoreApplication::translate("isms::MandatoryInformation",
                                                 "%n audit(s) reported, the latest %1.",
                                                 nullptr,
                                                 static_cast<int>(reported.size()))
                         .arg(reported.constLast()),
                     reported.constLast()};
    }
    if (!(*audits)->isEmpty()) {
        const QString ref = EntitySpec::refOf((*audits)->constFirst());
        return Found{
            State::Incomplete,
            QCoreApplication::translate("isms::MandatoryInformation",
                                        "Audits are planned but none is reported yet; start with %1.")
                .arg(ref),
            ref};
    }
    return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation", "No internal audit is recorded."));
}

Result<Found> nonconformities(Registers &registers)
{
    const auto recorded = registers.of(QStringLiteral("nonconformities"));
    if (!recorded) {
        return recorded.error();
    }
    if ((*recorded)->isEmpty()) {
        return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                         "No nonconformity is recorded; record each one with its correction "
                                         "and corrective actions."));
    }
    const int count = static_cast<int>((*recorded)->size());
    return Found{State::Present,
                 QCoreApplication::translate("isms::MandatoryInformation",
                                             "%n nonconformity(ies) recorded.",
                                             nullptr,
                                             count),
                 {}};
}

Result<Found> correctiveResults(Registers &registers)
{
    const QString ncKey = QStringLiteral("nonconformities");
    const QString actionKey = QStringLiteral("corrective-actions");
    const auto recorded = registers.of(ncKey);
    const auto actions = registers.of(actionKey);
    if (!recorded || !actions) {
        return !recorded ? recorded.error() : actions.error();
    }
    QSet<qint64> withAction;
    for (const Record &action : **actions) {
        withAction.insert(Registers::value(actionKey, action, u"nonconformity").toLongLong());
    }
    int results = 0;
    QString firstOpen;
    for (const Record &nc : **recorded) {
        if (withAction.contains(nc.id.value) && Registers::text(ncKey, nc, u"review_result") != u"pending") {
            ++results;
        } else if (firstOpen.isEmpty()) {
            firstOpen = EntitySpec::refOf(nc);
        }
    }
    if (results > 0) {
        return Found{
            State::Present,
            QCoreApplication::translate("isms::MandatoryInformation",
                                        "%n nonconformity(ies) with corrective actions and a reviewed "
                                        "effectiveness.",
                                        nullptr,
                                        results),
            {}};
    }
    if (!firstOpen.isEmpty()) {
        return Found{
            State::Incomplete,
            QCoreApplication::translate("isms::MandatoryInformation",
                                        "Nonconformities are recorded, but none has a corrective action "
                                        "whose effectiveness was reviewed; start with %1.")
                .arg(firstOpen),
            firstOpen};
    }
    return missing(
        QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                          "No nonconformity with corrective actions and their results is recorded."));
}

Result<Found> reviewMinutes(Registers &registers)
{
    const QString key = QStringLiteral("management-reviews");
    const auto reviews = registers.of(key);
    if (!reviews) {
        return reviews.error();
    }
    const Record *approved = nullptr;
    const Record *held = nullptr;
    for (const Record &review : **reviews) {
        const QString status = Registers::text(key, review, u"status");
        const QDate on = Registers::value(key, review, u"held_on").toDate();
        const auto later = [&](const Record *than) {
            return !than || Registers::value(key, *than, u"held_on").toDate() < on;
        };
        if (status == u"minutes-approved" && later(approved)) {
            approved = &review;
        } else if (status == u"held" && later(held)) {
            held = &review;
        }
    }
    if (approved) {
        const QString ref = EntitySpec::refOf(*approved);
        return Found{
            State::Present,
            QCoreApplication::translate("isms::MandatoryInformation",
                                        "Management review %1 was held on %2 and its minutes are "
                                        "approved.")
                .arg(ref, Registers::value(key, *approved, u"held_on").toDate().toString(Qt::ISODate)),
            ref};
    }
    if (held) {
        const QString ref = EntitySpec::refOf(*held);
        return Found{State::Incomplete,
                     QCoreApplication::translate("isms::MandatoryInformation",
                                                 "Management review %1 was held but its minutes are not "
                                                 "approved yet; record who approved them and when.")
                         .arg(ref),
                     ref};
    }
    return missing(QT_TRANSLATE_NOOP("isms::MandatoryInformation", "No management review is held yet."));
}

} // namespace isms::mandatory
