// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/Database.h"

#include "common/Logging.h"
#include "common/Platform.h"
#include "services/ChangeNotifier.h"
#include "storage/ChangeLog.h"
#include "storage/ChangeLogHead.h"
#include "storage/Migrations.h"
#include "storage/ProjectLock.h"
#include "storage/SqlHelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

namespace isms {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("isms-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

/// A QSqlDatabase connection that is closed and removed when the scope ends.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, bool readOnly)
        : m_name(nextConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_isOpen = db.open();
        if (!m_isOpen) {
            m_error = db.lastError().text();
        }
    }

    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    Q_DISABLE_COPY_MOVE(ScopedConnection)

    bool isOpen() const { return m_isOpen; }

    QString errorText() const { return m_error; }

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_isOpen = false;
    QString m_error;
};

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

Error notAProject(const QString &path)
{
    return Error{ErrorCode::NotAProject,
                 QCoreApplication::translate(
                     "isms::Database",
                     "\"%1\" is not an ISMS Workbench project; choose a .isms file made by ISMS Workbench.")
                     .arg(fileNameOf(path)),
                 {}};
}

/// Turns an inspection into the refusal a normal open gives, or nothing when the file may be opened.
std::optional<Error> refusalFor(const QString &path, const FileInspection &inspection)
{
    if (!inspection.isSqlite || !inspection.hasApplicationId || inspection.schemaVersion < 1) {
        return notAProject(path);
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
    if (!inspection.integrityProblems.isEmpty()) {
        return Error{ErrorCode::Corrupt,
                     QCoreApplication::translate(
                         "isms::Database",
                         "\"%1\" is damaged (its database check failed); open a backup copy of it instead.")
                         .arg(fileNameOf(path)),
                     inspection.integrityProblems.join(u'\n')};
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

} // namespace

/// Builds and opens Database objects; a friend so that Database's constructor stays private.
class DatabaseOpener
{
public:
    static Result<std::unique_ptr<Database>> openConnection(const QString &path, bool readOnly)
    {
        std::unique_ptr<Database> database(new Database());
        database->m_path = QFileInfo(path).absoluteFilePath();
        database->m_readOnly = readOnly;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(database->m_path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            return Error{ErrorCode::Io,
                         QCoreApplication::translate(
                             "isms::Database",
                             "\"%1\" could not be opened; check that the file is readable and try again.")
                             .arg(fileNameOf(path)),
                         db.lastError().text()};
        }
        if (auto pragmas = applyConnectionPragmas(db, readOnly); !pragmas) {
            return pragmas.error();
        }
        return database;
    }
};

Database::Database()
    : m_connectionName(nextConnectionName())
    , m_notifier(std::make_unique<ChangeNotifier>())
{}

Database::~Database()
{
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

QString Database::backupPathFor(const QString &path, int oldVersion)
{
    return path + QStringLiteral(".v%1.bak").arg(oldVersion);
}

Result<FileInspection> Database::inspect(const QString &path)
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
        return Error{ErrorCode::Io,
                     QCoreApplication::translate(
                         "isms::Database",
                         "\"%1\" could not be opened; check that the file is readable and try again.")
                         .arg(fileNameOf(path)),
                     connection.errorText()};
    }
    QSqlDatabase db = connection.db();
    const auto applicationId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!applicationId) {
        // A file with a valid header whose first page is unreadable is damaged, not foreign.
        inspection.integrityProblems.append(applicationId.error().detail);
        return inspection;
    }
    inspection.hasApplicationId = applicationId->toInt() == ApplicationId;
    if (!inspection.hasApplicationId) {
        return inspection;
    }
    const auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version) {
        inspection.integrityProblems.append(version.error().detail);
        return inspection;
    }
    inspection.schemaVersion = version->toInt();
    if (inspection.schemaVersion < 1 || inspection.schemaVersion > currentSchemaVersion()) {
        return inspection;
    }

    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
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

    const auto expected = Migrations::expectedSchema(inspection.schemaVersion);
    if (!expected) {
        return expected.error();
    }
    const auto actual = Migrations::actualSchema(db);
    if (!actual) {
        inspection.integrityProblems.append(actual.error().detail);
        return inspection;
    }
    inspection.schemaProblems = Migrations::compareSchema(*actual, *expected);
    return inspection;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    const auto inspection = inspect(path);
    if (!inspection) {
        return inspection.error();
    }
    if (auto refusal = refusalFor(path, *inspection)) {
        qCInfo(lcStorage) << "refused to open a project:" << refusal->detail.left(200);
        return *refusal;
    }
    const int version = inspection->schemaVersion;
    const bool readOnly = options.access == Access::ReadOnly;
    if (readOnly) {
        if (version < currentSchemaVersion()) {
            return Error{
                ErrorCode::OlderSchema,
                QCoreApplication::translate(
                    "isms::Database",
                    "\"%1\" was made by an older version of ISMS Workbench and must be upgraded first; "
                    "open it for editing once (a backup copy is kept).")
                    .arg(fileNameOf(path)),
                {}};
        }
        auto database = DatabaseOpener::openConnection(path, true);
        if (database) {
            (*database)->setActor(options.actor.isEmpty() ? platform::osUserName() : options.actor);
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
    const QString actor = options.actor.isEmpty() ? platform::osUserName() : options.actor;
    auto lock = ProjectLock::acquire(path, actor, options.takeOverStaleLock, options.forceTakeOverLock);
    if (!lock) {
        return lock.error();
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
    (*database)->m_lock = std::move(lock).value();
    (*database)->setActor(actor);
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
        return refusalFor(path, *inspection).value_or(notAProject(path));
    }
    return DatabaseOpener::openConnection(path, true);
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    if (m_readOnly) {
        return Error{ErrorCode::ReadOnly,
                     QCoreApplication::translate(
                         "isms::Database",
                         "This project is open read-only; open it again for editing to make changes."),
                     {}};
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
    Result<void> result = work();
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

Result<void> Database::saveCopyAs(const QString &target) const
{
    const QFileInfo info(target);
    if (info.exists()) {
        return Error{
            ErrorCode::Io,
            QCoreApplication::translate("isms::Database", "\"%1\" already exists; choose another file name.")
                .arg(info.fileName()),
            {}};
    }
    QTemporaryFile temporary(info.absoluteDir().filePath(QStringLiteral(".isms-copy-XXXXXX")));
    if (!temporary.open()) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate(
                         "isms::Database",
                         "The copy could not be written in \"%1\"; choose a folder you can write to.")
                         .arg(info.absolutePath()),
                     temporary.errorString()};
    }
    temporary.close();
    QFile::remove(temporary.fileName()); // VACUUM INTO wants to create the file itself
    QSqlQuery query(connection());
    if (auto done = sql::exec(query, QStringLiteral("VACUUM INTO ?"), {temporary.fileName()}); !done) {
        QFile::remove(temporary.fileName());
        return Error{
            ErrorCode::Io,
            QCoreApplication::translate("isms::Database",
                                        "The copy could not be written; check the disk space and try again."),
            done.error().detail};
    }
    if (!QFile::rename(temporary.fileName(), info.absoluteFilePath())) {
        QFile::remove(temporary.fileName());
        return Error{ErrorCode::Io,
                     QCoreApplication::translate(
                         "isms::Database",
                         "The copy could not be saved as \"%1\"; check the folder and try again.")
                         .arg(info.fileName()),
                     {}};
    }
    temporary.setAutoRemove(false);
    return {};
}

} // namespace isms
