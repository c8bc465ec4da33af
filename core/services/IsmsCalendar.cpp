// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/IsmsCalendar.h"

#include "services/CalendarProviders.h"

#include <algorithm>

namespace isms {

const QList<CalendarProvider> &IsmsCalendar::providers()
{
    // A register with dated duties adds its provider here (audits and reviews when they exist).
    static const QList<CalendarProvider> all{
        CalendarProviders::assessmentRun(),
        CalendarProviders::riskReviews(),
        CalendarProviders::treatmentTasks(),
        CalendarProviders::ismsRiskActions(),
        CalendarProviders::objectives(),
        CalendarProviders::processReviews(),
        CalendarProviders::evidenceExpiry(),
        CalendarProviders::documentReviews(),
        CalendarProviders::metricMeasurements(),
        CalendarProviders::correctiveActions(),
        CalendarProviders::supplierReviews(),
    };
    return all;
}

QString IsmsCalendar::dutyId(const QString &kind, const QString &ref, const QString &duty)
{
    return kind + u'/' + ref + u'/' + duty;
}

Result<QList<CalendarDuty>> IsmsCalendar::duties(const Database &db, const QDate &today)
{
    QList<CalendarDuty> all;
    for (const CalendarProvider &provider : providers()) {
        auto duties = provider.duties(db, today);
        if (!duties) {
            return duties.error();
        }
        for (CalendarDuty &duty : *duties) {
            duty.overdue = duty.due < today;
            all.append(std::move(duty));
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const CalendarDuty &a, const CalendarDuty &b) {
        if (a.overdue != b.overdue) {
            return a.overdue;
        }
        if (a.due != b.due) {
            return a.due < b.due;
        }
        return a.id < b.id;
    });
    return all;
}

Result<QList<CalendarDuty>> IsmsCalendar::overdue(const Database &db, const QDate &today)
{
    auto all = duties(db, today);
    if (!all) {
        return all;
    }
    all->removeIf([](const CalendarDuty &duty) { return !duty.overdue; });
    return all;
}

} // namespace isms
