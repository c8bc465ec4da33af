// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RiskReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QJsonArray numbers(const QList<int> &values)
{
    QJsonArray array;
    for (const int value : values) {
        array.append(value);
    }
    return array;
}

QList<int> numbersOf(const QJsonValue &value)
{
    QList<int> list;
    for (const QJsonValue &item : value.toArray()) {
        list.append(item.toInt());
    }
    return list;
}

QStringList textsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

QJsonObject countsJson(const HeatMapCounts &counts)
{
    QJsonArray rows;
    for (const QList<int> &row : counts.counts) {
        rows.append(numbers(row));
    }
    return {{u"counts"_s, rows}, {u"unrated"_s, counts.unrated}};
}

HeatMapCounts countsOf(const QJsonObject &json)
{
    HeatMapCounts counts;
    for (const QJsonValue &row : json.value(u"counts"_s).toArray()) {
        counts.counts.append(numbersOf(row));
    }
    counts.unrated = json.value(u"unrated"_s).toInt();
    return counts;
}

QJsonObject ratingJson(const RiskRating &rating)
{
    return {{u"likelihood"_s, rating.likelihood}, {u"impact"_s, rating.impact}, {u"level"_s, rating.level}};
}

RiskRating ratingOf(const QJsonValue &value)
{
    const QJsonObject json = value.toObject();
    return {json.value(u"likelihood"_s).toInt(),
            json.value(u"impact"_s).toInt(),
            json.value(u"level"_s).toInt()};
}

QJsonObject riskJson(const RiskReportRow &risk)
{
    return {
        {u"ref"_s, risk.ref},
        {u"title"_s, risk.title},
        {u"owner"_s, risk.owner},
        {u"assets"_s, QJsonArray::fromStringList(risk.assets)},
        {u"threat"_s, risk.threat},
        {u"vulnerability"_s, risk.vulnerability},
        {u"existing_controls"_s, QJsonArray::fromStringList(risk.existingControls)},
        {u"planned_controls"_s, QJsonArray::fromStringList(risk.plannedControls)},
        {u"current"_s, ratingJson(risk.current)},
        {u"residual"_s, ratingJson(risk.residual)},
        {u"treatment"_s, risk.treatment},
        {u"status"_s, risk.status},
        {u"signoff_by"_s, risk.signoffBy},
        {u"signoff_date"_s, dateText(risk.signoffDate)},
        {u"signoff_comment"_s, risk.signoffComment},
        {u"acceptance_rationale"_s, risk.acceptanceRationale},
        {u"next_review"_s, dateText(risk.nextReview)},
        {u"acceptance_level"_s, risk.acceptanceLevel},
        {u"closed"_s, risk.isClosed},
    };
}

RiskReportRow riskOf(const QJsonObject &json)
{
    RiskReportRow risk;
    risk.ref = json.value(u"ref"_s).toString();
    risk.title = json.value(u"title"_s).toString();
    risk.owner = json.value(u"owner"_s).toString();
    risk.assets = textsOf(json.value(u"assets"_s));
    risk.threat = json.value(u"threat"_s).toString();
    risk.vulnerability = json.value(u"vulnerability"_s).toString();
    risk.existingControls = textsOf(json.value(u"existing_controls"_s));
    risk.plannedControls = textsOf(json.value(u"planned_controls"_s));
    risk.current = ratingOf(json.value(u"current"_s));
    risk.residual = ratingOf(json.value(u"residual"_s));
    risk.treatment = json.value(u"treatment"_s).toString();
    risk.status = json.value(u"status"_s).toString();
    risk.signoffBy = json.value(u"signoff_by"_s).toString();
    risk.signoffDate = dateOf(json.value(u"signoff_date"_s));
    risk.signoffComment = json.value(u"signoff_comment"_s).toString();
    risk.acceptanceRationale = json.value(u"acceptance_rationale"_s).toString();
    risk.nextReview = dateOf(json.value(u"next_review"_s));
    risk.acceptanceLevel = json.value(u"acceptance_level"_s).toInt();
    risk.isClosed = json.value(u"closed"_s).toBool();
    return risk;
}

