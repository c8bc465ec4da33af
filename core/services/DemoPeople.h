// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QDate>
#include <QList>

namespace isms {

class Database;

/// The people of the demo organisation and their part in the ISMS, written by us: eight people (two
/// of them top management), their roles with both assignments of 5.3, a RACI matrix over the demo
/// processes, competences, trainings with an awareness campaign, and the communication plan. One gap
/// is left on purpose for the readiness check: no role is Accountable for payroll in the RACI matrix.
/// Runs after DemoProcesses; the same `today` always gives the same records.
class DemoPeople final
{
public:
    /// Creates the people through RecordService and returns their ids, in the order written.
    [[nodiscard]] static Result<QList<RecordId>> writePeople(Database &db);

    /// Writes the people, then the roles, RACI, competences, trainings and communications.
    [[nodiscard]] static Result<void> write(Database &db, const QDate &today);
};

} // namespace isms
