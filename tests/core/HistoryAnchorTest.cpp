// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/HistoryAnchor.h"

#include "TempProject.h"
#include "services/IntegrityService.h"
#include "services/RequirementService.h"
#include "settings/AppSettings.h"
#include "storage/ChangeLogHead.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

class HistoryAnchorTest : public ::testing::Test
{
protected:
    HistoryAnchorTest()
        : m_settings(std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat))
    {}

    /// Opens the project read-only and lets the anchor verify (and remember) it.
    HistoryAnchor::Outcome verify()
    {
        auto db = Database::open(m_path, Database::OpenOptions{.access = Database::Access::ReadOnly});
        EXPECT_TRUE(db.hasValue()) << qPrintable(db ? QString() : db.error().message);
        if (!db) {
            return {};
        }
        HistoryAnchor anchor(m_settings);
        auto outcome = anchor.verify(**db);
        EXPECT_TRUE(outcome.hasValue());
        return outcome ? *outcome : HistoryAnchor::Outcome{};
    }

    /// The key under which the anchor of the test project is stored.
    QString projectKey()
    {
        auto db = Database::open(m_path, Database::OpenOptions{.access = Database::Access::ReadOnly});
        EXPECT_TRUE(db.hasValue());
        if (!db) {
            return {};
        }
        const auto id = ProjectIdentity::projectId(**db);
        return id ? QUuid::fromString(*id).toString(QUuid::WithoutBraces) : QString();
    }

    void setStatus(const QString &ref, ImplementationStatus status)
    {
        auto db = Database::open(m_path, {});
        ASSERT_TRUE(db.hasValue());
        RequirementChange change;
        change.status = status;
        ASSERT_TRUE(RequirementService(**db).update({RequirementKind::Control, ref}, change).hasValue());
    }

    QTemporaryDir m_dir;
    AppSettings m_settings;
    test::TempProject m_temp;
    QString m_path = m_temp.createDemo();
};

} // namespace

TEST_F(HistoryAnchorTest, FirstOpenIsRememberedAndAppendsAreConsistent)
{
    EXPECT_EQ(verify().verdict, HistoryAnchor::Verdict::FirstSeen);
    EXPECT_EQ(verify().verdict, HistoryAnchor::Verdict::Consistent);
    setStatus(u"5.1"_s, ImplementationStatus::Partial);
    const HistoryAnchor::Outcome outcome = verify();
    EXPECT_EQ(outcome.verdict, HistoryAnchor::Verdict::Consistent);
    EXPECT_EQ(outcome.currentCount, outcome.rememberedCount + 1);
    EXPECT_FALSE(outcome.isWarning());
}

TEST_F(HistoryAnchorTest, AnUnchangedProjectKeepsWhatWasRememberedAndAChangedOneIsRememberedAnew)
{
    (void)verify();
    // The head as if first seen years ago (the stored time has a resolution of seconds).
    QStringList parts = m_settings.projectValue(AppSettings::Key::HistoryAnchors, projectKey()).split(u' ');
    ASSERT_GE(parts.size(), 3);
    parts[2] = u"2020-01-02T03:04:05Z"_s;
    const QString rememberedFirst = parts.join(u' ');
    m_settings.setProjectValue(AppSettings::Key::HistoryAnchors, projectKey(), rememberedFirst);
    // Reopening the same head stores nothing: the entry keeps the time the head was first seen.
    const HistoryAnchor::Outcome again = verify();
    EXPECT_EQ(again.verdict, HistoryAnchor::Verdict::Consistent);
    EXPECT_EQ(again.currentCount, again.rememberedCount);
    EXPECT_EQ(again.rememberedAtUtc, QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC));
    EXPECT_EQ(m_settings.projectValue(AppSettings::Key::HistoryAnchors, projectKey()), rememberedFirst);
    // One more entry, and the new head is remembered.
    setStatus(u"5.1"_s, ImplementationStatus::Partial);
    (void)verify();
    const QString rememberedAfter = m_settings.projectValue(AppSettings::Key::HistoryAnchors, projectKey());
    EXPECT_NE(rememberedAfter, rememberedFirst);
    EXPECT_TRUE(rememberedAfter.contains(u' ' + QString::number(again.currentCount + 1) + u' '))
        << qPrintable(rememberedAfter);
}

TEST_F(HistoryAnchorTest, WarnsWhenTheNewestEntriesAreRemoved)
{
    (void)verify();
    test::TempProject::runSql(
        m_path,
        {u"DELETE FROM change_log WHERE seq > (SELECT MAX(seq) - 3 FROM change_log)"_s});
    const HistoryAnchor::Outcome outcome = verify();
    EXPECT_EQ(outcome.verdict, HistoryAnchor::Verdict::EntriesRemoved);
    EXPECT_EQ(outcome.rememberedCount, outcome.currentCount + 3);
    EXPECT_TRUE(outcome.message.contains(u"this computer saw"_s)) << qPrintable(outcome.message);
    // The warning is not silently accepted: the next open warns again.
    EXPECT_EQ(verify().verdict, HistoryAnchor::Verdict::EntriesRemoved);
}

