// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>

namespace isms {

class Database;

/// Performance evaluation (9.1) on paper: a summary of the metrics, then each metric with what it
/// measures and how, its trend chart (the chart of the metrics page), its measurements and the
/// evaluations that closed its periods; last the improvement log (10.1).
class MetricsReport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::MetricsReport)

public:
    /// "ISMS-RPT-MET"
    static QString documentId();

    /// Builds the report. Errors: Database.
    [[nodiscard]] static Result<ReportDocument> build(Database &db, const ReportOptions &options);
};

} // namespace isms
