// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>

namespace isms {

class Database;

/// The minutes of one management review (9.3) on paper: the review's dates, chair and attendees (top
/// management marked), each input of 9.3.2 as frozen when the review was held (or compiled live and
/// marked "not yet frozen" for a planned review) with its discussion notes, the outputs of 9.3.3 (the
/// decisions, the changes with their planned changes, the actions with owners and dates), the
/// conclusions and the approval of the minutes. All text prints literally.
class ReviewMinutesReport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::ReviewMinutesReport)

public:
    /// "ISMS-RPT-MR"
    static QString documentId();

    /// Builds the minutes of the review `reviewRef` ("MR-002"). Errors: NotFound, InvalidArgument (a
    /// damaged snapshot), Database.
    [[nodiscard]] static Result<ReportDocument> build(Database &db,
                                                      const ReportOptions &options,
                                                      const QString &reviewRef);

    /// The body of the minutes (everything after the cover), appended to `blocks`, for reuse by other
    /// reports (the audit pack). `today` dates the live inputs of a planned review. Errors: those of
    /// build().
    [[nodiscard]] static Result<void> appendBody(QList<ReportBlock> &blocks,
                                                 const Database &db,
                                                 const QString &reviewRef,
                                                 const QDate &today = QDate::currentDate());
};

} // namespace isms
