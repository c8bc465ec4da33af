// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#ifdef ISMS_SQLITE_C_API

#include <QSqlDatabase>

#include <sqlite3.h>

namespace isms {

/// Storage-internal: the SQLite connection under Qt's SQLite driver, or null when `connection` is
/// another driver. Used on the connection's thread, inside the transactions begun through Qt.
sqlite3 *sqliteHandle(const QSqlDatabase &connection);

} // namespace isms

#endif
