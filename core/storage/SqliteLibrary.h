// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

namespace isms {

/// Sets the SQLite library up for the way this program uses it, once, before its first connection
/// (every place that opens one calls this first; later calls do nothing):
/// - multi-thread mode: each connection and its statements are used by one thread at a time (as Qt
///   requires of a QSqlDatabase: every thread here opens its own), so SQLite need not lock a
///   connection's mutex around every call, which its default serialised mode does;
/// - no memory statistics, which take a global lock on every allocation and which nothing here reads.
/// Without the library's own interface in this build (ISMS_SQLITE_C_API), or when something started
/// SQLite before, the library keeps its defaults: the same results, a little slower.
void prepareSqliteLibrary();

/// Whether prepareSqliteLibrary() set the library up (false where it could not, see above).
bool sqliteLibraryPrepared();

} // namespace isms
