// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "records/RecordPanel.h"

#include <QPointer>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class TrendChartWidget;

/// Beside a metric's form: its trend chart (measurements over time with the target line), a row that
/// records a new measurement (an undoable step; a value that is not a number is refused in the page's
/// banner and kept in the field to be corrected), and the
/// objectives and Annex A controls it serves. Adding and removing a link is an undoable step that
/// creates or deletes a metric-objectives or metric-controls record; a double click opens the objective
/// or control.
class MetricPanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricPanel)

public:
    explicit MetricPanel(QWidget *parent = nullptr);
    ~MetricPanel() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    TrendChartWidget *chart() const { return m_chart; }

    QListWidget *objectiveList() const { return m_objectives.list; }

    QComboBox *objectiveCombo() const { return m_objectives.combo; }

    QListWidget *controlList() const { return m_controls.list; }

    QComboBox *controlCombo() const { return m_controls.combo; }

    QDateEdit *measuredOnEdit() const { return m_measuredOn; }

    QLineEdit *valueEdit() const { return m_value; }

    /// Records the value typed in valueEdit() on the day of measuredOnEdit() for the current metric.
    void recordMeasurement();

    void addObjective();
    void addControl();
    void removeObjective();
    void removeControl();

private:
    /// One list of links with its chooser and buttons.
    struct LinkEditor
    {
        QListWidget *list = nullptr;
        QComboBox *combo = nullptr;
        QPushButton *add = nullptr;
        QPushButton *remove = nullptr;
    };

    LinkEditor makeEditor(const QString &title, const QString &name);
    void reload();
    void onRecordsTouched(const QString &kind);
    void onActivated(const QListWidgetItem *item, const QString &entity);
    void addLink(const isms::EntitySpec &spec,
                 const QString &otherField,
                 const QVariant &other,
                 const QString &text);
    void removeLink(const isms::EntitySpec &spec, const LinkEditor &editor);
    void updateButtons();
    bool isEditable() const;

    isms::Database *m_db = nullptr;
    QPointer<QUndoStack> m_undoStack;
    isms::RecordId m_current;
    TrendChartWidget *m_chart = nullptr;
    QLabel *m_summary = nullptr;
    QDateEdit *m_measuredOn = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_unit = nullptr;
    QPushButton *m_record = nullptr;
    LinkEditor m_objectives;
    LinkEditor m_controls;
};
