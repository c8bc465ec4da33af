// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RiskReportData.h"

#include "domain/Entities.h"
#include "io/FieldText.h"
#include "services/RecordService.h"
#include "services/RiskMethodService.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

/// "T-003 Phishing" for every record of a register with a name, by id.
Result<QHash<qint64, QString>> namedRefs(Database &db, const EntitySpec &spec)
{
    auto records = RecordService(db, spec).all();
    if (!records) {
        return records.error();
    }
    const int name = spec.indexOf(u"name");
    QHash<qint64, QString> refs;
    for (const Record &record : std::as_const(*records)) {
        const QString text = name >= 0 ? record.values.at(name).toString().trimmed() : QString();
        refs.insert(record.id.value,
                    text.isEmpty() ? EntitySpec::refOf(record)
                                   : u"%1 %2"_s.arg(EntitySpec::refOf(record), text));
    }
    return refs;
}

/// Annex A numbers in the catalogue's order: 5.2 before 5.15.
bool controlLess(const QString &a, const QString &b)
{
    const QStringList left = a.split(u'.');
    const QStringList right = b.split(u'.');
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        const int l = left.at(i).toInt();
        const int r = right.at(i).toInt();
        if (l != r) {
            return l < r;
        }
    }
    return left.size() < right.size();
}

QString display(const EntitySpec &spec, const Record &record, QStringView key)
{
    const int index = spec.indexOf(key);
    return index < 0 ? QString() : FieldText::display(spec.fields.at(index), record.values.at(index));
}

int number(const EntitySpec &spec, const Record &record, QStringView key)
{
    const int index = spec.indexOf(key);
    return index < 0 ? 0 : record.values.at(index).toInt();
}

QString text(const EntitySpec &spec, const Record &record, QStringView key)
{
    const int index = spec.indexOf(key);
    return index < 0 ? QString() : record.values.at(index).toString();
}

} // namespace

Result<RiskReportData> RiskReportData::load(Database &db, const QDate &today)
{
    // RiskRegister::overview() falls back to the default method; a report must not.
    const auto method = RiskMethodService::load(db);
    if (!method) {
        return method.error();
    }
    auto plan = RiskRegister::treatmentPlan(db, today);
    if (!plan) {
        return plan.error();
    }
    const auto threats = namedRefs(db, threatSpec());
    const auto vulnerabilities = threats ? namedRefs(db, vulnerabilitySpec()) : threats;
    const auto assets = vulnerabilities ? namedRefs(db, assetSpec()) : vulnerabilities;
    if (!assets) {
        return assets.error();
    }
    const EntitySpec &spec = riskSpec();
    auto risks = RecordService(db, spec).all();
    if (!risks) {
        return risks.error();
    }
    auto assetLinks = RecordService(db, riskAssetSpec()).all();
    if (!assetLinks) {
        return assetLinks.error();
    }
    auto controlLinks = RecordService(db, riskControlSpec()).all();
    if (!controlLinks) {
        return controlLinks.error();
    }

    // Each table is read once: the overview counts the risks and tasks read here.
    RiskReportData data;
    data.overview = RiskRegister::overviewOf(*risks, *plan, *method, today);
    data.plan = std::move(plan).value();
    QHash<qint64, qsizetype> rowOf;
    data.risks.reserve(risks->size());
    for (const Record &risk : std::as_const(*risks)) {
        RiskReportRow row;
        row.ref = EntitySpec::refOf(risk);
        row.title = text(spec, risk, u"title");
        row.owner = text(spec, risk, u"owner");
        row.threat = threats->value(number(spec, risk, u"threat"));
        row.vulnerability = vulnerabilities->value(number(spec, risk, u"vulnerability"));
        row.current = {number(spec, risk, u"likelihood"),
                       number(spec, risk, u"impact"),
                       number(spec, risk, u"level_rank")};
        row.residual = {number(spec, risk, u"residual_likelihood"),
                        number(spec, risk, u"residual_impact"),
                        number(spec, risk, u"residual_level_rank")};
        row.treatment = display(spec, risk, u"treatment");
        row.status = display(spec, risk, u"status");
        row.isClosed = text(spec, risk, u"status") == u"closed";
        row.signoffBy = text(spec, risk, u"signoff_by").trimmed();
        row.signoffDate = risk.values.at(spec.indexOf(u"signoff_date")).toDate();
        row.signoffComment = text(spec, risk, u"signoff_comment");
        row.acceptanceRationale = text(spec, risk, u"acceptance_rationale");
        row.nextReview = risk.values.at(spec.indexOf(u"next_review")).toDate();
        row.acceptanceLevel = row.residual.isRated() ? row.residual.level : row.current.level;
        rowOf.insert(risk.id.value, data.risks.size());
        data.risks.append(row);
    }

    const EntitySpec &assetLink = riskAssetSpec();
    for (const Record &link : std::as_const(*assetLinks)) {
        const auto row = rowOf.constFind(number(assetLink, link, u"risk"));
        if (row != rowOf.constEnd()) {
            data.risks[*row].assets.append(assets->value(number(assetLink, link, u"asset")));
        }
    }
    const EntitySpec &controlLink = riskControlSpec();
    for (const Record &link : std::as_const(*controlLinks)) {
        const auto row = rowOf.constFind(number(controlLink, link, u"risk"));
        if (row == rowOf.constEnd()) {
            continue;
        }
        const QString control = text(controlLink, link, u"control").trimmed();
        RiskReportRow &risk = data.risks[*row];
        (text(controlLink, link, u"role") == u"planned" ? risk.plannedControls : risk.existingControls)
            .append(control);
    }
    for (RiskReportRow &risk : data.risks) {
        std::sort(risk.assets.begin(), risk.assets.end());
        for (QStringList *controls : {&risk.existingControls, &risk.plannedControls}) {
            std::sort(controls->begin(), controls->end(), controlLess);
            controls->removeDuplicates();
            for (QString &control : *controls) {
                control.prepend(u"A."_s);
            }
        }
    }
    std::stable_sort(data.risks.begin(),
                     data.risks.end(),
                     [&spec](const RiskReportRow &a, const RiskReportRow &b) {
                         return spec.refNumber(a.ref).value_or(0) < spec.refNumber(b.ref).value_or(0);
                     });
    return data;
}

} // namespace isms
