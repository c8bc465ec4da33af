// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/ProjectLock.h"

#include "common/Logging.h"
#include "common/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QThread>

namespace isms {

namespace {

/// Lock files are a few lines; anything read beyond this is not ours.
constexpr qint64 MaxLockSize = 4096;
/// A lock file that cannot be parsed and is younger than this may still be being written (by a program
/// on a file system without hard links, which writes in place), so it is not yet taken for stale.
constexpr qint64 UnreadableGraceSeconds = 10;
/// Rounds of "publish, find a stale lock, remove it" before giving up on a lock that keeps changing.
constexpr int MaxAttempts = 8;

QByteArray lockContent(const QString &user)
{
    // The last line, a random token, makes every lock file unique, so that a stale lock is never
    // mistaken for a fresh one with equal content (same process id reused within one second).
    const QString text = user + u'\n' + platform::hostName() + u'\n'
                         + QString::number(platform::currentProcessId()) + u'\n'
                         + QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + u'\n'
                         + QString::number(QRandomGenerator::system()->generate64(), 16) + u'\n';
    return text.toUtf8();
}

std::optional<LockInfo> parseLock(const QByteArray &content)
{
    const QStringList lines = QString::fromUtf8(content).split(u'\n');
    if (lines.size() < 4) {
        return std::nullopt;
    }
    LockInfo info;
    info.user = lines.at(0).left(200);
    info.host = lines.at(1).left(200);
    bool ok = false;
    info.processId = lines.at(2).toLongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    info.sinceUtc = QDateTime::fromString(lines.at(3), Qt::ISODate);
    info.isStale = info.host == platform::hostName() && !platform::isProcessRunning(info.processId);
    return info;
}

/// A lock file as read: its exact bytes (what a takeover compares) and who it names.
struct LockFileState
{
    QByteArray content;
    LockInfo info;
};

/// Reads the lock file; nothing when there is none.
std::optional<LockFileState> readLockFile(const QString &lockPath)
{
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists()) {
            return std::nullopt;
        }
        // Exists but unreadable: held by an unknown holder.
        return LockFileState{};
    }
    LockFileState state;
    state.content = file.read(MaxLockSize + 1);
    file.close();
    if (auto info = parseLock(state.content)) {
        state.info = *info;
        return state;
    }
    // A lock we cannot parse (left empty by a crash while it was written in place): nobody can be shown
    // to hold it, once it is old enough not to be one that is being written right now.
    const QDateTime modified = QFileInfo(lockPath).lastModified().toUTC();
    state.info.isStale =
        !modified.isValid() || modified.secsTo(QDateTime::currentDateTimeUtc()) > UnreadableGraceSeconds;
    return state;
}

enum class Publish
{
    Published,
    Taken,
    Failed,
};

/// Creates the lock file with `content` unless one exists. Of many processes doing this at once,
/// exactly one succeeds.
Publish publish(const QString &lockPath, const QByteArray &content)
{
    // Written under a private name first and then published whole, so that nobody ever reads a
    // half-written lock and takes it for a stale one.
    const QString temporary = lockPath + QStringLiteral(".tmp-")
                              + QString::number(platform::currentProcessId()) + u'-'
                              + QString::number(QRandomGenerator::system()->generate64(), 16);
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return QFileInfo::exists(lockPath) ? Publish::Taken : Publish::Failed;
        }
        if (file.write(content) != content.size() || !file.flush()) {
            file.close();
            QFile::remove(temporary);
            return Publish::Failed;
        }
    }
    const platform::PublishOutcome outcome = platform::publishExclusively(temporary, lockPath);
    if (outcome == platform::PublishOutcome::Published) {
        return Publish::Published;
    }
    QFile::remove(temporary);
    if (outcome == platform::PublishOutcome::TargetExists) {
        return Publish::Taken;
    }
    if (outcome == platform::PublishOutcome::Failed) {
        return QFileInfo::exists(lockPath) ? Publish::Taken : Publish::Failed;
    }
    // No hard links here (FAT, some network shares): create the lock in place. A reader that finds it
    // still empty treats it as held for UnreadableGraceSeconds.
    QFile file(lockPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return file.exists() ? Publish::Taken : Publish::Failed;
    }
    if (file.write(content) != content.size() || !file.flush()) {
        file.close();
        file.remove();
        return Publish::Failed;
    }
    return Publish::Published;
}

