// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/Database.h"

#include "common/Logging.h"
#include "common/Platform.h"
#include "common/TextRules.h"
#include "services/ChangeNotifier.h"
#include "storage/ChangeLog.h"
#include "storage/ChangeLogHead.h"
#include "storage/FileInspection.h"
#include "storage/FileRecovery.h"
#include "storage/InspectionPrefetch.h"
#include "storage/Migrations.h"
#include "storage/ProjectLock.h"
#include "storage/ReadCache.h"
#include "storage/ScopedConnection.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteLibrary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

namespace isms {

namespace {

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

Result<void> applyConnectionPragmas(QSqlDatabase &db, bool readOnly)
{
    QStringList pragmas{QStringLiteral("PRAGMA trusted_schema = OFF"),
                        QStringLiteral("PRAGMA foreign_keys = ON")};
    if (readOnly) {
        pragmas.append(QStringLiteral("PRAGMA query_only = ON"));
    } else {
        // One complete file after every commit: safe to copy at any moment, no -wal/-shm side files.
        pragmas.append(QStringLiteral("PRAGMA journal_mode = DELETE"));
        pragmas.append(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            return sql::queryError(query, pragma);
        }
    }
    return {};
}

QString restoredNotice(const QString &path)
{
    return QCoreApplication::translate("isms::Database",
                                       "\"%1\" was left half-saved by a program that stopped during a save; "
                                       "its last complete save was restored.")
        .arg(fileNameOf(path));
}

} // namespace

/// Builds and opens Database objects; a friend so that Database's constructor stays private.
class DatabaseOpener
{
public:
    static Result<std::unique_ptr<Database>> openConnection(const QString &path, bool readOnly)
    {
        prepareSqliteLibrary();
        std::unique_ptr<Database> database(new Database());
        database->m_path = QFileInfo(path).absoluteFilePath();
        database->m_readOnly = readOnly;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(database->m_path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            return cannotOpenError(path, db.lastError().text());
        }
        if (auto pragmas = applyConnectionPragmas(db, readOnly); !pragmas) {
            return pragmas.error();
        }
        return database;
    }
};

Database::Database()
    : m_connectionName(ScopedConnection::nextName())
    , m_notifier(std::make_unique<ChangeNotifier>())
{}

Database::~Database()
{
    Q_EMIT m_notifier->closing();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_lock.reset();
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::readPath() const
{
    return m_workingCopy ? connection().databaseName() : m_path;
}

QString Database::backupPathFor(const QString &path, int oldVersion)
{
    return path + QStringLiteral(".v%1.bak").arg(oldVersion);
}

Result<FileInspection> Database::inspect(const QString &path)
{
    return inspectProjectFile(path);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    const bool readOnly = options.access == Access::ReadOnly;
    const QString actor = options.actor.isEmpty() ? platform::osUserName() : options.actor;
    std::unique_ptr<ProjectLock> lock;
    QStringList notices;
    if (recovery::hasJournal(path) && recovery::headerNamesProject(path)) {
        const std::optional<LockInfo> holder = ProjectLock::inspect(path);
        const bool savingNow = holder && !holder->isStale;
        if (readOnly && !savingNow) {
            // Left half-saved: read the last complete save from a working copy; the file stays as it is.
            return openThroughCopy(path, options);
        }
        if (!readOnly) {
            const QFileInfo info(path);
            if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
                return Error{ErrorCode::ReadOnly,
                             QCoreApplication::translate(
                                 "isms::Database",
                                 "\"%1\" was left half-saved and must be restored before it can be edited, "
                                 "but its folder cannot be written; copy it together with \"%2\" to a folder "
                                 "you can write to and open the copy.")
                                 .arg(fileNameOf(path), fileNameOf(recovery::journalPathFor(path))),
                             {}};
            }
            auto taken =
                ProjectLock::acquire(path, actor, options.takeOverStaleLock, options.forceTakeOverLock);
            if (!taken) {
                return taken.error();
            }
            lock = std::move(taken).value();
            // Holding the lock, nobody else is saving: the journal is a crash's and is played back.
            if (recovery::hasJournal(path)) {
                if (auto rolledBack = recovery::rollBack(path); !rolledBack) {
                    return rolledBack.error();
                }
                notices.append(restoredNotice(path));
            }
        }
    }

    // Checking every page waits for later only when opening writes nothing: no save was restored, and
    // (below) no upgrade or working copy is due.
    bool pagesDeferred = options.deferPageCheck && notices.isEmpty();
    std::optional<Result<FileInspection>> prefetched;
    if (pagesDeferred) {
        prefetched = InspectionPrefetch::take(path); // made while the window was built, when it was
    }
    auto inspection = prefetched ? *std::move(prefetched) : inspectProjectFile(path, !pagesDeferred);
    if (inspection && pagesDeferred && inspection->schemaVersion >= 1
        && inspection->schemaVersion < currentSchemaVersion()) {
        // An upgrade writes the file (or a working copy of it), so its pages are checked first.
        pagesDeferred = false;
        inspection = inspectProjectFile(path, true);
    }
    if (!inspection) {
        return inspection.error();
    }
    if (auto refusal = openRefusal(path, *inspection)) {
        qCInfo(lcStorage) << "refused to open a project:" << refusal->detail.left(200);
        if (refusal->code == ErrorCode::Corrupt && recovery::hasJournal(path)) {
            // A save of the program holding the lock is under way (or stopped half-way on another
            // computer): not damage, and not ours to play back while that lock is held.
            return Error{
                ErrorCode::Locked,
                QCoreApplication::translate("isms::Database",
                                            "\"%1\" is being saved by the program that holds its lock, "
                                            "or that program stopped half-way; try again in a moment, "
                                            "or take over the lock to restore its last complete save.")
                    .arg(fileNameOf(path)),
                refusal->detail};
        }
        return *refusal;
    }
    const int version = inspection->schemaVersion;
    if (readOnly) {
        if (version < currentSchemaVersion()) {
            // Read-only never writes: an older file is read through a migrated working copy.
            return openThroughCopy(path, options);
        }
        auto database = DatabaseOpener::openConnection(path, true);
        if (database) {
            (*database)->setActor(actor);
            if (pagesDeferred) {
                (*database)->m_pageCheck = PageCheck::Pending;
            }
        }
        return database;
    }

    if (!QFileInfo(path).isWritable()) {
        return Error{
            ErrorCode::ReadOnly,
            QCoreApplication::translate(
                "isms::Database",
                "\"%1\" is read-only on disk; open it read-only or copy it to a folder you can write "
                "to.")
                .arg(fileNameOf(path)),
            {}};
    }
    if (version < currentSchemaVersion() && !options.allowMigration) {
        return Error{ErrorCode::OlderSchema,
                     QCoreApplication::translate(
                         "isms::Database",
                         "\"%1\" was made by an older version of ISMS Workbench and must be upgraded before "
                         "it can be edited; a backup copy is kept when it is upgraded.")
                         .arg(fileNameOf(path)),
                     {}};
    }
    if (!lock) {
        auto taken = ProjectLock::acquire(path, actor, options.takeOverStaleLock, options.forceTakeOverLock);
        if (!taken) {
            return taken.error();
        }
        lock = std::move(taken).value();
    }

    if (version < currentSchemaVersion()) {
        QString backup = backupPathFor(path, version);
        for (int n = 2; QFileInfo::exists(backup); ++n) {
            backup = backupPathFor(path, version) + u'.' + QString::number(n);
        }
        if (!QFile::copy(path, backup)) {
            return Error{
                ErrorCode::Io,
                QCoreApplication::translate(
                    "isms::Database",
                    "\"%1\" needs an upgrade, but its backup copy could not be written; free some disk "
                    "space or move the file to a folder you can write to.")
                    .arg(fileNameOf(path)),
                backup};
        }
        qCInfo(lcStorage) << "backed up before migration to" << backup;
        notices.append(QCoreApplication::translate("isms::Database",
                                                   "\"%1\" was updated to the current file format; the "
                                                   "previous version is kept as \"%2\".")
                           .arg(fileNameOf(path), QDir::toNativeSeparators(backup)));
    }

    auto database = DatabaseOpener::openConnection(path, false);
    if (!database) {
        return database.error();
    }
    if (version < currentSchemaVersion()) {
        QSqlDatabase db = (*database)->connection();
        if (auto migrated = Migrations::migrate(db, version, currentSchemaVersion()); !migrated) {
            return migrated.error();
        }
    }
    if (pagesDeferred) {
        // Held until the check has passed: SQLite itself refuses writes too, not only transaction().
        QSqlDatabase db = (*database)->connection();
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA query_only = ON"))) {
            return sql::queryError(query, QStringLiteral("hold writes"));
        }
        (*database)->m_pageCheck = PageCheck::Pending;
    }
    (*database)->m_lock = std::move(lock);
    (*database)->m_notices = notices;
    (*database)->setActor(actor);
    return database;
}

