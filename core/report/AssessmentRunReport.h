// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>

namespace isms {

class Database;
struct AssessmentRun;

/// One recorded risk assessment run as a report: the run's date, scope, assessor and fingerprint, then
/// the sections of the risk report (method, heat maps, register, sign-offs, treatment plan) over the
/// register the run froze, never over today's.
class AssessmentRunReport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::AssessmentRunReport)

public:
    /// "ISMS-RPT-RUN"
    static QString documentId();

    /// Builds the report of run `ref` ("RUN-002"). Errors: NotFound (no such run), InvalidArgument (its
    /// frozen register cannot be read), Database.
    [[nodiscard]] static Result<ReportDocument> build(Database &db,
                                                      const ReportOptions &options,
                                                      const QString &ref);

    /// The section "The run": what the run printed is, then its date, scope, assessor, risk count,
    /// notes and the fingerprint of its frozen register. Starts with its level 1 heading.
    static void appendRunFacts(QList<ReportBlock> &blocks, const AssessmentRun &run);
};

} // namespace isms
