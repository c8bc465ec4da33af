// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "models/ChangeLogFilterProxyModel.h"

#include "models/ChangeLogTableModel.h"

ChangeLogFilterProxyModel::ChangeLogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(ChangeLogTableModel::SortRole);
    setDynamicSortFilter(true);
}

ChangeLogFilterProxyModel::~ChangeLogFilterProxyModel() = default;

void ChangeLogFilterProxyModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_text) {
        return;
    }
    m_text = simplified;
    invalidateFilter();
}

bool ChangeLogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty()) {
        return true;
    }
    const QStringList words = m_text.split(u' ', Qt::SkipEmptyParts);
    const QAbstractItemModel *model = sourceModel();
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
        for (int column = 0; column < model->columnCount(sourceParent); ++column) {
            const QString text =
                model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
            if (text.contains(word, Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    });
}

bool ChangeLogFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(ChangeLogTableModel::SortRole);
    const QVariant b = right.data(ChangeLogTableModel::SortRole);
    if (a.typeId() == QMetaType::QString) {
        const int order = m_collator.compare(a.toString(), b.toString());
        if (order != 0) {
            return order < 0;
        }
    } else if (a.toLongLong() != b.toLongLong()) {
        return a.toLongLong() < b.toLongLong();
    }
    return left.data(ChangeLogTableModel::IdRole).toLongLong()
           < right.data(ChangeLogTableModel::IdRole).toLongLong();
}
