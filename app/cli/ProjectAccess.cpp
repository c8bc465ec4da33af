// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "ProjectAccess.h"

#include "Console.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/ProjectLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace isms::cli {

namespace {

class ProjectAccessText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::ProjectAccess)
};

/// The migration backups that exist beside `path`.
QStringList existingBackups(const QString &path)
{
    QStringList backups;
    for (int version = 1; version < Database::currentSchemaVersion(); ++version) {
        const QString backup = Database::backupPathFor(path, version);
        if (QFileInfo::exists(backup)) {
            backups << backup;
        }
    }
    return backups;
}

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

/// Opens read-write (which migrates an older file) and says on stderr when a migration wrote a backup.
Result<std::unique_ptr<Database>> openReadWrite(const QString &path, Console &console, LockTakeOver takeOver)
{
    const QStringList backupsBefore = existingBackups(path);
    Database::OpenOptions options;
    options.access = Database::Access::ReadWrite;
    options.takeOverStaleLock = true;
    options.forceTakeOverLock = takeOver == LockTakeOver::Any;
    options.actor = actorName();
    auto db = Database::open(path, options);
    if (!db) {
        if (db.error().code == ErrorCode::Locked) {
            return lockedError(path, db.error());
        }
        return db;
    }
    (*db)->setActor(actorName());
    for (const QString &backup : existingBackups(path)) {
        if (!backupsBefore.contains(backup)) {
            console.note(ProjectAccessText::tr("Updated %1 to the current file format; the previous version "
                                               "is kept as %2.")
                             .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup)));
        }
    }
    return db;
}

} // namespace

QString actorName()
{
    const QString fromEnvironment = qEnvironmentVariable("ISMS_ACTOR").trimmed();
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    const AppSettings settings;
    return settings.effectiveActorName();
}

Result<std::unique_ptr<Database>> openForReading(const QString &path, Console &console)
{
    Database::OpenOptions options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(path, options);
    if (db || db.error().code != ErrorCode::OlderSchema) {
        return db;
    }
    // An older file is brought forward once; Database copies it aside before migrating.
    return openReadWrite(path, console, LockTakeOver::OnlyStale);
}

QCommandLineOption takeOverLockOption()
{
    return QCommandLineOption(TakeOverLockName,
                              ProjectAccessText::tr("Take over the project's lock from another program or "
                                                    "computer; only when nobody is working on it there."));
}

Result<std::unique_ptr<Database>> openForChange(const QString &path, Console &console, LockTakeOver takeOver)
{
    return openReadWrite(path, console, takeOver);
}

} // namespace isms::cli
