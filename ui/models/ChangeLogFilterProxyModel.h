// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

/// Filters the change log by free text over every column and sorts by ChangeLogTableModel::SortRole.
class ChangeLogFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeLogFilterProxyModel)

public:
    explicit ChangeLogFilterProxyModel(QObject *parent = nullptr);
    ~ChangeLogFilterProxyModel() override;

    void setFilterText(const QString &text);

    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QCollator m_collator;
};
