// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/RiskHeatMap.h"

#include "report/StatusChart.h"

#include <QColor>
#include <QFontMetricsF>
#include <QList>
#include <QPainter>

#include <algorithm>
#include <optional>

namespace isms {

namespace {

qreal labelColumnWidth(const RiskMethod &method, const QFontMetricsF &metrics)
{
    qreal widest = metrics.horizontalAdvance(RiskHeatMap::tr("Likelihood"));
    for (const ScaleStep &step : method.likelihood) {
        widest = std::max(
            widest,
            metrics.horizontalAdvance(QStringLiteral("%1 %2").arg(method.likelihood.size()).arg(step.label)));
    }
    return std::min(widest + metrics.height(), metrics.averageCharWidth() * 26);
}

/// One entry of the legend: a level with its swatch, or the number of risks not yet rated.
struct LegendEntry
{
    QString text;
    std::optional<QColor> swatch;
};

QList<LegendEntry> legendEntries(const RiskMethod &method, int unrated)
{
    QList<LegendEntry> entries;
    for (qsizetype level = 0; level < method.levels.size(); ++level) {
        const RiskLevel &riskLevel = method.levels.at(level);
        entries.append(LegendEntry{level + 1 == method.acceptanceLevel
                                       ? RiskHeatMap::tr("%1 (acceptance threshold)").arg(riskLevel.name)
                                       : riskLevel.name,
                                   QColor::fromRgb(riskLevel.colour)});
    }
    if (unrated > 0) {
        entries.append(LegendEntry{RiskHeatMap::tr("Not yet rated: %n", nullptr, unrated), std::nullopt});
    }
    return entries;
}

qreal entryWidth(const LegendEntry &entry, const QFontMetricsF &metrics)
{
    return (entry.swatch ? metrics.height() * 1.12 : 0.0) + metrics.horizontalAdvance(entry.text);
}

/// The lines the legend's entries flow into within `width`, each entry starting where it fits. The
/// layout reserves room for a count of risks not yet rated, so that the grid does not move with it.
int legendLines(const RiskMethod &method, const QFontMetricsF &metrics, qreal width)
{
    QList<LegendEntry> entries = legendEntries(method, 0);
    entries.append(LegendEntry{RiskHeatMap::tr("Not yet rated: %n", nullptr, 9999), std::nullopt});
    int lines = 1;
    qreal x = 0;
    for (const LegendEntry &entry : std::as_const(entries)) {
        const qreal needed = entryWidth(entry, metrics);
        if (x > 0 && x + needed > width) {
            ++lines;
            x = 0;
        }
        x += needed + metrics.height() * 1.2;
    }
    return lines;
}

/// Where each part of the map goes for a rect and font.
struct Geometry
{
    QRectF grid;           ///< the cells
    QRectF likelihoodAxis; ///< step labels left of the grid
    QRectF impactAxis;     ///< step labels below the grid
    QRectF legend;
    qreal cellWidth = 0;
    qreal cellHeight = 0;
    qreal line = 0;
};

qreal legendHeight(const RiskMethod &method, const QFontMetricsF &metrics, qreal width)
{
    return metrics.height() * (0.6 + 1.3 * legendLines(method, metrics, width));
}

Geometry layout(const QRectF &rect, const RiskMethod &method, const QFont &font)
{
    const QFontMetricsF metrics(font);
    Geometry g;
    g.line = metrics.height();
    const qreal labelWidth = labelColumnWidth(method, metrics);
    const qreal axisHeight = g.line * 3.2; // two lines of step label and the axis title
    const qreal legendLeft = std::max<qreal>(labelWidth - g.line * 0.4, 0);
    const qreal legendSpace = legendHeight(method, metrics, rect.width() - legendLeft);
    const int columns = std::max<int>(1, static_cast<int>(method.impact.size()));
    const int rows = std::max<int>(1, static_cast<int>(method.likelihood.size()));
    const qreal gridWidth = std::max<qreal>(rect.width() - labelWidth, g.line);
    const qreal gridHeight = std::max<qreal>(rect.height() - axisHeight - legendSpace, g.line);
    g.cellWidth = gridWidth / columns;
    g.cellHeight = std::min(gridHeight / rows, g.cellWidth * 0.75);
    g.grid = QRectF(rect.left() + labelWidth, rect.top(), g.cellWidth * columns, g.cellHeight * rows);
    g.likelihoodAxis = QRectF(rect.left(), rect.top(), labelWidth - g.line * 0.4, g.grid.height());
    g.impactAxis = QRectF(g.grid.left(), g.grid.bottom(), g.grid.width(), axisHeight);
    g.legend =
        QRectF(rect.left() + legendLeft, g.impactAxis.bottom(), rect.width() - legendLeft, legendSpace);
    return g;
}

} // namespace

qreal RiskHeatMap::heightForWidth(qreal width, const RiskMethod &method, const QFont &font)
{
    const QFontMetricsF metrics(font);
    const qreal labelWidth = labelColumnWidth(method, metrics);
    const qreal gridWidth = width - labelWidth;
    const qreal cellHeight = gridWidth / std::max<qsizetype>(1, method.impact.size()) * 0.75;
    const qreal legendLeft = std::max<qreal>(labelWidth - metrics.height() * 0.4, 0);
    return cellHeight * std::max<qsizetype>(1, method.likelihood.size()) + metrics.height() * 3.2
           + legendHeight(method, metrics, width - legendLeft);
}

std::optional<MatrixCell> RiskHeatMap::cellAt(const QRectF &rect,
                                              const RiskMethod &method,
                                              const QFont &font,
                                              const QPointF &point)
{
    const Geometry g = layout(rect, method, font);
    if (!g.grid.contains(point) || g.cellWidth <= 0 || g.cellHeight <= 0) {
        return std::nullopt;
    }
    const int column = static_cast<int>((point.x() - g.grid.left()) / g.cellWidth);
    const int row = static_cast<int>((point.y() - g.grid.top()) / g.cellHeight);
    const int rows = static_cast<int>(method.likelihood.size());
    const MatrixCell cell{rows - std::clamp(row, 0, rows - 1),
                          std::clamp(column, 0, static_cast<int>(method.impact.size()) - 1) + 1};
    return cell;
}

QRectF RiskHeatMap::cellRect(const QRectF &rect, const RiskMethod &method, const QFont &font, MatrixCell cell)
{
    const auto rows = static_cast<int>(method.likelihood.size());
    if (cell.likelihood < 1 || cell.likelihood > rows || cell.impact < 1
        || cell.impact > method.impact.size()) {
        return {};
    }
    const Geometry g = layout(rect, method, font);
    return {g.grid.left() + (cell.impact - 1) * g.cellWidth,
            g.grid.top() + (rows - cell.likelihood) * g.cellHeight,
            g.cellWidth,
            g.cellHeight};
}

void RiskHeatMap::paint(QPainter &painter,
                        const QRectF &rect,
                        const RiskMethod &method,
                        const HeatMapCounts &counts,
                        const QFont &font,
                        std::optional<MatrixCell> selected)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QColor ink = painter.pen().color();
    const Geometry g = layout(rect, method, font);
    const int rows = static_cast<int>(method.likelihood.size());
    const int columns = static_cast<int>(method.impact.size());
    QFont bold = font;
    bold.setBold(true);

