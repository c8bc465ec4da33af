// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "mainwindow/ProjectHistoryWatcher.h"

#include "UiTestFixture.h"
#include "common/MessageBanner.h"
#include "services/HistoryAnchor.h"
#include "services/RequirementService.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int VerificationTimeoutMs = 30'000;

class ProjectHistoryWatcherTest : public UiTestFixture
{
protected:
    /// Opens `path` and waits for the background verification; returns whether it found the log intact.
    bool openAndWaitForVerification(const QString &path)
    {
        QSignalSpy verified(m_window->historyWatcher(), &ProjectHistoryWatcher::chainVerified);
        EXPECT_TRUE(m_window->openProject(path)) << qPrintable(m_prompt.errors.join(u'\n'));
        EXPECT_TRUE(verified.wait(VerificationTimeoutMs));
        return !verified.isEmpty() && verified.constFirst().constFirst().toBool();
    }
};

} // namespace

TEST_F(ProjectHistoryWatcherTest, AnIntactProjectShowsNoBanner)
{
    const QString path = m_temp.createDemo();
    EXPECT_TRUE(openAndWaitForVerification(path));
    EXPECT_TRUE(m_window->historyBanner()->isHidden());
}

TEST_F(ProjectHistoryWatcherTest, ATamperedLogShowsABannerAfterTheWindowIsUsable)
{
    const QString path = m_temp.createDemo();
    isms::test::TempProject::runSql(path,
                                    {u"UPDATE change_log SET new_value = 'implemented' WHERE seq = 12"_s});
    QSignalSpy verified(m_window->historyWatcher(), &ProjectHistoryWatcher::chainVerified);
    ASSERT_TRUE(m_window->openProject(path));
    // The project is open and painted before the verification reports.
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Dashboard);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !m_window->historyBanner()->isHidden(); }, VerificationTimeoutMs));
    EXPECT_EQ(verified.size(), 1);
    EXPECT_FALSE(verified.constFirst().constFirst().toBool());
    EXPECT_EQ(m_window->historyBanner()->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(m_window->historyBanner()->text().contains(u"failed its tamper check"_s))
        << qPrintable(m_window->historyBanner()->text());
}

TEST_F(ProjectHistoryWatcherTest, RemovedEntriesThisComputerSawShowABanner)
{
    const QString path = m_temp.createDemo();
    EXPECT_TRUE(openAndWaitForVerification(path));
    // A change made in the window is remembered as seen, too.
    isms::RequirementChange change;
    change.owner = u"Dana"_s;
    ASSERT_TRUE(isms::RequirementService(*m_window->database())
                    .update({isms::RequirementKind::Control, u"5.1"_s}, change)
                    .hasValue());
    m_window->closeProject();
    isms::test::TempProject::runSql(
        path,
        {u"DELETE FROM change_log WHERE seq = (SELECT MAX(seq) FROM change_log)"_s,
         u"UPDATE requirement SET owner = '' WHERE kind = 'control' AND ref = '5.1'"_s});

    EXPECT_TRUE(openAndWaitForVerification(path)); // the chain itself is intact
    EXPECT_FALSE(m_window->historyBanner()->isHidden());
    EXPECT_EQ(m_window->historyBanner()->kind(), MessageBanner::Kind::Warning);
    EXPECT_TRUE(m_window->historyBanner()->text().contains(u"the newest entries were removed"_s))
        << qPrintable(m_window->historyBanner()->text());
}

TEST_F(ProjectHistoryWatcherTest, ClosingTheProjectHidesTheBanner)
{
    const QString path = m_temp.createDemo();
    isms::test::TempProject::runSql(path, {u"DELETE FROM change_log WHERE seq = 7"_s});
    EXPECT_FALSE(openAndWaitForVerification(path));
    EXPECT_FALSE(m_window->historyBanner()->isHidden());
    m_window->closeProject();
    EXPECT_TRUE(m_window->historyBanner()->isHidden());
}

TEST_F(ProjectHistoryWatcherTest, ChangesWaitForThePageCheckThatRunsAfterTheWindowShowsTheProject)
{
    const QString path = m_temp.createDemo();
    QSignalSpy checked(m_window->historyWatcher(), &ProjectHistoryWatcher::pagesChecked);
    ASSERT_TRUE(m_window->openProject(path));
    // Opened without reading every page: the check runs on a worker thread once the event loop runs.
    EXPECT_EQ(m_window->database()->pageCheck(), isms::Database::PageCheck::Pending);
    ASSERT_TRUE(checked.wait(VerificationTimeoutMs));
    EXPECT_TRUE(checked.constFirst().constFirst().toBool());
    EXPECT_EQ(m_window->database()->pageCheck(), isms::Database::PageCheck::Passed);
    isms::RequirementChange change;
    change.owner = u"Dana"_s;
    EXPECT_TRUE(isms::RequirementService(*m_window->database())
                    .update({isms::RequirementKind::Control, u"5.1"_s}, change)
                    .hasValue());
}

