// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>

namespace isms {

class Database;

/// Performance evaluation and improvement of the demo organisation (9.1, 10.1), written by us: six
/// metrics that measure its objectives and controls, a year of monthly measurements with a visible
/// trend, the evaluations that closed each quarter, and five entries of the improvement log. One gap is
/// left on purpose, for the readiness check to find: the incident resolution time has not been measured
/// for four months (R-METRIC-OVERDUE). Runs after DemoPlanning, whose objectives the metrics serve.
/// Dates are counted from `today`.
class DemoMetrics final
{
public:
    /// Creates the records through RecordService (validated and logged like a user's).
    [[nodiscard]] static Result<void> write(Database &db, const QDate &today);
};

} // namespace isms
