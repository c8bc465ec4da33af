// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>

namespace isms {

class Database;

/// The demo organisation's nonconformities with their corrective actions in every state (one closed
/// after an effective review, one being verified, one with an overdue action, one raised from an
/// incident), its incidents and its suppliers, written by us. Gaps left on purpose for the readiness
/// check: an overdue corrective action and a supplier whose review is overdue. Dates are counted from
/// `today`; the people, assets, risks and planned changes are the demo's own, written before.
class DemoImprovement final
{
public:
    /// Creates the records through RecordService and NonconformityService (validated and logged).
    [[nodiscard]] static Result<void> write(Database &db, const QDate &today);
};

} // namespace isms
