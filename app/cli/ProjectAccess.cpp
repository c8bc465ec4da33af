// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "ProjectAccess.h"

#include "Console.h"
#include "services/ChangeNotifier.h"
#include "services/HistoryAnchor.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

/// Opens read-write (which migrates an older file) and says on stderr when a migration wrote a backup.
Result<std::unique_ptr<Database>> openReadWrite(const QString &path, Console &console)
{
    const QStringList backupsBefore = existingBackups(path);
    Database::OpenOptions options;
    options.access = Database::Access::ReadWrite;
    options.takeOverStaleLock = true;
    options.actor = actorName();
    auto db = Database::open(path, options);
    if (!db) {
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

void watchHistory(Database &db, Console &console)
{
    const auto verifyNow = [&db]() -> Result<HistoryAnchor::Outcome> {
        AppSettings settings;
        HistoryAnchor anchor(settings);
        return anchor.verify(db);
    };
    const auto outcome = verifyNow();
    if (outcome && outcome->isWarning()) {
        console.note(outcome->message);
    }
    // The notifier belongs to the Database, so the connection ends with it.
    QObject::connect(db.notifier(), &ChangeNotifier::changeLogAppended, db.notifier(), [verifyNow] {
        (void)verifyNow();
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

Result<std::unique_ptr<Database>> openForReading(const QString &path, Console &console)
{
    Database::OpenOptions options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(path, options);
    if (!db && db.error().code == ErrorCode::OlderSchema) {
        // An older file is brought forward once; Database copies it aside before migrating.
        db = openReadWrite(path, console);
    }
    if (db) {
        watchHistory(**db, console);
    }
    return db;
}

Result<std::unique_ptr<Database>> openForChange(const QString &path, Console &console)
{
    auto db = openReadWrite(path, console);
    if (db) {
        watchHistory(**db, console);
    }
    return db;
}

} // namespace isms::cli
