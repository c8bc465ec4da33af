// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "services/MetricTrend.h"

#include <QWidget>

/// A metric's trend chart on screen: TrendChart painted in the widget's font and text colour, the
/// same chart the metrics report prints.
class TrendChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChartWidget)

public:
    explicit TrendChartWidget(QWidget *parent = nullptr);
    ~TrendChartWidget() override;

    void setSeries(const isms::MetricSeries &series);

    const isms::MetricSeries &series() const { return m_series; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    isms::MetricSeries m_series;
};
