// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "common/TextKey.h"
#include "domain/EntitySpec.h"

#include <QHash>

namespace isms {

class Database;

/// The values of a register's Unique fields other than the reference (a report's document control) that
/// records already hold, so that one write refuses a second record with the same value in a sentence
/// rather than failing on the table's UNIQUE constraint.
class UniqueValues final
{
public:
    /// Reads the taken values; registers without such fields read nothing. Errors: Database.
    [[nodiscard]] static Result<UniqueValues> read(const Database &db, const EntitySpec &spec);

    /// Refuses `record` when another record (or an earlier new record of the same write) holds one of its
    /// unique values; otherwise notes them as taken by it.
    [[nodiscard]] Result<void> claim(const Record &record);

private:
    const EntitySpec *m_spec = nullptr;
    QList<int> m_fields; ///< indexes of the Unique fields, reference excepted
    QHash<int, TextHash<std::pair<RecordId, QString>>> m_taken; ///< field → value → holder and its ref
};

} // namespace isms
