// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "risks/RiskSection.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RecordTableModel;

/// The treatment tasks of a risk in a table (task, owner, due date, status), sorted by due date.
/// Cells are edited in place; Add creates a task for the risk and starts editing its title; Remove
/// deletes the selected tasks. Every change is an undoable, logged step.
class RiskTaskTable final : public RiskSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskTaskTable)

public:
    explicit RiskTaskTable(QWidget *parent = nullptr);
    ~RiskTaskTable() override;

    QTableView *view() const { return m_view; }

    /// The model of every treatment task (the view shows the risk's).
    RecordTableModel *model() const { return m_model; }

    QPushButton *addButton() const { return m_addButton; }

    QPushButton *removeButton() const { return m_removeButton; }

    /// The view's index of the field `fieldKey` of the task in `row`.
    QModelIndex indexAt(int row, QStringView fieldKey) const;

    void onAdd();
    void onRemove();

protected:
    void reload() override;

private:
    void updateButtons();

    RecordTableModel *m_model = nullptr;
    isms::RecordId m_loadedRisk; ///< the risk whose tasks the model holds
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};
