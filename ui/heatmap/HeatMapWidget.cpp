// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "heatmap/HeatMapWidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr qreal Margin = 4;

} // namespace

HeatMapWidget::HeatMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setData(isms::RiskMethod::defaults(), {});
}

HeatMapWidget::~HeatMapWidget() = default;

void HeatMapWidget::setData(const isms::RiskMethod &method, const isms::HeatMapCounts &counts)
{
    const bool resized = method.likelihood.size() != m_method.likelihood.size()
                         || method.impact.size() != m_method.impact.size();
    m_method = method;
    m_counts = counts;
    if (resized || !isValidCell(m_current)) {
        // The top-left cell, where reading starts.
        m_current = isms::MatrixCell{static_cast<int>(m_method.likelihood.size()), 1};
        m_hovered.reset();
        updateGeometry();
    }
    updateAccessibleDescription();
    update();
}

QRectF HeatMapWidget::mapRect() const
{
    const QRectF available = QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin);
    // The widest map that fits the height, centred: cells stay about square however wide the widget is.
    qreal width = available.width();
    if (isms::RiskHeatMap::heightForWidth(width, m_method, font()) > available.height()) {
        qreal low = 0;
        qreal high = width;
        for (int step = 0; step < 16; ++step) {
            const qreal middle = (low + high) / 2;
            (isms::RiskHeatMap::heightForWidth(middle, m_method, font()) > available.height() ? high : low) =
                middle;
        }
        width = low;
    }
    return {available.left() + (available.width() - width) / 2, available.top(), width, available.height()};
}

std::optional<isms::MatrixCell> HeatMapWidget::cellAt(const QPointF &point) const
{
    return isms::RiskHeatMap::cellAt(mapRect(), m_method, font(), point);
}

QPoint HeatMapWidget::cellCentre(isms::MatrixCell cell) const
{
    return isms::RiskHeatMap::cellRect(mapRect(), m_method, font(), cell).center().toPoint();
}

void HeatMapWidget::setCurrentCell(isms::MatrixCell cell)
{
    if (isValidCell(cell) && cell != m_current) {
        m_current = cell;
        updateAccessibleDescription();
        update();
    }
}

QString HeatMapWidget::describeCell(isms::MatrixCell cell) const
{
    if (!isValidCell(cell)) {
        return {};
    }
    const int count = m_counts.at(cell.likelihood, cell.impact);
    QStringList lines{
        //: "Likelihood 4 of 5: Likely"
        tr("Likelihood %1 of %2: %3")
            .arg(cell.likelihood)
            .arg(m_method.likelihood.size())
            .arg(m_method.likelihood.at(cell.likelihood - 1).label),
        //: "Impact 3 of 5: Moderate"
        tr("Impact %1 of %2: %3")
            .arg(cell.impact)
            .arg(m_method.impact.size())
            .arg(m_method.impact.at(cell.impact - 1).label),
        tr("Level: %1").arg(m_method.levelName(m_method.levelOf(cell.likelihood, cell.impact))),
        tr("Risks in this cell: %1").arg(count),
    };
    if (count > 0) {
        lines.append(tr("Click, or press Enter, to list them."));
    }
    return lines.join(QLatin1Char('\n'));
}

QSize HeatMapWidget::sizeHint() const
{
    return {460, heightForWidth(460)};
}

QSize HeatMapWidget::minimumSizeHint() const
{
    return {300, heightForWidth(300)};
}

bool HeatMapWidget::hasHeightForWidth() const
{
    return true;
}

int HeatMapWidget::heightForWidth(int width) const
{
    return static_cast<int>(
        std::ceil(isms::RiskHeatMap::heightForWidth(width - 2 * Margin, m_method, font()) + 2 * Margin));
}

bool HeatMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const auto cell = cellAt(help->pos())) {
            const QRect area =
                isms::RiskHeatMap::cellRect(mapRect(), m_method, font(), *cell).toAlignedRect();
            QToolTip::showText(help->globalPos(), describeCell(*cell), this, area);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void HeatMapWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    const QRectF area = mapRect();
    isms::RiskHeatMap::paint(painter,
                             area,
                             m_method,
                             m_counts,
                             font(),
                             hasFocus() ? std::optional(m_current) : std::nullopt);
    if (m_hovered) {
        const QRectF cell = isms::RiskHeatMap::cellRect(area, m_method, font(), *m_hovered);
        painter.fillRect(cell.adjusted(1, 1, -1, -1), QColor(255, 255, 255, 56));
    }
}

void HeatMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const auto cell = cellAt(event->position());
    if (cell != m_hovered) {
        m_hovered = cell;
        setCursor(cell ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void HeatMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const auto cell = cellAt(event->position())) {
            setCurrentCell(*cell);
            Q_EMIT cellActivated(*cell);
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void HeatMapWidget::keyPressEvent(QKeyEvent *event)
{
    isms::MatrixCell next = m_current;
    switch (event->key()) {
    case Qt::Key_Up:
        ++next.likelihood;
        break;
    case Qt::Key_Down:
        --next.likelihood;
        break;
    case Qt::Key_Left:
        --next.impact;
        break;
    case Qt::Key_Right:
        ++next.impact;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT cellActivated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setCurrentCell(next);
}

void HeatMapWidget::leaveEvent(QEvent *event)
{
    if (m_hovered) {
        m_hovered.reset();
        update();
    }
    QWidget::leaveEvent(event);
}

bool HeatMapWidget::isValidCell(isms::MatrixCell cell) const
{
    return cell.likelihood >= 1 && cell.likelihood <= m_method.likelihood.size() && cell.impact >= 1
           && cell.impact <= m_method.impact.size();
}

void HeatMapWidget::updateAccessibleDescription()
{
    setAccessibleDescription(describeCell(m_current));
}
