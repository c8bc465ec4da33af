// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "services/IsmsCalendar.h"

namespace isms {

/// The calendar's providers of today's registers, one per source (IsmsCalendar::providers lists them).
/// Each reads its register only when the file has it.
class CalendarProviders final
{
public:
    /// The next risk assessment run: the latest run's date plus the method's interval (8.2).
    static CalendarProvider assessmentRun();

    /// Each open risk's next review date.
    static CalendarProvider riskReviews();

    /// Each treatment task that is not done or cancelled, by its due date; it opens its risk.
    static CalendarProvider treatmentTasks();

    /// Each open action on a risk or opportunity of the ISMS (6.1.1), by its due date.
    static CalendarProvider ismsRiskActions();

    /// Each objective still pursued, by its due date (6.2).
    static CalendarProvider objectives();

    /// Each process that is not retired: IsmsCalendar::ProcessReviewMonths after its last review, or
    /// today when it was never reviewed (4.4, 8.1).
    static CalendarProvider processReviews();

    /// Each evidence file with an expiry date; it opens the record it proves (7.5).
    static CalendarProvider evidenceExpiry();

    /// The next review of every current document of the documented-information register (7.5).
    static CalendarProvider documentReviews();

    /// The next measurement of every active metric: its last measurement plus its period (9.1); a metric
    /// never measured is due today.
    static CalendarProvider metricMeasurements();
    /// Corrective actions planned or in progress, by their due date (10.2).
    static CalendarProvider correctiveActions();
    /// Suppliers not offboarded, by their next review (Annex A 5.22).
    static CalendarProvider supplierReviews();
};

} // namespace isms
