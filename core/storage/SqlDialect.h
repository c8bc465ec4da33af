// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

class QSqlDatabase;

namespace isms {

class BulkStatement;

/// The few places where SQL differs between database systems, so that the repositories speak portable
/// SQL everywhere else. SQLite is the only dialect today; PostgreSQL (Qt's QPSQL) is the next.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /// An identifier quoted for the dialect ("name" in both SQLite and PostgreSQL).
    virtual QString quote(const QString &identifier) const;

    /// A text constant as an SQL literal ('control'); for values of the specs, never for user input.
    virtual QString literal(const QString &text) const;

    /// "INSERT INTO t (a, b) VALUES (?, ?)" plus what makes the statement return the new row's id.
    virtual QString insertReturningId(const QString &table, const QStringList &columns) const = 0;

    /// A statement that writes a consistent copy of the whole database to the file named by its one
    /// positional placeholder, which must not exist yet (SQLite: VACUUM INTO).
    virtual QString copyDatabaseInto() const = 0;

    /// A write statement with `parameterCount` positional placeholders, prepared once on `connection`
    /// for many runs (through the database's own interface where this build has it).
    [[nodiscard]] virtual Result<std::unique_ptr<BulkStatement>> prepareBulk(const QSqlDatabase &connection,
                                                                             const QString &statement,
                                                                             int parameterCount) const;

    /// The dialect of the project file.
    static const SqlDialect &sqlite();
};

} // namespace isms
