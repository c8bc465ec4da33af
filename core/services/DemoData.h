// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "services/DemoRegisters.h"

#include <QDate>
#include <QString>

namespace isms {

class Database;

/// Fills a new project with a realistic, synthetic sample organisation. Deterministic: the same
/// program version always writes the same demo.
class DemoData final
{
public:
    /// The risks of the demo at its own size: one business unit (see DemoRegisters).
    static constexpr int RiskCount = DemoRegisters::RisksPerUnit;

    /// The most risks a scaled demo (`isms-cli new --demo --scale N`) may hold.
    static constexpr int MaxRiskCount = 1'000'000;

    /// The demo organisation's name.
    static QString organisation();

    /// Sets statuses, owners, notes and target dates across clauses and controls as one logged action,
    /// then writes the registers of DemoRegisters with `riskCount` risks (each record logged as a
    /// creation). `today` anchors every date (so the demo always looks current). Errors:
    /// InvalidArgument for a `riskCount` outside 1 to MaxRiskCount, and those of the services.
    [[nodiscard]] static Result<void> fill(Database &db, const QDate &today, int riskCount = RiskCount);
};

} // namespace isms
