// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// RecordTableModel: following the project's change notices (records added, changed, removed, and other
// kinds whose references the table shows).
#include "models/RecordTableModel.h"
#include "services/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// Sorted rows as [first, last] blocks of consecutive rows.
QList<std::pair<int, int>> contiguousBlocks(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<std::pair<int, int>> blocks;
    for (const int row : std::as_const(rows)) {
        if (!blocks.isEmpty() && blocks.last().second + 1 == row) {
            blocks.last().second = row;
        } else {
            blocks.append({row, row});
        }
    }
    return blocks;
}

} // namespace

std::optional<QList<isms::Record>> RecordTableModel::noticedRecords(const QString &kind,
                                                                    const QList<isms::RecordId> &ids)
{
    if (kind != m_spec.key) {
        onOtherKindChanged(kind);
        return std::nullopt;
    }
    m_changedWhileLoading = m_changedWhileLoading || m_loading;
    if (!m_db) {
        return std::nullopt;
    }
    auto records = isms::RecordRepository(*m_db, m_spec).byIds(ids);
    if (!records) {
        Q_EMIT errorOccurred(records.error());
        return std::nullopt;
    }
    return std::move(records).value();
}

void RecordTableModel::onRecordsAdded(const QString &kind, const QList<isms::RecordId> &ids)
{
    auto records = noticedRecords(kind, ids);
    if (!records) {
        return;
    }
    appendNew(std::move(records).value());
}

void RecordTableModel::setScope(const QString &fieldKey, isms::RecordId owner)
{
    m_scopeField = fieldKey.isEmpty() ? -1 : m_spec.indexOf(fieldKey);
    m_scopeOwner = owner;
}

void RecordTableModel::appendNew(QList<isms::Record> records)
{
    QList<isms::Record> added;
    for (isms::Record &record : records) {
        const bool inScope =
            m_scopeField < 0 || record.values.at(m_scopeField).toLongLong() == m_scopeOwner.value;
        if (inScope && !m_rowById.contains(record.id)) {
            added.append(std::move(record));
        }
    }
    if (added.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_records.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_records.append(added);
    reindexFrom(first);
    endInsertRows();
}

void RecordTableModel::onRecordsChanged(const QString &kind,
                                        const QList<isms::RecordId> &ids,
                                        const QStringList &fields)
{
    auto records = noticedRecords(kind, ids);
    if (!records) {
        return;
    }
    QList<int> rows;
    rows.reserve(records->size());
    QList<isms::Record> entering; // within the scope now, and not before
    for (isms::Record &record : *records) {
        const int row = rowOf(record.id);
        if (row >= 0) {
            m_records[row] = std::move(record);
            rows.append(row);
        } else if (m_scopeField >= 0) {
            entering.append(std::move(record));
        }
    }
    m_sortKeys.forgetRows(rows);
    m_searchTexts.forgetRows(rows);
    appendNew(std::move(entering));
    // Only the columns of the changed fields; a filterable field outside the table still needs a
    // notice so that the filter looks at the row again.
    int firstColumn = static_cast<int>(m_columns.size());
    int lastColumn = -1;
    bool filterable = false;
    for (const QString &key : fields) {
        const int column = columnOf(key);
        if (column >= 0) {
            firstColumn = std::min(firstColumn, column);
            lastColumn = std::max(lastColumn, column);
        }
        const isms::FieldSpec *field = m_spec.field(key);
        filterable = filterable || (field && field->has(isms::Filterable));
    }
    if (lastColumn < 0) {
        if (!filterable || m_columns.isEmpty()) {
            return;
        }
        firstColumn = 0;
        lastColumn = 0;
    }
    for (const auto &[first, last] : contiguousBlocks(rows)) {
        Q_EMIT dataChanged(index(first, firstColumn), index(last, lastColumn));
    }
}

void RecordTableModel::onRecordsRemoved(const QString &kind, const QList<isms::RecordId> &ids)
{
    if (kind != m_spec.key) {
        onOtherKindChanged(kind);
        return;
    }
    m_changedWhileLoading = m_changedWhileLoading || m_loading;
    QList<int> rows;
    rows.reserve(ids.size());
    for (const isms::RecordId id : ids) {
        const int row = rowOf(id);
        if (row >= 0) {
            rows.append(row);
        }
    }
    if (rows.isEmpty()) {
        return;
    }
    const QList<std::pair<int, int>> blocks = contiguousBlocks(rows);
    // From the bottom up, so that the rows of the blocks still to remove keep their numbers.
    for (auto block = blocks.crbegin(); block != blocks.crend(); ++block) {
        beginRemoveRows({}, block->first, block->second);
        for (int row = block->first; row <= block->second; ++row) {
            m_rowById.remove(m_records.at(row).id);
        }
        m_records.remove(block->first, block->second - block->first + 1);
        endRemoveRows();
    }
    reindexFrom(blocks.constFirst().first);
}

void RecordTableModel::onOtherKindChanged(const QString &kind)
{
    if (!m_refCache.remove(kind) || m_records.isEmpty()) {
        return;
    }
    // References to that kind may now read and sort differently.
    m_sortKeys.clear();
    for (int column = 0; column < m_columns.size(); ++column) {
        const isms::FieldSpec &field = fieldOf(column);
        if (field.type == isms::FieldType::Reference && field.referenceKind == kind) {
            Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
        }
    }
}
