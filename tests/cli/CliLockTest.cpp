// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"
#include "storage/ProjectLock.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace isms::test {

namespace {

/// A project locked by another program: refused with a sentence naming the holder, taken over with
/// --take-over-lock.
class CliLockTest : public CliTest
{
protected:
    /// Writes the lock file that a program on another computer leaves beside `file`.
    static void lockFromAnotherHost(const QString &file)
    {
        QFile lock(ProjectLock::lockPathFor(file));
        ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
        lock.write("alice\nanother-laptop\n4242\n2026-01-01T10:00:00Z\n");
    }

    static QStringList setStatus(const QString &file, const QString &status)
    {
        return {QStringLiteral("control"), file, QStringLiteral("5.1"), QStringLiteral("--status"), status};
    }
};

} // namespace

TEST_F(CliLockTest, LockFromAnotherHostRefusesAChangeNamingTheHolder)
{
    const QString file = newProject();
    lockFromAnotherHost(file);
    const QByteArray before = bytes(file);

    const CliRun change = run(setStatus(file, QStringLiteral("planned")));
    EXPECT_EQ(change.exitCode, 3) << qPrintable(change.err);
    expectOneErrorLine(change);
    EXPECT_TRUE(change.err.contains(u"alice")) << qPrintable(change.err);
    EXPECT_TRUE(change.err.contains(u"another-laptop")) << qPrintable(change.err);
    EXPECT_TRUE(change.err.contains(u"--take-over-lock")) << qPrintable(change.err);
    EXPECT_EQ(bytes(file), before);
    EXPECT_EQ(ProjectLock::inspect(file)->host, u"another-laptop");
}

TEST_F(CliLockTest, TakeOverLockOptionMakesTheChange)
{
    const QString file = newProject();
    lockFromAnotherHost(file);

    const CliRun change =
        run(setStatus(file, QStringLiteral("planned")) << QStringLiteral("--take-over-lock"));
    EXPECT_EQ(change.exitCode, 0) << qPrintable(change.err);
    EXPECT_TRUE(change.err.isEmpty()) << qPrintable(change.err);

    const CliRun shown = run({QStringLiteral("control"), file, QStringLiteral("5.1")});
    EXPECT_EQ(shown.exitCode, 0) << qPrintable(shown.err);
    EXPECT_TRUE(shown.out.contains(u"planned")) << qPrintable(shown.out);
    // The lock was taken over and released when isms-cli finished.
    EXPECT_FALSE(QFileInfo::exists(ProjectLock::lockPathFor(file)));
}

TEST_F(CliLockTest, TakeOverLockOptionTakesTheLockOfARunningProgram)
{
    const QString file = newProject();
    auto held = ProjectLock::acquire(file, QStringLiteral("someone else"), false, false);
    ASSERT_TRUE(held.hasValue()) << qPrintable(held.error().message);

    const CliRun refused = run(setStatus(file, QStringLiteral("partial")));
    EXPECT_EQ(refused.exitCode, 3) << qPrintable(refused.err);
    EXPECT_TRUE(refused.err.contains(u"someone else")) << qPrintable(refused.err);

    const CliRun change =
        run(setStatus(file, QStringLiteral("partial")) << QStringLiteral("--take-over-lock"));
    EXPECT_EQ(change.exitCode, 0) << qPrintable(change.err);
    // Releasing the lock that was taken over must not remove anything that is not ours.
    held->reset();
}

TEST_F(CliLockTest, HelpDescribesTakeOverLock)
{
    const CliRun overview = run({QStringLiteral("--help")});
    EXPECT_EQ(overview.exitCode, 0);
    EXPECT_TRUE(overview.out.contains(u"--take-over-lock")) << qPrintable(overview.out);
    const CliRun control = run({QStringLiteral("control"), QStringLiteral("--help")});
    EXPECT_EQ(control.exitCode, 0);
    EXPECT_TRUE(control.out.contains(u"--take-over-lock")) << qPrintable(control.out);
    // Commands that only read do not offer it.
    const CliRun controls = run({QStringLiteral("controls"), QStringLiteral("--help")});
    EXPECT_FALSE(controls.out.contains(u"--take-over-lock")) << qPrintable(controls.out);
}

} // namespace isms::test
