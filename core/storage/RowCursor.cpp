// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/RowCursor.h"

#include "storage/SqlHelpers.h"
#include "storage/SqliteHandle.h"

#include <QSqlError>
#include <QSqlQuery>

namespace isms {

namespace {

/// Through QSqlQuery, for a driver whose native handle is not available to this build.
class QtRowCursor final : public RowCursor
{
public:
    explicit QtRowCursor(const QSqlDatabase &connection)
        : m_query(connection)
    {
        m_query.setForwardOnly(true);
    }

    Result<void> exec(const QString &statement, const QList<QVariant> &values)
    {
        return sql::execWith(m_query, statement, values);
    }

    Result<bool> next() override
    {
        if (m_query.next()) {
            return true;
        }
        if (m_query.lastError().isValid()) {
            return sql::queryError(m_query, QStringLiteral("execute"));
        }
        return false;
    }

    bool isNull(int column) const override { return m_query.isNull(column); }

    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }

    QString text(int column) const override { return m_query.value(column).toString(); }

private:
    QSqlQuery m_query;
};

#ifdef ISMS_SQLITE_C_API

/// Straight through the SQLite connection that Qt's driver opened, on the connection's thread.
class SqliteRowCursor final : public RowCursor
{
public:
    SqliteRowCursor(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db)
        , m_statement(statement)
    {}

    ~SqliteRowCursor() override { sqlite3_finalize(m_statement); }

    SqliteRowCursor(const SqliteRowCursor &) = delete;
    SqliteRowCursor &operator=(const SqliteRowCursor &) = delete;

    /// Binds as Qt's SQLite driver does, so that both cursors read the same rows for any value: null,
    /// integers and booleans as integers, fractions as reals, everything else as UTF-8 text.
    Result<void> bind(const QList<QVariant> &values)
    {
        int index = 0;
        for (const QVariant &value : values) {
            ++index;
            int bound = SQLITE_OK;
            switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
            case QMetaType::UnknownType:
                bound = sqlite3_bind_null(m_statement, index);
                break;
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
                bound = sqlite3_bind_int64(m_statement, index, value.toLongLong());
                break;
            case QMetaType::Double:
                bound = sqlite3_bind_double(m_statement, index, value.toDouble());
                break;
            default: {
                const QByteArray utf8 = value.toString().toUtf8();
                bound = sqlite3_bind_text(m_statement,
                                          index,
                                          utf8.constData(),
                                          static_cast<int>(utf8.size()),
                                          SQLITE_TRANSIENT);
                break;
            }
            }
            if (bound != SQLITE_OK) {
                return error(QStringLiteral("bind"));
            }
        }
        return {};
    }

    Result<bool> next() override
    {
        const int stepped = sqlite3_step(m_statement);
        if (stepped == SQLITE_ROW) {
            return true;
        }
        if (stepped == SQLITE_DONE) {
            return false;
        }
        return error(QStringLiteral("execute"));
    }

    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }

    QString text(int column) const override
    {
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column)) : QString();
    }

    Error error(const QString &what) const { return sqliteStatementError(m_db, m_statement, what); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};

#endif

} // namespace

Result<std::unique_ptr<RowCursor>> openRowCursor(const QSqlDatabase &connection,
                                                 const QString &statement,
                                                 const QList<QVariant> &values)
{
#ifdef ISMS_SQLITE_C_API
    if (sqlite3 *db = sqliteHandle(connection)) {
        auto prepared = sqlitePrepare(db, statement, 0);
        if (!prepared) {
            return prepared.error();
        }
        auto cursor = std::make_unique<SqliteRowCursor>(db, *prepared);
        if (auto bound = cursor->bind(values); !bound) {
            return bound.error();
        }
        return std::unique_ptr<RowCursor>(std::move(cursor));
    }
#endif
    return openQtRowCursor(connection, statement, values);
}

Result<std::unique_ptr<RowCursor>> openQtRowCursor(const QSqlDatabase &connection,
                                                   const QString &statement,
                                                   const QList<QVariant> &values)
{
    auto cursor = std::make_unique<QtRowCursor>(connection);
    if (auto done = cursor->exec(statement, values); !done) {
        return done.error();
    }
    return std::unique_ptr<RowCursor>(std::move(cursor));
}

} // namespace isms
