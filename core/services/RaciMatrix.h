// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace isms {

class Database;
struct RecordContext;

/// A row of the RACI matrix: one ISMS process (the activities follow the organisation's own list).
struct RaciActivity
{
    RecordId process;
    QString ref;  ///< "PR-003"
    QString name; ///< "Customer support"
};

/// A column of the RACI matrix: one role.
struct RaciRole
{
    RecordId role;
    QString ref;    ///< "RL-002"
    QString name;   ///< "ISMS Manager"
    QString holder; ///< the holder's name; empty while no one holds the role
};

/// One filled cell: the link record and its letter.
struct RaciCell
{
    RecordId assignment; ///< the raci_assignment record; invalid for an empty cell
    QString ref;         ///< "RA-007"
    QString letter;      ///< "R", "A", "C", "I"; empty for an empty cell
};

/// The RACI matrix over the ISMS processes (rows, in reference order, retired ones left out) and the
/// roles (columns, in reference order): who does the work (R), who answers for it (A, exactly one per
/// activity), who is consulted (C) and who is informed (I). Each filled cell is a record of the `raci`
/// link register, unique per process and role. Read by the RACI page, its report and the readiness check.
class RaciMatrix final
{
public:
    /// Reads processes, roles, people and assignments. A file from before the roles register gives an
    /// empty matrix. Errors: Database.
    [[nodiscard]] static Result<RaciMatrix> load(const Database &db);

    const QList<RaciActivity> &activities() const { return m_activities; }

    const QList<RaciRole> &roles() const { return m_roles; }

    /// The cell of activity `row` and role `column`; an empty cell when nothing is assigned.
    RaciCell cell(qsizetype row, qsizetype column) const;

    /// How many roles are Accountable for activity `row`.
    int accountableCount(qsizetype row) const;

    /// How many cells are filled.
    qsizetype filledCount() const { return m_cells.size(); }

    /// The validate hook of the `raci` register: a role appears at most once per process.
    [[nodiscard]] static Result<void> validateAssignment(const EntitySpec &spec,
                                                         const Record &assignment,
                                                         const RecordContext &context);

    /// The batch hook: the same, between the rows of one import and against the project.
    static QList<std::pair<qsizetype, Error>> validateAssignments(const EntitySpec &spec,
                                                                  const QList<Record> &assignments,
                                                                  const RecordContext &context);

private:
    QList<RaciActivity> m_activities;
    QList<RaciRole> m_roles;
    QHash<std::pair<qint64, qint64>, RaciCell> m_cells; ///< by (process id, role id)
};

} // namespace isms
