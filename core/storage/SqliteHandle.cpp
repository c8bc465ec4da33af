// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/SqliteHandle.h"

#ifdef ISMS_SQLITE_C_API

#include "storage/SqlHelpers.h"

#include <QSqlDriver>
#include <QVariant>

namespace isms {

sqlite3 *sqliteHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<sqlite3_stmt *> sqlitePrepare(sqlite3 *db, const QString &statement, unsigned int flags)
{
    const QByteArray text = statement.toUtf8();
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v3(db, text.constData(), static_cast<int>(text.size()), flags, &prepared, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(prepared);
        return sql::driverError(
            QString::number(sqlite3_errcode(db) & 0xff),
            QStringLiteral("prepare"),
            QStringLiteral("prepare: %1 [%2]").arg(QString::fromUtf8(sqlite3_errmsg(db)), statement));
    }
    return prepared;
}

Error sqliteStatementError(sqlite3 *db, sqlite3_stmt *statement, const QString &what)
{
    return sql::driverError(
        QString::number(sqlite3_errcode(db) & 0xff),
        what,
        QStringLiteral("%1: %2 [%3]")
            .arg(what, QString::fromUtf8(sqlite3_errmsg(db)), QString::fromUtf8(sqlite3_sql(statement))));
}

} // namespace isms

#endif
