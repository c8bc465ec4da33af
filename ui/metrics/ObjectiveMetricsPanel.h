// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "records/RecordPanel.h"

class QLabel;
class QListWidget;

/// Beside an objective's form: the metrics that measure it, each with its latest value and target (the
/// other side of a metric's "Objectives served"); a double click opens the metric.
class ObjectiveMetricsPanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectiveMetricsPanel)

public:
    explicit ObjectiveMetricsPanel(QWidget *parent = nullptr);
    ~ObjectiveMetricsPanel() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    QListWidget *metricList() const { return m_metrics; }

private:
    void reload();

    isms::Database *m_db = nullptr;
    isms::RecordId m_current;
    QListWidget *m_metrics = nullptr;
    QLabel *m_hint = nullptr;
};
