// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "ProjectAccess.h"

#include "Console.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace isms::cli {

namespace {

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
    // Read-only never writes: a file left half-saved or of an older format is read through a
    // temporary working copy, and the original and its folder stay as they are.
    Database::OpenOptions options;
    options.access = Database::Access::ReadOnly;
    options.actor = actorName();
    return withNotices(Database::open(path, options), console);
}

Result<std::unique_ptr<Database>> openForChange(const QString &path, Console &console)
{
    Database::OpenOptions options;
    options.access = Database::Access::ReadWrite;
    options.takeOverStaleLock = true;
    options.actor = actorName();
    return withNotices(Database::open(path, options), console);
}

} // namespace isms::cli
