// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "dashboard/StatusChartWidget.h"

#include "report/StatusChart.h"

#include <QPainter>

StatusChartWidget::StatusChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Controls per theme and status"));
}

StatusChartWidget::~StatusChartWidget() = default;

void StatusChartWidget::setSummary(const isms::StatusSummary &summary)
{
    m_summary = summary;
    update();
}

QSize StatusChartWidget::sizeHint() const
{
    return {640, fontMetrics().height() * 14};
}

QSize StatusChartWidget::minimumSizeHint() const
{
    return {360, fontMetrics().height() * 11};
}

void StatusChartWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().color(QPalette::WindowText));
    isms::StatusChart::paint(painter, QRectF(rect()).adjusted(4, 4, -4, -4), m_summary, font());
}
