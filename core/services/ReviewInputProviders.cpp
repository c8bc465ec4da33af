// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The providers of the nine inputs of 9.3.2 and the period they look at (ReviewInputs).
#include "domain/Entities.h"
#include "services/MetricTrend.h"
#include "services/ReviewInputs.h"
#include "services/ReviewInputsDetail.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

using namespace reviewinputs;

/// A register of another part of the program summed up: how many records by status, how many were
/// recorded since the previous review, and each one still open.
Result<QList<ReviewInputLine>> registerTrend(const Database &db,
                                             const QString &key,
                                             const ReviewPeriod &period)
{
    const EntitySpec *spec = Entities::find(key);
    const auto records = recordsOf(db, key);
    if (!records) {
        return records.error();
    }
    QList<ReviewInputLine> lines;
    const QString noun = spec->pluralNoun();
    std::map<QString, int> byStatus;
    for (const Record &record : *records) {
        ++byStatus[labelOf(key, record, u"status")];
    }
    QStringList counts;
    for (const auto &[status, count] : byStatus) {
        if (!status.isEmpty()) {
            counts.append(ReviewInputs::tr("%1 %2").arg(count).arg(status));
        }
    }
    lines.append(ReviewInputLine{
        counts.isEmpty()
            ? ReviewInputs::tr("%1 %2 recorded.").arg(records->size()).arg(noun)
            : ReviewInputs::tr("%1 %2 recorded: %3.").arg(records->size()).arg(noun, counts.join(u", "_s)),
        {}});
    const auto created = changesSince(db, spec->entity, period.since);
    if (!created) {
        return created.error();
    }
    const auto added = std::count_if(created->cbegin(), created->cend(), [](const ChangeLogEntry &entry) {
        return entry.field == EntitySpec::recordLogField() && !entry.oldValue;
    });
    lines.append(
        ReviewInputLine{period.since.isValid()
                            ? ReviewInputs::tr("%1 new since the previous review on %2.")
                                  .arg(added)
                                  .arg(isoDate(period.since))
                            : ReviewInputs::tr("%1 new since records began (no earlier review).").arg(added),
                        {}});
    const int title = [spec] {
        for (int i = 1; i < spec->fields.size(); ++i) {
            if (spec->fields.at(i).isText()) {
                return i;
            }
        }
        return -1;
    }();
    for (const Record &record : *records) {
        if (isClosed(textOf(key, record, u"status"))) {
            continue;
        }
        const QString ref = EntitySpec::refOf(record);
        const QString what = title > 0 ? firstLine(record.values.value(title).toString()) : QString();
        lines.append(ReviewInputLine{
            ReviewInputs::tr("Open: %1 %2 (%3)").arg(ref, what, labelOf(key, record, u"status")),
            {ref}});
    }
    return lines;
}

Result<ReviewInput> twoRegisters(const Database &db,
                                 const QString &inputKey,
                                 const QStringList &registerKeys,
                                 const ReviewPeriod &period)
{
    ReviewInput input{inputKey, ReviewInputs::titleOf(inputKey), true, {}};
    for (const QString &key : registerKeys) {
        if (!Entities::find(key)) {
            input.available = false;
            input.lines.append(noRegister(key));
            continue;
        }
        auto lines = registerTrend(db, key, period);
        if (!lines) {
            return lines.error();
        }
        input.lines.append(*lines);
    }
    return input;
}

} // namespace

Result<ReviewPeriod> ReviewInputs::periodOf(const Database &db, const Record &review, const QDate &today)
{
    const QString key = u"management-reviews"_s;
    ReviewPeriod period;
    period.review = review.id;
    period.until = dateOf(key, review, u"held_on");
    if (!period.until.isValid()) {
        period.until = dateOf(key, review, u"planned_date");
    }
    if (!period.until.isValid()) {
        period.until = today;
    }
    const auto reviews = recordsOf(db, key);
    if (!reviews) {
        return reviews.error();
    }
    for (const Record &other : *reviews) {
        const QDate held = dateOf(key, other, u"held_on");
        if (other.id == review.id || textOf(key, other, u"status") == u"planned" || !held.isValid()
            || held >= period.until) {
            continue;
        }
        period.since = std::max(period.since, held);
    }
    return period;
}

