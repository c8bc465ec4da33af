// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/HistoryPlausibility.h"

#include "TempProject.h"
#include "services/IntegrityService.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

QStringList changeLogMessages(const QString &path)
{
    const auto report = IntegrityService::check(path);
    EXPECT_TRUE(report.hasValue());
    QStringList messages;
    if (report) {
        for (const CheckFinding &finding : report->findings) {
            EXPECT_EQ(finding.area, CheckFinding::Area::ChangeLog) << qPrintable(finding.message);
            messages.append(finding.message);
        }
    }
    return messages;
}

} // namespace

TEST(HistoryPlausibilityTest, FlagsABackDatedEntryInARehashedLog)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    test::TempProject::rewriteChangeLog(path, [](ChangeLogEntry &entry) {
        if (entry.sequence == 30) {
            entry.timestampUtc = entry.timestampUtc.addDays(-400);
        }
    });
    const QStringList messages = changeLogMessages(path);
    ASSERT_EQ(messages.size(), 1) << qPrintable(messages.join(u'\n'));
    EXPECT_TRUE(messages.at(0).startsWith(u"Change-log entry 30 is dated"_s)) << qPrintable(messages.at(0));
}

TEST(HistoryPlausibilityTest, FlagsEntriesDatedInTheFuture)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    // Every entry after the project's creation entries (and the starting catalogues).
    const qint64 firstAfterCreation = 5 + test::seededCatalogueRecords();
    test::TempProject::rewriteChangeLog(path, [firstAfterCreation](ChangeLogEntry &entry) {
        if (entry.sequence >= firstAfterCreation) {
            entry.timestampUtc = entry.timestampUtc.addYears(5);
        }
    });
    const QStringList messages = changeLogMessages(path);
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.at(0).contains(u"in the future"_s)) << qPrintable(messages.at(0));
    // Hundreds of such entries are summarised rather than listed one by one.
    EXPECT_LE(messages.size(), 12);
    EXPECT_TRUE(messages.last().contains(u"more change-log entries"_s)) << qPrintable(messages.last());
}

TEST(HistoryPlausibilityTest, FlagsImplausibleAuthors)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    test::TempProject::rewriteChangeLog(path, [](ChangeLogEntry &entry) {
        if (entry.sequence == 5) {
            entry.actor = u"   "_s;
        } else if (entry.sequence == 6) {
            entry.actor = u"eve\x1b[2Jroot"_s;
        } else if (entry.sequence == 7) {
            entry.actor = u"admin\u202Enimda"_s;
        } else if (entry.sequence == 8) {
            entry.actor = QString(201, u'x');
        }
    });
    const QStringList messages = changeLogMessages(path);
    ASSERT_EQ(messages.size(), 4) << qPrintable(messages.join(u'\n'));
    EXPECT_TRUE(messages.at(0).contains(u"entry 5"_s));
    EXPECT_TRUE(messages.at(3).contains(u"entry 8"_s));
}

TEST(HistoryPlausibilityTest, AcceptsNamesThePreferencesAllow)
{
    EXPECT_TRUE(HistoryPlausibility::isPlausibleActor(u"Dana Auditor"_s));
    EXPECT_TRUE(HistoryPlausibility::isPlausibleActor(u"Zoë O'Brien-Łukasz"_s));
    EXPECT_FALSE(HistoryPlausibility::isPlausibleActor(u"two\nlines"_s));
    EXPECT_FALSE(HistoryPlausibility::isPlausibleActor(QString()));
}

TEST(HistoryPlausibilityTest, FlagsAChangedCreationDateInAnOlderFile)
{
    // Files of schema version 2 did not log their creation date: it is compared with the first entry.
    test::TempProject temp;
    const QString path = temp.copyFixture(u"schema-v2.isms"_s);
    test::TempProject::runSql(path, {u"UPDATE project SET created_utc = '2020-02-02T10:00:00.000Z'"_s});
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    ASSERT_EQ(report->findings.size(), 1);
    EXPECT_EQ(report->findings.at(0).area, CheckFinding::Area::ValueHistory);
    EXPECT_TRUE(report->findings.at(0).message.contains(u"creation date (2020-02-02T10:00:00Z)"_s))
        << qPrintable(report->findings.at(0).message);
}

TEST(HistoryPlausibilityTest, ToleratesClocksThatDifferByAFewMinutes)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    test::TempProject::rewriteChangeLog(path, [](ChangeLogEntry &entry) {
        if (entry.sequence == 30) {
            entry.timestampUtc = entry.timestampUtc.addSecs(-120);
        }
    });
    EXPECT_TRUE(changeLogMessages(path).isEmpty());
}
