// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/TreatmentPlanReport.h"

#include "report/DocumentControl.h"
#include "report/RiskReport.h"
#include "report/TreatmentPlanSection.h"
#include "services/RiskReportData.h"

using namespace Qt::StringLiterals;

namespace isms {

QString TreatmentPlanReport::documentId()
{
    return u"ISMS-RPT-RTP"_s;
}

Result<ReportDocument> TreatmentPlanReport::build(Database &db, const ReportOptions &options)
{
    Result<ReportDocument> cover = RiskReport::coverFor(db, options);
    if (!cover) {
        return cover.error();
    }
    ReportDocument doc = std::move(cover).value();
    const QDate today = doc.generatedAtUtc.date();
    const Result<RiskReportData> data = RiskReportData::load(db, today);
    if (!data) {
        return data.error();
    }
    const RiskMethod &method = data->overview.method;
    doc.title = tr("Risk treatment plan");
    doc.subtitle = tr("Treatment tasks by due date, with their owners, status and risks");
    doc.documentId = documentId();
    if (auto controlled = DocumentControl::apply(db, QStringLiteral("treatment-plan"), doc); !controlled) {
        return controlled.error();
    }

    const TreatmentPlanFigures figures = TreatmentPlanSection::figures(data->plan);
    doc.blocks.append(ReportHeading{1, tr("Summary")});
    doc.blocks.append(ReportParagraph{
        tr("This plan lists every risk treatment task recorded in the project on %1, with the risk it "
           "treats and that risk's current level. A task that is neither done nor cancelled and whose due "
           "date lies before that date is marked \"%2\".")
            .arg(today.toString(Qt::ISODate), TreatmentPlanSection::overdueText())});
    doc.blocks.append(TreatmentPlanSection::summary(figures));

    QList<TreatmentPlanRow> overdue;
    for (const TreatmentPlanRow &row : data->plan) {
        if (row.overdue) {
            overdue.append(row);
        }
    }
    doc.blocks.append(ReportHeading{1, tr("Overdue tasks")});
    if (overdue.isEmpty()) {
        doc.blocks.append(ReportParagraph{tr("No task is overdue.")});
    } else {
        doc.blocks.append(TreatmentPlanSection::table(overdue, method));
    }

    doc.blocks.append(ReportPageBreak{});
    doc.blocks.append(ReportHeading{1, tr("All tasks by due date")});
    if (data->plan.isEmpty()) {
        doc.blocks.append(ReportParagraph{tr("The treatment plan holds no tasks yet.")});
    } else {
        doc.blocks.append(TreatmentPlanSection::table(data->plan, method));
    }
    return doc;
}

} // namespace isms