Error lockedError(const QString &projectPath, const LockInfo &info, const QString &lockPath)
{
    const QString since = info.sinceUtc.isValid()
                              ? QLocale().toString(info.sinceUtc.toLocalTime(), QLocale::ShortFormat)
                              : QCoreApplication::translate("isms::ProjectLock", "an unknown time");
    return Error{ErrorCode::Locked,
                 QCoreApplication::translate("isms::ProjectLock",
                                             "\"%1\" is already open for editing by %2 on %3 since %4; "
                                             "close it there or open it read-only.")
                     .arg(QFileInfo(projectPath).fileName(),
                          info.user.isEmpty() ? QStringLiteral("?") : info.user,
                          info.host.isEmpty() ? QStringLiteral("?") : info.host,
                          since),
                 lockPath};
}

Error unwritableError(const QString &projectPath, const QString &lockPath)
{
    return Error{
        ErrorCode::Io,
        QCoreApplication::translate("isms::ProjectLock",
                                    "The lock file beside \"%1\" cannot be written; open the project "
                                    "read-only or copy it to a folder you can write to.")
            .arg(QFileInfo(projectPath).fileName()),
        lockPath};
}

} // namespace

QString ProjectLock::lockPathFor(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(QStringLiteral(".~lock.") + info.fileName() + u'#');
}

std::optional<LockInfo> ProjectLock::inspect(const QString &projectPath)
{
    const auto state = readLockFile(lockPathFor(projectPath));
    if (!state) {
        return std::nullopt;
    }
    return state->info;
}

Result<std::unique_ptr<ProjectLock>> ProjectLock::acquire(const QString &projectPath,
                                                          const QString &user,
                                                          bool takeOverStale,
                                                          bool force)
{
    // A takeover never deletes a lock by name alone: a process that read a stale lock could otherwise
    // delete the fresh lock that another process has just put in its place. It removes the file only
    // while it still holds exactly the bytes judged stale (platform::removeIfUnchanged), and then
    // competes with everyone else through the same exclusive publish, which exactly one process wins.
    const QString lockPath = lockPathFor(projectPath);
    const QByteArray content = lockContent(user);
    std::optional<LockFileState> current;
    bool tookOver = false;
    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        const Publish published = publish(lockPath, content);
        if (published == Publish::Published) {
            return std::unique_ptr<ProjectLock>(new ProjectLock(lockPath, content));
        }
        if (published == Publish::Failed) {
            // Right after a takeover, Windows may still hold the removed file's name for a moment
            // (until every handle to it is closed); elsewhere this is a folder we cannot write to.
            if (tookOver && attempt + 1 < MaxAttempts) {
                QThread::yieldCurrentThread();
                continue;
            }
            return unwritableError(projectPath, lockPath);
        }
        current = readLockFile(lockPath);
        if (!current) {
            continue; // released in the meantime: compete again
        }
        if (!force && !(takeOverStale && current->info.isStale)) {
            return lockedError(projectPath, current->info, lockPath);
        }
        qCInfo(lcStorage) << "taking over lock" << lockPath << (force ? "on request" : "(stale)");
        // Whether this process or another one removed it, the next round competes for the free name.
        platform::removeIfUnchanged(lockPath, current->content);
        tookOver = true;
    }
    return lockedError(projectPath, current ? current->info : LockInfo{}, lockPath);
}

ProjectLock::ProjectLock(QString lockPath, QByteArray content)
    : m_lockPath(std::move(lockPath))
    , m_content(std::move(content))
{}

ProjectLock::~ProjectLock()
{
    // Remove the lock only while it is still ours: someone may have taken it over.
    platform::removeIfUnchanged(m_lockPath, m_content);
}

} // namespace isms
