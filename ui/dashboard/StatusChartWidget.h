// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "services/ControlStatistics.h"

#include <QWidget>

/// The report's status-per-theme bar chart (isms::StatusChart) on screen.
class StatusChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChartWidget)

public:
    explicit StatusChartWidget(QWidget *parent = nullptr);
    ~StatusChartWidget() override;

    void setSummary(const isms::StatusSummary &summary);

    const isms::StatusSummary &summary() const { return m_summary; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    isms::StatusSummary m_summary;
};
