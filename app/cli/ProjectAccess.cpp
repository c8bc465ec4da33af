// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "ProjectAccess.h"

#include "Command.h"
#include "Console.h"
#include "services/ChangeNotifier.h"
#include "services/HistoryAnchor.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/ProjectLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <memory>

namespace isms::cli {

namespace {

class ProjectAccessText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::ProjectAccess)
};

const QString TakeOverLockName = QStringLiteral("take-over-lock");

/// The refusal for a locked project, for a command line: who holds the lock and how to take it over.
Error lockedError(const QString &path, const Error &refusal)
{
    const std::optional<LockInfo> holder = ProjectLock::inspect(path);
    if (!holder) {
        return refusal; // released in the meantime; the core's sentence still says what happened
    }
    const auto known = [](const QString &text) { return text.isEmpty() ? QStringLiteral("?") : text; };
    const QString since = holder->sinceUtc.isValid()
                              ? QLocale().toString(holder->sinceUtc.toLocalTime(), QLocale::ShortFormat)
                              : ProjectAccessText::tr("an unknown time");
    return Error{ErrorCode::Locked,
                 ProjectAccessText::tr("%1 is being edited by %2 on %3 since %4; close it there, or run "
                                       "the command again with --%5 if nobody is working on it any more.")
                     .arg(QDir::toNativeSeparators(path),
                          known(holder->user),
                          known(holder->host),
                          since,
                          TakeOverLockName),
                 refusal.detail};
}

/// Says on stderr what opening did (an interrupted save restored, an older file upgraded).
Result<std::unique_ptr<Database>> withNotices(Result<std::unique_ptr<Database>> db, Console &console)
{
    if (db) {
        for (const QString &notice : (*db)->notices()) {
            console.note(notice);
        }
    }
    return db;
}

} // namespace

void watchHistory(Database &db, Console &console)
{
    // Compared on opening and remembered once, when the project is closed, with whatever the command
    // appended: the settings file is rewritten and synced once per run (one settings object, which also
    // holds what a first run writes on its own, such as the settings' version).
    auto settings = std::make_shared<AppSettings>();
    const auto outcome = HistoryAnchor(*settings).compare(db);
    if (outcome && outcome->isWarning()) {
        console.note(outcome->message);
    }
    // The notifier belongs to the Database, so the connection ends with it.
    QObject::connect(db.notifier(), &ChangeNotifier::closing, db.notifier(), [&db, settings] {
        HistoryAnchor anchor(*settings);
        (void)anchor.verify(db);
    });
}

QString actorName()
{
    const QString fromEnvironment = qEnvironmentVariable("ISMS_ACTOR").trimmed();
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    const AppSettings settings;
    return settings.effectiveActorName();
}

namespace {

Result<std::unique_ptr<Database>> openReadOnly(const QString &path, Console &console, bool deferPageCheck)
{
    // Read-only never writes: a file left half-saved or of an older format is read through a
    // temporary working copy, and the original and its folder stay as they are.
    Database::OpenOptions options;
    options.access = Database::Access::ReadOnly;
    options.actor = actorName();
    options.deferPageCheck = deferPageCheck;
    auto db = withNotices(Database::open(path, options), console);
    if (db) {
        (*db)->startPageCheck(); // when deferred
    }
    // A working copy of an older file gets a new project id when it is upgraded; it is not the file
    // whose history this computer remembers.
    if (db && !(*db)->readsWorkingCopy()) {
        watchHistory(**db, console);
    }
    return db;
}

} // namespace

Result<std::unique_ptr<Database>> openForReading(const QString &path, Console &console)
{
    return openReadOnly(path, console, false);
}

Result<std::unique_ptr<Database>> openForReadingWhileChecking(const QString &path, Console &console)
{
    return openReadOnly(path, console, true);
}

QCommandLineOption takeOverLockOption()
{
    return QCommandLineOption(TakeOverLockName,
                              ProjectAccessText::tr("Take over the project's lock from another program or "
                                                    "computer; only when nobody is working on it there."));
}

Result<std::unique_ptr<Database>> openForChange(const QString &path,
                                                Console &console,
                                                LockTakeOver takeOver,
                                                bool checkWhileWorking)
{
    Database::OpenOptions options;
    options.access = Database::Access::ReadWrite;
    options.takeOverStaleLock = true;
    options.forceTakeOverLock = takeOver == LockTakeOver::Any;
    options.actor = actorName();
    options.deferPageCheck = checkWhileWorking;
    auto db = Database::open(path, options);
    if (!db && db.error().code == ErrorCode::Locked) {
        return lockedError(path, db.error());
    }
    db = withNotices(std::move(db), console);
    if (db) {
        (*db)->startPageCheck(); // when deferred
        watchHistory(**db, console);
    }
    return db;
}

Result<std::unique_ptr<Database>> openForImport(const QString &path,
                                                Console &console,
                                                const Invocation &invocation,
                                                bool dryRun)
{
    // The pages are checked on a worker thread while the file is previewed.
    if (dryRun) {
        return openForReadingWhileChecking(path, console);
    }
    return openForChange(path,
                         console,
                         invocation.isSet(takeOverLockOption().names().constFirst())
                             ? LockTakeOver::Any
                             : LockTakeOver::OnlyStale,
                         true);
}

} // namespace isms::cli
