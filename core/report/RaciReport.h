// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>

namespace isms {

class Database;

/// Roles and responsibilities (5.3) as a report: the roles with their holders, deputies and the two
/// assignments of 5.3, then the RACI matrix over the ISMS processes with a column that says whether
/// each process has exactly one Accountable role.
class RaciReport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::RaciReport)

public:
    /// "ISMS-RPT-RACI"
    static QString documentId();

    /// Builds the report. Errors: those of RaciMatrix::load and ProjectService.
    [[nodiscard]] static Result<ReportDocument> build(Database &db, const ReportOptions &options);
};

} // namespace isms