QJsonObject taskJson(const TreatmentPlanRow &task)
{
    return {
        {u"ref"_s, task.ref},
        {u"risk_ref"_s, task.riskRef},
        {u"risk_title"_s, task.riskTitle},
        {u"risk_level"_s, task.riskLevel},
        {u"title"_s, task.title},
        {u"owner"_s, task.owner},
        {u"due"_s, dateText(task.due)},
        {u"status"_s, task.status},
        {u"overdue"_s, task.overdue},
    };
}

TreatmentPlanRow taskOf(const QJsonObject &json)
{
    TreatmentPlanRow task;
    task.ref = json.value(u"ref"_s).toString();
    task.riskRef = json.value(u"risk_ref"_s).toString();
    task.riskTitle = json.value(u"risk_title"_s).toString();
    task.riskLevel = json.value(u"risk_level"_s).toString();
    task.title = json.value(u"title"_s).toString();
    task.owner = json.value(u"owner"_s).toString();
    task.due = dateOf(json.value(u"due"_s));
    task.status = json.value(u"status"_s).toString();
    task.overdue = json.value(u"overdue"_s).toBool();
    return task;
}

} // namespace

QJsonObject RiskReportJson::toJson(const RiskReportData &data)
{
    const RiskOverview &overview = data.overview;
    QJsonArray risks;
    for (const RiskReportRow &risk : data.risks) {
        risks.append(riskJson(risk));
    }
    QJsonArray plan;
    for (const TreatmentPlanRow &task : data.plan) {
        plan.append(taskJson(task));
    }
    return {
        {u"method"_s, QJsonDocument::fromJson(overview.method.toJson().toUtf8()).object()},
        {u"total"_s, overview.total},
        {u"current"_s, countsJson(overview.current)},
        {u"residual"_s, countsJson(overview.residual)},
        {u"per_level"_s, numbers(overview.perLevel)},
        {u"residual_per_level"_s, numbers(overview.residualPerLevel)},
        {u"awaiting_signoff"_s, QJsonArray::fromStringList(overview.awaitingSignoff)},
        {u"above_threshold"_s, QJsonArray::fromStringList(overview.aboveThreshold)},
        {u"review_overdue"_s, QJsonArray::fromStringList(overview.reviewOverdue)},
        {u"open_tasks"_s, overview.openTasks},
        {u"overdue_tasks"_s, overview.overdueTasks},
        {u"risks"_s, risks},
        {u"plan"_s, plan},
    };
}

Result<RiskReportData> RiskReportJson::fromJson(const QJsonObject &json)
{
    const QString methodJson =
        QString::fromUtf8(QJsonDocument(json.value(u"method"_s).toObject()).toJson(QJsonDocument::Compact));
    auto method = RiskMethod::fromJson(methodJson);
    if (!method) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The risk method frozen in this run cannot be read; run \"isms-cli check\" on the "
                        "project."),
                     method.error().message};
    }
    RiskReportData data;
    RiskOverview &overview = data.overview;
    overview.method = std::move(method).value();
    overview.total = json.value(u"total"_s).toInt();
    overview.current = countsOf(json.value(u"current"_s).toObject());
    overview.residual = countsOf(json.value(u"residual"_s).toObject());
    overview.perLevel = numbersOf(json.value(u"per_level"_s));
    overview.residualPerLevel = numbersOf(json.value(u"residual_per_level"_s));
    overview.awaitingSignoff = textsOf(json.value(u"awaiting_signoff"_s));
    overview.aboveThreshold = textsOf(json.value(u"above_threshold"_s));
    overview.reviewOverdue = textsOf(json.value(u"review_overdue"_s));
    overview.openTasks = json.value(u"open_tasks"_s).toInt();
    overview.overdueTasks = json.value(u"overdue_tasks"_s).toInt();
    for (const QJsonValue &risk : json.value(u"risks"_s).toArray()) {
        data.risks.append(riskOf(risk.toObject()));
    }
    for (const QJsonValue &task : json.value(u"plan"_s).toArray()) {
        data.plan.append(taskOf(task.toObject()));
    }
    return data;
}

} // namespace isms
