// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"
#include "services/ReadinessCheck.h"

#include <QCoreApplication>

namespace isms {

class Database;

/// The readiness check as a report: the score, a summary per severity, the findings grouped by the
/// area and clause of their rules (rule id, record, what to do), and every rule with its result.
class ReadinessCheckReport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::ReadinessCheckReport)

public:
    /// "ISMS-RPT-RDY"
    static QString documentId();

    /// Runs the check on the report's date and builds the report. Errors: those of ReadinessCheck::run
    /// and ProjectService.
    [[nodiscard]] static Result<ReportDocument> build(Database &db, const ReportOptions &options);

    /// Builds the report of a check already run (`readiness`), with the cover from `db`.
    [[nodiscard]] static Result<ReportDocument> buildFrom(Database &db,
                                                          const ReportOptions &options,
                                                          const ReadinessReport &readiness);
};

} // namespace isms
