// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/FlowLayout.h"

#include <QWidget>

#include <algorithm>

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0)) {
        delete item;
    }
}

void FlowLayout::addWidget(QWidget *widget, int stretch)
{
    addChildWidget(widget);
    m_items.append(new QWidgetItem(widget));
    m_stretch.append(stretch);
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    m_stretch.append(0);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size()) {
        return nullptr;
    }
    m_stretch.removeAt(index);
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty()) {
            size = size.expandedTo(item->minimumSize());
        }
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row: what the bar would like; heightForWidth() gives the height once the width is known.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty()) {
            continue;
        }
        width += (width > 0 ? m_spacing : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int available = std::max(area.width(), 1);
    int y = area.y();
    qsizetype first = 0;
    while (first < m_items.size()) {
        // Fill one row with as many items as fit (at least one).
        qsizetype end = first;
        int used = 0;
        int rowHeight = 0;
        int stretchSum = 0;
        for (; end < m_items.size(); ++end) {
            const QLayoutItem *item = m_items.at(end);
            if (item->isEmpty()) {
                continue;
            }
            const int width = std::min(item->sizeHint().width(), available);
            const int needed = used + (used > 0 ? m_spacing : 0) + width;
            if (needed > available && used > 0) {
                break;
            }
            used = needed;
            rowHeight = std::max(rowHeight, item->sizeHint().height());
            if (item->expandingDirections() & Qt::Horizontal) {
                stretchSum += std::max(m_stretch.at(end), 1);
            }
        }
        if (apply) {
            int spare = std::max(available - used, 0);
            int x = area.x();
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = m_items.at(i);
                if (item->isEmpty()) {
                    continue;
                }
                int width = std::min(item->sizeHint().width(), available);
                if (stretchSum > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    const int stretch = std::max(m_stretch.at(i), 1);
                    const int extra = spare * stretch / stretchSum;
                    width += extra;
                    spare -= extra;
                    stretchSum -= stretch;
                }
                const int height = std::min(item->sizeHint().height(), rowHeight);
                item->setGeometry(QRect(x, y + (rowHeight - height) / 2, width, height));
                x += width + m_spacing;
            }
        }
        y += rowHeight + m_spacing;
        first = end;
    }
    const QMargins margins = contentsMargins();
    return std::max(y - m_spacing - area.y(), 0) + margins.top() + margins.bottom();
}
