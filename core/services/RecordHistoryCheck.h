// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QStringList>

namespace isms {

class Database;

/// Holds every record of every register in Entities to its history: replays each kind's change log
/// (creation snapshots, field changes, deletions) and compares the result with the rows in the file.
/// Finds records added, changed or deleted outside the program.
class RecordHistoryCheck final
{
public:
    /// One translated sentence per deviation.
    [[nodiscard]] static Result<QStringList> run(const Database &db);
};

} // namespace isms
