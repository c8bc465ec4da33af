// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>

namespace isms {

class Database;

/// The planning of the demo organisation beside its risk register (clause 6), written by us: the risks
/// and opportunities of its ISMS with their actions, its information security objectives and the
/// planned changes that follow from its context (the move of its service to the cloud, issue CI-001).
/// One gap is left on purpose, for the readiness check to find: an objective without a measurable
/// target. Dates are counted from `today`.
class DemoPlanning final
{
public:
    /// Creates the records through RecordService (validated and logged like a user's).
    [[nodiscard]] static Result<void> write(Database &db, const QDate &today);
};

} // namespace isms
