// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/ProjectLock.h"

#include "TempProject.h"
#include "common/Platform.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

void writeLock(const QString &projectPath, const QString &host, qint64 pid)
{
    QFile file(ProjectLock::lockPathFor(projectPath));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        (u"someone\n"_s + host + u'\n' + QString::number(pid) + u"\n2026-01-01T10:00:00Z\n"_s).toUtf8());
}

} // namespace

TEST(ProjectLockTest, WritesHolderBesideTheProject)
{
    test::TempProject temp;
    auto db = temp.create(u"locked.isms"_s);
    ASSERT_TRUE(db);
    const QString lockPath = temp.path(u".~lock.locked.isms#"_s);
    EXPECT_EQ(ProjectLock::lockPathFor(temp.path(u"locked.isms"_s)), lockPath);
    ASSERT_TRUE(QFileInfo::exists(lockPath));
    const auto info = ProjectLock::inspect(temp.path(u"locked.isms"_s));
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->user, u"tester");
    EXPECT_EQ(info->host, platform::hostName());
    EXPECT_EQ(info->processId, platform::currentProcessId());
    EXPECT_TRUE(info->sinceUtc.isValid());
    EXPECT_FALSE(info->isStale);
    db.reset();
    EXPECT_FALSE(QFileInfo::exists(lockPath));
}

TEST(ProjectLockTest, SecondWriterIsRefusedButMayReadOnly)
{
    test::TempProject temp;
    auto first = temp.create(u"shared.isms"_s);
    ASSERT_TRUE(first);
    const QString path = temp.path(u"shared.isms"_s);

    const auto second = Database::open(path, {});
    ASSERT_FALSE(second.hasValue());
    EXPECT_EQ(second.error().code, ErrorCode::Locked);
    EXPECT_TRUE(second.error().message.contains(u"tester"_s));
    EXPECT_TRUE(second.error().message.contains(u"read-only"_s));

    auto reader = Database::open(path, Database::OpenOptions{.access = Database::Access::ReadOnly});
    ASSERT_TRUE(reader.hasValue());
    EXPECT_TRUE((*reader)->isReadOnly());
}

TEST(ProjectLockTest, TakesOverAStaleLockFromACrashedProcess)
{
    test::TempProject temp;
    const QString path = temp.path(u"crashed.isms"_s);
    temp.create(u"crashed.isms"_s).reset();
    // A process id far above any pid_max: no such process runs here.
    writeLock(path, platform::hostName(), 2'000'000'000);
    const auto info = ProjectLock::inspect(path);
    ASSERT_TRUE(info.has_value());
    EXPECT_TRUE(info->isStale);

    auto strict = Database::open(path, Database::OpenOptions{.takeOverStaleLock = false});
    ASSERT_FALSE(strict.hasValue());
    EXPECT_EQ(strict.error().code, ErrorCode::Locked);

    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    EXPECT_EQ(ProjectLock::inspect(path)->processId, platform::currentProcessId());
}

TEST(ProjectLockTest, LockFromAnotherHostNeedsAnExplicitTakeOver)
{
    test::TempProject temp;
    const QString path = temp.path(u"remote.isms"_s);
    temp.create(u"remote.isms"_s).reset();
    writeLock(path, u"another-laptop"_s, 4242);
    EXPECT_FALSE(ProjectLock::inspect(path)->isStale);

    const auto refused = Database::open(path, {});
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(refused.error().code, ErrorCode::Locked);
    EXPECT_TRUE(refused.error().message.contains(u"another-laptop"_s));

    auto forced = Database::open(path, Database::OpenOptions{.forceTakeOverLock = true});
    ASSERT_TRUE(forced.hasValue());
    EXPECT_EQ(ProjectLock::inspect(path)->host, platform::hostName());
}

TEST(ProjectLockTest, ReleasingALockThatWasTakenOverLeavesTheNewLock)
{
    test::TempProject temp;
    const QString path = temp.path(u"handed-over.isms"_s);
    auto first = ProjectLock::acquire(path, u"first"_s, false, false);
    ASSERT_TRUE(first.hasValue());
    auto second = ProjectLock::acquire(path, u"second"_s, false, true);
    ASSERT_TRUE(second.hasValue()) << qPrintable(second.error().message);

    // Both run in this process, so only the lock's exact content tells them apart.
    first->reset();
    ASSERT_TRUE(ProjectLock::inspect(path).has_value());
    EXPECT_EQ(ProjectLock::inspect(path)->user, u"second");
    second->reset();
    EXPECT_FALSE(ProjectLock::inspect(path).has_value());
}

TEST(ProjectLockTest, ALateTakeOverNeverRemovesTheFreshLock)
{
    test::TempProject temp;
    const QString path = temp.path(u"late.isms"_s);
    const QString lockPath = ProjectLock::lockPathFor(path);
    writeLock(path, platform::hostName(), 2'000'000'000);
    QFile stale(lockPath);
    ASSERT_TRUE(stale.open(QIODevice::ReadOnly));
    const QByteArray staleContent = stale.readAll();
    stale.close();

    // Another process takes over after this one read the stale lock...
    auto fresh = ProjectLock::acquire(path, u"winner"_s, true, false);
    ASSERT_TRUE(fresh.hasValue()) << qPrintable(fresh.error().message);
    // ...and this one, removing what it judged stale, must leave the fresh lock alone.
    EXPECT_FALSE(platform::removeIfUnchanged(lockPath, staleContent));
    ASSERT_TRUE(ProjectLock::inspect(path).has_value());
    EXPECT_EQ(ProjectLock::inspect(path)->user, u"winner");
}

TEST(ProjectLockTest, RemovesOnlyAnUnchangedFile)
{
    test::TempProject temp;
    const QString file = temp.path(u"token"_s);
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("one\n");
    out.close();
    EXPECT_FALSE(platform::removeIfUnchanged(file, "one"));
    EXPECT_FALSE(platform::removeIfUnchanged(file, "one\nmore\n"));
    EXPECT_TRUE(QFileInfo::exists(file));
    EXPECT_TRUE(platform::removeIfUnchanged(file, "one\n"));
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_FALSE(platform::removeIfUnchanged(file, "one\n"));
}

TEST(ProjectLockTest, AnEmptyLockIsHeldWhileItMayStillBeWritten)
{
    test::TempProject temp;
    const QString path = temp.path(u"young.isms"_s);
    QFile lock(ProjectLock::lockPathFor(path));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.close();
    ASSERT_TRUE(ProjectLock::inspect(path).has_value());
    EXPECT_FALSE(ProjectLock::inspect(path)->isStale);
    const auto refused = ProjectLock::acquire(path, u"tester"_s, true, false);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(refused.error().code, ErrorCode::Locked);

    ASSERT_TRUE(lock.open(QIODevice::ReadWrite));
    ASSERT_TRUE(lock.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60), QFile::FileModificationTime));
    lock.close();
    EXPECT_TRUE(ProjectLock::inspect(path)->isStale);
    EXPECT_TRUE(ProjectLock::acquire(path, u"tester"_s, true, false).hasValue());
}

TEST(ProjectLockTest, PublishesTheLockWholeAndLeavesNoTemporaryFile)
{
    test::TempProject temp;
    const QString path = temp.path(u"tidy.isms"_s);
    auto lock = ProjectLock::acquire(path, u"tester"_s, false, false);
    ASSERT_TRUE(lock.hasValue());
    const QStringList files = QDir(temp.path(QString())).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(files, QStringList{u".~lock.tidy.isms#"_s});
}
