// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/ControlStatusReport.h"

#include "catalog/Catalogue.h"
#include "common/Translations.h"
#include "report/DocumentControl.h"
#include "report/StatusChart.h"
#include "services/ControlStatistics.h"
#include "services/ProjectService.h"
#include "services/RequirementService.h"
#include "storage/ChangeLogHead.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

QString themeHeading(Theme theme)
{
    //: Heading of a report section: "A.5 Organizational controls".
    return ControlStatusReport::tr("A.%1 %2 controls").arg(themeClause(theme), themeLabel(theme));
}

QString themeName(Theme theme)
{
    return u"A.%1 %2"_s.arg(themeClause(theme), themeLabel(theme));
}

QString percent(double share)
{
    //: A share in percent, e.g. "54.8 %".
    return ControlStatusReport::tr("%1 %").arg(reportLocale().toString(share * 100.0, 'f', 1));
}

ReportTableCell textCell(const QString &text, bool bold = false)
{
    return ReportTableCell{.text = text, .background = QColor(), .bold = bold, .foreground = QColor()};
}

ReportTableCell statusCell(ImplementationStatus status)
{
    return ReportTableCell{.text = statusLabel(status),
                           .background = StatusChart::statusTint(status),
                           .bold = false,
                           .foreground = QColor()};
}

ReportTableCell numberCell(int value, bool bold = false)
{
    return textCell(reportLocale().toString(value), bold);
}

/// "37 controls: 12 implemented, 8 partially implemented, ..." for one theme, counts that are not zero.
QString themeSummary(const StatusSummary &summary, Theme theme)
{
    QStringList parts;
    for (const ImplementationStatus status : StatusChart::stackOrder()) {
        const int count = summary.at(theme, status);
        if (count > 0) {
            //: One part of a theme's summary: "12 Implemented".
            parts.append(
                ControlStatusReport::tr("%1 %2").arg(reportLocale().toString(count), statusLabel(status)));
        }
    }
    //: Summary under a theme heading: "Controls in this theme: 37 (12 Implemented, 8 Planned)."
    return ControlStatusReport::tr("Controls in this theme: %1 (%2).")
        .arg(reportLocale().toString(summary.byTheme(theme)), parts.join(u", "_s));
}

} // namespace

QString ControlStatusReport::documentId()
{
    return u"ISMS-RPT-CTL"_s;
}

Result<ReportDocument> ControlStatusReport::build(Database &db, const ReportOptions &options)
{
    const RequirementService requirements(db);
    const Result<QList<Control>> controls = requirements.controls();
    if (!controls) {
        return controls.error();
    }
    const ProjectService project(db);
    const Result<QString> organisation = project.organisation();
    if (!organisation) {
        return organisation.error();
    }
    const StatusSummary summary = ControlStatistics::summarize(controls.value());
    const Result<ChangeLogHead> head = ChangeLogHead::read(db);
    if (!head) {
        return head.error();
    }

    ReportDocument doc;
    doc.title = tr("Control status report");
    //: Subtitle on the cover of the control status report; %1 is "ISO/IEC 27001:2022".
    doc.subtitle = tr("Implementation status of the %1 Annex A controls").arg(Catalogue::edition());
    doc.organisation = organisation.value();
    doc.documentId = documentId();
    if (auto controlled = DocumentControl::apply(db, QStringLiteral("control-status"), doc); !controlled) {
        return controlled.error();
    }
    doc.classification = options.classification;
    doc.generatedAtUtc = options.effectiveGeneratedAtUtc();
    doc.changeLogHead = head->displayText();

    // Summary: overall figures, the chart and the counts per theme and status.
    doc.blocks.append(ReportHeading{1, tr("Summary")});
    doc.blocks.append(ReportParagraph{
        tr("This report shows the implementation status of every Annex A control of %1 as recorded in the "
           "project on %2. A control needs no further work when it is implemented or not applicable.")
            .arg(Catalogue::edition(), doc.generatedAtUtc.date().toString(Qt::ISODate))});
    QList<std::pair<QString, QString>> figures;
    figures.append({tr("Controls"), reportLocale().toString(summary.total())});
    for (const ImplementationStatus status : StatusChart::stackOrder()) {
        const int count = summary.byStatus(status);
        const double share = summary.total() > 0 ? double(count) / summary.total() : 0.0;
        figures.append(
            {statusLabel(status), tr("%1 (%2)").arg(reportLocale().toString(count), percent(share))});
    }
    figures.append(
        {tr("Completion"), tr("%1 (implemented or not applicable)").arg(percent(summary.completion()))});
    doc.blocks.append(ReportKeyValueList{figures});

    doc.blocks.append(ReportHeading{2, tr("Status per theme")});
    doc.blocks.append(ReportStatusChart{summary, 72.0});

    doc.blocks.append(ReportHeading{2, tr("Controls per theme and status")});
    ReportTable counts;
    counts.columns.append(ReportTableColumn{tr("Theme"), 2.2, Qt::AlignLeft});
    for (const ImplementationStatus status : StatusChart::stackOrder()) {
        counts.columns.append(ReportTableColumn{statusLabel(status), 1.6, Qt::AlignRight});
    }
    counts.columns.append(ReportTableColumn{tr("Total"), 0.9, Qt::AlignRight});
    for (const Theme theme : AllThemes) {
        QList<ReportTableCell> row{textCell(themeName(theme))};
        for (const ImplementationStatus status : StatusChart::stackOrder()) {
            row.append(numberCell(summary.at(theme, status)));
        }
        row.append(numberCell(summary.byTheme(theme), true));
        counts.rows.append(row);
    }
    QList<ReportTableCell> totals{textCell(tr("All themes"), true)};
    for (const ImplementationStatus status : StatusChart::stackOrder()) {
        totals.append(numberCell(summary.byStatus(status), true));
    }
    totals.append(numberCell(summary.total(), true));
    counts.rows.append(totals);
    doc.blocks.append(counts);

    // One section per theme with all of its controls.
    for (const Theme theme : AllThemes) {
        doc.blocks.append(ReportPageBreak{});
        doc.blocks.append(ReportHeading{1, themeHeading(theme)});
        doc.blocks.append(ReportParagraph{themeSummary(summary, theme)});
        ReportTable table;
        table.columns = {
            ReportTableColumn{tr("Control"), 0.95, Qt::AlignLeft},
            ReportTableColumn{tr("Title"), 3.6, Qt::AlignLeft},
            ReportTableColumn{tr("Status"), 1.65, Qt::AlignLeft},
            ReportTableColumn{tr("Owner"), 1.75, Qt::AlignLeft},
            ReportTableColumn{tr("Target date"), 1.15, Qt::AlignLeft},
        };
        for (const Control &control : controls.value()) {
            if (control.theme != theme) {
                continue;
            }
            const RequirementTracking &tracking = control.tracking;
            table.rows.append({
                textCell(control.displayRef()),
                textCell(control.title),
                statusCell(tracking.status),
                textCell(tracking.owner.isEmpty() ? u"\u2014"_s : tracking.owner),
                textCell(tracking.targetDate.isValid() ? tracking.targetDate.toString(Qt::ISODate)
                                                       : u"\u2014"_s),
            });
        }
        doc.blocks.append(table);
    }
    return doc;
}

} // namespace isms
