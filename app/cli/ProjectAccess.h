// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QCommandLineOption>
#include <QString>

#include <memory>

namespace isms {
class Database;
} // namespace isms

namespace isms::cli {

class Invocation;

class Console;

/// The name that isms-cli writes to the change log: the ISMS_ACTOR environment variable when set (for
/// scripts and tests), otherwise the name set in the preferences, otherwise the OS user name.
QString actorName();

/// Opens a project for a command that only reads it. The file is opened read-only and never written:
/// a file of an older format, or one left half-saved by a crash, is read through a temporary working
/// copy; a note on stderr says so.
Result<std::unique_ptr<Database>> openForReading(const QString &path, Console &console);

/// openForReading() for a command that reads a while before it writes its result (a report): the
/// check of every page runs on a worker thread meanwhile (Database::startPageCheck()), and the command
/// calls Database::finishPageCheck() before it writes anything.
Result<std::unique_ptr<Database>> openForReadingWhileChecking(const QString &path, Console &console);

/// Whose lock a command that changes a project may take over.
enum class LockTakeOver
{
    OnlyStale, ///< only a lock left by a program that is no longer running on this computer
    Any,       ///< also one held on another computer or by a running program (--take-over-lock)
};

/// The option "--take-over-lock", which every command that changes a project offers.
QCommandLineOption takeOverLockOption();
/// Compares `db`'s change log with the head this computer saw last (a warning line on stderr when
/// entries it saw are gone or rewritten) and remembers the head once, when `db` is closed, with every
/// change made through it. openForReading() and openForChange() call it; `new` calls it for the file it
/// creates.
void watchHistory(Database &db, Console &console);

/// Opens a project read-write for a command that changes it, taking its lock, with the change log's
/// actor set. An older file is upgraded after a backup copy, and a half-saved one restored; a note on
/// stderr says so. A refusal because of the lock says who holds it and how to take it over.
/// With `checkWhileWorking`, the check of every page runs on a worker thread meanwhile (see
/// openForReadingWhileChecking()); the first change waits for it.
Result<std::unique_ptr<Database>> openForChange(const QString &path,
                                                Console &console,
                                                LockTakeOver takeOver = LockTakeOver::OnlyStale,
                                                bool checkWhileWorking = false);

/// For an import: openForReadingWhileChecking() on a dry run, else openForChange() with the pages
/// checked while working, taking over any lock when the invocation has --take-over-lock. The import
/// calls Database::finishPageCheck() after its preview, before it reports anything.
Result<std::unique_ptr<Database>> openForImport(const QString &path,
                                                Console &console,
                                                const Invocation &invocation,
                                                bool dryRun);

} // namespace isms::cli
