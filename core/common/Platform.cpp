// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace isms::platform {

namespace {

/// removeIfUnchanged() compares at most this much; lock files are far smaller.
constexpr qint64 MaxComparedSize = 64 * 1024;

#ifndef Q_OS_WIN
using FileStatus = struct stat;

/// Reads up to MaxComparedSize + 1 bytes from the start of `fd`, so that a longer file never compares equal.
QByteArray readFromStart(int fd)
{
    QByteArray content(MaxComparedSize + 1, Qt::Uninitialized);
    qsizetype total = 0;
    while (total < content.size()) {
        const ssize_t count =
            ::pread(fd, content.data() + total, static_cast<size_t>(content.size() - total), total);
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count <= 0) {
            break;
        }
        total += count;
    }
    content.truncate(total);
    return content;
}
#endif

} // namespace

QString osUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty()) {
            return name;
        }
    }
#ifndef Q_OS_WIN
    // Services and containers often start without USER; the password database still knows the name.
    if (const passwd *entry = ::getpwuid(::geteuid()); entry != nullptr && entry->pw_name != nullptr) {
        return QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return QStringLiteral("unknown");
}

QString hostName()
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("localhost") : name;
}

qint64 currentProcessId()
{
    return QCoreApplication::applicationPid();
}

bool isProcessRunning(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (process == nullptr) {
        return GetLastError() == ERROR_ACCESS_DENIED;
    }
    DWORD exitCode = 0;
    const bool running = GetExitCodeProcess(process, &exitCode) && exitCode == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    // Signal 0 checks for existence; EPERM means it exists but belongs to someone else.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
}

#ifdef Q_OS_WIN

PublishOutcome publishExclusively(const QString &source, const QString &target)
{
    const QString from = QDir::toNativeSeparators(source);
    const QString to = QDir::toNativeSeparators(target);
    // Without MOVEFILE_REPLACE_EXISTING the move fails when the name is taken, in one step.
    if (MoveFileExW(reinterpret_cast<LPCWSTR>(from.utf16()),
                    reinterpret_cast<LPCWSTR>(to.utf16()),
                    MOVEFILE_WRITE_THROUGH)) {
        return PublishOutcome::Published;
    }
    const DWORD error = GetLastError();
    return error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS ? PublishOutcome::TargetExists
                                                                       : PublishOutcome::Failed;
}

bool removeIfUnchanged(const QString &path, const QByteArray &expected)
{
    const QString name = QDir::toNativeSeparators(path);
    HANDLE file = CreateFileW(reinterpret_cast<LPCWSTR>(name.utf16()),
                              GENERIC_READ | DELETE,
                              FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                              nullptr,
                              OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL,
                              nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        return false;
    }
    // A handle names one file, so deleting through it never removes a file that replaced it. The lock
    // on a byte far beyond the end (which does not block readers) serialises removers, so that only
    // the first one sees the file not yet marked for deletion.
    OVERLAPPED range{};
    range.Offset = MAXDWORD;
    range.OffsetHigh = 0x7FFFFFFF;
    const bool locked = LockFileEx(file, LOCKFILE_EXCLUSIVE_LOCK, 0, 1, 0, &range) != 0;
    bool removed = false;
    FILE_STANDARD_INFO standard{};
    if (GetFileInformationByHandleEx(file, FileStandardInfo, &standard, sizeof standard)
        && !standard.DeletePending) {
        QByteArray content(MaxComparedSize + 1, Qt::Uninitialized);
        DWORD count = 0;
        if (ReadFile(file, content.data(), static_cast<DWORD>(content.size()), &count, nullptr)) {
            content.truncate(count);
            if (content == expected) {
#ifdef FILE_DISPOSITION_FLAG_POSIX_SEMANTICS
                // Windows 10 1709 and later free the name at once, not when the last handle closes.
                FILE_DISPOSITION_INFO_EX immediate{};
                immediate.Flags = FILE_DISPOSITION_FLAG_DELETE | FILE_DISPOSITION_FLAG_POSIX_SEMANTICS;
                removed =
                    SetFileInformationByHandle(file, FileDispositionInfoEx, &immediate, sizeof immediate)
                    != 0;
#endif
                if (!removed) {
                    FILE_DISPOSITION_INFO disposition{};
                    disposition.DeleteFile = TRUE;
                    removed = SetFileInformationByHandle(file,
                                                         FileDispositionInfo,
                                                         &disposition,
                                                         sizeof disposition)
                              != 0;
                }
            }
        }
    }
    if (locked) {
        UnlockFileEx(file, 0, 1, 0, &range);
    }
    CloseHandle(file);
    return removed;
}

#else

PublishOutcome publishExclusively(const QString &source, const QString &target)
{
    const QByteArray from = QFile::encodeName(source);
    const QByteArray to = QFile::encodeName(target);
    // link() fails with EEXIST when the name is taken, in one step, on local disks and on NFS alike.
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        return PublishOutcome::Published;
    }
    const int error = errno;

    // NFS may report a failure for a link that the server made (a retried request): the link count says.
    FileStatus status{};
    if (::stat(from.constData(), &status) == 0 && status.st_nlink == 2) {
        ::unlink(from.constData());
        return PublishOutcome::Published;
    }
    switch (error) {
    case EEXIST:
        return PublishOutcome::TargetExists;
    case EPERM:
    case ENOSYS:
    case EOPNOTSUPP:
#if defined(ENOTSUP) && ENOTSUP != EOPNOTSUPP
    case ENOTSUP:
#endif
        return PublishOutcome::Unsupported;
    default:
        return PublishOutcome::Failed;
    }
}

bool removeIfUnchanged(const QString &path, const QByteArray &expected)
{
    const QByteArray name = QFile::encodeName(path);
    // Write access lets flock() work on NFS, where it becomes a write lock; reading is enough elsewhere.
    int fd = ::open(name.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    }
    if (fd < 0) {
        return false;
    }
    // Every remover holds this lock while it checks and removes, and checks that the name still leads to
    // the file it locked. Once one remover has unlinked the file, the next one finds the name gone or
    // naming another file, and leaves it alone.
    // Where the file system offers no such lock (flock() fails with ENOLCK), the checks alone remain.
    while (::flock(fd, LOCK_EX) != 0 && errno == EINTR) {
    }
    bool removed = false;

    FileStatus opened{};
    FileStatus named{};
    if (::fstat(fd, &opened) == 0 && ::stat(name.constData(), &named) == 0 && opened.st_dev == named.st_dev
        && opened.st_ino == named.st_ino && readFromStart(fd) == expected) {
        removed = ::unlink(name.constData()) == 0;
    }
    ::close(fd);
    return removed;
}

#endif

} // namespace isms::platform
