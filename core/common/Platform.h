// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace isms::platform {

/// The operating system's name for the current user ("USER" or "USERNAME"), or "unknown".
QString osUserName();

/// This machine's host name.
QString hostName();

/// This process's id.
qint64 currentProcessId();

/// Whether a process with this id runs on this machine.
bool isProcessRunning(qint64 pid);

/// How publishExclusively() went.
enum class PublishOutcome
{
    Published,    ///< `target` now names the file that was `source`.
    TargetExists, ///< something already has the name `target`; nothing changed.
    Unsupported,  ///< the file system cannot publish atomically (hard links on FAT); nothing changed.
    Failed,       ///< another error (permissions, disk); nothing changed.
};

/// Gives the complete file `source` the name `target`, but only if nothing has that name yet, in one
/// atomic step: of many processes publishing to one `target` at once, exactly one succeeds, and no
/// reader ever sees `target` empty or half written. On success `source` no longer exists under its
/// own name. Both paths must be in the same folder.
PublishOutcome publishExclusively(const QString &source, const QString &target);

/// Removes the file `path` only if it still holds exactly `expected` (compared byte for byte, up to
/// 64 KiB). Callers are serialised on the file itself, so of many processes that read the same content
/// and call this at once, at most one removes that file, and none removes a file that has replaced it
/// under the same name in the meantime. Returns true when this call removed the file.
bool removeIfUnchanged(const QString &path, const QByteArray &expected);

} // namespace isms::platform
