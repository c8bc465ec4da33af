// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>

namespace isms {

class Database;

/// The resources the demo organisation gives its ISMS (clause 7.1), written by us: the ISMS team's
/// time, a budget, tools, an external auditor and a training room, one still only requested. Dates are
/// counted from `today`.
class DemoResources final
{
public:
    /// Creates the records through RecordService (validated and logged like a user's).
    [[nodiscard]] static Result<void> write(Database &db, const QDate &today);
};

} // namespace isms
