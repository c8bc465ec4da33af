// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/InspectionPrefetch.h"

#include "TempProject.h"
#include "storage/Database.h"
#include "storage/FileInspection.h"

#include <QDateTime>
#include <QFile>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using isms::Database;
using isms::ErrorCode;
using isms::InspectionPrefetch;

namespace {

QString closedProject(isms::test::TempProject &temp, const QString &name = u"test.isms"_s)
{
    {
        auto db = temp.create(name);
    }
    return temp.path(name);
}

Database::OpenOptions deferred()
{
    Database::OpenOptions options;
    options.deferPageCheck = true;
    return options;
}

} // namespace

TEST(InspectionPrefetchTest, GivesTheSameInspectionOnceForTheFileItWasMadeFor)
{
    isms::test::TempProject temp;
    const QString path = closedProject(temp);
    const QString other = closedProject(temp, u"other.isms"_s);
    EXPECT_FALSE(InspectionPrefetch::take(path)); // none made

    InspectionPrefetch prefetch(path);
    EXPECT_FALSE(InspectionPrefetch::take(other));
    const auto taken = InspectionPrefetch::take(path);
    ASSERT_TRUE(taken);
    ASSERT_TRUE(taken->hasValue());
    const auto direct = isms::inspectProjectFile(path, false);
    ASSERT_TRUE(direct.hasValue());
    EXPECT_EQ((*taken)->isSqlite, direct->isSqlite);
    EXPECT_EQ((*taken)->hasApplicationId, direct->hasApplicationId);
    EXPECT_EQ((*taken)->schemaVersion, direct->schemaVersion);
    EXPECT_EQ((*taken)->schemaProblems, direct->schemaProblems);
    EXPECT_EQ((*taken)->integrityProblems, direct->integrityProblems);
    EXPECT_FALSE(InspectionPrefetch::take(path)); // taken once
}

TEST(InspectionPrefetchTest, AFileChangedSinceIsInspectedAgain)
{
    isms::test::TempProject temp;
    const QString path = closedProject(temp);
    {
        InspectionPrefetch prefetch(path);
        // Another program writes the file after the inspection began: the prefetch no longer counts.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(
            file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5), QFileDevice::FileModificationTime));
        file.close();
        EXPECT_FALSE(InspectionPrefetch::take(path));
    }
    {
        // Gone once the prefetch is.
        {
            InspectionPrefetch prefetch(path);
        }
        EXPECT_FALSE(InspectionPrefetch::take(path));
    }
}

TEST(InspectionPrefetchTest, AnOpenUsesItAndStillRefusesWhatItWouldRefuse)
{
    isms::test::TempProject temp;
    const QString path = closedProject(temp);
    {
        InspectionPrefetch prefetch(path);
        auto db = Database::open(path, deferred());
        ASSERT_TRUE(db.hasValue()) << db.error().message.toStdString();
        EXPECT_FALSE(InspectionPrefetch::take(path)); // the open took it
    }

    // A foreign trigger added after the prefetch began: the file changed, so the open inspects it
    // again and refuses it.
    {
        InspectionPrefetch prefetch(path);
        isms::test::TempProject::runSql(
            path,
            {u"CREATE TRIGGER sneaky AFTER UPDATE ON requirement BEGIN DELETE FROM change_log; END"_s});
        const auto db = Database::open(path, deferred());
        ASSERT_FALSE(db.hasValue());
        EXPECT_EQ(db.error().code, ErrorCode::ForeignSchema);
    }
    // Prefetched with the trigger in place: refused from the prefetched inspection alike.
    {
        InspectionPrefetch prefetch(path);
        const auto db = Database::open(path, deferred());
        ASSERT_FALSE(db.hasValue());
        EXPECT_EQ(db.error().code, ErrorCode::ForeignSchema);
    }
}

TEST(InspectionPrefetchTest, ACheckOnAThreadAskedToStopEndsWithoutCallingTheFileDamaged)
{
    // The window's background check of a project closed meanwhile: its thread is asked to stop, and
    // the page check (which reads every page) ends at once instead of at the end of the file.
    isms::test::TempProject temp;
    const QString path = temp.createDemo();
    std::optional<isms::Result<isms::FileInspection>> stopped;
    std::optional<isms::Result<isms::FileInspection>> whole;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        whole.emplace(isms::inspectProjectFile(path));
        QThread::currentThread()->requestInterruption();
        stopped.emplace(isms::inspectProjectFile(path));
    }));
    thread->start();
    ASSERT_TRUE(thread->wait(60'000));
    ASSERT_TRUE(whole.has_value() && whole->hasValue());
    EXPECT_TRUE((*whole)->integrityProblems.isEmpty());
    ASSERT_TRUE(stopped.has_value());
    ASSERT_FALSE(stopped->hasValue());
    EXPECT_NE(stopped->error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(stopped->error().message.contains(u"was stopped"_s)) << qPrintable(stopped->error().message);
    // Other threads are not stopped by it: the same check on this one reads every page.
    const auto again = isms::inspectProjectFile(path);
    ASSERT_TRUE(again.hasValue());
    EXPECT_TRUE(again->integrityProblems.isEmpty());
}
