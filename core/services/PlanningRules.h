// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace isms {

class Database;

/// Something the planning of clause 6 (ISMS risks and opportunities, objectives, planned changes)
/// leaves unsettled.
struct PlanningFinding
{
    QString rule;    ///< stable id: "R-ISMSRISK-NO-ACTION", "R-OBJECTIVE-NO-MEASURE"...
    QString kind;    ///< the register to fix ("objectives"), its EntitySpec key
    QString ref;     ///< the record to fix ("OBJ-002")
    QString message; ///< translated sentence naming the record
};

/// The rules of 6.1.1, 6.2 and 6.3 (with 8.1) that span a record's fields and the calendar: every ISMS
/// risk or opportunity has an action, done by its due date; every objective has a measurable target
/// and is achieved by its due date; a done change was reviewed for unintended consequences, and a
/// significant one says how the risks were reassessed.
class PlanningRules final
{
public:
    /// The unsettled points on `today`, ISMS risks first, then objectives, then changes, each in
    /// reference order. A file from before the planning registers gives none. Errors: Database.
    [[nodiscard]] static Result<QList<PlanningFinding>> findings(const Database &db, const QDate &today);
};

} // namespace isms