    for (int l = 1; l <= rows; ++l) {
        const qreal top = g.grid.top() + (rows - l) * g.cellHeight;
        for (int i = 1; i <= columns; ++i) {
            const QRectF cell(g.grid.left() + (i - 1) * g.cellWidth, top, g.cellWidth, g.cellHeight);
            const int level = method.levelOf(l, i);
            const QColor fill =
                level > 0 ? QColor::fromRgb(method.levels.at(level - 1).colour) : QColor(Qt::lightGray);
            painter.fillRect(cell, fill);
            painter.setPen(QPen(Qt::white, std::max<qreal>(1.0, g.line * 0.08)));
            painter.drawRect(cell);
            const int number = counts.at(l, i);
            if (number > 0) {
                painter.setFont(bold);
                painter.setPen(StatusChart::textColorOn(fill));
                painter.drawText(cell, Qt::AlignCenter, QString::number(number));
                painter.setFont(font);
            }
        }
        // The step label, right-aligned against the grid.
        painter.setPen(ink);
        const QRectF label(g.likelihoodAxis.left(), top, g.likelihoodAxis.width(), g.cellHeight);
        painter.drawText(label,
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                         QStringLiteral("%1 %2").arg(l).arg(method.likelihood.at(l - 1).label));
    }
    if (selected && selected->likelihood >= 1 && selected->likelihood <= rows && selected->impact >= 1
        && selected->impact <= columns) {
        const QRectF cell(g.grid.left() + (selected->impact - 1) * g.cellWidth,
                          g.grid.top() + (rows - selected->likelihood) * g.cellHeight,
                          g.cellWidth,
                          g.cellHeight);
        painter.setPen(QPen(QColor::fromRgb(0x1E2630), std::max<qreal>(2.0, g.line * 0.18)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell.adjusted(2, 2, -2, -2));
    }

    painter.setPen(ink);
    for (int i = 1; i <= columns; ++i) {
        const QRectF label(g.grid.left() + (i - 1) * g.cellWidth,
                           g.impactAxis.top() + g.line * 0.2,
                           g.cellWidth,
                           g.line * 2.1);
        painter.drawText(label,
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         QStringLiteral("%1 %2").arg(i).arg(method.impact.at(i - 1).label));
    }
    painter.setFont(bold);
    painter.drawText(
        QRectF(g.impactAxis.left(), g.impactAxis.bottom() - g.line, g.impactAxis.width(), g.line),
        Qt::AlignHCenter | Qt::AlignVCenter,
        tr("Impact \u2192"));
    // The likelihood axis title, turned to run up the side.
    painter.save();
    painter.translate(g.likelihoodAxis.left() + g.line * 0.1, g.grid.bottom());
    painter.rotate(-90);
    painter.drawText(QRectF(0, -g.line * 0.1, g.grid.height(), g.line),
                     Qt::AlignHCenter | Qt::AlignTop,
                     tr("Likelihood \u2192"));
    painter.restore();

    // Legend: a swatch and name per level, the threshold marked, and the risks not yet rated; the entries
    // flow onto further lines where the map is narrow.
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const qreal swatch = g.line * 0.8;
    const qreal gap = g.line * 1.2;
    qreal x = g.legend.left();
    qreal y = g.legend.top() + g.line * 0.5;
    for (const LegendEntry &entry : legendEntries(method, counts.unrated)) {
        const qreal width = entryWidth(entry, metrics);
        if (x > g.legend.left() && x + width > g.legend.right()) {
            x = g.legend.left();
            y += g.line * 1.3;
        }
        qreal textLeft = x;
        if (entry.swatch) {
            painter.fillRect(QRectF(x, y, swatch, swatch), *entry.swatch);
            textLeft = x + width - metrics.horizontalAdvance(entry.text);
        }
        painter.setPen(ink);
        painter.drawText(
            QRectF(textLeft, y - g.line * 0.1, metrics.horizontalAdvance(entry.text) + 2, g.line),
            Qt::AlignLeft | Qt::AlignVCenter,
            entry.text);
        x += width + gap;
    }
    painter.restore();
}

} // namespace isms
