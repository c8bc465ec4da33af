// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/RiskMethod.h"
#include "services/ControlStatistics.h"
#include "services/MetricTrend.h"
#include "services/ProcessMap.h"
#include "services/RiskRegister.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <Qt>

#include <utility>
#include <variant>

namespace isms {

/// A section title. Level 1 headings are listed, with their page numbers, on the contents page.
struct ReportHeading
{
    int level = 1; ///< 1 or 2
    QString text;
};

/// A paragraph of plain text. Line breaks in the text are kept; nothing in it is interpreted as markup.
struct ReportParagraph
{
    QString text;
};

/// Label and value pairs, shown as two aligned columns ("Document ID  ISMS-RPT-CTL").
struct ReportKeyValueList
{
    QList<std::pair<QString, QString>> items;
};

/// One column of a ReportTable.
struct ReportTableColumn
{
    QString title;
    qreal relativeWidth = 1.0; ///< the column's share of the table width, relative to the other columns
    Qt::Alignment alignment = Qt::AlignLeft;
};

/// One cell of a ReportTable: plain text, word-wrapped to the column width.
struct ReportTableCell
{
    QString text;
    QColor background; ///< invalid: the table's own (zebra) background
    bool bold = false;
    QColor foreground; ///< invalid: the body text colour (set it for text on a dark background)
};

/// A table with a header row that repeats on every page the table continues onto. Rows never split
/// across pages unless a single row is taller than a page; a table shorter than a third of a page is
/// kept on one page.
struct ReportTable
{
    QList<ReportTableColumn> columns;
    QList<QList<ReportTableCell>> rows; ///< each row holds one cell per column (missing cells stay empty)
    bool compact = false;               ///< smaller type and padding, for wide registers
};

/// A stacked bar chart of control statuses per Annex A theme (see StatusChart).
struct ReportStatusChart
{
    StatusSummary summary;
    qreal heightMm = 70.0;
};

/// One map of a ReportHeatMaps block.
struct ReportHeatMapPanel
{
    QString caption;      ///< one line above the map ("Current risk")
    HeatMapCounts counts; ///< risks per cell; no counts: the coloured matrix alone
};

/// Heat maps of the risk matrix side by side, each under its caption (see RiskHeatMap).
struct ReportHeatMaps
{
    RiskMethod method;
    QList<ReportHeatMapPanel> panels;
    qreal maxHeightMm = 90.0; ///< the maps are narrowed until they fit this height
};

/// A metric's trend chart: measurements over time with the target line (see TrendChart).
struct ReportTrendChart
{
    MetricSeries series;
    qreal heightMm = 65.0;
};

/// The interaction map of the ISMS processes (see ProcessMapChart).
struct ReportProcessMap
{
    ProcessMap map;
    qreal heightMm = 110.0;
};

/// Starts a new page (ignored at the top of a page).
struct ReportPageBreak
{};

using ReportBlock = std::variant<ReportHeading,
                                 ReportParagraph,
                                 ReportKeyValueList,
                                 ReportTable,
                                 ReportStatusChart,
                                 ReportHeatMaps,
                                 ReportTrendChart,
                                 ReportProcessMap,
                                 ReportPageBreak>;

/// A report as data: what to print, not how. Builders (ControlStatusReport, ...) fill it from core
/// services; ReportRenderer lays it out on pages. All text is plain text.
struct ReportDocument
{
    QString title;          ///< "Control status report"; on the cover and in every page header
    QString subtitle;       ///< one line under the title on the cover
    QString organisation;   ///< on the cover and in every page header
    QString documentId;     ///< "ISMS-RPT-CTL"; on the cover and in every page footer
    QString version;        ///< "2.1", "Working draft": from the project, never invented
    QString approval;       ///< "Ruth Calder on 2026-10-15"; empty while not approved
    QString classification; ///< "Internal"; on the cover and in every page header
    QDateTime generatedAtUtc;
    /// The project's change-log head ("42 entries, head 0123456789abcdef"); on the cover, so that a
    /// printed report anchors the history. Empty: not shown.
    QString changeLogHead;
    /// Every page of the report, cover included, in this orientation (a wide register table needs
    /// landscape; one orientation keeps print previews and printers, which use one paper size for the
    /// whole job, showing what the PDF shows).
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QList<ReportBlock> blocks;
};

} // namespace isms
