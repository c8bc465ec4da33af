// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "models/RequirementFilterProxyModel.h"

#include "models/RequirementTableModel.h"

#include <QDate>

using namespace Qt::StringLiterals;

RequirementFilterProxyModel::RequirementFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(RequirementTableModel::SortRole);
    setDynamicSortFilter(true);
}

RequirementFilterProxyModel::~RequirementFilterProxyModel() = default;

void RequirementFilterProxyModel::setSourceRequirementModel(RequirementTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void RequirementFilterProxyModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_text) {
        return;
    }
    m_text = simplified;
    invalidateFilter();
}

void RequirementFilterProxyModel::setThemeFilter(std::optional<isms::Theme> theme)
{
    if (theme == m_theme) {
        return;
    }
    m_theme = theme;
    invalidateFilter();
}

void RequirementFilterProxyModel::setStatusFilter(std::optional<isms::ImplementationStatus> status)
{
    if (status == m_status) {
        return;
    }
    m_status = status;
    invalidateFilter();
}

bool RequirementFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid()) {
        return true;
    }
    const RequirementTableModel::Row &row = m_model->rowAt(sourceRow);
    if (m_theme && (m_model->kind() != isms::RequirementKind::Control || row.theme != *m_theme)) {
        return false;
    }
    if (m_status && row.tracking.status != *m_status) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    // Every word must appear somewhere, so "access control" finds rows with both words.
    const QString displayRef = m_model->displayRef(sourceRow);
    const QStringList words = m_text.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
        return displayRef.contains(word, Qt::CaseInsensitive) || row.title.contains(word, Qt::CaseInsensitive)
               || row.tracking.owner.contains(word, Qt::CaseInsensitive)
               || row.tracking.notes.contains(word, Qt::CaseInsensitive)
               || row.documentedInformation.contains(word, Qt::CaseInsensitive);
    });
}

bool RequirementFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(RequirementTableModel::SortRole);
    const QVariant b = right.data(RequirementTableModel::SortRole);
    if (a.typeId() == QMetaType::QString) {
        const QString sa = a.toString();
        const QString sb = b.toString();
        // Empty text sorts last in ascending order: an unowned control is not "before A".
        if (sa.isEmpty() != sb.isEmpty()) {
            return sb.isEmpty();
        }
        const int order = m_collator.compare(sa, sb);
        if (order != 0) {
            return order < 0;
        }
    } else if (a.typeId() == QMetaType::QDate) {
        const QDate da = a.toDate();
        const QDate db = b.toDate();
        if (da.isValid() != db.isValid()) {
            return da.isValid();
        }
        if (da != db) {
            return da < db;
        }
    } else if (a.toInt() != b.toInt()) {
        return a.toInt() < b.toInt();
    }
    // Ties keep catalogue order.
    return left.row() < right.row();
}
