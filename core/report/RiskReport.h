// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>

namespace isms {

class Database;
struct RiskReportData;

/// The risk assessment and treatment report, in landscape for its wide register: a summary, the risk
/// assessment method statement, heat maps of current and residual risk, the risk register, the
/// sign-offs (and the risks still awaiting one) and the treatment plan.
class RiskReport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::RiskReport)

public:
    /// "ISMS-RPT-RSK"
    static QString documentId();

    /// Builds the report from the project's current data; overdue tasks are those due before the
    /// report's date (options.generatedAtUtc). Errors: those of RiskReportData::load and ProjectService.
    [[nodiscard]] static Result<ReportDocument> build(Database &db, const ReportOptions &options);

    /// The report's sections for `data` as it stood on `asOf` (overdue tasks and reviews are judged on
    /// that day): summary, method, heat maps, register, sign-offs and treatment plan. Assessment runs
    /// print their frozen register with them.
    static void appendBody(QList<ReportBlock> &blocks, const RiskReportData &data, const QDate &asOf);

    /// The section "Summary": the report's purpose on `today` and the counts an auditor asks first
    /// (risks per level, above the threshold, awaiting a sign-off, overdue reviews and tasks).
    static void appendSummary(QList<ReportBlock> &blocks, const RiskReportData &data, const QDate &today);

    /// The section "Heat maps": current and residual risk side by side, then the risks per level.
    static void appendHeatMaps(QList<ReportBlock> &blocks, const RiskOverview &overview);

    /// The cover data every risk report shares (organisation, id, version, change-log head, date).
    /// Errors: Database.
    [[nodiscard]] static Result<ReportDocument> coverFor(Database &db, const ReportOptions &options);
};

} // namespace isms
