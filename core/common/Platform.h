// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

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

} // namespace isms::platform