TEST_F(HistoryAnchorTest, WarnsWhenTheLogIsRewrittenWholeWithValidHashes)
{
    (void)verify();
    test::TempProject::rewriteChangeLog(m_path, [](ChangeLogEntry &entry) {
        if (entry.sequence == 20) {
            entry.actor = u"someone else"_s;
        }
    });
    // The chain itself verifies again: only the remembered head tells.
    const auto report = IntegrityService::check(m_path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);

    const HistoryAnchor::Outcome outcome = verify();
    EXPECT_EQ(outcome.verdict, HistoryAnchor::Verdict::EntriesRewritten);
    EXPECT_EQ(outcome.firstRewritten, 32); // the first remembered position at or after entry 20
    EXPECT_TRUE(outcome.isWarning());
}

TEST_F(HistoryAnchorTest, CheckReportsTheRewriteAsAFinding)
{
    HistoryAnchor anchor(m_settings);
    ASSERT_TRUE(IntegrityService::check(m_path, &anchor).hasValue());
    test::TempProject::runSql(m_path,
                              {u"DELETE FROM change_log WHERE seq = (SELECT MAX(seq) FROM change_log)"_s});
    const auto report = IntegrityService::check(m_path, &anchor);
    ASSERT_TRUE(report.hasValue());
    // The removed entry also leaves its field's current value without a log entry.
    ASSERT_EQ(report->findings.size(), 2) << qPrintable(report->findings.value(0).message);
    EXPECT_EQ(report->findings.at(1).area, CheckFinding::Area::HistoryAnchor);
    EXPECT_TRUE(report->findings.at(1).message.contains(u"the newest entries were removed"_s));
}

TEST_F(HistoryAnchorTest, ACopyOfTheProjectSharesItsIdAndANewProjectDoesNot)
{
    auto other = m_temp.create(u"other.isms"_s);
    ASSERT_TRUE(other);
    auto db = Database::open(m_path, Database::OpenOptions{.access = Database::Access::ReadOnly});
    ASSERT_TRUE(db.hasValue());
    const auto id = ProjectIdentity::projectId(**db);
    const auto otherId = ProjectIdentity::projectId(*other);
    ASSERT_TRUE(id.hasValue());
    ASSERT_TRUE(otherId.hasValue());
    EXPECT_EQ(id->size(), 36);
    EXPECT_NE(*id, *otherId);
}

TEST_F(HistoryAnchorTest, TheHeadIsTheNewestEntry)
{
    auto db = Database::open(m_path, Database::OpenOptions{.access = Database::Access::ReadOnly});
    ASSERT_TRUE(db.hasValue());
    const auto head = ChangeLogHead::read(**db);
    ASSERT_TRUE(head.hasValue());
    EXPECT_GT(head->count, 100);
    EXPECT_EQ(head->hash.size(), 64);
    EXPECT_EQ(ChangeLogHead::hashAt(**db, head->count).value(), head->hash);
    EXPECT_EQ(head->shortHash(), QString::fromLatin1(head->hash.left(16)));
    EXPECT_TRUE(head->displayText().contains(head->shortHash()));
}

TEST_F(HistoryAnchorTest, AGarbledMemoryCountsAsFirstSeen)
{
    auto db = Database::open(m_path, Database::OpenOptions{.access = Database::Access::ReadOnly});
    ASSERT_TRUE(db.hasValue());
    const QString id = ProjectIdentity::projectId(**db).value();
    for (const QString &garbage :
         {u"anchor1"_s, u"anchor1 -3 x"_s, u"anchor1 4 2026 :abc"_s, u"nonsense"_s}) {
        m_settings.setProjectValue(AppSettings::Key::HistoryAnchors, id, garbage);
        HistoryAnchor anchor(m_settings);
        const auto outcome = anchor.compare(**db);
        ASSERT_TRUE(outcome.hasValue());
        EXPECT_EQ(outcome->verdict, HistoryAnchor::Verdict::FirstSeen) << qPrintable(garbage);
    }
}

TEST_F(HistoryAnchorTest, AnOlderFileOpenedForInspectionHasNoAnchor)
{
    const QString old = m_temp.copyFixture(u"schema-v2.isms"_s);
    auto db = Database::openForInspection(old);
    ASSERT_TRUE(db.hasValue());
    HistoryAnchor anchor(m_settings);
    const auto outcome = anchor.verify(**db);
    ASSERT_TRUE(outcome.hasValue());
    EXPECT_EQ(outcome->verdict, HistoryAnchor::Verdict::Unavailable);
}
