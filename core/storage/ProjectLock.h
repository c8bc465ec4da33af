// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

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

/// The lock file beside a project, ".~lock.NAME.isms#", holding user, host, process id and time.
/// It stops two programs from editing one file. Created atomically; removed when released.
class ProjectLock final
{
public:
    /// The lock file path for a project path.
    static QString lockPathFor(const QString &projectPath);

    /// Reads the current holder, if any.
    static std::optional<LockInfo> inspect(const QString &projectPath);

    /// Takes the lock. Fails with Locked when another holder has it, unless it is stale and
    /// `takeOverStale` is set, or `force` is set.
    [[nodiscard]] static Result<std::unique_ptr<ProjectLock>> acquire(const QString &projectPath,
                                                                      const QString &user,
                                                                      bool takeOverStale,
                                                                      bool force);

    ~ProjectLock();
    Q_DISABLE_COPY_MOVE(ProjectLock)

private:
    explicit ProjectLock(QString lockPath);

    QString m_lockPath;
};

} // namespace isms
