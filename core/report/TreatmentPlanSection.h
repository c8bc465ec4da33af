// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/RiskMethod.h"
#include "report/ReportDocument.h"
#include "services/RiskRegister.h"

#include <QCoreApplication>

namespace isms {

/// How many treatment tasks are in which state.
struct TreatmentPlanFigures
{
    int total = 0;
    int open = 0; ///< open or in progress
    int overdue = 0;
    int done = 0;
    int cancelled = 0;
    int withoutDueDate = 0; ///< open tasks without one
};

/// The treatment plan as the risk report and the treatment plan report print it: a summary, and every
/// task by due date then owner with its risk, overdue tasks marked in words and in colour.
class TreatmentPlanSection final
{
    Q_DECLARE_TR_FUNCTIONS(isms::TreatmentPlanSection)

public:
    static TreatmentPlanFigures figures(const QList<TreatmentPlanRow> &plan);

    /// The figures as a list of labels and counts.
    static ReportKeyValueList summary(const TreatmentPlanFigures &figures);

    /// The tasks of `plan` as a table (empty rows when the plan is empty).
    static ReportTable table(const QList<TreatmentPlanRow> &plan, const RiskMethod &method);

    /// "Overdue": the mark of an overdue task.
    static QString overdueText();

    /// The whole section with its level 1 heading "Treatment plan": summary, then every task.
    static void append(QList<ReportBlock> &blocks,
                       const QList<TreatmentPlanRow> &plan,
                       const RiskMethod &method,
                       const QDate &today);
};

} // namespace isms
