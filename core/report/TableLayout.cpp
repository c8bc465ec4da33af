// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/TableLayout.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>
#include <array>

namespace isms::render {

namespace {

/// The longest word of a text in one font, each word and each text measured once: a register
/// repeats its texts and words (owners, controls, levels, statuses) on every row, and shaping a word
/// costs far more than looking it up.
class LongestWords
{
public:
    explicit LongestWords(const QFontMetricsF &metrics)
        : m_metrics(metrics)
    {}

    /// The width of the longest word of `text`.
    qreal operator()(const QString &text)
    {
        const auto known = m_texts.constFind(text);
        if (known != m_texts.cend()) {
            return known.value();
        }
        qreal widest = 0;
        qsizetype start = -1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool space = i == text.size() || text.at(i).isSpace();
            if (space && start >= 0) {
                widest = std::max(widest, wordWidth(text.mid(start, i - start)));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        m_texts.insert(text, widest);
        return widest;
    }

private:
    qreal wordWidth(const QString &word)
    {
        const auto found = m_words.constFind(word);
        if (found != m_words.cend()) {
            return found.value();
        }
        const qreal width = m_metrics.horizontalAdvance(word);
        m_words.insert(word, width);
        return width;
    }

    QFontMetricsF m_metrics;
    QHash<QString, qreal> m_words;
    QHash<QString, qreal> m_texts;
};

/// Column widths: shares of `width` by weight, each raised to `minimum` where the columns above their
/// minimum can give up the space (taken from them in proportion to what they have spare).
QList<qreal> columnWidths(const QList<qreal> &weights, const QList<qreal> &minimum, qreal width)
{
    qreal totalWeight = 0;
    for (const qreal weight : weights) {
        totalWeight += weight;
    }
    QList<qreal> widths;
    qreal deficit = 0;
    qreal spare = 0;
    qreal minimumSum = 0;
    for (qsizetype c = 0; c < weights.size(); ++c) {
        widths.append(width * weights[c] / totalWeight);
        deficit += std::max<qreal>(minimum[c] - widths[c], 0);
        spare += std::max<qreal>(widths[c] - minimum[c], 0);
        minimumSum += minimum[c];
    }
    if (deficit <= 0) {
        return widths;
    }
    if (minimumSum >= width) {
        // Not even the words fit: every column in proportion to its longest word.
        for (qsizetype c = 0; c < widths.size(); ++c) {
            widths[c] = width * minimum[c] / minimumSum;
        }
        return widths;
    }
    for (qsizetype c = 0; c < widths.size(); ++c) {
        if (widths[c] < minimum[c]) {
            widths[c] = minimum[c];
        } else {
            widths[c] -= deficit * (widths[c] - minimum[c]) / spare;
        }
    }
    return widths;
}

} // namespace

qreal TableLayout::height() const
{
    qreal total = header.height;
    for (const LaidOutRow &row : rows) {
        total += row.height;
    }
    return total;
}

TableLayout TableLayout::make(const ReportTable &table,
                              const Geometry &geometry,
                              const style::Fonts &fonts,
                              QPaintDevice *device)
{
    TableLayout layout;
    const qsizetype columnCount = table.columns.size();
    if (columnCount == 0) {
        return layout;
    }
    layout.font = table.compact ? fonts.small : fonts.table;
    const QFont bold = table.compact ? fonts.smallBold : fonts.tableBold;
    const QFont headerFont = table.compact ? fonts.smallBold : fonts.tableHeader;
    layout.padH = geometry.mm(table.compact ? style::CompactCellPadHMm : style::CellPadHMm);
    layout.padV = geometry.mm(table.compact ? style::CompactCellPadVMm : style::CellPadVMm);

    // The longest word of each column, padded, at most a third of the table.
    LongestWords plainWords(QFontMetricsF(layout.font, device));
    LongestWords boldWords(QFontMetricsF(bold, device));
    LongestWords headerWords(QFontMetricsF(headerFont, device));
    const qreal width = geometry.body.width();
    QList<qreal> weights;
    QList<qreal> minimum;
    for (qsizetype c = 0; c < columnCount; ++c) {
        weights.append(std::max<qreal>(table.columns[c].relativeWidth, 0.01));
        qreal widest = headerWords(plainText(table.columns[c].title));
        for (const QList<ReportTableCell> &cells : table.rows) {
            if (c < cells.size()) {
                const ReportTableCell &cell = cells[c];
                widest = std::max(widest, (cell.bold ? boldWords : plainWords)(cell.text));
            }
        }
        minimum.append(std::min(widest + 2 * layout.padH + geometry.pt(0.5), width / 3));
    }
    const QList<qreal> widths = columnWidths(weights, minimum, width);
    layout.xs = {geometry.body.left()};
    for (const qreal columnWidth : widths) {
        layout.xs.append(layout.xs.last() + columnWidth);
    }
    auto innerWidth = [&](qsizetype c) {
        return std::max<qreal>(layout.xs[c + 1] - layout.xs[c] - 2 * layout.padH, geometry.mm(2));
    };

    for (qsizetype c = 0; c < columnCount; ++c) {
        const ReportTableColumn &column = table.columns[c];
        layout.header.cells.append(
            TextBox(column.title, headerFont, innerWidth(c), column.alignment, device));
        layout.header.backgrounds.append(QColor());
        layout.header.foregrounds.append(QColor());
        layout.header.height = std::max(layout.header.height, layout.header.cells.last().height());
    }
    layout.header.height += 2 * layout.padV;

    // A text laid out once per column and weight: the same text in the same column wraps the same way,
    // and TextBox shares its layout between copies.
    QList<std::array<QHash<QString, TextBox>, 2>> laidOut(columnCount);
    const ReportTableCell emptyCell;
    layout.rows.reserve(table.rows.size());
    for (const QList<ReportTableCell> &cells : table.rows) {
        LaidOutRow row;
        row.cells.reserve(columnCount);
        row.backgrounds.reserve(columnCount);
        row.foregrounds.reserve(columnCount);
        for (qsizetype c = 0; c < columnCount; ++c) {
            const ReportTableCell &cell = c < cells.size() ? cells[c] : emptyCell;
            QHash<QString, TextBox> &boxes = laidOut[c][cell.bold ? 1 : 0];
            auto box = boxes.constFind(cell.text);
            if (box == boxes.cend()) {
                box = boxes.insert(cell.text,
                                   TextBox(cell.text,
                                           cell.bold ? bold : layout.font,
                                           innerWidth(c),
                                           table.columns[c].alignment,
                                           device));
            }
            row.cells.append(box.value());
            row.backgrounds.append(cell.background);
            row.foregrounds.append(cell.foreground);
            row.height = std::max(row.height, row.cells.last().height());
        }
        row.height += 2 * layout.padV;
        layout.rows.append(std::move(row));
    }
    return layout;
}

} // namespace isms::render
