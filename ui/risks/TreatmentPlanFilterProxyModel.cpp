// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "risks/TreatmentPlanFilterProxyModel.h"

#include "domain/Entities.h"
#include "risks/TreatmentPlanModel.h"

#include <QDate>

TreatmentPlanFilterProxyModel::TreatmentPlanFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setSortRole(TreatmentPlanModel::SortRole);
    setDynamicSortFilter(true);
}

TreatmentPlanFilterProxyModel::~TreatmentPlanFilterProxyModel() = default;

void TreatmentPlanFilterProxyModel::setOwnerFilter(const QString &owner)
{
    if (owner != m_owner) {
        m_owner = owner;
        invalidateRowsFilter();
    }
}

void TreatmentPlanFilterProxyModel::setStatusFilter(const QString &status)
{
    if (status != m_status) {
        m_status = status;
        invalidateRowsFilter();
    }
}

void TreatmentPlanFilterProxyModel::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly != m_overdueOnly) {
        m_overdueOnly = overdueOnly;
        invalidateRowsFilter();
    }
}

void TreatmentPlanFilterProxyModel::setFilterText(const QString &text)
{
    if (text.trimmed() != m_text) {
        m_text = text.trimmed();
        invalidateRowsFilter();
    }
}

bool TreatmentPlanFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const TreatmentPlanModel *>(sourceModel());
    if (!model || sourceParent.isValid()) {
        return true;
    }
    const isms::TreatmentPlanRow &row = model->rowAt(sourceRow);
    if ((!m_owner.isEmpty() && row.owner != m_owner) || (!m_status.isEmpty() && row.status != m_status)
        || (m_overdueOnly && !row.overdue)) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    for (const QString *text : {&row.title, &row.owner, &row.ref, &row.riskRef, &row.riskTitle}) {
        if (text->contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool TreatmentPlanFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(TreatmentPlanModel::SortRole);
    const QVariant b = right.data(TreatmentPlanModel::SortRole);
    if (a.typeId() == QMetaType::QDate || b.typeId() == QMetaType::QDate) {
        const QDate x = a.toDate();
        const QDate y = b.toDate();
        if (x != y) {
            return x.isValid() && (!y.isValid() || x < y);
        }
    } else if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        if (const int order = m_collator.compare(a.toString(), b.toString()); order != 0) {
            return order < 0;
        }
    } else if (a.toLongLong() != b.toLongLong()) {
        return a.toLongLong() < b.toLongLong();
    }
    // Ties in the plan's own order: due date, owner, task reference.
    const auto *model = qobject_cast<const TreatmentPlanModel *>(sourceModel());
    const isms::TreatmentPlanRow &x = model->rowAt(left.row());
    const isms::TreatmentPlanRow &y = model->rowAt(right.row());
    if (x.due != y.due) {
        return x.due.isValid() && (!y.due.isValid() || x.due < y.due);
    }
    if (const int order = m_collator.compare(x.owner, y.owner); order != 0) {
        return order < 0;
    }
    const isms::EntitySpec &tasks = isms::treatmentTaskSpec();
    return tasks.refNumber(x.ref).value_or(0) < tasks.refNumber(y.ref).value_or(0);
}
