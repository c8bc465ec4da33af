// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QString>

class QSqlQuery;

namespace isms {

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

    /// The id of the row the last insertReturningId() statement inserted.
    virtual qint64 insertedId(QSqlQuery &query) const = 0;

    /// The dialect of the project file.
    static const SqlDialect &sqlite();
};

} // namespace isms
