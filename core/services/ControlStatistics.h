// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/Requirement.h"

#include <QDate>
#include <QList>

#include <array>

namespace isms {

/// Counts of controls by theme and status: the dashboard's numbers and the status charts' data.
struct StatusSummary
{
    /// count[theme][status], indexed by the enums' underlying values.
    std::array<std::array<int, AllStatuses.size()>, AllThemes.size()> count{};

    int total() const;
    int byStatus(ImplementationStatus status) const;
    int byTheme(Theme theme) const;
    int at(Theme theme, ImplementationStatus status) const;
    /// Implemented, plus not applicable, over all: the share of controls that need no more work.
    double completion() const;
};

/// What needs the ISMS manager's attention among clauses and controls.
struct AttentionCounts
{
    int overdue = 0;       ///< past their target date and neither implemented nor not applicable
    int unowned = 0;       ///< applicable controls without an owner
    int openDocuments = 0; ///< clauses that ask for documented information and are not complete
};

class ControlStatistics final
{
public:
    static StatusSummary summarize(const QList<Control> &controls);

    /// The same counts for clause requirements (all in one row; theme index 0).
    static std::array<int, AllStatuses.size()> summarizeClauses(const QList<Clause> &clauses);

    /// The counts of the dashboard's "Needs attention" card, as of `today`.
    static AttentionCounts attention(const QList<Control> &controls,
                                     const QList<Clause> &clauses,
                                     const QDate &today);

    /// True when a requirement is past its target date on `today` and still has work to do.
    static bool isOverdue(const RequirementTracking &tracking, const QDate &today);
};

} // namespace isms
