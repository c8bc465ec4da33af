// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors

// Many processes competing for one project's lock at the same moment (isms_lock_contender).

#include "TempProject.h"
#include "common/Platform.h"
#include "storage/ProjectLock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

constexpr int Contenders = 16;
constexpr int ProcessTimeoutMs = 60'000;

/// A process id far above any pid_max: no such process runs here.
constexpr qint64 DeadProcessId = 2'000'000'000;

/// Reads one line from `process`, waiting for it; empty when none comes.
QString readLine(QProcess &process)
{
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(ProcessTimeoutMs)) {
            return {};
        }
    }
    return QString::fromUtf8(process.readLine()).trimmed();
}

/// Starts the contenders, lets them all try at once, and returns what each one answered. The winner
/// keeps the lock until every contender has answered, so that nobody can mistake its lock for stale.
QStringList contend(const QString &projectPath)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < Contenders; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setStandardErrorFile(QProcess::nullDevice()); // the takeover is logged there
        process->start(QStringLiteral(ISMS_LOCK_CONTENDER_PATH), {projectPath});
        processes.push_back(std::move(process));
    }
    for (const auto &process : processes) {
        EXPECT_TRUE(process->waitForStarted(ProcessTimeoutMs)) << qPrintable(process->errorString());
        EXPECT_EQ(readLine(*process), u"ready");
    }
    // Every contender now waits on its stdin: release them together.
    for (const auto &process : processes) {
        process->write("go\n");
    }
    for (const auto &process : processes) {
        process->waitForBytesWritten(ProcessTimeoutMs);
    }
    QStringList answers;
    for (const auto &process : processes) {
        answers << readLine(*process);
    }
    for (const auto &process : processes) {
        process->closeWriteChannel();
    }
    for (const auto &process : processes) {
        EXPECT_TRUE(process->waitForFinished(ProcessTimeoutMs));
        EXPECT_EQ(process->exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(process->exitCode(), 0);
    }
    return answers;
}

void writeLockFile(const QString &projectPath, const QByteArray &content)
{
    QFile file(ProjectLock::lockPathFor(projectPath));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void expectExactlyOneWinner(const QStringList &answers, const QString &projectPath)
{
    EXPECT_EQ(answers.count(u"won"_s), 1) << qPrintable(answers.join(u", "_s));
    EXPECT_EQ(answers.count(u"locked"_s), Contenders - 1) << qPrintable(answers.join(u", "_s));
    // The winner released its lock when it exited, and nobody left a temporary file behind.
    const QFileInfo project(projectPath);
    const QStringList leftovers =
        project.absoluteDir().entryList({u".~lock.*"_s}, QDir::Files | QDir::Hidden | QDir::System);
    EXPECT_TRUE(leftovers.isEmpty()) << qPrintable(leftovers.join(u", "_s));
}

} // namespace

// Before the takeover was atomic, two or three of sixteen processes "took over" the same stale lock.
TEST(ProjectLockContentionTest, ExactlyOneOfManyProcessesTakesOverAStaleLock)
{
    for (int round = 0; round < 3; ++round) {
        SCOPED_TRACE(round);
        test::TempProject temp;
        const QString path = temp.path(u"contested.isms"_s);
        writeLockFile(path,
                      (u"crashed\n"_s + platform::hostName() + u'\n' + QString::number(DeadProcessId)
                       + u"\n2026-01-01T10:00:00Z\n"_s)
                          .toUtf8());
        ASSERT_TRUE(ProjectLock::inspect(path)->isStale);
        expectExactlyOneWinner(contend(path), path);
    }
}

TEST(ProjectLockContentionTest, ExactlyOneOfManyProcessesTakesOverAnOldEmptyLock)
{
    test::TempProject temp;
    const QString path = temp.path(u"emptied.isms"_s);
    writeLockFile(path, {});
    QFile lock(ProjectLock::lockPathFor(path));
    ASSERT_TRUE(lock.open(QIODevice::ReadWrite));
    ASSERT_TRUE(
        lock.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFile::FileModificationTime));
    lock.close();
    ASSERT_TRUE(ProjectLock::inspect(path)->isStale);
    expectExactlyOneWinner(contend(path), path);
}

TEST(ProjectLockContentionTest, ExactlyOneOfManyProcessesGetsAFreeLock)
{
    test::TempProject temp;
    const QString path = temp.path(u"free.isms"_s);
    expectExactlyOneWinner(contend(path), path);
}
