// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "CrashScript.h"

#include <QList>
#include <QString>

namespace isms::crash {

/// Where the driver makes a kill land.
enum class KillMethod
{
    AfterReady,   ///< a random delay after the child opened the project: mostly inside a commit
    FromStart,    ///< a short random delay after the start: sometimes while the child opens the file
    Fsync,        ///< strace injects SIGKILL at the child's N-th fsync/fdatasync: inside a commit
    BetweenEdits, ///< (diagnostic) after a number of edits, while the child waits for the next one
};

/// One child run: how it is started and killed.
struct ChildRun
{
    KillMethod method = KillMethod::AfterReady;
    quint64 childSeed = 0;
    qint64 firstEdit = 1;
    int lieEvery = 0;
    int delayMs = 0;   ///< AfterReady, FromStart
    int fsyncCall = 1; ///< Fsync
    int stepEdits = 0; ///< BetweenEdits

    /// "random delay 83 ms after ready", for the log.
    QString describe() const;
};

/// What a child run produced.
struct ChildResult
{
    QList<ScriptLine> lines; ///< every complete begin and committed line, in order
    qint64 lastEdit = 0;     ///< the highest edit number the child began
    QString error;           ///< set when the child failed on its own (exit code, crash, timeout)
};

/// Starts isms_crash_child and kills it as `run` says.
class ChildProcess final
{
public:
    [[nodiscard]] static ChildResult runAndKill(const QString &projectPath, const ChildRun &run);

    /// Whether strace is installed and may trace here (containers may forbid ptrace).
    [[nodiscard]] static bool straceWorks();
};

} // namespace isms::crash
