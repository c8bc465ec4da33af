// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "models/SortKeyCache.h"

void SortKeyCache::forgetFrom(int row)
{
    for (Column &column : m_columns) {
        column.rows.forgetFrom(row);
    }
}

void SortKeyCache::forgetRows(const QList<int> &rows)
{
    for (Column &column : m_columns) {
        column.rows.forgetRows(rows);
    }
}

void SortKeyCache::clear()
{
    for (Column &column : m_columns) {
        column = Column{};
    }
}

SortKeyCache::Column &SortKeyCache::columnFor(int field)
{
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].field == field) {
            m_recent = i;
            return m_columns[i];
        }
    }
    m_recent = 1 - m_recent;
    m_columns[m_recent] = Column{};
    m_columns[m_recent].field = field;
    return m_columns[m_recent];
}
