// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/StatusChart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

struct LegendItem
{
    ImplementationStatus status;
    QString text;
    qreal width = 0;
    int row = 0;
    qreal x = 0;
};

/// A round step for the count axis so that it has at most five intervals.
int axisStep(int maximum)
{
    for (int magnitude = 1;; magnitude *= 10) {
        for (const int factor : {1, 2, 5}) {
            const int step = factor * magnitude;
            if (maximum <= 5 * step) {
                return step;
            }
        }
    }
}

QString themeText(Theme theme)
{
    return u"A.%1 %2"_s.arg(themeClause(theme), themeLabel(theme));
}

} // namespace

const std::array<ImplementationStatus, AllStatuses.size()> &StatusChart::stackOrder()
{
    static constexpr std::array<ImplementationStatus, AllStatuses.size()> order{
        ImplementationStatus::Implemented,
        ImplementationStatus::Partial,
        ImplementationStatus::Planned,
        ImplementationStatus::NotStarted,
        ImplementationStatus::NotApplicable};
    return order;
}

QColor StatusChart::statusColor(ImplementationStatus status)
{
    // As grey: implemented 67, planned 98, not started 149, partial 194, not applicable 220.
    switch (status) {
    case ImplementationStatus::Implemented:
        return QColor::fromRgb(0x1B5E20);
    case ImplementationStatus::Partial:
        return QColor::fromRgb(0xF6C23E);
    case ImplementationStatus::Planned:
        return QColor::fromRgb(0x2F6DB5);
    case ImplementationStatus::NotStarted:
        return QColor::fromRgb(0xE57373);
    case ImplementationStatus::NotApplicable:
        return QColor::fromRgb(0xDADDE2);
    }
    return QColor(Qt::gray);
}

QColor StatusChart::statusTint(ImplementationStatus status)
{
    switch (status) {
    case ImplementationStatus::Implemented:
        return QColor::fromRgb(0xD3EBD5);
    case ImplementationStatus::Partial:
        return QColor::fromRgb(0xFCEEC5);
    case ImplementationStatus::Planned:
        return QColor::fromRgb(0xD7E6F5);
    case ImplementationStatus::NotStarted:
        return QColor::fromRgb(0xF6D6D5);
    case ImplementationStatus::NotApplicable:
        return QColor::fromRgb(0xECEEF1);
    }
    return QColor(Qt::white);
}

QColor StatusChart::textColorOn(const QColor &background)
{
    const double grey = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue();
    return grey < 140 ? QColor(Qt::white) : QColor::fromRgb(0x1E2630);
}