Result<ReviewInput> ReviewInputs::previousActions(const Database &db, const ReviewPeriod &period)
{
    const QString key = u"review-actions"_s;
    ReviewInput input{u"actions"_s, titleOf(u"actions"_s), true, {}};
    const auto actions = recordsOf(db, key);
    const auto reviews = recordsOf(db, u"management-reviews"_s);
    const auto names = peopleNames(db);
    if (!actions || !reviews || !names) {
        return !actions ? actions.error() : !reviews ? reviews.error() : names.error();
    }
    QHash<qint64, QString> reviewRefs;
    for (const Record &review : *reviews) {
        reviewRefs.insert(review.id.value, EntitySpec::refOf(review));
    }
    for (const Record &action : *actions) {
        const qint64 review = valueOf(key, action, u"review").toLongLong();
        if (review == period.review.value) {
            continue;
        }
        const QString ref = EntitySpec::refOf(action);
        const QString status = textOf(key, action, u"status");
        const QDate due = dateOf(key, action, u"due_date");
        QString state = labelOf(key, action, u"status");
        if (status == u"done" && dateOf(key, action, u"done_on").isValid()) {
            state = tr("%1 on %2").arg(state, isoDate(dateOf(key, action, u"done_on")));
        } else if (due.isValid() && due < period.until && status != u"done" && status != u"cancelled") {
            state = tr("%1, overdue since %2").arg(state, isoDate(due));
        } else if (due.isValid()) {
            state = tr("%1, due %2").arg(state, isoDate(due));
        }
        const QString owner = names->value(valueOf(key, action, u"owner").toLongLong());
        input.lines.append(
            ReviewInputLine{tr("%1 (from %2) %3 - %4%5")
                                .arg(ref,
                                     reviewRefs.value(review),
                                     firstLine(textOf(key, action, u"decision")),
                                     state,
                                     owner.isEmpty() ? QString() : tr("; owner %1").arg(owner)),
                            {ref}});
    }
    if (input.lines.isEmpty()) {
        input.lines.append(ReviewInputLine{tr("No action was decided in an earlier review."), {}});
    }
    return input;
}

Result<ReviewInput> ReviewInputs::contextChanges(const Database &db, const ReviewPeriod &period)
{
    ReviewInput input{u"context"_s, titleOf(u"context"_s), true, {}};
    for (const QString &key : {u"context-issues"_s, u"interested-parties"_s}) {
        const EntitySpec *spec = Entities::find(key);
        const auto records = recordsOf(db, key);
        const auto entries = changesSince(db, spec->entity, period.since);
        if (!records || !entries) {
            return !records ? records.error() : entries.error();
        }
        QHash<QString, const Record *> byId;
        for (const Record &record : *records) {
            byId.insert(QString::number(record.id.value), &record);
        }
        const QString nameField = key == u"context-issues" ? u"title"_s : u"name"_s;
        // Per record, in the order first logged: added, removed, or the fields changed.
        QStringList order;
        QHash<QString, QString> kinds;
        QHash<QString, QStringList> fields;
        QHash<QString, QString> removedNames;
        for (const ChangeLogEntry &entry : *entries) {
            if (!kinds.contains(entry.entityId)) {
                order.append(entry.entityId);
                kinds.insert(entry.entityId, u"changed"_s);
            }
            if (entry.field == EntitySpec::recordLogField()) {
                if (!entry.oldValue) {
                    kinds[entry.entityId] = u"added"_s;
                } else if (!entry.newValue) {
                    kinds[entry.entityId] =
                        kinds.value(entry.entityId) == u"added" ? u"gone"_s : u"removed"_s;
                    const QJsonObject old = QJsonDocument::fromJson(entry.oldValue->toUtf8()).object();
                    removedNames.insert(entry.entityId,
                                        old.value(u"ref"_s).toString() + u' '
                                            + old.value(nameField).toString());
                }
            } else if (const FieldSpec *field = spec->field(entry.field);
                       field && !fields[entry.entityId].contains(field->labelText())) {
                fields[entry.entityId].append(field->labelText());
            }
        }
        for (const QString &id : std::as_const(order)) {
            const QString kind = kinds.value(id);
            const Record *record = byId.value(id);
            if (kind == u"gone") {
                continue;
            }
            if (kind == u"removed" || !record) {
                input.lines.append(
                    ReviewInputLine{tr("Removed: %1").arg(removedNames.value(id).trimmed()), {}});
                continue;
            }
            const QString ref = EntitySpec::refOf(*record);
            const QString name = textOf(key, *record, nameField);
            if (kind == u"added") {
                input.lines.append(ReviewInputLine{tr("New: %1 %2").arg(ref, name), {ref}});
            } else {
                input.lines.append(
                    ReviewInputLine{tr("Changed: %1 %2 (%3)").arg(ref, name, fields.value(id).join(u", "_s)),
                                    {ref}});
            }
        }
    }
    if (input.lines.isEmpty()) {
        input.lines.append(
            ReviewInputLine{period.since.isValid()
                                ? tr("No issue or interested party changed since the previous review on %1.")
                                      .arg(isoDate(period.since))
                                : tr("No issue or interested party is recorded."),
                            {}});
    }
    return input;
}