TEST_F(ProjectHistoryWatcherTest, DamageFoundAfterTheWindowIsShownIsReportedAndNeverWritten)
{
    const QString path = m_temp.createDemo();
    isms::test::TempProject::damagePageOf(path, u"risk_vulnerability"_s);
    const QByteArray before = isms::test::TempProject::readAll(path);
    QSignalSpy checked(m_window->historyWatcher(), &ProjectHistoryWatcher::pagesChecked);
    ASSERT_TRUE(m_window->openProject(path)) << qPrintable(m_prompt.errors.join(u'\n'));
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Dashboard);
    ASSERT_TRUE(checked.wait(VerificationTimeoutMs));
    EXPECT_FALSE(checked.constFirst().constFirst().toBool());
    EXPECT_EQ(m_window->database()->pageCheck(), isms::Database::PageCheck::Failed);
    EXPECT_FALSE(m_window->historyBanner()->isHidden());
    EXPECT_EQ(m_window->historyBanner()->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(m_window->historyBanner()->text().contains(u"damaged"_s))
        << qPrintable(m_window->historyBanner()->text());
    isms::RequirementChange change;
    change.owner = u"Dana"_s;
    const auto changed = isms::RequirementService(*m_window->database())
                             .update({isms::RequirementKind::Control, u"5.1"_s}, change);
    ASSERT_FALSE(changed.hasValue());
    EXPECT_EQ(changed.error().code, isms::ErrorCode::Corrupt);
    m_window->closeProject();
    EXPECT_EQ(isms::test::TempProject::readAll(path), before);
}

TEST_F(ProjectHistoryWatcherTest, TheHeadIsRememberedAMomentAfterTheProjectIsShownNotBeforeItsFirstPaint)
{
    const QString path = m_temp.createDemo();
    QSignalSpy checked(m_window->historyWatcher(), &ProjectHistoryWatcher::pagesChecked);
    ASSERT_TRUE(m_window->openProject(path));
    const isms::HistoryAnchor anchor(*m_settings);
    // Compared on open, but not yet stored: storing writes the settings file through to the disk.
    const auto atOpen = anchor.compare(*m_window->database());
    ASSERT_TRUE(atOpen.hasValue());
    EXPECT_EQ(atOpen->verdict, isms::HistoryAnchor::Verdict::FirstSeen);

    ASSERT_TRUE(checked.wait(VerificationTimeoutMs));
    const auto later = anchor.compare(*m_window->database());
    ASSERT_TRUE(later.hasValue());
    EXPECT_EQ(later->verdict, isms::HistoryAnchor::Verdict::Consistent);
    EXPECT_EQ(later->rememberedCount, later->currentCount);
}

TEST_F(ProjectHistoryWatcherTest, AProjectClosedBeforeTheMomentIsRememberedWhenItsChangesAreMade)
{
    const QString path = m_temp.createDemo();
    ASSERT_TRUE(m_window->openProject(path));
    isms::RequirementChange change;
    change.owner = u"Dana"_s;
    // The change waits for the page check, then is logged and its head remembered at once.
    ASSERT_TRUE(isms::RequirementService(*m_window->database())
                    .update({isms::RequirementKind::Control, u"5.1"_s}, change)
                    .hasValue());
    const auto afterChange = isms::HistoryAnchor(*m_settings).compare(*m_window->database());
    ASSERT_TRUE(afterChange.hasValue());
    EXPECT_EQ(afterChange->verdict, isms::HistoryAnchor::Verdict::Consistent);
    EXPECT_EQ(afterChange->rememberedCount, afterChange->currentCount);
    m_window->closeProject();
    // Closed before the moment: nothing is stored for it later, and nothing is lost.
    QTest::qWait(ProjectHistoryWatcher::CheckDelayMs + 200);
    ASSERT_TRUE(m_window->openProject(path));
    EXPECT_TRUE(m_window->historyBanner()->isHidden());
}

TEST_F(ProjectHistoryWatcherTest, TheSameFileOpenedAgainAtOnceIsCheckedOnce)
{
    const QString path = m_temp.createDemo();
    QSignalSpy verified(m_window->historyWatcher(), &ProjectHistoryWatcher::chainVerified);
    QSignalSpy checked(m_window->historyWatcher(), &ProjectHistoryWatcher::pagesChecked);
    ASSERT_TRUE(m_window->openProject(path));
    m_window->closeProject();
    ASSERT_TRUE(m_window->openProject(path)); // before the first check has even started
    ASSERT_TRUE(verified.wait(VerificationTimeoutMs));
    QTest::qWait(ProjectHistoryWatcher::CheckDelayMs + 500); // a second check would have reported by now
    EXPECT_EQ(checked.size(), 1);
    EXPECT_EQ(verified.size(), 1);
    EXPECT_TRUE(verified.constFirst().constFirst().toBool());
}
