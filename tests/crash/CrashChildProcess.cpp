// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CrashChildProcess.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace isms::crash {

namespace {

// Sanitizer builds start slowly; a child that never gets ready is an error, not a hang.
constexpr int StartTimeoutMs = 60'000;
// A child under strace that is never killed stops by itself after this many edits.
constexpr int FsyncRunMaxEdits = 500;
constexpr int FsyncRunTimeoutMs = 120'000;

QString strace()
{
    return QStandardPaths::findExecutable(QStringLiteral("strace"));
}

/// Reads the child's stdout line by line; a line without its newline is not read yet.
class LineReader
{
public:
    explicit LineReader(QProcess &process)
        : m_process(process)
    {}

    /// Reads what is there now.
    void pump()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            m_lines.append(QString::fromUtf8(m_buffer.left(end)));
            m_buffer.remove(0, end + 1);
        }
    }

    /// Waits until the `count`-th line that starts with `prefix` has been read.
    bool waitForLine(const QString &prefix, int count, QDeadlineTimer deadline)
    {
        while (true) {
            pump();
            int seen = 0;
            for (const QString &line : std::as_const(m_lines)) {
                seen += line.startsWith(prefix) ? 1 : 0;
            }
            if (seen >= count) {
                return true;
            }
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
                return false;
            }
            m_process.waitForReadyRead(static_cast<int>(std::min<qint64>(deadline.remainingTime(), 1000)));
        }
    }

    /// Keeps reading (so that the child never blocks on a full pipe) until `ms` have passed.
    void readFor(int ms)
    {
        const QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(static_cast<int>(std::max<qint64>(deadline.remainingTime(), 1)));
            pump();
        }
    }

    const QStringList &lines() const { return m_lines; }

private:
    QProcess &m_process;
    QByteArray m_buffer;
    QStringList m_lines;
};

qint64 readyPid(const QStringList &lines)
{
    for (const QString &line : lines) {
        if (line.startsWith(u"ready ")) {
            return line.mid(6).toLongLong();
        }
    }
    return 0;
}

} // namespace

QString ChildRun::describe() const
{
    switch (method) {
    case KillMethod::AfterReady:
        return QStringLiteral("random delay %1 ms after ready").arg(delayMs);
    case KillMethod::FromStart:
        return QStringLiteral("random delay %1 ms after start").arg(delayMs);
    case KillMethod::Fsync:
        return QStringLiteral("SIGKILL at fsync call %1 through strace").arg(fsyncCall);
    case KillMethod::BetweenEdits:
        return QStringLiteral("between edits, after %1 edits").arg(stepEdits);
    }
    return {};
}

bool ChildProcess::straceWorks()
{
    const QString program = strace();
    if (program.isEmpty()) {
        return false;
    }
    QProcess probe;
    probe.start(program, {QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("true")});
    return probe.waitForFinished(10'000) && probe.exitStatus() == QProcess::NormalExit
           && probe.exitCode() == 0;
}

ChildResult ChildProcess::runAndKill(const QString &projectPath, const ChildRun &run)
{
    const QString child = QStringLiteral(ISMS_CRASH_CHILD_PATH);
    QStringList childArgs{projectPath,
                          QStringLiteral("--seed"),
                          QString::number(run.childSeed),
                          QStringLiteral("--first"),
                          QString::number(run.firstEdit)};
    if (run.lieEvery > 0) {
        childArgs << QStringLiteral("--lie-every") << QString::number(run.lieEvery);
    }
    if (run.method == KillMethod::BetweenEdits) {
        childArgs << QStringLiteral("--step");
    }

    QProcess process;
    if (run.method == KillMethod::Fsync) {
        childArgs << QStringLiteral("--max-edits") << QString::number(FsyncRunMaxEdits);
        process.start(
            strace(),
            QStringList{QStringLiteral("-f"),
                        QStringLiteral("-qq"),
                        QStringLiteral("-o"),
                        QStringLiteral("/dev/null"),
                        QStringLiteral("-e"),
                        QStringLiteral("trace=fsync,fdatasync"),
                        QStringLiteral("-e"),
                        QStringLiteral("inject=fsync,fdatasync:signal=KILL:when=%1").arg(run.fsyncCall),
                        QStringLiteral("--"),
                        child}
                + childArgs);
    } else {
        process.start(child, childArgs);
    }

    ChildResult result;
    result.lastEdit = run.firstEdit - 1;
    if (!process.waitForStarted(StartTimeoutMs)) {
        result.error = QStringLiteral("did not start: ") + process.errorString();
        return result;
    }
    LineReader reader(process);
    bool killedByUs = false;
    switch (run.method) {
    case KillMethod::AfterReady:
        if (reader.waitForLine(QStringLiteral("ready "), 1, QDeadlineTimer(StartTimeoutMs))) {
            reader.readFor(run.delayMs);
        }
        break;
    case KillMethod::FromStart:
        reader.readFor(run.delayMs);
        break;
    case KillMethod::BetweenEdits:
        for (int edit = 0; edit <= run.stepEdits; ++edit) {
            if (!reader.waitForLine(QStringLiteral("wait"), edit + 1, QDeadlineTimer(StartTimeoutMs))) {
                break;
            }
            if (edit < run.stepEdits) {
                process.write("go\n");
                process.waitForBytesWritten(StartTimeoutMs);
            }
        }
        break;
    case KillMethod::Fsync:
        if (!process.waitForFinished(FsyncRunTimeoutMs)) {
#ifdef Q_OS_UNIX
            // Killing strace alone could leave its tracee running on: kill the child itself first.
            reader.pump();
            if (const qint64 pid = readyPid(reader.lines()); pid > 0) {
                ::kill(static_cast<pid_t>(pid), SIGKILL);
            }
#endif
            result.error = QStringLiteral("strace never killed the child; killed it after a timeout");
        }
        break;
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill(); // SIGKILL on Unix
        killedByUs = true;
    }
    process.waitForFinished(StartTimeoutMs);
    reader.pump();

    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed().left(2000);
    if (!killedByUs && result.error.isEmpty()) {
        // Under strace the injected SIGKILL ends the child, and strace ends the same way; a child that
        // reached its edit limit exits 0. Anything else is a failure of the child on its own.
        const bool injectedKill =
            run.method == KillMethod::Fsync
            && (process.exitStatus() == QProcess::CrashExit || process.exitCode() == 128 + 9);
        if (!injectedKill && (process.exitStatus() == QProcess::CrashExit || process.exitCode() != 0)) {
            result.error = QStringLiteral("the child ended on its own (exit code %1): %2")
                               .arg(process.exitCode())
                               .arg(err);
        }
    }
    for (const QString &line : reader.lines()) {
        if (auto parsed = parseScriptLine(line)) {
            result.lastEdit = std::max(result.lastEdit, parsed->edit);
            result.lines.append(*parsed);
        }
    }
    return result;
}

} // namespace isms::crash
