// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/ProjectLock.h"

#include "TempProject.h"
#include "common/Platform.h"

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
