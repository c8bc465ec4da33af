// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace isms {

class Database;

/// Something the nonconformities, corrective actions, incidents or suppliers leave unsettled.
struct ImprovementFinding
{
    QString rule;    ///< stable id: "R-NC-NO-ACTION", "R-CA-OVERDUE"...
    QString kind;    ///< the register to fix ("nonconformities"), its EntitySpec key
    QString ref;     ///< the record to fix ("NC-002")
    QString message; ///< translated sentence naming the record
};

/// The rules of 10.2 and of Annex A 5.19-5.28 that span records and the calendar: an open nonconformity
/// has its root cause within 30 days of being raised and a corrective action; a closed one had an
/// effective review (closed outside the program otherwise); corrective actions are done by their due
/// date; a resolved or closed incident states its lessons learned; suppliers are reviewed when due and
/// a high or critical one has security requirements.
class ImprovementRules final
{
public:
    /// Days after which an open nonconformity without a root cause is a point.
    static constexpr int RootCauseDays = 30;

    /// The unsettled points on `today`: nonconformities, corrective actions, incidents, suppliers, each
    /// in reference order. A file from before these registers gives none. Errors: Database.
    [[nodiscard]] static Result<QList<ImprovementFinding>> findings(const Database &db, const QDate &today);
};

} // namespace isms
