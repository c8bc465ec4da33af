// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "storage/FileInspection.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <future>
#include <memory>

namespace isms {

class ChangeNotifier;
class ProjectLock;
class ScopedReadCache;
class WorkingCopy;

/// One open project file (*.isms): a SQLite database with our application id.
///
/// Owns a uniquely named QSqlDatabase connection, used only in the thread that opened it. Opening checks
/// the file (application id, schema version, quick_check, schema allow-list) over a read-only connection
/// first, so a refused file is never modified. A read-write open holds the lock file beside the project
/// and migrates an older schema forward after copying the file to NAME.isms.v<old>.bak.
class Database final
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly,
    };

    struct OpenOptions
    {
        Access access = Access::ReadWrite;
        /// Take over a lock whose holder is provably gone (same host, process not running).
        bool takeOverStaleLock = true;
        /// Take over any lock, even one held by a live process or another host. Only on a user's request.
        bool forceTakeOverLock = false;
        /// Who is opening: written to the lock file and, for changes, to the change log.
        /// Empty means the operating system's user name.
        QString actor{};
        /// Upgrade a file of an older format in place (after a backup copy). When false, such a file
        /// is refused with OlderSchema, so that a front end can ask first. Read-only opens never
        /// upgrade in place: they read an upgraded working copy.
        bool allowMigration = true;
        /// Leave PRAGMA quick_check, which reads every page, for later (the GUI runs it on a worker thread
        /// once the window is shown; startPageCheck() runs it beside other work). Applies only to an open
        /// of a file of the current schema with nothing to restore and read in place; the other opens
        /// still check first. Until setPageCheckResult() reports the result (pageCheck() is Pending),
        /// SQLite refuses writes on this connection, and a transaction() first waits for the check.
        bool deferPageCheck = false;
    };

    /// Where the check of every page (PRAGMA quick_check) of an open project stands.
    enum class PageCheck
    {
        Passed,  ///< checked before or after opening, and sound
        Pending, ///< opened with deferPageCheck and not checked yet: changes wait for the check
        Failed,  ///< the check found damage: the file is never written through this project
    };

    /// The schema version this program writes (PRAGMA user_version).
    static int currentSchemaVersion();

    /// 0x49534D53, "ISMS".
    static constexpr int ApplicationId = 0x49534D53;

    /// Creates a new project file at `path` with the catalogues copied in and returns it opened read-write.
    /// Refuses an existing path. The file is built under a temporary name and renamed when complete, so
    /// no half-written project is ever left behind.
    [[nodiscard]] static Result<std::unique_ptr<Database>> create(const QString &path,
                                                                  const QString &organisation,
                                                                  const QString &actor);

    /// Opens an existing project. Errors: NotFound/Io (missing, unreadable), NotAProject, NewerSchema,
    /// OlderSchema (allowMigration off), Corrupt, ForeignSchema, Locked, ReadOnly.
    ///
    /// A file left half-saved by a crash (a journal beside it) is restored to its last complete save
    /// while holding the lock (read-write), or read through a restored working copy (read-only); a
    /// read-only open never writes the file or its folder. notices() says what opening did.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path,
                                                                const OpenOptions &options);

    /// Examines a file read-only and reports what it found. Fails only when the file cannot be read.
    [[nodiscard]] static Result<FileInspection> inspect(const QString &path);

    /// Opens a file read-only for `isms-cli check`: like open(), but a file whose schema fails the
    /// allow-list is still opened (read-only, trusted_schema OFF, query_only) so that its change log can be
    /// examined. Refuses what is not a readable project of a known schema version.
    [[nodiscard]] static Result<std::unique_ptr<Database>> openForInspection(const QString &path);

    /// A read-only connection for a worker thread to `readPath`, the file an open project reads (its
    /// readPath()), which was checked when that project was opened: no lock, no inspection. The worker
    /// opens it, reads through it and lets it go. Errors: CannotOpen.
    [[nodiscard]] static Result<std::unique_ptr<Database>> openReader(const QString &readPath);

    /// Applies migrations 1..`version` to an empty file (tests build old-schema fixtures with this).
    [[nodiscard]] static Result<void> createAtSchemaVersion(const QString &path, int version);

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QString path() const { return m_path; }

    bool isReadOnly() const { return m_readOnly; }

    /// True inside transaction(): what it wrote is seen by this connection only until it commits.
    bool inTransaction() const { return m_inTransaction; }

    /// Translated sentences about what opening did that the user should know: an interrupted save
    /// restored, an older file upgraded or read through an upgraded copy. Empty for a plain open.
    QStringList notices() const { return m_notices; }

    /// True when a read-only project is read from a temporary working copy (see notices()).
    bool readsWorkingCopy() const { return m_workingCopy != nullptr; }

    /// The file this connection reads: path(), or the working copy when readsWorkingCopy(). Another
    /// thread opens it read-only to read exactly what this connection reads.
    QString readPath() const;

    /// Whether the file's pages have been checked (see OpenOptions::deferPageCheck).
    PageCheck pageCheck() const { return m_pageCheck; }

    /// Reports the deferred page check of this file: no problems lets changes through; any problem (a
    /// damaged page, or a file that could not be checked) refuses every change for as long as the
    /// project is open. Only a Pending check changes; a Failed one stays Failed.
    void setPageCheckResult(const QStringList &problems);

    /// Starts the Pending page check on a worker thread, through a read-only connection of its own
    /// (nothing happens when no check is pending or one runs already). finishPageCheck() takes its result.
    void startPageCheck();

    /// Waits for the pending page check (running it on this thread when it was not started), reports
    /// its result, and fails with Corrupt when the file is damaged; succeeds when the pages passed.
    [[nodiscard]] Result<void> finishPageCheck();

    /// The name written to the change log for changes made through this connection.
    QString actor() const { return m_actor; }

    void setActor(const QString &actor) { m_actor = actor; }

    /// Emits signals after each committed change. Owned by the Database.
    ChangeNotifier *notifier() const { return m_notifier.get(); }

    /// Storage-internal: the connection. Only code under core/storage and core/services uses it.
    QSqlDatabase connection() const;

    /// Runs `work` in one transaction: commits when it succeeds, rolls back when it fails.
    /// Fails with ReadOnly on a read-only project, and with Corrupt when the page check failed (a
    /// Pending check is run first, on this thread). Not re-entrant.
    [[nodiscard]] Result<void> transaction(const std::function<Result<void>()> &work);

    /// The cache of records read while a ScopedReadCache lives, or nullptr (see ScopedReadCache).
    ScopedReadCache *readCache() const { return m_readCache; }

    /// Writes a consistent copy of the project to `target` (VACUUM INTO). Refuses an existing target.
    [[nodiscard]] Result<void> saveCopyAs(const QString &target) const;

    /// Path of the backup written before migrating from `oldVersion`: "NAME.isms.v<old>.bak".
    static QString backupPathFor(const QString &path, int oldVersion);

private:
    Database();

    [[nodiscard]] static Result<std::unique_ptr<Database>> openThroughCopy(const QString &path,
                                                                           const OpenOptions &options);

    QString m_path;
    QString m_connectionName;
    QString m_actor;
    bool m_readOnly = false;
    bool m_inTransaction = false;
    PageCheck m_pageCheck = PageCheck::Passed;
    std::future<QStringList> m_pageCheckRun; ///< the problems startPageCheck()'s worker finds
    QStringList m_notices;
    std::unique_ptr<ProjectLock> m_lock;
    std::unique_ptr<WorkingCopy> m_workingCopy;
    std::unique_ptr<ChangeNotifier> m_notifier;
    mutable ScopedReadCache *m_readCache = nullptr;

    friend class DatabaseOpener;
    friend class ScopedReadCache;
};

} // namespace isms