void Database::setPageCheckResult(const QStringList &problems)
{
    if (m_pageCheck != PageCheck::Pending) {
        return;
    }
    if (!problems.isEmpty()) {
        qCInfo(lcStorage) << "the deferred page check found damage; the project is not written";
        m_pageCheck = PageCheck::Failed;
        return;
    }
    if (m_readOnly) {
        m_pageCheck = PageCheck::Passed; // nothing was held: the connection never writes
        return;
    }
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA query_only = OFF"))) {
        qCWarning(lcStorage) << "cannot release the held writes:" << query.lastError().text();
        m_pageCheck = PageCheck::Failed;
        return;
    }
    m_pageCheck = PageCheck::Passed;
}

Result<std::unique_ptr<Database>> Database::openThroughCopy(const QString &path, const OpenOptions &options)
{
    auto copy = WorkingCopy::make(path);
    if (!copy) {
        return copy.error();
    }
    const QString copyPath = (*copy)->path();
    const auto inspection = inspect(copyPath);
    if (!inspection) {
        return inspection.error();
    }
    if (auto refusal = openRefusal(path, *inspection)) {
        qCInfo(lcStorage) << "refused to open a project:" << refusal->detail.left(200);
        return *refusal;
    }
    QStringList notices;
    if ((*copy)->restoredInterruptedSave()) {
        notices.append(QCoreApplication::translate("isms::Database",
                                                   "\"%1\" was left half-saved by a program that stopped "
                                                   "during a save; you see its last complete save, and the "
                                                   "file is restored when it is next opened for editing.")
                           .arg(fileNameOf(path)));
    }
    const int version = inspection->schemaVersion;
    if (version < currentSchemaVersion()) {
        const ScopedConnection connection(copyPath, false);
        QSqlDatabase db = connection.db();
        if (!connection.isOpen()) {
            return cannotOpenError(path, connection.errorText());
        }
        if (auto pragmas = applyConnectionPragmas(db, false); !pragmas) {
            return pragmas.error();
        }
        if (auto migrated = Migrations::migrate(db, version, currentSchemaVersion()); !migrated) {
            return migrated.error();
        }
        notices.append(QCoreApplication::translate("isms::Database",
                                                   "\"%1\" is in the format of an older version; it was read "
                                                   "through an updated temporary copy and left unchanged.")
                           .arg(fileNameOf(path)));
    }
    auto database = DatabaseOpener::openConnection(copyPath, true);
    if (!database) {
        return database.error();
    }
    (*database)->m_path = QFileInfo(path).absoluteFilePath();
    (*database)->m_workingCopy = std::move(copy).value();
    (*database)->m_notices = notices;
    (*database)->setActor(options.actor.isEmpty() ? platform::osUserName() : options.actor);
    return database;
}

