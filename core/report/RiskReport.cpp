// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/RiskReport.h"

#include "common/Translations.h"
#include "report/DocumentControl.h"
#include "report/RiskCells.h"
#include "report/RiskMethodSection.h"
#include "report/RiskRegisterSection.h"
#include "report/TreatmentPlanSection.h"
#include "services/ProjectService.h"
#include "services/RiskReportData.h"
#include "storage/ChangeLogHead.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

/// "3 Low, 5 Medium, 1 High": the risks per level, the levels without risks left out.
QString perLevelText(const RiskMethod &method, const QList<int> &perLevel)
{
    QStringList parts;
    for (qsizetype i = 0; i < perLevel.size() && i < method.levels.size(); ++i) {
        if (perLevel.at(i) > 0) {
            //: One part of a count per risk level: "3 Low".
            parts.append(RiskReport::tr("%1 %2").arg(reportLocale().toString(perLevel.at(i)),
                                                     method.levels.at(i).name));
        }
    }
    return parts.isEmpty() ? RiskCells::none() : parts.join(u", "_s);
}

/// "2 (R-003, R-007)", or "0".
QString countWithRefs(const QStringList &refs)
{
    if (refs.isEmpty()) {
        return reportLocale().toString(0);
    }
    //: A count followed by the references it counts: "2 (R-003, R-007)".
    return RiskReport::tr("%1 (%2)").arg(reportLocale().toString(refs.size()), refs.join(u", "_s));
}

} // namespace

void RiskReport::appendSummary(QList<ReportBlock> &blocks, const RiskReportData &data, const QDate &today)
{
    const RiskOverview &overview = data.overview;
    const RiskMethod &method = overview.method;
    const TreatmentPlanFigures tasks = TreatmentPlanSection::figures(data.plan);
    QStringList awaiting;
    for (const RiskReportRow &risk : data.risks) {
        if (risk.awaitsSignoff()) {
            awaiting.append(risk.ref);
        }
    }
    blocks.append(ReportHeading{1, RiskReport::tr("Summary")});
    blocks.append(ReportParagraph{
        RiskReport::tr("This report sets out how information security risks are assessed, the risks found, "
                       "how each is treated and who accepted the residual risk, as recorded in the project "
                       "on %1. The sections follow the order of the work: the method, the heat maps, the "
                       "register, the sign-offs and the treatment plan.")
            .arg(today.toString(Qt::ISODate))});
    const QLocale locale = reportLocale();
    blocks.append(ReportKeyValueList{{
        {RiskReport::tr("Risks in the register"), locale.toString(overview.total)},
        {RiskReport::tr("By current level"), perLevelText(method, overview.perLevel)},
        {RiskReport::tr("By residual level"), perLevelText(method, overview.residualPerLevel)},
        {RiskReport::tr("Not yet rated"), locale.toString(overview.current.unrated)},
        {RiskReport::tr("Above the acceptance threshold"), countWithRefs(overview.aboveThreshold)},
        {RiskRegisterSection::awaitingText(), countWithRefs(awaiting)},
        {RiskReport::tr("Review overdue"), countWithRefs(overview.reviewOverdue)},
        {RiskReport::tr("Treatment tasks"),
         RiskReport::tr("%1 open, %2 overdue, %3 done")
             .arg(locale.toString(tasks.open), locale.toString(tasks.overdue), locale.toString(tasks.done))},
    }});
}

