// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>

namespace isms {

class Database;

/// The documented information and leadership of the demo organisation, written by us: a few people
/// (the managing director as top management), an approved information security policy with its
/// approved version and everyone's acknowledgement, topic-specific policies, procedures, a record and
/// a plan with versions (small text files made here), and top management's duties filled in with
/// evidence. Two gaps are left on purpose for the readiness check: a topic-specific policy past its
/// review date, and a duty marked as shown without evidence. Dates are counted from `today`.
class DemoDocuments final
{
public:
    /// Creates the records through the services (validated and logged like a user's).
    [[nodiscard]] static Result<void> write(Database &db, const QDate &today);
};

} // namespace isms