namespace {

/// Builds a complete project at `path` (which must be a new, empty file) up to `version`.
Result<void> buildProject(const QString &path, const QString &organisation, const QString &actor, int version)
{
    const ScopedConnection connection(path, false);
    if (!connection.isOpen()) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate(
                         "isms::Database",
                         "The new project could not be written; check that the folder is writable."),
                     connection.errorText()};
    }
    QSqlDatabase db = connection.db();
    if (auto pragmas = applyConnectionPragmas(db, false); !pragmas) {
        return pragmas.error();
    }
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId))) {
        return sql::queryError(pragma, QStringLiteral("set application_id"));
    }
    if (auto migrated = Migrations::migrate(db, 0, version); !migrated) {
        return migrated.error();
    }
    if (!db.transaction()) {
        return Error{
            ErrorCode::Database,
            QCoreApplication::translate("isms::Database", "The new project could not be written; try again."),
            db.lastError().text()};
    }
    QSqlQuery insert(db);
    const QString edition = QStringLiteral("ISO/IEC 27001:2022");
    const QString createdUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto written =
        sql::exec(insert,
                  QStringLiteral("INSERT INTO project (id, organisation, catalogue_edition, created_utc) "
                                 "VALUES (1, ?, ?, ?)"),
                  {organisation, edition, createdUtc});
    if (written) {
        // The creation metadata is logged too, so that `check` notices when it is changed later.
        written = ChangeLog::appendTo(
            db,
            actor,
            ProjectIdentity::creationChanges(db, organisation, edition, createdUtc, version >= 3));
    }
    if (!written || !db.commit()) {
        db.rollback();
        return written
                   ? Error{ErrorCode::Database,
                           QCoreApplication::translate("isms::Database",
                                                       "The new project could not be written; try again."),
                           db.lastError().text()}
                   : written.error();
    }
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::create(const QString &path,
                                                   const QString &organisation,
                                                   const QString &actor)
{
    const QString name = organisation.trimmed();
    if (name.isEmpty() || name.size() > 200 || name.contains(u'\n') || name.contains(u'\r')) {
        return Error{
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "isms::Database",
                "The organisation name must be one line of 1 to 200 characters; enter a shorter name."),
            {}};
    }
    if (const qsizetype at = text::firstForbidden(name, text::Shape::SingleLine); at >= 0) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::Database",
                                                 "The organisation name contains %1, which a name may not "
                                                 "hold; remove it and type the name again.")
                         .arg(text::describe(name.at(at))),
                     {}};
    }
    const QFileInfo target(path);
    if (target.exists()) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate(
                         "isms::Database",
                         "\"%1\" already exists; choose another file name (existing files are never "
                         "overwritten).")
                         .arg(target.fileName()),
                     {}};
    }
    if (!target.absoluteDir().exists()) {
        return Error{
            ErrorCode::NotFound,
            QCoreApplication::translate("isms::Database",
                                        "The folder \"%1\" does not exist; choose an existing folder.")
                .arg(target.absolutePath()),
            {}};
    }
    // Build under a temporary name and rename when complete: never a half-written project.
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".isms-new-XXXXXX")));
    if (!temporary.open()) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate(
                         "isms::Database",
                         "The new project could not be written in \"%1\"; choose a folder you can write to.")
                         .arg(target.absolutePath()),
                     temporary.errorString()};
    }
    temporary.close();
    if (auto built = buildProject(temporary.fileName(), name, actor, currentSchemaVersion()); !built) {
        return built.error();
    }
    if (!QFile::rename(temporary.fileName(), target.absoluteFilePath())) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate(
                         "isms::Database",
                         "The new project could not be saved as \"%1\"; check the folder and try again.")
                         .arg(target.fileName()),
                     {}};
    }
    temporary.setAutoRemove(false);
    QFile::setPermissions(target.absoluteFilePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    OpenOptions options;
    options.actor = actor;
    return open(target.absoluteFilePath(), options);
}