Result<ReviewInput> ReviewInputs::nonconformityTrends(const Database &db, const ReviewPeriod &period)
{
    return twoRegisters(db, u"nonconformities"_s, {u"nonconformities"_s, u"corrective-actions"_s}, period);
}

Result<ReviewInput> ReviewInputs::auditResults(const Database &db, const ReviewPeriod &period)
{
    return twoRegisters(db, u"audits"_s, {u"audits"_s, u"findings"_s}, period);
}

Result<ReviewInput> ReviewInputs::monitoringResults(const Database &db, const ReviewPeriod &period)
{
    ReviewInput input{u"monitoring"_s, titleOf(u"monitoring"_s), true, {}};
    const auto metrics = recordsOf(db, u"metrics"_s);
    const auto evaluations = recordsOf(db, u"metric-evaluations"_s);
    if (!metrics || !evaluations) {
        return !metrics ? metrics.error() : evaluations.error();
    }
    for (const Record &metric : *metrics) {
        if (textOf(u"metrics"_s, metric, u"status") != u"active") {
            continue;
        }
        const auto series = MetricTrend::load(db, metric.id);
        if (!series) {
            return series.error();
        }
        const QString ref = EntitySpec::refOf(metric);
        QString text = tr("%1 %2").arg(ref, series->name);
        const TrendPoint *latest = nullptr;
        for (const TrendPoint &point : series->points) {
            if (point.date <= period.until) {
                latest = &point;
            }
        }
        if (!latest) {
            text += tr(": not measured yet");
        } else {
            const QString value =
                QString::number(latest->value) + (series->unit.isEmpty() ? QString() : u' ' + series->unit);
            text += tr(": latest %1 on %2").arg(value, isoDate(latest->date));
            if (series->target) {
                text += series->meets(latest->value)
                            ? tr(", target %1 met").arg(QString::number(*series->target))
                            : tr(", target %1 not met").arg(QString::number(*series->target));
            }
        }
        const Record *lastEvaluation = nullptr;
        for (const Record &evaluation : *evaluations) {
            if (valueOf(u"metric-evaluations"_s, evaluation, u"metric").toLongLong() != metric.id.value
                || dateOf(u"metric-evaluations"_s, evaluation, u"evaluated_on") > period.until) {
                continue;
            }
            if (!lastEvaluation
                || dateOf(u"metric-evaluations"_s, evaluation, u"evaluated_on")
                       >= dateOf(u"metric-evaluations"_s, *lastEvaluation, u"evaluated_on")) {
                lastEvaluation = &evaluation;
            }
        }
        if (lastEvaluation) {
            const QString key = u"metric-evaluations"_s;
            text += tr("; evaluated %1 (target met: %2): %3")
                        .arg(isoDate(dateOf(key, *lastEvaluation, u"evaluated_on")),
                             labelOf(key, *lastEvaluation, u"target_met"),
                             firstLine(textOf(key, *lastEvaluation, u"conclusion")));
        }
        input.lines.append(ReviewInputLine{text, {ref}});
    }
    if (input.lines.isEmpty()) {
        input.lines.append(ReviewInputLine{tr("No active metric is recorded."), {}});
    }
    return input;
}

