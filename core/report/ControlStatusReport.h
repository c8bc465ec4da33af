// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>

namespace isms {

class Database;

/// The control status report: all 93 Annex A controls grouped by theme with status, owner and target
/// date, a summary with counts per status and per theme, and a status-per-theme chart.
class ControlStatusReport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::ControlStatusReport)

public:
    /// "ISMS-RPT-CTL"
    static QString documentId();

    /// Builds the report from the project's current data. Errors: those of RequirementService and
    /// ProjectService (Database).
    [[nodiscard]] static Result<ReportDocument> build(Database &db, const ReportOptions &options);
};

} // namespace isms
