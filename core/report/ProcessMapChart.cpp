// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/ProcessMapChart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace isms {

namespace {

/// The share of a layer's column the box takes; the rest carries the arrows and their labels.
constexpr qreal BoxWidthShare = 0.52;
/// The share of a row the box takes.
constexpr qreal BoxHeightShare = 0.7;
/// Room under the boxes for the curves of interactions that close a circle, as a share of the height.
constexpr qreal ReturnBand = 0.14;

QRectF mapArea(const ProcessMap &map, const QRectF &rect)
{
    const bool returns = std::any_of(map.edges().cbegin(), map.edges().cend(), [](const ProcessEdge &edge) {
        return edge.reversed;
    });
    return returns ? rect.adjusted(0, 0, 0, -rect.height() * ReturnBand) : rect;
}

void arrowHead(QPainter &painter, const QPointF &tip, const QPointF &from, qreal size)
{
    const QLineF line(tip, from);
    const qreal angle = qDegreesToRadians(line.angle());
    const QPointF left = tip + QPointF(qCos(angle + M_PI / 7) * size, -qSin(angle + M_PI / 7) * size);
    const QPointF right = tip + QPointF(qCos(angle - M_PI / 7) * size, -qSin(angle - M_PI / 7) * size);
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(left);
    head.lineTo(right);
    head.closeSubpath();
    painter.fillPath(head, painter.pen().color());
}

/// What an arrow carries, written on top of the map once the boxes are drawn, cut to the room it has.
struct Label
{
    QPointF centre;
    QString text;
    qreal room = 0;
};

void drawLabel(QPainter &painter, const Label &label, const QFont &font)
{
    if (label.text.isEmpty()) {
        return;
    }
    const QFontMetricsF metrics(font, painter.device());
    const QString shown = metrics.elidedText(label.text, Qt::ElideRight, label.room);
    const QPointF centre = label.centre;
    QRectF box = metrics.boundingRect(shown);
    box.moveCenter(centre);
    box.adjust(-1, 0, 1, 0);
    painter.fillRect(box, Qt::white);
    painter.drawText(box, Qt::AlignCenter, shown);
}

} // namespace

QRectF ProcessMapChart::boxOf(const ProcessMap &map, int index, const QRectF &rect)
{
    const QRectF area = mapArea(map, rect);
    const int layers = std::max(1, map.layerCount());
    const int rows = std::max(1, map.layerSize());
    const qreal columnWidth = area.width() / layers;
    const qreal rowHeight = area.height() / rows;
    const ProcessNode &node = map.nodes().at(index);
    const qreal width = columnWidth * BoxWidthShare;
    const qreal height = std::min(rowHeight * BoxHeightShare, width * 0.6);
    const QPointF centre(area.left() + columnWidth * (node.layer + 0.5),
                         area.top() + rowHeight * (node.position + 0.5));
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height);
}

void ProcessMapChart::paint(QPainter &painter, const QRectF &rect, const ProcessMap &map, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = painter.pen().color();
    if (map.nodes().isEmpty()) {
        painter.setFont(font);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, tr("No process is recorded yet."));
        painter.restore();
        return;
    }
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    const qreal line = QFontMetricsF(font, painter.device()).height();
    const qreal arrow = line * 0.45;

    // Arrows first, then their labels, then the boxes, which cover the arrows' ends.
    painter.setFont(small);
    QList<Label> labels;
    for (const ProcessEdge &edge : map.edges()) {
        const QRectF from = boxOf(map, edge.from, rect);
        const QRectF to = boxOf(map, edge.to, rect);
        const qreal shift = edge.paired ? from.height() * 0.18 : 0;
        painter.setPen(QPen(ink, std::max<qreal>(1, line / 14)));
        if (edge.reversed) {
            // Closing a circle: out of the bottom of the later box, around below, into the earlier one.
            const QPointF start(from.center().x() + shift, from.bottom());
            const QPointF end(to.center().x() + shift, to.bottom());
            const qreal below = rect.bottom() - rect.height() * ReturnBand * 0.35;
            QPainterPath path(start);
            path.cubicTo(QPointF(start.x(), below), QPointF(end.x(), below), end);
            painter.drawPath(path);
            arrowHead(painter, end, QPointF(end.x(), end.y() + arrow * 2), arrow);
            // The lowest point of the curve lies three quarters of the way to its control points.
            labels.append({QPointF((start.x() + end.x()) / 2, 0.25 * start.y() + 0.75 * below),
                           edge.label,
                           std::max(std::abs(end.x() - start.x()) * 0.8, from.width())});
            continue;
        }
        const bool forward = to.center().x() > from.center().x() + 1;
        const QPointF start = forward ? QPointF(from.right(), from.center().y() - shift)
                                      : QPointF(from.center().x() - shift, from.bottom());
        const QPointF end = forward ? QPointF(to.left(), to.center().y() - shift)
                                    : QPointF(to.center().x() - shift, to.top());
        painter.drawLine(start, end);
        arrowHead(painter, end, start, arrow);
        labels.append(
            {(start + end) / 2, edge.label, std::max(QLineF(start, end).length() * 0.9, arrow * 6)});
    }

    // The labels under the boxes: a box's own text always stays readable.
    painter.setPen(ink);
    for (const Label &label : std::as_const(labels)) {
        drawLabel(painter, label, small);
    }
    for (int i = 0; i < map.nodes().size(); ++i) {
        const ProcessNode &node = map.nodes().at(i);
        const QRectF box = boxOf(map, i, rect);
        const bool current = node.status == u"operating";
        QPen border(ink, std::max<qreal>(1, line / 10));
        if (node.external) {
            border.setStyle(Qt::DashLine);
        }
        painter.setPen(border);
        painter.setBrush(current ? QColor(0xE8F0FA) : QColor(0xEEEEEE));
        painter.drawRoundedRect(box, line * 0.3, line * 0.3);
        painter.setPen(current ? ink : QColor(0x757575));
        const QRectF text = box.adjusted(line * 0.3, line * 0.2, -line * 0.3, -line * 0.2);
        QFont bold = small;
        bold.setBold(true);
        painter.setFont(bold);
        const QFontMetricsF boldMetrics(bold, painter.device());
        painter.drawText(QRectF(text.left(), text.top(), text.width(), boldMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         node.ref);
        painter.setFont(small);
        QString details = node.name;
        if (node.external && !node.supplier.isEmpty()) {
            //: In a box of the process map: who provides an external process.
            details += u'\n' + tr("by %1").arg(node.supplier);
        }
        painter.drawText(text.adjusted(0, boldMetrics.height(), 0, 0),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         details);
    }
    painter.restore();
}

} // namespace isms
