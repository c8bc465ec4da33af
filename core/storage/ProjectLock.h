// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace isms {

/// Who holds a project's lock file.
struct LockInfo
{
    QString user;
    QString host;
    qint64 processId = 0;
    QDateTime sinceUtc;
    /// True when the holder is provably gone: same host and no such process.
    bool isStale = false;
};

/// The lock file beside a project, ".~lock.NAME.isms#", holding user, host, process id, time and a
/// random token. It stops two programs from editing one file. It is written under a private name and
/// published whole in one atomic step, so of many processes that try at once exactly one gets it, and
/// a reader never sees it half written. Taking over a stale lock removes only that very file, so of
/// many processes taking over at once exactly one wins. Removed when released, unless it has been
/// taken over.
class ProjectLock final
{
public:
    /// The lock file path for a project path.
    static QString lockPathFor(const QString &projectPath);

    /// Reads the current holder, if any.
    static std::optional<LockInfo> inspect(const QString &projectPath);

    /// Takes the lock. Fails with Locked when another holder has it, unless it is stale and
    /// `takeOverStale` is set, or `force` is set (a lock from another host or a live process, taken
    /// over because the user said so). Fails with Io when the folder does not let us write the lock.
    [[nodiscard]] static Result<std::unique_ptr<ProjectLock>> acquire(const QString &projectPath,
                                                                      const QString &user,
                                                                      bool takeOverStale,
                                                                      bool force);

    ~ProjectLock();
    Q_DISABLE_COPY_MOVE(ProjectLock)

private:
    ProjectLock(QString lockPath, QByteArray content);

    QString m_lockPath;
    QByteArray m_content; ///< the exact bytes written, so that only this lock is ever removed
};

} // namespace isms