Result<ReviewInput> ReviewInputs::objectivesFulfilment(const Database &db, const ReviewPeriod & /*period*/)
{
    const QString key = u"objectives"_s;
    ReviewInput input{key, titleOf(key), true, {}};
    const auto objectives = recordsOf(db, key);
    if (!objectives) {
        return objectives.error();
    }
    for (const Record &objective : *objectives) {
        if (textOf(key, objective, u"status") == u"withdrawn") {
            continue;
        }
        const QString ref = EntitySpec::refOf(objective);
        QString text =
            tr("%1 %2 - %3")
                .arg(ref, textOf(key, objective, u"objective"), labelOf(key, objective, u"status"));
        if (const QString target = textOf(key, objective, u"target"); !target.isEmpty()) {
            text += tr("; target: %1").arg(target);
        }
        if (const QDate due = dateOf(key, objective, u"due_date"); due.isValid()) {
            text += tr("; due %1").arg(isoDate(due));
        }
        if (const QString evaluation = firstLine(textOf(key, objective, u"evaluation"));
            !evaluation.isEmpty()) {
            text += tr("; evaluation: %1").arg(evaluation);
        }
        input.lines.append(ReviewInputLine{text, {ref}});
    }
    if (input.lines.isEmpty()) {
        input.lines.append(ReviewInputLine{tr("No information security objective is recorded."), {}});
    }
    return input;
}

Result<ReviewInput> ReviewInputs::partyFeedback(const Database &db, const ReviewPeriod &period)
{
    const QString key = u"interested-parties"_s;
    ReviewInput input{u"feedback"_s, titleOf(u"feedback"_s), true, {}};
    const auto parties = recordsOf(db, key);
    const auto entries = changesSince(db, interestedPartySpec().entity, period.since);
    if (!parties || !entries) {
        return !parties ? parties.error() : entries.error();
    }
    QSet<QString> changed;
    for (const ChangeLogEntry &entry : *entries) {
        changed.insert(entry.entityId);
    }
    for (const Record &party : *parties) {
        const QString ref = EntitySpec::refOf(party);
        QString text = tr("%1 %2 (%3): addressed: %4")
                           .arg(ref,
                                textOf(key, party, u"name"),
                                labelOf(key, party, u"side"),
                                labelOf(key, party, u"addressed"));
        if (const QString needs = firstLine(textOf(key, party, u"requirements")); !needs.isEmpty()) {
            text += tr("; asks for: %1").arg(needs);
        }
        if (changed.contains(QString::number(party.id.value)) && period.since.isValid()) {
            text += tr(" [updated since the previous review]");
        }
        input.lines.append(ReviewInputLine{text, {ref}});
    }
    if (input.lines.isEmpty()) {
        input.lines.append(
            ReviewInputLine{tr("No interested party is recorded, so no feedback was compiled."), {}});
    }
    return input;
}

