// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#ifdef ISMS_SQLITE_C_API

#include "common/Result.h"

#include <QSqlDatabase>

#include <sqlite3.h>

namespace isms {

/// Storage-internal: the SQLite connection under Qt's SQLite driver, or null when `connection` is
/// another driver. Used on the connection's thread, inside the transactions begun through Qt.
sqlite3 *sqliteHandle(const QSqlDatabase &connection);

/// `statement` prepared on `db` with SQLite's prepare `flags`, or the error as the driver words it.
/// The caller finalises the statement.
[[nodiscard]] Result<sqlite3_stmt *> sqlitePrepare(sqlite3 *db, const QString &statement, unsigned int flags);

/// The error of the last call on `db`, made while `what` (bind, execute...) ran `statement`.
Error sqliteStatementError(sqlite3 *db, sqlite3_stmt *statement, const QString &what);

} // namespace isms

#endif
