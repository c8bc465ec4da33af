// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

/// Filters the rows of a TreatmentPlanModel by owner, status, overdue and free text (task, owner, risk
/// reference and title), and sorts them by TreatmentPlanModel::SortRole: tasks without a due date
/// last, ties by due date, then owner, then task reference, as the plan is ordered.
class TreatmentPlanFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreatmentPlanFilterProxyModel)

public:
    explicit TreatmentPlanFilterProxyModel(QObject *parent = nullptr);
    ~TreatmentPlanFilterProxyModel() override;

    /// Only the tasks of `owner` (exactly); empty for all.
    void setOwnerFilter(const QString &owner);

    /// Only the tasks with this status keyword; empty for all.
    void setStatusFilter(const QString &status);

    /// Only overdue tasks.
    void setOverdueOnly(bool overdueOnly);

    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_owner;
    QString m_status;
    bool m_overdueOnly = false;
    QString m_text;
    QCollator m_collator;
};
