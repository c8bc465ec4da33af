// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "models/RecordFilterProxyModel.h"

#include "models/RecordTableModel.h"

#include <QDate>

RecordFilterProxyModel::RecordFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setSortRole(RecordTableModel::SortRole);
}

RecordFilterProxyModel::~RecordFilterProxyModel() = default;

void RecordFilterProxyModel::setSourceRecordModel(RecordTableModel *model)
{
    m_model = model;
    m_enumFilters.clear();
    setSourceModel(model);
}

void RecordFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    m_needle = RecordTableModel::searchTextOf(m_text);
    invalidateRowsFilter();
}

QStringList RecordFilterProxyModel::filterableEnumFields() const
{
    QStringList keys;
    if (m_model) {
        for (const isms::FieldSpec &field : m_model->spec().fields) {
            if (field.type == isms::FieldType::Enum && field.has(isms::Filterable)) {
                keys.append(field.key);
            }
        }
    }
    return keys;
}

void RecordFilterProxyModel::setEnumFilter(const QString &fieldKey, const QString &keyword)
{
    if (!filterableEnumFields().contains(fieldKey) || m_enumFilters.value(fieldKey) == keyword) {
        return;
    }
    if (keyword.isEmpty()) {
        m_enumFilters.remove(fieldKey);
    } else {
        m_enumFilters.insert(fieldKey, keyword);
    }
    invalidateRowsFilter();
}

QStringList RecordFilterProxyModel::filterableValueFields() const
{
    QStringList keys;
    if (m_model) {
        for (const isms::FieldSpec &field : m_model->spec().fields) {
            if (field.type == isms::FieldType::Text && field.has(isms::Filterable) && field.has(isms::InTable)
                && !field.has(isms::Required) && !field.has(isms::Unique)) {
                keys.append(field.key);
            }
        }
    }
    return keys;
}

void RecordFilterProxyModel::setValueFilter(const QString &fieldKey, const QString &value)
{
    if (!filterableValueFields().contains(fieldKey) || m_valueFilters.value(fieldKey) == value) {
        return;
    }
    if (value.isEmpty()) {
        m_valueFilters.remove(fieldKey);
    } else {
        m_valueFilters.insert(fieldKey, value);
    }
    invalidateRowsFilter();
}

void RecordFilterProxyModel::clearFilters()
{
    if (m_text.isEmpty() && m_enumFilters.isEmpty() && m_valueFilters.isEmpty() && m_exact.isEmpty()) {
        return;
    }
    const bool hadExact = !m_exact.isEmpty();
    m_text.clear();
    m_needle.clear();
    m_enumFilters.clear();
    m_valueFilters.clear();
    m_exact.clear();
    invalidateRowsFilter();
    if (hadExact) {
        Q_EMIT exactFilterChanged();
    }
}

void RecordFilterProxyModel::setRowPredicate(RowPredicate predicate)
{
    m_predicate = std::move(predicate);
    invalidateRowsFilter();
}

void RecordFilterProxyModel::refreshRowPredicate()
{
    invalidateRowsFilter();
}

bool RecordFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid()) {
        return true;
    }
    const isms::Record &record = m_model->recordAt(sourceRow);
    const isms::EntitySpec &spec = m_model->spec();
    for (const QHash<QString, QString> *filters : {&m_enumFilters, &m_valueFilters}) {
        for (auto it = filters->constBegin(); it != filters->constEnd(); ++it) {
            if (record.values.at(spec.indexOf(it.key())).toString() != it.value()) {
                return false;
            }
        }
    }
    if (!m_exact.isEmpty() && !matchesExactFilter(record)) {
        return false;
    }
    if (m_predicate && !m_predicate(record)) {
        return false;
    }
    // One search in the row's case-folded text instead of a case-insensitive search per field.
    // (A separator in the filter text matches nothing, as no field holds one.)
    return m_text.isEmpty()
           || (!m_text.contains(QChar(RecordTableModel::SearchSeparator))
               && m_model->searchTextAt(sourceRow).contains(m_needle));
}

bool RecordFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The source is always a RecordTableModel (also when set with setSourceModel()): its cached sort
    // values. Copies, not references: reading the second value may grow the cache and move the first.
    const auto *model = static_cast<const RecordTableModel *>(sourceModel());
    const int field = model->fieldIndexOf(left.column());
    const QVariant a = model->sortValueAt(left.row(), field);
    const QVariant b = model->sortValueAt(right.row(), field);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        // Text, or a reference that does not have its kind's shape beside one that does.
        const int order = m_collator.compare(a.toString(), b.toString());
        if (order != 0) {
            return order < 0;
        }
    } else if (a.typeId() == QMetaType::QDate || b.typeId() == QMetaType::QDate) {
        const QDate x = a.toDate();
        const QDate y = b.toDate();
        if (x != y) {
            // Records without a date come after those with one.
            return x.isValid() && (!y.isValid() || x < y);
        }
    } else if (!a.isValid() || !b.isValid()) {
        if (a.isValid() != b.isValid()) {
            return a.isValid();
        }
    } else if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double) {
        if (a.toDouble() != b.toDouble()) {
            return a.toDouble() < b.toDouble();
        }
    } else if (a.toLongLong() != b.toLongLong()) {
        return a.toLongLong() < b.toLongLong();
    }
    // Ties keep a stable, meaningful order: by reference number, then by the reference's text.
    // The reference's sort value is its number when it has one (see RecordTableModel::sortValue).
    const auto refNumber = [model](int row) {
        const QVariant &ref = model->sortValueAt(row, 0);
        return ref.typeId() == QMetaType::LongLong ? ref.toLongLong() : qint64(0);
    };
    const qint64 leftNumber = refNumber(left.row());
    const qint64 rightNumber = refNumber(right.row());
    if (leftNumber != rightNumber) {
        return leftNumber < rightNumber;
    }
    return m_collator.compare(isms::EntitySpec::refOf(model->recordAt(left.row())),
                              isms::EntitySpec::refOf(model->recordAt(right.row())))
           < 0;
}

void RecordFilterProxyModel::setExactFilter(const QList<FieldValues> &alternatives)
{
    if (alternatives == m_exact) {
        return;
    }
    m_exact = alternatives;
    invalidateRowsFilter();
    Q_EMIT exactFilterChanged();
}

bool RecordFilterProxyModel::matchesExactFilter(const isms::Record &record) const
{
    const isms::EntitySpec &spec = m_model->spec();
    return std::any_of(m_exact.cbegin(), m_exact.cend(), [&](const FieldValues &values) {
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            const int index = spec.indexOf(it.key());
            if (index < 0) {
                return false;
            }
            const QVariant &value = record.values.at(index);
            const bool isEmpty = value.isNull() || value.toString().isEmpty();
            if (it.value().isNull() ? !isEmpty : isEmpty || value.toString() != it.value().toString()) {
                return false;
            }
        }
        return true;
    });
}
