// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>

namespace isms {

class Database;

/// The risk treatment plan on its own: a summary, the overdue tasks, and every task by due date then
/// owner with the risk it treats.
class TreatmentPlanReport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::TreatmentPlanReport)

public:
    /// "ISMS-RPT-RTP"
    static QString documentId();

    /// Builds the report; overdue tasks are those due before the report's date. Errors: those of
    /// RiskReportData::load and ProjectService.
    [[nodiscard]] static Result<ReportDocument> build(Database &db, const ReportOptions &options);
};

} // namespace isms
