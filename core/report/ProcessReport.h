// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>

namespace isms {

class Database;

/// The processes of the ISMS and their interactions (4.4, 8.1) as a report, in landscape: the
/// interaction map as the window draws it (ProcessMapChart over ProcessMap's layout), then the process
/// register with owners, criteria and suppliers, then every interaction with what passes.
class ProcessReport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::ProcessReport)

public:
    /// "ISMS-RPT-PRC"
    static QString documentId();

    /// Builds the report. Errors: those of ProcessMap::load and ProjectService.
    [[nodiscard]] static Result<ReportDocument> build(Database &db, const ReportOptions &options);
};

} // namespace isms
