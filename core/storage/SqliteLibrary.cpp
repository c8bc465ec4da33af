// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/SqliteLibrary.h"

#ifdef ISMS_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace isms {

namespace {

bool configure()
{
#ifdef ISMS_SQLITE_C_API
    // sqlite3_config() only works before the library starts (the first connection starts it) and
    // refuses with SQLITE_MISUSE after; then nothing changed.
    const bool threads = sqlite3_config(SQLITE_CONFIG_MULTITHREAD) == SQLITE_OK;
    const bool statistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    return threads && statistics;
#else
    return false;
#endif
}

bool &prepared()
{
    // A function's static: made once, and other threads wait until it is.
    static bool done = configure();
    return done;
}

} // namespace

void prepareSqliteLibrary()
{
    (void)prepared();
}

bool sqliteLibraryPrepared()
{
    return prepared();
}

} // namespace isms