void RiskReport::appendHeatMaps(QList<ReportBlock> &blocks, const RiskOverview &overview)
{
    const RiskMethod &method = overview.method;
    blocks.append(ReportHeading{1, RiskReport::tr("Heat maps")});
    blocks.append(ReportParagraph{
        RiskReport::tr("The number of risks in each cell of the matrix, before and after treatment. The "
                       "residual map places risks that have not been re-rated for their treatment yet by "
                       "their current rating.")});
    blocks.append(ReportHeatMaps{
        .method = method,
        .panels = {ReportHeatMapPanel{RiskReport::tr("Current risk"), overview.current},
                   ReportHeatMapPanel{RiskReport::tr("Residual risk"), overview.residual}},
        .maxHeightMm = 78.0,
    });
    ReportTable table;
    table.columns = {
        ReportTableColumn{RiskReport::tr("Level"), 1.6, Qt::AlignLeft},
        ReportTableColumn{RiskReport::tr("Current risks"), 1.0, Qt::AlignRight},
        ReportTableColumn{RiskReport::tr("Residual risks"), 1.0, Qt::AlignRight},
        ReportTableColumn{RiskReport::tr("Acceptance"), 3.0, Qt::AlignLeft},
    };
    const QLocale locale = reportLocale();
    for (qsizetype i = method.levels.size(); i >= 1; --i) {
        table.rows.append({
            RiskCells::level(method, int(i)),
            RiskCells::text(locale.toString(overview.perLevel.value(i - 1))),
            RiskCells::text(locale.toString(overview.residualPerLevel.value(i - 1))),
            RiskCells::text(method.needsRationale(int(i)) ? RiskReport::tr("Above the threshold")
                                                          : RiskReport::tr("Within the threshold")),
        });
    }
    table.rows.append({
        RiskCells::text(RiskReport::tr("Not rated")),
        RiskCells::text(locale.toString(overview.current.unrated)),
        RiskCells::text(locale.toString(overview.residual.unrated)),
        RiskCells::text(RiskCells::none()),
    });
    table.rows.append({
        RiskCells::text(RiskReport::tr("All risks"), true),
        RiskCells::text(locale.toString(overview.total), true),
        RiskCells::text(locale.toString(overview.total), true),
        RiskCells::text(QString()),
    });
    blocks.append(ReportHeading{2, RiskReport::tr("Risks per level")});
    blocks.append(table);
}

QString RiskReport::documentId()
{
    return u"ISMS-RPT-RSK"_s;
}

Result<ReportDocument> RiskReport::coverFor(Database &db, const ReportOptions &options)
{
    const ProjectService project(db);
    const Result<QString> organisation = project.organisation();
    if (!organisation) {
        return organisation.error();
    }
    const Result<ChangeLogHead> head = ChangeLogHead::read(db);
    if (!head) {
        return head.error();
    }
    ReportDocument doc;
    doc.organisation = organisation.value();
    doc.classification = options.classification;
    doc.generatedAtUtc = options.effectiveGeneratedAtUtc();
    doc.changeLogHead = head->displayText();
    return doc;
}

void RiskReport::appendBody(QList<ReportBlock> &blocks, const RiskReportData &data, const QDate &asOf)
{
    appendSummary(blocks, data, asOf);
    blocks.append(ReportPageBreak{});
    RiskMethodSection::append(blocks, data.overview.method);
    blocks.append(ReportPageBreak{});
    appendHeatMaps(blocks, data.overview);
    blocks.append(ReportPageBreak{});
    RiskRegisterSection::appendRegister(blocks, data);
    blocks.append(ReportPageBreak{});
    RiskRegisterSection::appendSignoffs(blocks, data);
    blocks.append(ReportPageBreak{});
    TreatmentPlanSection::append(blocks, data.plan, data.overview.method, asOf);
}

Result<ReportDocument> RiskReport::build(Database &db, const ReportOptions &options)
{
    Result<ReportDocument> cover = coverFor(db, options);
    if (!cover) {
        return cover.error();
    }
    ReportDocument doc = std::move(cover).value();
    const QDate today = doc.generatedAtUtc.date();
    const Result<RiskReportData> data = RiskReportData::load(db, today);
    if (!data) {
        return data.error();
    }
    doc.title = tr("Risk assessment and treatment report");
    doc.subtitle = tr("Risk assessment method, heat maps, risk register, sign-offs and treatment plan");
    doc.documentId = documentId();
    if (auto controlled = DocumentControl::apply(db, QStringLiteral("risk-report"), doc); !controlled) {
        return controlled.error();
    }
    doc.orientation = QPageLayout::Landscape;

    appendBody(doc.blocks, *data, today);
    return doc;
}

} // namespace isms