Result<void> Database::createAtSchemaVersion(const QString &path, int version)
{
    if (QFileInfo::exists(path) || version < 1 || version > currentSchemaVersion()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::Database", "Cannot create a fixture there."),
                     path};
    }
    return buildProject(path, QStringLiteral("Fixture Organisation Ltd"), QStringLiteral("fixture"), version);
}

Result<std::unique_ptr<Database>> Database::openForInspection(const QString &path)
{
    const auto inspection = inspect(path);
    if (!inspection) {
        return inspection.error();
    }
    if (!inspection->isSqlite || !inspection->hasApplicationId || inspection->schemaVersion < 1
        || inspection->schemaVersion > currentSchemaVersion() || !inspection->integrityProblems.isEmpty()) {
        return openRefusal(path, *inspection).value_or(notAProjectError(path));
    }
    return DatabaseOpener::openConnection(path, true);
}

Result<std::unique_ptr<Database>> Database::openReader(const QString &readPath)
{
    return DatabaseOpener::openConnection(readPath, true);
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    if (m_readCache) {
        m_readCache->clear(); // a change makes what was read stale (see ScopedReadCache)
    }
    if (m_readOnly) {
        return Error{ErrorCode::ReadOnly,
                     QCoreApplication::translate(
                         "isms::Database",
                         "This project is open read-only; open it again for editing to make changes."),
                     {}};
    }
    // A change before the background check has reported waits for the check (the same words as the
    // refusal on open when the file is damaged: nothing is written to it).
    if (auto pages = finishPageCheck(); !pages) {
        return pages.error();
    }
    Q_ASSERT(!m_inTransaction);
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        return Error{ErrorCode::Database,
                     QCoreApplication::translate(
                         "isms::Database",
                         "The change could not be saved because the project file is busy; try again."),
                     db.lastError().text()};
    }
    m_inTransaction = true;
    bool returned = false;
    const auto leave = qScopeGuard([this, &db, &returned] {
        m_inTransaction = false;
        if (!returned) {
            db.rollback(); // work() threw: nothing of it stays, and the next transaction can begin
        }
    });
    Result<void> result = work();
    returned = true;
    m_inTransaction = false;
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return Error{
            ErrorCode::Io,
            QCoreApplication::translate(
                "isms::Database",
                "The change could not be written to the project file; check the disk and try again."),
            detail};
    }
    return {};
}

} // namespace isms
