// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"
#include "domain/RiskMethod.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace isms {

class Database;

/// How many risks fall into each cell of the matrix: counts[likelihood - 1][impact - 1].
struct HeatMapCounts
{
    QList<QList<int>> counts;
    int unrated = 0; ///< risks without both ratings

    int at(int likelihoodValue, int impactValue) const;
    int total() const;
};

/// One row of the treatment plan: a task with its risk.
struct TreatmentPlanRow
{
    RecordId task;
    QString ref;
    RecordId risk;
    QString riskRef;
    QString riskTitle;
    QString riskLevel; ///< current level name of the risk
    QString title;
    QString owner;
    QDate due;      ///< invalid when no due date is set
    QString status; ///< task status keyword
    bool overdue = false;
};

/// The state of the risk register at a glance: for the dashboard, the heat maps and the reports.
struct RiskOverview
{
    RiskMethod method;
    int total = 0;
    HeatMapCounts current;
    HeatMapCounts residual;
    QList<int> perLevel;         ///< current level: index level - 1
    QList<int> residualPerLevel; ///< residual level (the current one for risks not yet re-rated)
    QStringList awaitingSignoff; ///< references of risks without a sign-off (closed risks excepted)
    QStringList aboveThreshold;  ///< references whose residual level is above the acceptance threshold
    QStringList reviewOverdue;   ///< references whose next review date has passed
    int openTasks = 0;
    int overdueTasks = 0;
};

/// Reads across the risk register, its tasks and the method (REGISTERS.md decision 7: rules that span
/// records live in a service of their own).
class RiskRegister final
{
public:
    /// Errors: Database.
    [[nodiscard]] static Result<RiskOverview> overview(const Database &db, const QDate &today);

    /// The overview of `risks` (every record of the risk register) and `plan` (treatmentPlan()) under
    /// `method`, for a caller that has read them already; overview() reads them and calls this.
    static RiskOverview overviewOf(const QList<Record> &risks,
                                   const QList<TreatmentPlanRow> &plan,
                                   const RiskMethod &method,
                                   const QDate &today);

    /// Every treatment task by due date (tasks without one last), then owner; done and cancelled tasks
    /// too, never overdue. Errors: Database.
    [[nodiscard]] static Result<QList<TreatmentPlanRow>> treatmentPlan(const Database &db,
                                                                       const QDate &today);

    /// True when a task with this due date and status keyword is overdue on `today`.
    static bool isOverdue(const QDate &due, const QString &status, const QDate &today);
};

} // namespace isms
