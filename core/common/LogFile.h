// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QString>

namespace isms {

/// Writes Qt's log messages (isms.* categories and Qt's own warnings) to a rotating log file, in
/// addition to standard error. ISMS content is never logged above debug level, so the file can be
/// attached to a bug report.
class LogFile final
{
public:
    /// Starts logging to `directory`/isms.log; rotates to isms.1.log ... when the file passes
    /// MaxBytes, keeping MaxFiles files. Returns the log file's path, or an empty string when the
    /// folder cannot be written (logging then goes to standard error only).
    static QString install(const QString &directory);

    /// Stops writing to the file (restores the previous handler).
    static void uninstall();

    static constexpr qint64 MaxBytes = 1024 * 1024;
    static constexpr int MaxFiles = 3;
};

} // namespace isms
