// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/FileInspection.h"

#include "storage/Database.h"
#include "storage/FileRecovery.h"
#include "storage/Migrations.h"
#include "storage/ScopedConnection.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace isms {

namespace {

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

/// The newest migration backup beside `path`, if any.
QString newestBackup(const QString &path)
{
    for (int version = Database::currentSchemaVersion() - 1; version >= 1; --version) {
        if (QFileInfo::exists(Database::backupPathFor(path, version))) {
            return Database::backupPathFor(path, version);
        }
    }
    return {};
}

#ifdef ISMS_SQLITE_C_API
/// SQLite's progress handler: a check on a QThread asked to stop (its project was closed) ends between
/// pages instead of reading the whole file first.
int stopWhenAsked(void * /*unused*/)
{
    return QThread::currentThread()->isInterruptionRequested() ? 1 : 0;
}
#endif

} // namespace

Error damagedProject(const QString &path, const QStringList &problems)
{
    const QString backup = newestBackup(path);
    const QString message = backup.isEmpty()
                                ? QCoreApplication::translate(
                                      "isms::Database",
                                      "\"%1\" is an ISMS Workbench project, but the file is damaged; open "
                                      "your latest backup copy of it instead and keep the damaged file "
                                      "for \"isms-cli check\".")
                                      .arg(fileNameOf(path))
                                : QCoreApplication::translate(
                                      "isms::Database",
                                      "\"%1\" is an ISMS Workbench project, but the file is damaged; open "
                                      "a backup copy instead, such as \"%2\" beside it.")
                                      .arg(fileNameOf(path), fileNameOf(backup));
    return Error{ErrorCode::Corrupt, message, problems.join(u'\n')};
}

Error cannotOpenError(const QString &path, const QString &detail)
{
    return Error{ErrorCode::Io,
                 QCoreApplication::translate(
                     "isms::Database",
                     "\"%1\" could not be opened; check that the file is readable and try again.")
                     .arg(fileNameOf(path)),
                 detail};
}

Error notAProjectError(const QString &path)
{
    return Error{ErrorCode::NotAProject,
                 QCoreApplication::translate(
                     "isms::Database",
                     "\"%1\" is not an ISMS Workbench project; choose a .isms file made by ISMS Workbench.")
                     .arg(fileNameOf(path)),
                 {}};
}

/// Turns an inspection into the refusal a normal open gives, or nothing when the file may be opened.
/// `path` names the file in messages (the original, when the inspection looked at a working copy).
std::optional<Error> openRefusal(const QString &path, const FileInspection &inspection)
{
    if (!inspection.isSqlite || !inspection.hasApplicationId) {
        return notAProjectError(path);
    }
    if (!inspection.integrityProblems.isEmpty()) {
        // Our application id with unreadable pages or a failed quick_check: ours, but damaged.
        return damagedProject(path, inspection.integrityProblems);
    }
    if (inspection.schemaVersion < 1) {
        return notAProjectError(path);
    }
    if (inspection.schemaVersion > Database::currentSchemaVersion()) {
        return Error{
            ErrorCode::NewerSchema,
            QCoreApplication::translate(
                "isms::Database",
                "\"%1\" was saved by a newer version of ISMS Workbench (schema %2; this version reads up "
                "to %3); install the newer version to open it.")
                .arg(fileNameOf(path))
                .arg(inspection.schemaVersion)
                .arg(Database::currentSchemaVersion()),
            {}};
    }
    if (!inspection.schemaProblems.isEmpty()) {
        return Error{ErrorCode::ForeignSchema,
                     QCoreApplication::translate(
                         "isms::Database",
                         "\"%1\" contains database objects that ISMS Workbench did not create, so it was not "
                         "opened; ask for a clean copy or run \"isms-cli check\" on it for details.")
                         .arg(fileNameOf(path)),
                     inspection.schemaProblems.join(u'\n')};
    }
    return std::nullopt;
}

Result<FileInspection> inspectProjectFile(const QString &path, bool checkPages)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("isms::Database",
                                                 "\"%1\" does not exist; check the file name and folder.")
                         .arg(path),
                     {}};
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate(
                         "isms::Database",
                         "\"%1\" cannot be read; check that it is a file and that you may read it.")
                         .arg(fileNameOf(path)),
                     file.errorString()};
    }
    FileInspection inspection;
    const QByteArray header = file.read(16);
    file.close();
    inspection.isSqlite = header == QByteArray("SQLite format 3\0", 16);
    if (!inspection.isSqlite) {
        return inspection;
    }

    const ScopedConnection connection(path, true);
    if (!connection.isOpen()) {
        return cannotOpenError(path, connection.errorText());
    }
    QSqlDatabase db = connection.db();
    const auto applicationId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!applicationId) {
        // A file with a valid header whose first page is unreadable is damaged, not foreign; its header
        // bytes still say whose it is.
        inspection.hasApplicationId = recovery::headerNamesProject(path);
        inspection.integrityProblems.append(applicationId.error().detail);
        return inspection;
    }
    inspection.hasApplicationId = applicationId->toInt() == Database::ApplicationId;
    if (!inspection.hasApplicationId) {
        return inspection;
    }
    const auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version) {
        inspection.integrityProblems.append(version.error().detail);
        return inspection;
    }
    inspection.schemaVersion = version->toInt();
    if (inspection.schemaVersion < 1 || inspection.schemaVersion > Database::currentSchemaVersion()) {
        return inspection;
    }
    if (const auto pages = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")); !pages) {
        inspection.integrityProblems.append(pages.error().detail);
        return inspection;
    }

    if (checkPages) {
#ifdef ISMS_SQLITE_C_API
        if (sqlite3 *handle = sqliteHandle(db)) {
            sqlite3_progress_handler(handle, 1000, stopWhenAsked, nullptr);
        }
#endif
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
            if (QThread::currentThread()->isInterruptionRequested()) {
                // Stopped, which says nothing about the file: never reported as damage.
                return Error{ErrorCode::Io,
                             QCoreApplication::translate("isms::Database",
                                                         "The check of \"%1\" was stopped before it ended.")
                                 .arg(fileNameOf(path)),
                             check.lastError().text()};
            }
            inspection.integrityProblems.append(check.lastError().text());
            return inspection;
        }
        while (check.next()) {
            const QString line = check.value(0).toString();
            if (line != u"ok") {
                inspection.integrityProblems.append(line);
            }
        }
        if (!inspection.integrityProblems.isEmpty()) {
            return inspection;
        }
    }

    const auto actual = Migrations::actualSchema(db);
    if (!actual) {
        inspection.integrityProblems.append(actual.error().detail);
        return inspection;
    }
    auto problems = Migrations::schemaProblems(*actual, inspection.schemaVersion);
    if (!problems) {
        return problems.error();
    }
    inspection.schemaProblems = *std::move(problems);
    return inspection;
}

} // namespace isms
