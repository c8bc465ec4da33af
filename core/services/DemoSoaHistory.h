// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

namespace isms {

class Database;

/// The Statement of Applicability's history in the demo: version 1 issued and approved by the managing
/// director, then a few decisions taken since (a second version in progress), so that comparing
/// version 1 with the working state shows them.
class DemoSoaHistory final
{
public:
    /// Who approved version 1 of the demo's SoA.
    static QString approver();

    /// Issues version 1 (approved 45 days before `today`, never after the real date) and changes a few
    /// controls after it. Errors: those of RecordService and
    /// SoaVersionService.
    [[nodiscard]] static Result<void> write(Database &db, const QDate &today);
};

} // namespace isms
