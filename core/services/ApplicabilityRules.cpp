// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ApplicabilityRules.h"

#include "domain/Entities.h"
#include "domain/Requirement.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace isms {

namespace {

QString text(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.value(spec.indexOf(key)).toString();
}

} // namespace

Result<ControlUse> ApplicabilityRules::controlUse(const Database &db)
{
    ControlUse use;
    const RecordRepository links(db, riskControlSpec());
    const auto exists = links.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return use; // a file from before the risk register
    }
    const auto all = links.all();
    if (!all) {
        return all.error();
    }
    const auto risks = RecordRepository(db, riskSpec()).idsByRef();
    if (!risks) {
        return risks.error();
    }
    // Each risk's reference with its number, which orders the risks naming a control.
    QHash<RecordId, std::pair<qint64, QString>> riskRefs;
    riskRefs.reserve(risks->size());
    for (auto it = risks->constBegin(); it != risks->constEnd(); ++it) {
        riskRefs.insert(it.value(), {riskSpec().refNumber(it.key().text).value_or(0), it.key().text});
    }
    const auto tasks = RecordRepository(db, treatmentTaskSpec()).all();
    if (!tasks) {
        return tasks.error();
    }
    QSet<qint64> risksWithTasks;
    const int taskRisk = treatmentTaskSpec().indexOf(u"risk");
    for (const Record &task : *tasks) {
        risksWithTasks.insert(task.values.at(taskRisk).toLongLong());
    }
    const EntitySpec &spec = riskControlSpec();
    const int riskField = spec.indexOf(u"risk");
    QHash<QString, QList<std::pair<qint64, QString>>> naming; // control -> (number, reference)
    for (const Record &link : *all) {
        const QString control = normaliseControlRef(text(spec, link, u"control"));
        const qint64 risk = link.values.at(riskField).toLongLong();
        QList<std::pair<qint64, QString>> &named = naming[control];
        if (const auto found = riskRefs.constFind(RecordId{risk}); found != riskRefs.constEnd()) {
            named.append(*found);
        }
        if (text(spec, link, u"role") == u"planned" && risksWithTasks.contains(risk)) {
            use.plannedWithTasks.insert(control);
        }
    }
    // Each risk once per control (a risk may name it as existing and as planned), by number.
    for (auto it = naming.begin(); it != naming.end(); ++it) {
        QList<std::pair<qint64, QString>> &named = it.value();
        std::sort(named.begin(), named.end());
        named.erase(std::unique(named.begin(), named.end()), named.end());
        QStringList &refs = use.namingRisks[it.key()];
        refs.reserve(named.size());
        for (const auto &[number, ref] : std::as_const(named)) {
            refs.append(ref);
        }
    }
    return use;
}

QStringList ApplicabilityRules::reasons(const QString &statedReasons, bool namedByRisk)
{
    QStringList all;
    if (namedByRisk) {
        all.append(QStringLiteral("risk-treatment"));
    }
    for (const QString &part : statedReasons.split(u',', Qt::SkipEmptyParts)) {
        all.append(part.trimmed());
    }
    return all;
}

Result<QList<ApplicabilityFinding>> ApplicabilityRules::findings(const Database &db)
{
    const auto use = controlUse(db);
    if (!use) {
        return use.error();
    }
    QList<ApplicabilityFinding> found;
    // Annex A first, then the additional controls, which answer to the same rules.
    for (const EntitySpec *register_ : {&controlSpec(), &additionalControlSpec()}) {
        const EntitySpec &spec = *register_;
        const auto controls = RecordRepository(db, spec).all();
        if (!controls) {
            return controls.error();
        }
        for (const Record &control : *controls) {
            const QString ref = EntitySpec::refOf(control);
            const QString shown = spec.shownRef(ref);
            const QString status = text(spec, control, u"status");
            const QStringList naming = use->namingRisks.value(ref);
            if (status == u"not-applicable") {
                if (text(spec, control, u"justification").trimmed().isEmpty()) {
                    found.append({ref,
                                  ApplicabilityFinding::Kind::NoJustification,
                                  QCoreApplication::translate(
                                      "isms::ApplicabilityRules",
                                      "%1 is excluded without a justification; write why it does not apply.")
                                      .arg(shown)});
                }
                if (!naming.isEmpty()) {
                    found.append({ref,
                                  ApplicabilityFinding::Kind::ExcludedButUsed,
                                  QCoreApplication::translate(
                                      "isms::ApplicabilityRules",
                                      "%1 is excluded, but the risks %2 name it as a control; include it or "
                                      "change those risks.")
                                      .arg(shown, naming.join(QStringLiteral(", ")))});
                }
                continue;
            }
            if (naming.isEmpty() && text(spec, control, u"reasons").trimmed().isEmpty()) {
                found.append(
                    {ref,
                     ApplicabilityFinding::Kind::NoReason,
                     QCoreApplication::translate(
                         "isms::ApplicabilityRules",
                         "%1 is included without a reason; state one (legal, contractual, business, good "
                         "practice) or link it to the risks it treats.")
                         .arg(shown)});
            }
            const bool planned = control.values.at(spec.indexOf(u"target_date")).toDate().isValid()
                                 || use->plannedWithTasks.contains(ref);
            if (status != u"implemented" && !planned) {
                found.append(
                    {ref,
                     ApplicabilityFinding::Kind::NotImplementedNoPlan,
                     QCoreApplication::translate(
                         "isms::ApplicabilityRules",
                         "%1 is not implemented yet and has neither a target date nor a treatment task; "
                         "plan it.")
                         .arg(shown)});
            }
        }
    }
    return found;
}

} // namespace isms
