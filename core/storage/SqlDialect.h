// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QString>
#include <QVariant>

#include <memory>

class QSqlDatabase;

namespace isms {

class BulkStatement;
class RowCursor;

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

    /// "INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ..." for `rows` rows, when the database gives the
    /// rows of one such statement consecutive new ids in their order, the last one being the
    /// connection's last insert id (SQLite, whose tables count ids up by AUTOINCREMENT); empty
    /// otherwise, and then rows are inserted one by one.
    virtual QString insertRows(const QString &table, const QStringList &columns, int rows) const;

    /// A statement that writes a consistent copy of the whole database to the file named by its one
    /// positional placeholder, which must not exist yet (SQLite: VACUUM INTO).
    virtual QString copyDatabaseInto() const = 0;

    /// A write statement with `parameterCount` positional placeholders, prepared once on `connection`
    /// for many runs (through the database's own interface where this build has it).
    [[nodiscard]] virtual Result<std::unique_ptr<BulkStatement>> prepareBulk(const QSqlDatabase &connection,
                                                                             const QString &statement,
                                                                             int parameterCount) const;

    /// The rows of a SELECT with positional `values`, read through the database's own interface
    /// where this build has it.
    [[nodiscard]] virtual Result<std::unique_ptr<RowCursor>> openCursor(const QSqlDatabase &connection,
                                                                        const QString &statement,
                                                                        const QList<QVariant> &values) const;

    /// The statement that reads a connection's setting for where it keeps scratch data (SQLite: what
    /// undoes one statement of several rows inside a long transaction), and the one that sets it,
    /// `value` being what the first read or empty for "in memory"; both empty where there is none.
    virtual QString readScratchSetting() const { return {}; }

    virtual QString setScratchSetting(const QVariant &value) const;

    /// The dialect of the project file.
    static const SqlDialect &sqlite();
};

/// Made before one large write transaction of statements of several rows (an import) and ended after
/// it: the connection keeps its scratch data in memory meanwhile (SQLite would otherwise write what
/// undoes each such statement to a temporary file once it passes 64 KiB: thousands of writes for an
/// import), and gets its own setting back at the end.
class ScopedMemoryScratch final
{
public:
    explicit ScopedMemoryScratch(const QSqlDatabase &connection);
    ~ScopedMemoryScratch();
    ScopedMemoryScratch(const ScopedMemoryScratch &) = delete;
    ScopedMemoryScratch &operator=(const ScopedMemoryScratch &) = delete;

private:
    QString m_connectionName;
    QString m_restore;
};

} // namespace isms
