// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "models/RowValueCache.h"

#include <QVariant>

#include <array>

/// The sort values of a table's rows for the two fields sorted on most recently (the sorted column
/// and the reference that breaks its ties), each computed once per row instead of once per
/// comparison: sorting 10,000 rows compares about 140,000 pairs. The owner forgets rows whose
/// records changed or moved.
class SortKeyCache final
{
public:
    /// The value of `row` for `field`, computed by `compute(row, field)` when not known; valid until
    /// the next call (a new row may grow the cache).
    template <typename Compute>
    const QVariant &value(int row, int field, Compute &&compute)
    {
        return columnFor(field).rows.value(row, [&](int r) { return compute(r, field); });
    }

    /// Rows from `row` on hold other records now.
    void forgetFrom(int row);

    /// The records of `rows` changed.
    void forgetRows(const QList<int> &rows);

    void clear();

private:
    struct Column
    {
        int field = -1;
        RowValueCache<QVariant> rows;
    };

    Column &columnFor(int field);

    std::array<Column, 2> m_columns;
    size_t m_recent = 0; ///< the column used last; the other one is replaced by a new field
};
