// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>

namespace isms {

class Database;

/// The demo organisation's internal audit (9.2), written by us: a three-year audit programme owned by
/// the ISMS manager, one full-scope audit completed about two months before `today` with its generated
/// checklist answered and its findings (one major and two minor nonconformities, two observations, an
/// opportunity for improvement), its results reported to top management, and one planned audit of
/// supplier management. One gap is left on purpose for the independence check: the internal auditor
/// leads the full-scope audit, which covers the internal audit process she owns (R-AUDIT-INDEPENDENCE).
/// Runs after the people and the documents.
class DemoAudits final
{
public:
    /// Creates the records through the services (validated and logged like a user's).
    [[nodiscard]] static Result<void> write(Database &db, const QDate &today);
};

} // namespace isms
