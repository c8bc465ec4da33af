// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace isms {

class Database;

/// The nonconformity and corrective-action register (10.2) and a summary of incidents and suppliers
/// (Annex A 5.19-5.28) as report blocks, for the nonconformity report and the audit pack. All text is
/// printed as typed, never as markup.
class NonconformityRegisterSection final
{
    Q_DECLARE_TR_FUNCTIONS(isms::NonconformityRegisterSection)

public:
    /// Level 1 heading "Nonconformities and corrective actions": counts, every nonconformity with its
    /// source, classification, root cause, status and effectiveness review, then every corrective action
    /// with its nonconformity, owner, due date and status (overdue ones marked). With `since` (a
    /// surveillance period) only the nonconformities raised or closed from that day on and those still
    /// open, with their actions. Errors: Database.
    [[nodiscard]] static Result<void> append(const Database &db,
                                             const QDate &today,
                                             QList<ReportBlock> &blocks,
                                             std::optional<QDate> since = {});

    /// Level 1 headings "Incidents" and "Suppliers": each register as a table with its counts. With
    /// `since`, only the incidents that occurred from that day on and those not closed; the supplier
    /// register is a standing list and prints whole. Errors: Database.
    [[nodiscard]] static Result<void> appendIncidentsAndSuppliers(const Database &db,
                                                                  const QDate &today,
                                                                  QList<ReportBlock> &blocks,
                                                                  std::optional<QDate> since = {});
};

/// The nonconformity report of `isms-cli export nonconformities FILE -o OUT.pdf`: the register section
/// and the incidents and suppliers summary, in landscape.
class NonconformityReport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::NonconformityReport)

public:
    /// "ISMS-RPT-NC"
    static QString documentId();

    /// Builds the report. Errors: Database.
    [[nodiscard]] static Result<ReportDocument> build(Database &db, const ReportOptions &options);
};

} // namespace isms