Result<ReviewInput> ReviewInputs::riskResults(const Database &db, const ReviewPeriod &period)
{
    ReviewInput input{u"risks"_s, titleOf(u"risks"_s), true, {}};
    const auto runs = recordsOf(db, u"assessment-runs"_s);
    const auto risks = recordsOf(db, u"risks"_s);
    const auto tasks = recordsOf(db, u"treatment-tasks"_s);
    if (!runs || !risks || !tasks) {
        return !runs ? runs.error() : !risks ? risks.error() : tasks.error();
    }
    const Record *latest = nullptr;
    for (const Record &run : *runs) {
        const QDate date = dateOf(u"assessment-runs"_s, run, u"run_date");
        if (date <= period.until && (!latest || date >= dateOf(u"assessment-runs"_s, *latest, u"run_date"))) {
            latest = &run;
        }
    }
    if (latest) {
        const QString ref = EntitySpec::refOf(*latest);
        input.lines.append(
            ReviewInputLine{tr("Latest assessment run %1 on %2: %3 risks, %4 above the acceptance threshold.")
                                .arg(ref, isoDate(dateOf(u"assessment-runs"_s, *latest, u"run_date")))
                                .arg(valueOf(u"assessment-runs"_s, *latest, u"risk_count").toLongLong())
                                .arg(valueOf(u"assessment-runs"_s, *latest, u"above_threshold").toLongLong()),
                            {ref}});
    } else {
        input.lines.append(ReviewInputLine{tr("No risk assessment run is recorded."), {}});
    }
    std::map<QString, int> byStatus;
    int untreated = 0;
    for (const Record &risk : *risks) {
        ++byStatus[labelOf(u"risks"_s, risk, u"status")];
        untreated += textOf(u"risks"_s, risk, u"treatment").isEmpty() ? 1 : 0;
    }
    QStringList counts;
    for (const auto &[status, count] : byStatus) {
        counts.append(tr("%1 %2").arg(count).arg(status));
    }
    input.lines.append(ReviewInputLine{
        risks->isEmpty() ? tr("The risk register is empty.")
                         : tr("Risk register: %1 risks (%2); %3 without a treatment decision.")
                               .arg(risks->size())
                               .arg(counts.join(u", "_s))
                               .arg(untreated),
        {}});
    int open = 0;
    int done = 0;
    QList<ReviewInputLine> overdue;
    for (const Record &task : *tasks) {
        const QString status = textOf(u"treatment-tasks"_s, task, u"status");
        if (status == u"done") {
            ++done;
        } else if (status != u"cancelled") {
            ++open;
            const QDate due = dateOf(u"treatment-tasks"_s, task, u"due_date");
            if (due.isValid() && due < period.until) {
                const QString ref = EntitySpec::refOf(task);
                overdue.append(
                    ReviewInputLine{tr("Overdue treatment task %1 %2 (due %3)")
                                        .arg(ref, textOf(u"treatment-tasks"_s, task, u"title"), isoDate(due)),
                                    {ref}});
            }
        }
    }
    input.lines.append(ReviewInputLine{
        tr("Treatment tasks: %1 open (%2 overdue), %3 done.").arg(open).arg(overdue.size()).arg(done),
        {}});
    input.lines.append(overdue);
    return input;
}

Result<ReviewInput> ReviewInputs::improvementOpportunities(const Database &db,
                                                           const ReviewPeriod & /*period*/)
{
    ReviewInput input{u"improvement"_s, titleOf(u"improvement"_s), true, {}};
    const QString key = u"improvements"_s;
    const auto improvements = recordsOf(db, key);
    const auto ismsRisks = recordsOf(db, u"isms-risks"_s);
    if (!improvements || !ismsRisks) {
        return !improvements ? improvements.error() : ismsRisks.error();
    }
    for (const Record &improvement : *improvements) {
        const QString status = textOf(key, improvement, u"status");
        if (status == u"done" || status == u"rejected") {
            continue;
        }
        const QString ref = EntitySpec::refOf(improvement);
        QString text = tr("%1 %2 (%3, from %4)")
                           .arg(ref,
                                textOf(key, improvement, u"title"),
                                labelOf(key, improvement, u"status"),
                                labelOf(key, improvement, u"source"));
        if (const QDate due = dateOf(key, improvement, u"due_date"); due.isValid()) {
            text += tr("; due %1").arg(isoDate(due));
        }
        input.lines.append(ReviewInputLine{text, {ref}});
    }
    for (const Record &opportunity : *ismsRisks) {
        const QString status = textOf(u"isms-risks"_s, opportunity, u"status");
        if (textOf(u"isms-risks"_s, opportunity, u"type") != u"opportunity" || status == u"done"
            || status == u"cancelled") {
            continue;
        }
        const QString ref = EntitySpec::refOf(opportunity);
        input.lines.append(ReviewInputLine{tr("Opportunity %1 %2 (%3)")
                                               .arg(ref,
                                                    textOf(u"isms-risks"_s, opportunity, u"title"),
                                                    labelOf(u"isms-risks"_s, opportunity, u"status")),
                                           {ref}});
    }
    if (input.lines.isEmpty()) {
        input.lines.append(ReviewInputLine{tr("No open improvement or opportunity is recorded."), {}});
    }
    return input;
}

} // namespace isms
