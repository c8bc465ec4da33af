// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QList>

#include <vector>

/// A value per row of a table, computed once when first asked for; the owner forgets rows whose
/// records changed or moved.
template <typename T>
class RowValueCache final
{
public:
    /// The value of `row`, computed by `compute(row)` when not known; valid until the next call (a new
    /// row may grow the cache).
    template <typename Compute>
    const T &value(int row, Compute &&compute)
    {
        const auto index = static_cast<size_t>(row);
        if (index >= m_known.size()) {
            m_known.resize(index + 1, false);
            m_values.resize(row + 1);
        }
        if (!m_known[index]) {
            m_values[row] = compute(row);
            m_known[index] = true;
        }
        return m_values.at(row);
    }

    /// Rows from `row` on hold other records now.
    void forgetFrom(int row)
    {
        if (static_cast<size_t>(row) < m_known.size()) {
            m_known.resize(static_cast<size_t>(row));
            m_values.resize(row);
        }
    }

    /// The records of `rows` changed.
    void forgetRows(const QList<int> &rows)
    {
        for (const int row : rows) {
            if (row >= 0 && static_cast<size_t>(row) < m_known.size()) {
                m_known[static_cast<size_t>(row)] = false;
            }
        }
    }

    void clear()
    {
        m_values.clear();
        m_known.clear();
    }

private:
    QList<T> m_values;
    std::vector<bool> m_known;
};
