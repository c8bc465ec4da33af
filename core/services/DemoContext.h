// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>

namespace isms {

class Database;

/// The context of the demo organisation (clause 4), written by us: its internal and external issues,
/// its interested parties with their requirements, and its approved scope. Two gaps are left on
/// purpose, for the readiness check to find: one party whose requirements are not decided yet, and a
/// climate-change decision still open on the scope. Also the document control of the risk report (approved;
/// the other reports stay working drafts). Dates are counted from `today`.
class DemoContext final
{
public:
    /// Creates the records through RecordService (validated and logged like a user's).
    [[nodiscard]] static Result<void> write(Database &db, const QDate &today);
};

} // namespace isms
