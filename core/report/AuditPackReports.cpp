// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"
#include "report/AssessmentRunReport.h"
#include "report/AuditPackSections.h"
#include "report/MandatoryInformationSection.h"
#include "report/ProcessReport.h"
#include "report/RaciReport.h"
#include "report/ReadinessCheckReport.h"
#include "report/RegisterTable.h"
#include "report/RiskMethodSection.h"
#include "report/RiskRegisterSection.h"
#include "report/RiskReport.h"
#include "report/SoaReport.h"
#include "report/TreatmentPlanSection.h"
#include "services/AssessmentRunService.h"
#include "services/RiskReportData.h"
#include "services/SoaVersionService.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace isms::auditpack {

namespace {

/// The options of a report built for the pack: dated like the pack.
ReportOptions optionsFor(const AuditPackContext &context)
{
    ReportOptions options;
    options.generatedAtUtc = QDateTime(context.asOf, QTime(12, 0), QTimeZone::utc());
    return options;
}

/// The latest recorded risk assessment run (by date, then by reference), if any.
Result<std::optional<AssessmentRun>> latestRun(Database &db)
{
    const EntitySpec &spec = assessmentRunSpec();
    const auto runs = RegisterTable::records(db, spec);
    if (!runs) {
        return runs.error();
    }
    const Record *latest = nullptr;
    QDate latestDate;
    for (const Record &run : *runs) {
        const QDate date = run.values.at(spec.indexOf(u"run_date")).toDate();
        if (!latest || date >= latestDate) {
            latest = &run;
            latestDate = date;
        }
    }
    if (!latest) {
        return std::optional<AssessmentRun>{};
    }
    auto run = AssessmentRunService(db).getByRef(EntitySpec::refOf(*latest));
    if (!run) {
        return run.error();
    }
    return std::optional<AssessmentRun>(std::move(run).value());
}

} // namespace

/// Makes every level 1 heading of `blocks` from `from` on a level 2 heading. A level 1 heading whose
/// first block is a level 2 heading would print bare at the same level as its children: it is dropped
/// and names its children instead ("Points to settle: Clause 6").
void demote(QList<ReportBlock> &blocks, qsizetype from)
{
    QString parent;
    for (qsizetype i = from; i < blocks.size(); ++i) {
        auto *heading = std::get_if<ReportHeading>(&blocks[i]);
        if (!heading) {
            continue;
        }
        if (heading->level == 1) {
            const bool bare =
                i + 1 < blocks.size() && std::holds_alternative<ReportHeading>(blocks.at(i + 1));
            parent = bare ? heading->text : QString();
            if (bare) {
                blocks.removeAt(i);
                --i;
                continue;
            }
        } else if (!parent.isEmpty()) {
            //: A heading of the audit pack that names its section and its part: "Points to settle: Clause 6".
            heading->text = AuditPack::tr("%1: %2").arg(parent, heading->text);
        }
        heading->level = 2;
    }
}

void appendReport(QList<ReportBlock> &blocks, const QString &title, const ReportDocument &report)
{
    if (!title.isEmpty()) {
        blocks.append(ReportHeading{1, title});
    }
    const qsizetype from = blocks.size();
    blocks.append(report.blocks);
    demote(blocks, from);
}

Result<void> processes(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    const auto report = ProcessReport::build(context.db, optionsFor(context));
    if (!report) {
        return report.error();
    }
    appendReport(blocks, AuditPack::tr("ISMS processes and their interactions"), *report);
    return {};
}

Result<void> roles(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    const auto report = RaciReport::build(context.db, optionsFor(context));
    if (!report) {
        return report.error();
    }
    appendReport(blocks, AuditPack::tr("Roles, responsibilities and authorities"), *report);
    return {};
}

Result<void> riskMethod(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    const auto data = RiskReportData::load(context.db, context.asOf);
    if (!data) {
        return data.error();
    }
    RiskMethodSection::append(blocks, data->overview.method);
    return {};
}

Result<void> riskAssessment(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    blocks.append(ReportHeading{1, AuditPack::tr("Risk assessment")});
    const auto run = latestRun(context.db);
    if (!run) {
        return run.error();
    }
    if (!*run) {
        blocks.append(ReportParagraph{
            AuditPack::tr("No risk assessment run is recorded yet, so there is no dated assessment to "
                          "present; record one on the risk register's page or with \"isms-cli "
                          "run-assessment\" before the audit.")});
        return {};
    }
    const AssessmentRun &latest = **run;
    if (context.since && latest.date < *context.since) {
        blocks.append(ReportParagraph{
            AuditPack::tr("No risk assessment run was recorded in the period; the latest one, of %1, "
                          "follows.")
                .arg(latest.date.toString(Qt::ISODate))});
    }
    const qsizetype from = blocks.size();
    AssessmentRunReport::appendRunFacts(blocks, latest);
    RiskReport::appendSummary(blocks, latest.data, latest.date);
    RiskReport::appendHeatMaps(blocks, latest.data.overview);
    demote(blocks, from);
    const QStringList above = latest.data.overview.aboveThreshold;
    blocks.append(ReportHeading{2, AuditPack::tr("Risks above the acceptance threshold")});
    if (above.isEmpty()) {
        blocks.append(
            ReportParagraph{AuditPack::tr("No risk of the run lies above the acceptance threshold.")});
    } else {
        RiskRegisterSection::appendRegisterTable(blocks, latest.data, above);
    }
    return {};
}

Result<void> riskRegister(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    const auto run = latestRun(context.db);
    if (!run) {
        return run.error();
    }
    if (*run) {
        blocks.append(ReportHeading{1, AuditPack::tr("Risk register of run %1").arg((*run)->ref)});
        RiskRegisterSection::appendRegisterTable(blocks, (*run)->data, {});
        return {};
    }
    const auto data = RiskReportData::load(context.db, context.asOf);
    if (!data) {
        return data.error();
    }
    RiskRegisterSection::appendRegister(blocks, *data);
    return {};
}

Result<void> treatment(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    const auto data = RiskReportData::load(context.db, context.asOf);
    if (!data) {
        return data.error();
    }
    blocks.append(ReportHeading{1, AuditPack::tr("Risk treatment and sign-offs")});
    const qsizetype from = blocks.size();
    RiskRegisterSection::appendSignoffs(blocks, *data);
    TreatmentPlanSection::append(blocks, data->plan, data->overview.method, context.asOf);
    demote(blocks, from);
    return {};
}

Result<void> soa(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    const auto latest = SoaVersionService::latestNumber(context.db);
    if (!latest) {
        return latest.error();
    }
    if (!*latest) {
        blocks.append(ReportHeading{1, AuditPack::tr("Statement of Applicability")});
        blocks.append(ReportParagraph{
            AuditPack::tr("No version of the Statement of Applicability has been issued yet, and a "
                          "working draft is not handed to an auditor; issue a version on the Statement of "
                          "Applicability page or with \"isms-cli soa issue\".")});
        return {};
    }
    const auto report = SoaReport::buildVersion(context.db, optionsFor(context), **latest);
    if (!report) {
        return report.error();
    }
    appendReport(blocks, AuditPack::tr("Statement of Applicability, version %1").arg(**latest), *report);
    return {};
}

Result<void> mandatory(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    return MandatoryInformationSection::append(blocks, context.db, context.asOf, 1);
}

Result<void> readiness(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    const auto report = ReadinessCheckReport::build(context.db, optionsFor(context));
    if (!report) {
        return report.error();
    }
    appendReport(blocks, AuditPack::tr("Readiness summary (internal)"), *report);
    return {};
}

} // namespace isms::auditpack
