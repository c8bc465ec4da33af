// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "metrics/TrendChartWidget.h"

#include "report/TrendChart.h"

#include <QPainter>

using namespace Qt::StringLiterals;

TrendChartWidget::TrendChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"trendChart"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Trend of the measurements"));
}

TrendChartWidget::~TrendChartWidget() = default;

void TrendChartWidget::setSeries(const isms::MetricSeries &series)
{
    m_series = series;
    update();
}

QSize TrendChartWidget::sizeHint() const
{
    return {520, fontMetrics().height() * 16};
}

QSize TrendChartWidget::minimumSizeHint() const
{
    return {280, fontMetrics().height() * 9};
}

void TrendChartWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().color(QPalette::Text));
    isms::TrendChart::paint(painter, QRectF(rect()).adjusted(6, 6, -6, -6), m_series, font());
}
