// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/TrendChart.h"

#include "common/Translations.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace isms {

namespace {

constexpr QRgb LineColour = 0x1565C0;
constexpr QRgb MetColour = 0x2E7D32;
constexpr QRgb MissedColour = 0xC62828;
constexpr QRgb TargetColour = 0xEF6C00;
constexpr QRgb GridColour = 0xD0D0D0;

/// The decimals a measured value needs to be shown as stored (at most six).
int decimalsOf(double value)
{
    int places = 0;
    double scaled = std::abs(value);
    while (places < 6 && std::abs(scaled - std::round(scaled)) > 1e-7 * std::max(1.0, scaled)) {
        scaled *= 10;
        ++places;
    }
    return places;
}

} // namespace

QString TrendChart::valueText(double value, int decimals)
{
    return reportLocale().toString(value, 'f', decimals);
}

QString TrendChart::pointText(const TrendPoint &point)
{
    const qsizetype dot = point.text.indexOf(u'.');
    return valueText(point.value, dot < 0 ? 0 : int(point.text.size() - dot - 1));
}

QString TrendChart::goalText(const MetricSeries &series)
{
    if (!series.target) {
        return {};
    }
    const QString number = valueText(*series.target, decimalsOf(*series.target));
    const QString value = series.unit.isEmpty() ? number : number + u'\u00A0' + series.unit;
    //: A metric's target: "at least 95 %", "at most 5 h"
    return series.atMost ? tr("at most %1").arg(value) : tr("at least %1").arg(value);
}

QString TrendChart::targetText(const MetricSeries &series)
{
    //: On a metric's trend chart: "Target: at least 95 %"
    return series.target ? tr("Target: %1").arg(goalText(series)) : QString();
}

void TrendChart::paint(QPainter &painter, const QRectF &rect, const MetricSeries &series, const QFont &font)
{
    painter.save();
    painter.setFont(font);
    const QColor ink = painter.pen().color();
    const QFontMetricsF metrics(font, painter.device());
    const qreal line = metrics.height();
    const TrendScale scale = MetricTrend::scale(series);
    const int decimals = scale.decimals();

    qreal labelWidth = 0;
    for (const double tick : scale.valueTicks) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(valueText(tick, decimals)));
    }
    const QString unitText = series.unit;
    const QRectF plot = rect.adjusted(labelWidth + line * 0.6, line * 1.4, -line * 0.8, -line * 1.6);
    if (plot.width() < line * 4 || plot.height() < line * 3) {
        painter.restore();
        return;
    }
    auto xAt = [&](const QDate &date) { return plot.left() + scale.xOf(date) * plot.width(); };
    auto yAt = [&](double value) { return plot.bottom() - scale.yOf(value) * plot.height(); };

    // Value axis: a grid line and a label per tick; the unit above the labels.
    QPen grid(QColor::fromRgb(GridColour));
    grid.setWidthF(line * 0.04);
    for (const double tick : scale.valueTicks) {
        const qreal y = yAt(tick);
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(ink);
        painter.drawText(QRectF(rect.left(), y - line / 2, labelWidth, line),
                         Qt::AlignRight | Qt::AlignVCenter,
                         valueText(tick, decimals));
    }
    if (!unitText.isEmpty()) {
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width() / 2, line),
                         Qt::AlignLeft | Qt::AlignTop,
                         unitText);
    }

    // Time axis: a tick and the month under it.
    QPen axis(ink);
    axis.setWidthF(line * 0.06);
    painter.setPen(axis);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    const QLocale locale = reportLocale();
    for (const QDate &month : scale.dateTicks) {
        const qreal x = xAt(month);
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + line * 0.25));
        const QString label = locale.toString(month, QStringLiteral("MMM yyyy"));
        const qreal width = metrics.horizontalAdvance(label);
        const qreal left = std::clamp(x - width / 2, rect.left(), rect.right() - width);
        painter.drawText(QRectF(left, plot.bottom() + line * 0.3, width + 1, line), Qt::AlignLeft, label);
    }

    if (series.target) {
        QPen target(QColor::fromRgb(TargetColour));
        target.setWidthF(line * 0.08);
        target.setStyle(Qt::DashLine);
        painter.setPen(target);
        const qreal y = yAt(*series.target);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        // The legend in the top margin, right-aligned, where it never covers a measurement.
        const QString text = targetText(series);
        const qreal width = metrics.horizontalAdvance(text);
        const qreal legendY = rect.top() + line / 2;
        painter.drawLine(QPointF(plot.right() - width - line * 2.2, legendY),
                         QPointF(plot.right() - width - line * 0.4, legendY));
        painter.setPen(ink);
        painter.drawText(QRectF(plot.right() - width, rect.top(), width + 1, line), Qt::AlignRight, text);
    }

    if (series.points.isEmpty()) {
        painter.setPen(ink);
        painter.drawText(plot, Qt::AlignCenter, tr("No measurements yet"));
        painter.restore();
        return;
    }
    QPainterPath path;
    for (qsizetype i = 0; i < series.points.size(); ++i) {
        const QPointF point(xAt(series.points.at(i).date), yAt(series.points.at(i).value));
        if (i == 0) {
            path.moveTo(point);
        } else {
            path.lineTo(point);
        }
    }
    QPen trend(QColor::fromRgb(LineColour));
    trend.setWidthF(line * 0.12);
    trend.setJoinStyle(Qt::RoundJoin);
    painter.setPen(trend);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    const qreal radius = line * 0.22;
    for (const TrendPoint &point : series.points) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor::fromRgb(series.meets(point.value) ? MetColour : MissedColour));
        painter.drawEllipse(QPointF(xAt(point.date), yAt(point.value)), radius, radius);
    }
    // The latest value beside its dot, so that the chart answers "where are we now".
    const TrendPoint &latest = series.points.constLast();
    const QString latestText = pointText(latest);
    const qreal width = metrics.horizontalAdvance(latestText);
    const QPointF at(xAt(latest.date), yAt(latest.value));
    painter.setPen(ink);
    painter.drawText(QRectF(std::min(at.x() - width / 2, plot.right() - width),
                            std::max(at.y() - line * 1.3, plot.top() - line * 0.3),
                            width + 1,
                            line),
                     Qt::AlignLeft,
                     latestText);
    painter.restore();
}

} // namespace isms
