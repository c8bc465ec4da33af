// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "processes/ProcessMapItems.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal Radius = 7.0;
constexpr qreal Padding = 8.0;
constexpr qreal ArrowLength = 10.0;
constexpr qreal ArrowHalfWidth = 5.0;

const QColor &textColour()
{
    static const QColor colour(0x21, 0x21, 0x21);
    return colour;
}

const QColor &mutedColour()
{
    static const QColor colour(0x54, 0x6E, 0x7A);
    return colour;
}

const QColor &selectedColour()
{
    static const QColor colour(0xE6, 0x51, 0x00);
    return colour;
}

QFont scaled(const QFont &font, qreal factor, bool bold)
{
    QFont result = font;
    result.setPointSizeF(font.pointSizeF() * factor);
    result.setBold(bold);
    return result;
}

} // namespace

// ------------------------------------------------------------------------------------------- process

ProcessBoxItem::ProcessBoxItem(const isms::ProcessNode &node, const QSizeF &size, const QFont &font)
    : m_node(node)
    , m_size(size)
    , m_font(font)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(false);
    setCursor(QCursor(Qt::PointingHandCursor));
    setZValue(2);
    setToolTip(m_node.ref + u' ' + m_node.name
               + (detailText().isEmpty() ? QString() : u"\n"_s + detailText()));
}

QRectF ProcessBoxItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-2, -2, 2, 2);
}

QString ProcessBoxItem::detailText() const
{
    QStringList parts;
    if (m_node.external) {
        parts.append(m_node.supplier.isEmpty() ? tr("Provided from outside")
                                               : tr("Provided by %1").arg(m_node.supplier));
    } else if (!m_node.owner.isEmpty()) {
        parts.append(m_node.owner);
    } else {
        parts.append(tr("No owner"));
    }
    if (m_node.status == u"planned") {
        //: On a process's box on the process map, after its owner: the process is not in place yet.
        parts.append(tr("planned"));
    } else if (m_node.status == u"retired") {
        //: On a process's box on the process map, after its owner: the process is no longer run.
        parts.append(tr("retired"));
    }
    return parts.join(u" \u00b7 "_s);
}

void ProcessBoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const bool inUse = m_node.status != u"planned" && m_node.status != u"retired";
    QColor fill = m_node.external ? QColor(0xF3, 0xE5, 0xF5) : QColor(0xE3, 0xF2, 0xFD);
    QColor border = m_node.external ? QColor(0x6A, 0x1B, 0x9A) : QColor(0x15, 0x65, 0xC0);
    if (!inUse) {
        fill = QColor(0xF5, 0xF5, 0xF5);
        border = QColor(0x9E, 0x9E, 0x9E);
    }
    QPen pen(isSelected() ? selectedColour() : border, isSelected() ? 3.0 : 1.5);
    if (m_node.external) {
        pen.setStyle(Qt::DashLine);
    } else if (!inUse) {
        pen.setStyle(Qt::DotLine);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->setBrush(fill);
    const QRectF box(QPointF(0, 0), m_size);
    painter->drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), Radius, Radius);

    const QRectF inner = box.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    const QFont refFont = scaled(m_font, 0.8, true);
    const QFont nameFont = scaled(m_font, 0.95, true);
    const QFont detailFont = scaled(m_font, 0.8, false);
    const QFontMetricsF refMetrics(refFont);
    const QFontMetricsF nameMetrics(nameFont);
    const QFontMetricsF detailMetrics(detailFont);

    painter->setFont(refFont);
    painter->setPen(inUse ? border : mutedColour());
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), refMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      m_node.ref);

    // The name, on up to two lines, elided when longer.
    const qreal nameTop = inner.top() + refMetrics.height();
    const qreal detailHeight = detailMetrics.height();
    const QRectF nameArea(inner.left(), nameTop, inner.width(), inner.bottom() - detailHeight - nameTop);
    const int lines = std::max(1, static_cast<int>(nameArea.height() / nameMetrics.lineSpacing()));
    QString name = m_node.name;
    const QRectF needed = nameMetrics.boundingRect(nameArea, Qt::TextWordWrap | Qt::AlignCenter, name);
    if (needed.height() > lines * nameMetrics.lineSpacing() + 0.5) {
        name = nameMetrics.elidedText(name, Qt::ElideRight, nameArea.width() * lines - Padding);
    }
    painter->setFont(nameFont);
    painter->setPen(inUse ? textColour() : mutedColour());
    painter->drawText(nameArea, Qt::TextWordWrap | Qt::AlignCenter, name);

    painter->setFont(detailFont);
    painter->setPen(mutedColour());
    const QRectF detailArea(inner.left(), inner.bottom() - detailHeight, inner.width(), detailHeight);
    painter->drawText(detailArea,
                      Qt::AlignCenter,
                      detailMetrics.elidedText(detailText(), Qt::ElideRight, detailArea.width()));
}

