// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>

namespace isms {

class Database;
struct CoverageMatrix;

/// The report of one internal audit (9.2): scope, criteria, dates and team, the independence
/// statement, the checklist with its results, the findings by grade and the conclusion. The body and
/// the coverage matrix are sections of their own, for reports that gather several audits.
class AuditReport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::AuditReport)

public:
    /// "ISMS-RPT-AUD"
    static QString documentId();

    /// Builds the report of the audit `auditRef`. Errors: NotFound (no such audit), Database.
    [[nodiscard]] static Result<ReportDocument> build(Database &db,
                                                      const ReportOptions &options,
                                                      const QString &auditRef);

    /// Appends the body of the audit `auditRef` (from its scope to its conclusion), its title a level 1
    /// heading. Errors: NotFound, Database.
    [[nodiscard]] static Result<void> appendBody(QList<ReportBlock> &blocks,
                                                 Database &db,
                                                 const QString &auditRef);

    /// Appends the coverage matrix of `matrix`: a table of clauses and applicable controls against the
    /// years of the cycle, and a sentence on the gaps.
    static void appendCoverage(QList<ReportBlock> &blocks, const CoverageMatrix &matrix);
};

} // namespace isms
