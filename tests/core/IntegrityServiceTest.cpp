// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/IntegrityService.h"

#include "TempProject.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

bool hasFinding(const CheckReport &report, CheckFinding::Area area)
{
    return std::any_of(report.findings.cbegin(), report.findings.cend(), [area](const CheckFinding &finding) {
        return finding.area == area;
    });
}

} // namespace

TEST(IntegrityServiceTest, ACleanDemoPasses)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
    EXPECT_GT(report->changeLogRows, 100);
    EXPECT_EQ(report->schemaVersion, 3);
}

TEST(IntegrityServiceTest, DetectsAnAlteredLogRow)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    test::TempProject::runSql(path, {u"UPDATE change_log SET actor = 'mallory' WHERE seq = 5"_s});
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    ASSERT_TRUE(hasFinding(*report, CheckFinding::Area::ChangeLog));
    EXPECT_TRUE(report->findings.constFirst().message.contains(u"row 5"_s));
}

TEST(IntegrityServiceTest, DetectsARemovedLogRow)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    test::TempProject::runSql(path, {u"DELETE FROM change_log WHERE seq = 10"_s});
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(hasFinding(*report, CheckFinding::Area::ChangeLog));
}

TEST(IntegrityServiceTest, DetectsAnEditThatBypassedTheProgram)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    test::TempProject::runSql(
        path,
        {u"UPDATE requirement SET status = 'implemented' WHERE kind = 'control' AND ref = '8.11'"_s});
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    ASSERT_TRUE(hasFinding(*report, CheckFinding::Area::ValueHistory));
    EXPECT_FALSE(hasFinding(*report, CheckFinding::Area::ChangeLog));
    EXPECT_TRUE(report->findings.constFirst().message.contains(u"A.8.11"_s));
}

TEST(IntegrityServiceTest, DetectsAFieldSetWithoutAnyLogEntry)
{
    test::TempProject temp;
    auto db = temp.create();
    ASSERT_TRUE(db);
    db.reset();
    test::TempProject::runSql(temp.path(u"test.isms"_s),
                              {u"UPDATE requirement SET owner = 'ghost' WHERE ref = '4.1'"_s});
    const auto report = IntegrityService::check(temp.path(u"test.isms"_s));
    ASSERT_TRUE(report.hasValue());
    ASSERT_EQ(report->findings.size(), 1);
    EXPECT_TRUE(report->findings.constFirst().message.contains(u"clause 4.1"_s));
}

TEST(IntegrityServiceTest, ReportsAForeignTriggerAsAFinding)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    test::TempProject::runSql(path, {u"CREATE TRIGGER t AFTER INSERT ON change_log BEGIN SELECT 1; END"_s});
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(hasFinding(*report, CheckFinding::Area::Schema));
}

TEST(IntegrityServiceTest, RefusesWhatIsNotAProject)
{
    test::TempProject temp;
    const auto report = IntegrityService::check(temp.path(u"nothing.isms"_s));
    ASSERT_FALSE(report.hasValue());
    EXPECT_EQ(report.error().code, ErrorCode::NotFound);
}