// --------------------------------------------------------------------------------------- interaction

InteractionItem::InteractionItem(const isms::ProcessEdge &edge, const QPainterPath &path)
    : m_edge(edge)
    , m_path(path)
{
    setZValue(0);
    if (!m_edge.label.isEmpty()) {
        setToolTip(m_edge.ref + u": "_s + m_edge.label);
    }
}

QColor InteractionItem::lineColour(bool highlighted)
{
    return highlighted ? selectedColour() : QColor(0x78, 0x90, 0x9C);
}

QPolygonF InteractionItem::arrowHead() const
{
    const QPointF tip = m_path.pointAtPercent(1.0);
    const qreal angle = qDegreesToRadians(m_path.angleAtPercent(1.0));
    // angleAtPercent counts counter-clockwise with y pointing up; scene y points down.
    const QPointF direction(std::cos(angle), -std::sin(angle));
    const QPointF normal(-direction.y(), direction.x());
    const QPointF base = tip - direction * ArrowLength;
    return QPolygonF{tip, base + normal * ArrowHalfWidth, base - normal * ArrowHalfWidth};
}

QRectF InteractionItem::boundingRect() const
{
    return m_path.boundingRect().united(arrowHead().boundingRect()).adjusted(-4, -4, 4, 4);
}

QPainterPath InteractionItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addPolygon(arrowHead());
    return shape;
}

void InteractionItem::setHighlighted(bool highlighted)
{
    if (m_highlighted != highlighted) {
        m_highlighted = highlighted;
        setZValue(highlighted ? 1 : 0);
        update();
    }
}

void InteractionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor colour = lineColour(m_highlighted);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, m_highlighted ? 2.5 : 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(arrowHead());
}

// ------------------------------------------------------------------------------------------- label

InteractionLabelItem::InteractionLabelItem(const QString &text, const QFont &font, qreal maxWidth)
    : m_text(text)
    , m_font(scaled(font, 0.8, false))
{
    setZValue(1.5);
    const QFontMetricsF metrics(m_font);
    const QRectF bounds =
        metrics.boundingRect(QRectF(0, 0, maxWidth - 8, 1000), Qt::TextWordWrap | Qt::AlignCenter, m_text);
    m_size = QSizeF(std::ceil(bounds.width()) + 8, std::ceil(bounds.height()) + 4);
}

QRectF InteractionLabelItem::boundingRect() const
{
    return QRectF(-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height());
}

void InteractionLabelItem::setHighlighted(bool highlighted)
{
    if (m_highlighted != highlighted) {
        m_highlighted = highlighted;
        setZValue(highlighted ? 1.8 : 1.5);
        update();
    }
}

void InteractionLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = boundingRect();
    painter->setPen(QPen(InteractionItem::lineColour(m_highlighted), m_highlighted ? 1.2 : 0.8));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setFont(m_font);
    painter->setPen(m_highlighted ? selectedColour() : textColour());
    painter->drawText(box.adjusted(4, 2, -4, -2), Qt::TextWordWrap | Qt::AlignCenter, m_text);
}
