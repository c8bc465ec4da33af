// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/RiskMethod.h"

#include <QWidget>

class QPushButton;
class QSpinBox;
class QTableWidget;

/// Edits a list of named steps (label and description): a likelihood or impact scale, whose number
/// of steps is chosen with a spin box, or the classification scheme, whose rows are added and removed.
class ScaleEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScaleEditor)

public:
    enum class Mode
    {
        Scale, ///< a spin box sets the number of steps; the owner decides what the steps become
        List,  ///< Add and Remove buttons
    };

    ScaleEditor(Mode mode, int minimum, int maximum, QWidget *parent = nullptr);
    ~ScaleEditor() override;

    /// Shows `steps` without emitting edited() or countRequested().
    void setSteps(const QList<isms::ScaleStep> &steps);

    QList<isms::ScaleStep> steps() const;

    /// Only in Mode::Scale; nullptr otherwise.
    QSpinBox *countSpinBox() const { return m_countSpinBox; }

    QTableWidget *table() const { return m_table; }

    /// Only in Mode::List; nullptr otherwise.
    QPushButton *addButton() const { return m_addButton; }

    QPushButton *removeButton() const { return m_removeButton; }

Q_SIGNALS:
    /// A label or a description changed, or (Mode::List) a row was added or removed.
    void edited();

    /// Mode::Scale: the user chose `count` steps; the owner answers with setSteps().
    void countRequested(int count);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    void updateButtons();
    void addRow(const isms::ScaleStep &step);

    Mode m_mode;
    int m_minimum;
    int m_maximum;
    QSpinBox *m_countSpinBox = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};
