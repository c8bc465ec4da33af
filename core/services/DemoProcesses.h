// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>

namespace isms {

class Database;

/// The processes of the demo organisation's ISMS (4.4, 8.1) and how they interact, written by us:
/// software development, cloud operations, customer support, HR onboarding, supplier management,
/// payroll (provided by a payroll bureau), incident management, internal audit and management review.
/// One gap is left on purpose for the readiness check: customer support states no criteria. The same
/// `today` always gives the same records.
class DemoProcesses final
{
public:
    /// Creates the records through RecordService (validated and logged like a user's).
    [[nodiscard]] static Result<void> write(Database &db, const QDate &today);
};

} // namespace isms
