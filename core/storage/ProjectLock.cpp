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

namespace isms {

namespace {

QByteArray lockContent(const QString &user)
{
    const QString text = user + u'\n' + platform::hostName() + u'\n'
                         + QString::number(platform::currentProcessId()) + u'\n'
                         + QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + u'\n';
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

} // namespace

QString ProjectLock::lockPathFor(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(QStringLiteral(".~lock.") + info.fileName() + u'#');
}

std::optional<LockInfo> ProjectLock::inspect(const QString &projectPath)
{
    QFile file(lockPathFor(projectPath));
    if (!file.exists()) {
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        // Exists but unreadable: treat as held by an unknown holder.
        return LockInfo{};
    }
    auto info = parseLock(file.read(4096));
    if (!info) {
        // A lock we cannot read (empty after a crash during writing): nobody can be shown to hold it.
        LockInfo unknown;
        unknown.isStale = true;
        return unknown;
    }
    return info;
}

Result<std::unique_ptr<ProjectLock>> ProjectLock::acquire(const QString &projectPath,
                                                          const QString &user,
                                                          bool takeOverStale,
                                                          bool force)
{
    const QString lockPath = lockPathFor(projectPath);
    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile file(lockPath);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            const QByteArray content = lockContent(user);
            if (file.write(content) != content.size() || !file.flush()) {
                file.close();
                QFile::remove(lockPath);
                break;
            }
            file.close();
            return std::unique_ptr<ProjectLock>(new ProjectLock(lockPath));
        }
        if (!file.exists()) {
            break; // not a conflict: the folder does not let us create files
        }
        const auto holder = inspect(projectPath);
        const bool mayTakeOver = force || (takeOverStale && holder && holder->isStale);
        if (!mayTakeOver || attempt > 0) {
            const LockInfo info = holder.value_or(LockInfo{});
            const QString since = info.sinceUtc.isValid()
                                      ? QLocale().toString(info.sinceUtc.toLocalTime(), QLocale::ShortFormat)
                                      : QCoreApplication::translate("isms::ProjectLock", "an unknown time");
            return Error{
                ErrorCode::Locked,
                QCoreApplication::translate("isms::ProjectLock",
                                            "\"%1\" is already open for editing by %2 on %3 since %4; "
                                            "close it there or open it read-only.")
                    .arg(QFileInfo(projectPath).fileName(),
                         info.user.isEmpty() ? QStringLiteral("?") : info.user,
                         info.host.isEmpty() ? QStringLiteral("?") : info.host,
                         since),
                lockPath};
        }
        qCInfo(lcStorage) << "taking over lock" << lockPath << (force ? "on request" : "(stale)");
        if (!QFile::remove(lockPath)) {
            break;
        }
    }
    return Error{
        ErrorCode::Io,
        QCoreApplication::translate("isms::ProjectLock",
                                    "The lock file beside \"%1\" cannot be written; open the project "
                                    "read-only or copy it to a folder you can write to.")
            .arg(QFileInfo(projectPath).fileName()),
        lockPath};
}

ProjectLock::ProjectLock(QString lockPath)
    : m_lockPath(std::move(lockPath))
{}

ProjectLock::~ProjectLock()
{
    // Remove the lock only while it is still ours: someone may have taken it over.
    QFile file(m_lockPath);
    if (file.open(QIODevice::ReadOnly)) {
        const auto holder = parseLock(file.read(4096));
        file.close();
        if (holder && holder->host == platform::hostName()
            && holder->processId == platform::currentProcessId()) {
            QFile::remove(m_lockPath);
        }
    }
}

} // namespace isms
