// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "TempProject.h"
#include "services/ProjectService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms {
namespace {

/// A closed demo project (several hundred pages, so that damage to one index is found only by a check
/// of every page).
QString closedDemo(test::TempProject &temp)
{
    return temp.createDemo(u"demo.isms"_s);
}

/// A closed demo project with a page of one index overwritten: only a check of every page finds it.
QString damagedDemo(test::TempProject &temp)
{
    const QString path = closedDemo(temp);
    test::TempProject::damagePageOf(path, u"change_log_by_record"_s);
    return path;
}

/// The check's refusal of a damaged file.
void expectDamaged(const Result<void> &pages)
{
    ASSERT_FALSE(pages.hasValue());
    EXPECT_EQ(pages.error().code, ErrorCode::Corrupt);
}

Database::OpenOptions readOnlyDeferred()
{
    Database::OpenOptions options;
    options.access = Database::Access::ReadOnly;
    options.deferPageCheck = true;
    return options;
}

TEST(DeferredPageCheckTest, AReadOnlyOpenLeavesTheCheckToAWorkerThatPassesASoundFile)
{
    test::TempProject temp;
    auto db = Database::open(closedDemo(temp), readOnlyDeferred());
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    EXPECT_EQ((*db)->pageCheck(), Database::PageCheck::Pending);
    (*db)->startPageCheck();
    (*db)->startPageCheck(); // a second start changes nothing
    // Reading goes on meanwhile, through the project's own connection.
    EXPECT_FALSE(ProjectService(**db).info()->organisation.isEmpty());
    ASSERT_TRUE((*db)->finishPageCheck().hasValue());
    EXPECT_EQ((*db)->pageCheck(), Database::PageCheck::Passed);
    // Still read-only.
    const auto changed = ProjectService(**db).setOrganisation(u"Other Ltd"_s);
    ASSERT_FALSE(changed.hasValue());
    EXPECT_EQ(changed.error().code, ErrorCode::ReadOnly);
}

TEST(DeferredPageCheckTest, TheWorkerFindsDamageThatTheReadOnlyOpenDidNotRead)
{
    test::TempProject temp;
    const QString path = damagedDemo(temp);
    const QByteArray before = test::TempProject::readAll(path);
    {
        auto db = Database::open(path, readOnlyDeferred());
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
        (*db)->startPageCheck();
        expectDamaged((*db)->finishPageCheck());
        EXPECT_EQ((*db)->pageCheck(), Database::PageCheck::Failed);
        EXPECT_FALSE((*db)->finishPageCheck().hasValue()); // and stays so
    }
    EXPECT_EQ(test::TempProject::readAll(path), before);
    // Without deferring, the same file is refused on open.
    Database::OpenOptions checked;
    checked.access = Database::Access::ReadOnly;
    const auto refused = Database::open(path, checked);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(refused.error().code, ErrorCode::Corrupt);
}

TEST(DeferredPageCheckTest, FinishingACheckThatWasNeverStartedRunsItHere)
{
    test::TempProject temp;
    auto db = Database::open(damagedDemo(temp), readOnlyDeferred());
    ASSERT_TRUE(db.hasValue());
    expectDamaged((*db)->finishPageCheck());
}

TEST(DeferredPageCheckTest, AChangeWaitsForTheWorkersCheck)
{
    test::TempProject temp;
    auto db = Database::open(closedDemo(temp), Database::OpenOptions{.deferPageCheck = true});
    ASSERT_TRUE(db.hasValue());
    (*db)->startPageCheck();
    ASSERT_TRUE(ProjectService(**db).setOrganisation(u"Other Ltd"_s).hasValue());
    EXPECT_EQ((*db)->pageCheck(), Database::PageCheck::Passed);
    EXPECT_EQ(ProjectService(**db).info()->organisation, u"Other Ltd");
}

TEST(DeferredPageCheckTest, AnOlderFileReadThroughAWorkingCopyIsCheckedOnOpen)
{
    test::TempProject temp;
    const QString path = temp.path(u"old.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 1).hasValue());
    auto db = Database::open(path, readOnlyDeferred());
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    EXPECT_TRUE((*db)->readsWorkingCopy());
    EXPECT_EQ((*db)->pageCheck(), Database::PageCheck::Passed);
}

TEST(DeferredPageCheckTest, WithoutDeferringNothingIsPending)
{
    test::TempProject temp;
    Database::OpenOptions options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(closedDemo(temp), options);
    ASSERT_TRUE(db.hasValue());
    EXPECT_EQ((*db)->pageCheck(), Database::PageCheck::Passed);
    (*db)->startPageCheck(); // nothing to do
    EXPECT_TRUE((*db)->finishPageCheck().hasValue());
}

} // namespace
} // namespace isms
