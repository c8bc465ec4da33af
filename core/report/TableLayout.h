// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "report/BodyLayout.h"
#include "report/ReportDocument.h"
#include "report/ReportStyle.h"
#include "report/TextBox.h"

#include <QColor>
#include <QList>

class QPaintDevice;

/// Report-internal: a ReportTable measured for the body, for BodyLayout.
namespace isms::render {

/// One row of a measured table: its cells wrapped to their columns.
struct LaidOutRow
{
    QList<TextBox> cells;
    QList<QColor> backgrounds;
    QList<QColor> foregrounds;
    qreal height = 0; ///< the tallest cell and the padding
};

/// A ReportTable measured across the body: the column edges, the header row and the rows.
///
/// Columns get their share of the width by relativeWidth, except that a column is widened to its
/// longest word (header included) where the other columns can give up the space, so that references,
/// dates and single words are not broken across lines.
struct TableLayout
{
    QList<qreal> xs; ///< left edge of each column, then the table's right edge
    qreal padH = 0;
    qreal padV = 0;
    QFont font; ///< of the rows' plain cells
    LaidOutRow header;
    QList<LaidOutRow> rows;

    /// The header and every row.
    qreal height() const;

    /// Measures `table` for the body of `geometry`.
    static TableLayout make(const ReportTable &table,
                            const Geometry &geometry,
                            const style::Fonts &fonts,
                            QPaintDevice *device);
};

} // namespace isms::render
