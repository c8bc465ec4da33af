// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace isms {

class Database;

/// The records of one register that serve a clause: the register and the references of its records.
struct ClauseRecordGroup
{
    QString kind;         ///< the register's EntitySpec key ("context-issues")
    QString label;        ///< its translated plural ("Context issues")
    QString entity;       ///< its change-log entity, to open its page
    QStringList refs;     ///< the shown references of its records ("CI-001"), in register order
    QStringList logIds;   ///< the change-log ids that open each record (row ids), in the same order
    QStringList captions; ///< each record's first text field after its reference (a title, a name)
    /// For the documented-information register: only the documents that name the clause.
    bool namingOnly = false;
};

/// Which registers hold the records that fulfil each clause of 4 to 10 (4.1 the context issues, 6.1.3
/// the risks, their tasks and the SoA's controls...), for the clause pages and reports. A clause with
/// subclauses gathers theirs; documents of the documented-information register count for the clauses
/// they name.
class ClauseRecords final
{
public:
    /// The register keys that serve `clause` ("6.1.3"), without those of its subclauses. Registers that
    /// this build does not have are left out.
    static QStringList registersOf(const QString &clause);

    /// The records that serve `clause` and its subclauses, one group per register that holds any, in
    /// navigation order. Errors: Database.
    [[nodiscard]] static Result<QList<ClauseRecordGroup>> read(const Database &db, const QString &clause);
};

} // namespace isms
