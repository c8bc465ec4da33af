// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ControlStatistics.h"

namespace isms {

namespace {

std::size_t indexOf(ImplementationStatus status)
{
    return static_cast<std::size_t>(status);
}

std::size_t indexOf(Theme theme)
{
    return static_cast<std::size_t>(theme);
}

} // namespace

int StatusSummary::total() const
{
    int sum = 0;
    for (const auto &row : count) {
        for (const int value : row) {
            sum += value;
        }
    }
    return sum;
}

int StatusSummary::byStatus(ImplementationStatus status) const
{
    int sum = 0;
    for (const auto &row : count) {
        sum += row.at(indexOf(status));
    }
    return sum;
}

int StatusSummary::byTheme(Theme theme) const
{
    int sum = 0;
    for (const int value : count.at(indexOf(theme))) {
        sum += value;
    }
    return sum;
}

int StatusSummary::at(Theme theme, ImplementationStatus status) const
{
    return count.at(indexOf(theme)).at(indexOf(status));
}

double StatusSummary::completion() const
{
    const int all = total();
    if (all == 0) {
        return 0.0;
    }
    const int done =
        byStatus(ImplementationStatus::Implemented) + byStatus(ImplementationStatus::NotApplicable);
    return static_cast<double>(done) / all;
}

StatusSummary ControlStatistics::summarize(const QList<Control> &controls)
{
    StatusSummary summary;
    for (const Control &control : controls) {
        ++summary.count.at(indexOf(control.theme)).at(indexOf(control.tracking.status));
    }
    return summary;
}

std::array<int, AllStatuses.size()> ControlStatistics::summarizeClauses(const QList<Clause> &clauses)
{
    std::array<int, AllStatuses.size()> counts{};
    for (const Clause &clause : clauses) {
        ++counts.at(indexOf(clause.tracking.status));
    }
    return counts;
}

namespace {

bool isComplete(ImplementationStatus status)
{
    return status == ImplementationStatus::Implemented || status == ImplementationStatus::NotApplicable;
}

} // namespace

bool ControlStatistics::isOverdue(const RequirementTracking &tracking, const QDate &today)
{
    return tracking.targetDate.isValid() && tracking.targetDate < today && !isComplete(tracking.status);
}

AttentionCounts ControlStatistics::attention(const QList<Control> &controls,
                                             const QList<Clause> &clauses,
                                             const QDate &today)
{
    AttentionCounts counts;
    for (const Control &control : controls) {
        counts.overdue += isOverdue(control.tracking, today) ? 1 : 0;
        const bool applicable = control.tracking.status != ImplementationStatus::NotApplicable;
        counts.unowned += applicable && control.tracking.owner.trimmed().isEmpty() ? 1 : 0;
    }
    for (const Clause &clause : clauses) {
        counts.overdue += isOverdue(clause.tracking, today) ? 1 : 0;
        counts.openDocuments +=
            !clause.documentedInformation.isEmpty() && !isComplete(clause.tracking.status) ? 1 : 0;
    }
    return counts;
}

} // namespace isms
