// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

namespace isms {
class Database;
} // namespace isms

namespace isms::cli {

class Console;

/// The name that isms-cli writes to the change log: the ISMS_ACTOR environment variable when set (for
/// scripts and tests), otherwise the name set in the preferences, otherwise the OS user name.
QString actorName();

/// Opens a project for a command that only reads it. The file is opened read-only, so a refused or
/// merely inspected file is never touched. A file with an older schema is migrated instead (that
/// needs a read-write open and writes a backup copy first); a note on stderr says so.
Result<std::unique_ptr<Database>> openForReading(const QString &path, Console &console);

/// Compares `db`'s change log with the head this computer saw last (a warning line on stderr when
/// entries it saw are gone or rewritten) and remembers the head again after every change made through
/// `db`. openForReading() and openForChange() call it; `new` calls it for the file it creates.
void watchHistory(Database &db, Console &console);

/// Opens a project read-write for a command that changes it, taking its lock, with the change log's
/// actor set.
Result<std::unique_ptr<Database>> openForChange(const QString &path, Console &console);

} // namespace isms::cli
