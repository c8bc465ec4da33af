// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RiskRegister.h"

#include "domain/Entities.h"
#include "services/RiskMethodService.h"
#include "services/RiskRules.h"
#include "storage/RecordRepository.h"

#include <QHash>

#include <algorithm>

namespace isms {

namespace {

HeatMapCounts emptyCounts(const RiskMethod &method)
{
    HeatMapCounts counts;
    for (qsizetype l = 0; l < method.likelihood.size(); ++l) {
        counts.counts.append(QList<int>(method.impact.size(), 0));
    }
    return counts;
}

void count(HeatMapCounts &counts, const QVariant &likelihood, const QVariant &impact)
{
    const int l = likelihood.toInt();
    const int i = impact.toInt();
    if (l >= 1 && l <= counts.counts.size() && i >= 1 && i <= counts.counts.at(l - 1).size()) {
        ++counts.counts[l - 1][i - 1];
    } else {
        ++counts.unrated;
    }
}

} // namespace

int HeatMapCounts::at(int likelihoodValue, int impactValue) const
{
    if (likelihoodValue < 1 || likelihoodValue > counts.size()) {
        return 0;
    }
    return counts.at(likelihoodValue - 1).value(impactValue - 1, 0);
}

int HeatMapCounts::total() const
{
    int sum = unrated;
    for (const QList<int> &row : counts) {
        for (const int cell : row) {
            sum += cell;
        }
    }
    return sum;
}

bool RiskRegister::isOverdue(const QDate &due, const QString &status, const QDate &today)
{
    return due.isValid() && due < today && status != u"done" && status != u"cancelled";
}

Result<RiskOverview> RiskRegister::overview(const Database &db, const QDate &today)
{
    auto method = RiskMethodService::load(db);
    auto risks = RecordRepository(db, riskSpec()).all();
    if (!risks) {
        return risks.error();
    }
    auto plan = treatmentPlan(db, today);
    if (!plan) {
        return plan.error();
    }
    return overviewOf(*risks, *plan, method ? *method : RiskMethod::defaults(), today);
}

RiskOverview RiskRegister::overviewOf(const QList<Record> &risks,
                                      const QList<TreatmentPlanRow> &plan,
                                      const RiskMethod &method,
                                      const QDate &today)
{
    RiskOverview overview;
    overview.method = method;
    overview.current = emptyCounts(overview.method);
    overview.residual = emptyCounts(overview.method);
    overview.perLevel = QList<int>(overview.method.levels.size(), 0);
    overview.residualPerLevel = overview.perLevel;

    const EntitySpec &spec = riskSpec();
    const int likelihood = spec.indexOf(u"likelihood");
    const int impact = spec.indexOf(u"impact");
    const int residualLikelihood = spec.indexOf(u"residual_likelihood");
    const int residualImpact = spec.indexOf(u"residual_impact");
    const int rank = spec.indexOf(u"level_rank");
    const int status = spec.indexOf(u"status");
    const int signedBy = spec.indexOf(u"signoff_by");
    const int review = spec.indexOf(u"next_review");
    overview.total = static_cast<int>(risks.size());
    for (const Record &risk : risks) {
        const QString ref = EntitySpec::refOf(risk);
        count(overview.current, risk.values.at(likelihood), risk.values.at(impact));
        const bool reRated =
            !risk.values.at(residualLikelihood).isNull() && !risk.values.at(residualImpact).isNull();
        if (reRated) {
            count(overview.residual, risk.values.at(residualLikelihood), risk.values.at(residualImpact));
        } else {
            count(overview.residual, risk.values.at(likelihood), risk.values.at(impact));
        }
        const int currentRank = risk.values.at(rank).toInt();
        if (currentRank >= 1 && currentRank <= overview.perLevel.size()) {
            ++overview.perLevel[currentRank - 1];
        }
        const int acceptance = RiskRules::acceptanceRank(spec, risk);
        if (acceptance >= 1 && acceptance <= overview.residualPerLevel.size()) {
            ++overview.residualPerLevel[acceptance - 1];
        }
        const bool closed = risk.values.at(status).toString() == u"closed";
        if (!closed && risk.values.at(signedBy).toString().trimmed().isEmpty()) {
            overview.awaitingSignoff.append(ref);
        }
        if (!closed && overview.method.needsRationale(acceptance)) {
            overview.aboveThreshold.append(ref);
        }
        const QDate due = risk.values.at(review).toDate();
        if (!closed && due.isValid() && due < today) {
            overview.reviewOverdue.append(ref);
        }
    }
    for (const TreatmentPlanRow &row : plan) {
        if (row.status != u"done" && row.status != u"cancelled") {
            ++overview.openTasks;
        }
        if (row.overdue) {
            ++overview.overdueTasks;
        }
    }
    return overview;
}

Result<QList<TreatmentPlanRow>> RiskRegister::treatmentPlan(const Database &db, const QDate &today)
{
    const EntitySpec &taskSpec = treatmentTaskSpec();
    const EntitySpec &spec = riskSpec();
    auto tasks = RecordRepository(db, taskSpec).all();
    if (!tasks) {
        return tasks.error();
    }
    auto risks = RecordRepository(db, spec).all();
    if (!risks) {
        return risks.error();
    }
    QHash<qint64, const Record *> riskById;
    for (const Record &risk : std::as_const(*risks)) {
        riskById.insert(risk.id.value, &risk);
    }
    const int riskField = taskSpec.indexOf(u"risk");
    const int title = taskSpec.indexOf(u"title");
    const int owner = taskSpec.indexOf(u"owner");
    const int due = taskSpec.indexOf(u"due_date");
    const int status = taskSpec.indexOf(u"status");
    QList<TreatmentPlanRow> rows;
    rows.reserve(tasks->size());
    for (const Record &task : std::as_const(*tasks)) {
        TreatmentPlanRow row;
        row.task = task.id;
        row.ref = EntitySpec::refOf(task);
        row.risk = RecordId{task.values.at(riskField).toLongLong()};
        if (const Record *risk = riskById.value(row.risk.value)) {
            row.riskRef = EntitySpec::refOf(*risk);
            row.riskTitle = risk->values.at(spec.indexOf(u"title")).toString();
            row.riskLevel = risk->values.at(spec.indexOf(u"level")).toString();
        }
        row.title = task.values.at(title).toString();
        row.owner = task.values.at(owner).toString();
        row.due = task.values.at(due).toDate();
        row.status = task.values.at(status).toString();
        row.overdue = isOverdue(row.due, row.status, today);
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const TreatmentPlanRow &a, const TreatmentPlanRow &b) {
        if (a.due.isValid() != b.due.isValid()) {
            return a.due.isValid();
        }
        if (a.due != b.due) {
            return a.due < b.due;
        }
        return a.owner.localeAwareCompare(b.owner) < 0;
    });
    return rows;
}

} // namespace isms
