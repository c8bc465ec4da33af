// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/RiskMethod.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QDate>

namespace isms {

/// Table cells the risk reports share: plain text, risk levels in the method's colours with their
/// names (readable in greyscale too), dates and the overdue mark.
class RiskCells final
{
    Q_DECLARE_TR_FUNCTIONS(isms::RiskCells)

public:
    /// "—": a field without a value.
    static QString none();

    static ReportTableCell text(const QString &text, bool bold = false);

    /// A cell in `colour` with text in black or white, whichever reads better on it.
    static ReportTableCell coloured(const QString &text, const QColor &colour, bool bold = false);

    /// The level's name on the level's colour; "Not rated" on the plain background for 0.
    static ReportTableCell level(const RiskMethod &method, int level);

    /// The level's name over the rating ("High" over "4 × 3": likelihood times impact) on the level's
    /// colour; "Not rated" on the plain background without both ratings.
    static ReportTableCell rating(const RiskMethod &method, int level, int likelihood, int impact);

    /// The level named `name` (1-based), or 0.
    static int levelNamed(const RiskMethod &method, const QString &name);

    /// A rating step as a number, or none() for 0.
    static QString step(int value);

    /// A date as YYYY-MM-DD, or none() when invalid.
    static QString date(const QDate &date);

    /// The light red behind overdue dates and tasks; overdue cells also say so in words.
    static QColor overdueTint();

    /// The light amber behind what still waits for a sign-off; those cells also say so in words.
    static QColor pendingTint();
};

} // namespace isms
