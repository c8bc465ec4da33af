// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>

namespace isms {

class Database;

/// The registers of the demo organisation: assets and their dependencies, risks with their asset and
/// Annex A control links, and treatment tasks. The data are the CSV tables under resources/demo (one
/// business unit of 40 assets and 60 risks); every record is written through RecordService, so it is
/// validated and logged like a user's. Dates are counted from `today`, so the demo always looks current.
///
/// For benchmarks the unit is repeated ("branch 2", "branch 3"...) until the register holds the number
/// of risks asked for; assets, dependencies, links and tasks grow with it and stay within their unit,
/// so the dependency graph stays free of cycles. Each register is written with one createMany() per
/// batch of at most BatchSize records: one transaction per register up to 100,000 risks.
class DemoRegisters final
{
public:
    /// Records per createMany() call; bounds the memory of very large demos.
    static constexpr int BatchSize = 250'000;

    /// The risks of one unit (the rows of resources/demo/risks.csv).
    static constexpr int RisksPerUnit = 60;

    /// Writes `riskCount` risks (at least 1) and what goes with them. Errors: Io when a built-in table
    /// is damaged, and RecordService's errors (nothing of a failed register is written).
    [[nodiscard]] static Result<void> write(Database &db, const QDate &today, int riskCount);
};

} // namespace isms
