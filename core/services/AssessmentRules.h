// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace isms {

class Database;

/// One point about the timing of risk assessments, naming the record to fix.
struct AssessmentFinding
{
    QString rule;    ///< "R-ASSESSMENT-NONE", "R-ASSESSMENT-OVERDUE", "R-REASSESSMENT-DUE"
    QString kind;    ///< the register to fix: "assessment-runs" or "planned-changes"
    QString ref;     ///< the record ("RUN-002", "PC-003"); empty when no run exists
    QString message; ///< translated sentence naming the record
};

/// When risks must be assessed again (ISO/IEC 27001 8.2): at the interval the risk method sets, and when
/// a significant planned change was implemented after the latest run.
class AssessmentRules final
{
public:
    /// The points on `today`: no run at all (R-ASSESSMENT-NONE), the latest run older than the method's
    /// interval (R-ASSESSMENT-OVERDUE), and each significant change implemented after the latest run
    /// (R-REASSESSMENT-DUE, in reference order). nullopt for a file before assessment runs. A change
    /// counts as implemented on its implementation date, or, when that is empty and the change is done,
    /// on its planned date. Errors: Database.
    [[nodiscard]] static Result<std::optional<QList<AssessmentFinding>>> findings(const Database &db,
                                                                                  const QDate &today);

    /// The date the next run is due: the latest run's date plus the method's interval; nullopt when no
    /// run exists or the file predates runs. Errors: Database.
    [[nodiscard]] static Result<std::optional<QDate>> nextRunDue(const Database &db);
};

} // namespace isms