void StatusChart::paint(QPainter &painter,
                        const QRectF &rect,
                        const StatusSummary &summary,
                        const QFont &font)
{
    if (rect.width() <= 0 || rect.height() <= 0) {
        return;
    }
    painter.save();
    painter.setFont(font);
    const QColor ink = painter.pen().color();
    const QFontMetricsF metrics(font, painter.device());
    const qreal unit = metrics.height();
    const int flags = Qt::TextSingleLine;

    // Legend: swatch, label and count per status, wrapped onto as many rows as the width needs.
    const qreal swatch = metrics.ascent() * 0.9;
    const qreal itemGap = unit * 1.2;
    QList<LegendItem> legend;
    qreal x = 0;
    int row = 0;
    for (const ImplementationStatus status : stackOrder()) {
        LegendItem item{status, tr("%1 (%2)").arg(statusLabel(status)).arg(summary.byStatus(status))};
        item.width = swatch + unit * 0.35 + metrics.horizontalAdvance(item.text);
        if (x > 0 && x + item.width > rect.width()) {
            x = 0;
            ++row;
        }
        item.row = row;
        item.x = x;
        x += item.width + itemGap;
        legend.append(item);
    }
    const qreal legendRowHeight = unit * 1.35;
    const qreal legendHeight = (row + 1) * legendRowHeight;
    const qreal axisHeight = unit * 1.5;

    qreal labelWidth = 0;
    for (const Theme theme : AllThemes) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(themeText(theme)));
    }
    labelWidth = std::min(labelWidth + unit * 0.8, rect.width() * 0.4);
    const qreal totalWidth = metrics.horizontalAdvance(u"0000"_s) + unit * 0.4;

    const QRectF plot(
        QPointF(rect.left() + labelWidth, rect.top() + unit * 0.2),
        QPointF(rect.right() - totalWidth, rect.bottom() - legendHeight - axisHeight - unit * 0.4));
    if (plot.width() <= unit || plot.height() <= unit) {
        painter.restore();
        return;
    }

    int maximum = 0;
    for (const Theme theme : AllThemes) {
        maximum = std::max(maximum, summary.byTheme(theme));
    }
    const int step = axisStep(std::max(maximum, 1));
    const int axisMax = std::max(step, int(std::ceil(double(std::max(maximum, 1)) / step)) * step);
    auto xFor = [&](double count) { return plot.left() + plot.width() * count / axisMax; };

    // Grid lines and the count axis.
    const QColor gridColour = QColor::fromRgb(0xD5DAE1);
    const qreal thin = std::max<qreal>(unit * 0.045, 0.5);
    painter.setPen(QPen(gridColour, thin));
    for (int value = 0; value <= axisMax; value += step) {
        const qreal gx = xFor(value);
        painter.setPen(QPen(value == 0 ? ink : gridColour, value == 0 ? thin * 1.6 : thin));
        painter.drawLine(QPointF(gx, plot.top()), QPointF(gx, plot.bottom()));
        painter.setPen(ink);
        painter.drawText(QRectF(gx - unit * 2, plot.bottom() + unit * 0.25, unit * 4, unit),
                         flags | Qt::AlignHCenter | Qt::AlignTop,
                         QString::number(value));
    }

    // One bar per theme, segments in stack order, counts inside segments wide enough to hold them.
    const qreal rowHeight = plot.height() / qreal(AllThemes.size());
    const qreal barHeight = std::min(rowHeight * 0.62, unit * 2.2);
    const qreal separator = std::max<qreal>(unit * 0.08, 1.0);
    for (std::size_t t = 0; t < AllThemes.size(); ++t) {
        const Theme theme = AllThemes[t];
        const qreal centreY = plot.top() + rowHeight * (qreal(t) + 0.5);
        const QRectF labelRect(rect.left(), centreY - unit, labelWidth - unit * 0.6, unit * 2);
        painter.setPen(ink);
        painter.drawText(labelRect,
                         flags | Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(themeText(theme), Qt::ElideRight, labelRect.width()));
        int cumulative = 0;
        for (const ImplementationStatus status : stackOrder()) {
            const int count = summary.at(theme, status);
            if (count <= 0) {
                continue;
            }
            const QRectF segment(QPointF(xFor(cumulative), centreY - barHeight / 2),
                                 QPointF(xFor(cumulative + count), centreY + barHeight / 2));
            const QColor fill = statusColor(status);
            painter.fillRect(segment, fill);
            if (cumulative > 0) {
                painter.setPen(QPen(Qt::white, separator));
                painter.drawLine(segment.topLeft(), segment.bottomLeft());
            }
            const QString number = QString::number(count);
            if (metrics.horizontalAdvance(number) + unit * 0.3 < segment.width()) {
                painter.setPen(textColorOn(fill));
                painter.drawText(segment, flags | Qt::AlignCenter, number);
            }
            cumulative += count;
        }
        painter.setPen(ink);
        painter.drawText(
            QRectF(xFor(cumulative) + unit * 0.35, centreY - unit, totalWidth + plot.width(), unit * 2),
            flags | Qt::AlignLeft | Qt::AlignVCenter,
            QString::number(summary.byTheme(theme)));
    }

    // The legend, centred under the plot row by row.
    const qreal legendTop = rect.bottom() - legendHeight;
    for (int r = 0; r <= row; ++r) {
        qreal rowWidth = 0;
        for (const LegendItem &item : legend) {
            if (item.row == r) {
                rowWidth = item.x + item.width;
            }
        }
        const qreal left = rect.left() + (rect.width() - rowWidth) / 2;
        const qreal centreY = legendTop + legendRowHeight * (r + 0.5);
        for (const LegendItem &item : legend) {
            if (item.row != r) {
                continue;
            }
            const QRectF box(left + item.x, centreY - swatch / 2, swatch, swatch);
            painter.fillRect(box, statusColor(item.status));
            painter.setPen(QPen(ink, thin));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box);
            painter.drawText(QRectF(box.right() + unit * 0.35, centreY - unit, item.width, unit * 2),
                             flags | Qt::AlignLeft | Qt::AlignVCenter,
                             item.text);
        }
    }
    painter.restore();
}

} // namespace isms
