// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>

namespace isms {

class Database;

/// The demo organisation's management reviews (9.3), written by us: one held a year ago with approved
/// minutes and two actions (one done, one overdue), one held a month ago whose "change needed" output
/// became a planned change, and the next one planned. A held review freezes its inputs as the project
/// stands when it is written, so the demo writes each one when the project holds what existed then.
class DemoReviews final
{
public:
    /// The review of a year ago with its actions. Runs after the people and before the measurements,
    /// documents, nonconformities, assessment runs and audits of the demo, which all came later.
    [[nodiscard]] static Result<void> writeFirst(Database &db, const QDate &today);

    /// The review after the internal audit, and the next one planned. Runs last.
    [[nodiscard]] static Result<void> writeRecent(Database &db, const QDate &today);
};

} // namespace isms
