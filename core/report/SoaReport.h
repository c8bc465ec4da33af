// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>

namespace isms {

class Database;

/// The Statement of Applicability (ISO/IEC 27001:2022, 6.1.3 d), in landscape: a document-control table
/// on the cover, summary counts, the points still open, and the 93 Annex A controls grouped by theme
/// with applicability, reasons or justification, status, owner, implementation and last review.
class SoaReport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::SoaReport)

public:
    /// "ISMS-SOA"
    static QString documentId();

    /// Builds the report from the project's current (working) Statement of Applicability.
    /// Errors: Database.
    [[nodiscard]] static Result<ReportDocument> build(Database &db, const ReportOptions &options);
};

} // namespace isms
