// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/TreatmentPlanSection.h"

#include "common/Translations.h"
#include "domain/Entities.h"
#include "io/FieldText.h"
#include "report/RiskCells.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

/// The task status keyword as its label ("In progress").
QString statusLabel(const QString &keyword)
{
    const EntitySpec &spec = treatmentTaskSpec();
    const int status = spec.indexOf(u"status");
    return status < 0 ? keyword : FieldText::display(spec.fields.at(status), keyword);
}

bool isFinished(const TreatmentPlanRow &row)
{
    return row.status == u"done" || row.status == u"cancelled";
}

} // namespace

TreatmentPlanFigures TreatmentPlanSection::figures(const QList<TreatmentPlanRow> &plan)
{
    TreatmentPlanFigures figures;
    figures.total = int(plan.size());
    for (const TreatmentPlanRow &row : plan) {
        if (row.status == u"done") {
            ++figures.done;
        } else if (row.status == u"cancelled") {
            ++figures.cancelled;
        } else {
            ++figures.open;
            if (!row.due.isValid()) {
                ++figures.withoutDueDate;
            }
        }
        if (row.overdue) {
            ++figures.overdue;
        }
    }
    return figures;
}

ReportKeyValueList TreatmentPlanSection::summary(const TreatmentPlanFigures &figures)
{
    const QLocale locale = reportLocale();
    return ReportKeyValueList{{
        {tr("Treatment tasks"), locale.toString(figures.total)},
        {tr("Open"), tr("%1 (open or in progress)").arg(locale.toString(figures.open))},
        {tr("Overdue"),
         figures.overdue > 0 ? tr("%1 (open past their due date, marked \"%2\" below)")
                                   .arg(locale.toString(figures.overdue), overdueText())
                             : locale.toString(0)},
        {tr("Done"), locale.toString(figures.done)},
        {tr("Cancelled"), locale.toString(figures.cancelled)},
        {tr("Open without a due date"), locale.toString(figures.withoutDueDate)},
    }};
}

QString TreatmentPlanSection::overdueText()
{
    //: Mark of a treatment task past its due date; printed in tables.
    return tr("Overdue");
}

ReportTable TreatmentPlanSection::table(const QList<TreatmentPlanRow> &plan, const RiskMethod &method)
{
    ReportTable table;
    table.columns = {
        ReportTableColumn{tr("Due date"), 1.05, Qt::AlignLeft},
        ReportTableColumn{tr("Task"), 3.0, Qt::AlignLeft},
        ReportTableColumn{tr("Owner"), 1.4, Qt::AlignLeft},
        ReportTableColumn{tr("Status"), 1.05, Qt::AlignLeft},
        ReportTableColumn{tr("Risk"), 2.6, Qt::AlignLeft},
        ReportTableColumn{tr("Risk level"), 1.0, Qt::AlignLeft},
    };
    for (const TreatmentPlanRow &row : plan) {
        const QString due = row.due.isValid() ? row.due.toString(Qt::ISODate) : tr("No due date");
        const QString task = u"%1 %2"_s.arg(row.ref, row.title);
        const QString status = statusLabel(row.status);
        QString risk = row.riskRef.isEmpty() ? RiskCells::none() : u"%1 %2"_s.arg(row.riskRef, row.riskTitle);
        table.rows.append({
            row.overdue
                ? RiskCells::coloured(u"%1\n%2"_s.arg(due, overdueText()), RiskCells::overdueTint(), true)
                : RiskCells::text(due, !isFinished(row) && row.due.isValid()),
            RiskCells::text(task, row.overdue),
            RiskCells::text(row.owner.trimmed().isEmpty() ? RiskCells::none() : row.owner),
            row.overdue ? RiskCells::coloured(status, RiskCells::overdueTint()) : RiskCells::text(status),
            RiskCells::text(risk),
            RiskCells::level(method, RiskCells::levelNamed(method, row.riskLevel)),
        });
    }
    return table;
}

void TreatmentPlanSection::append(QList<ReportBlock> &blocks,
                                  const QList<TreatmentPlanRow> &plan,
                                  const RiskMethod &method,
                                  const QDate &today)
{
    const TreatmentPlanFigures counts = figures(plan);
    blocks.append(ReportHeading{1, tr("Treatment plan")});
    blocks.append(ReportParagraph{
        tr("The tasks that carry out the risk treatments, by due date and then owner, each with the risk it "
           "treats and that risk's current level. A task that is neither done nor cancelled and whose due "
           "date lies before %1, the date of this report, is marked \"%2\".")
            .arg(today.toString(Qt::ISODate), overdueText())});
    blocks.append(summary(counts));
    if (plan.isEmpty()) {
        blocks.append(ReportParagraph{tr("The treatment plan holds no tasks yet.")});
        return;
    }
    blocks.append(ReportHeading{2, tr("Tasks by due date")});
    blocks.append(table(plan, method));
}

} // namespace isms
