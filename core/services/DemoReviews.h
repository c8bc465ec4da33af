// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>

namespace isms {

class Database;

/// The demo organisation's management reviews (9.3), written by us: one held a year ago with approved
/// minutes and two actions (one done, one overdue), one held a month ago whose "change needed" output
/// became a planned change, and the next one planned. Held reviews freeze their inputs as the demo
/// stands when it is written. Runs after the people, metrics and assessment runs of the demo.
class DemoReviews final
{
public:
    [[nodiscard]] static Result<void> write(Database &db, const QDate &today);
};

} // namespace isms
