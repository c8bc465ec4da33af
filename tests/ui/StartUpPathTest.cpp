// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors

// What opening a project reads before the first paint: only the page it shows. The other built-in
// pages, the start page and the dashboard included, are created, or given the project, when they are
// first shown.

#include "UiTestFixture.h"
#include "dashboard/DashboardPage.h"
#include "history/HistoryPage.h"
#include "mainwindow/MainWindow.h"
#include "models/ChangeLogTableModel.h"
#include "models/RecordTableModel.h"
#include "records/RegisterPage.h"
#include "settings/AppSettings.h"
#include "start/StartPage.h"
#include "storage/ProjectLock.h"

#include <QListWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class StartUpPathTest : public UiTestFixture
{};

} // namespace

TEST_F(StartUpPathTest, OpeningStraightToAPageLeavesTheOtherPagesUnread)
{
    const QString path = m_temp.createDemo();
    ASSERT_TRUE(m_window->openProject(path, u"assets"_s));
    EXPECT_EQ(m_window->currentPageKey(), u"assets"_s);
    EXPECT_EQ(m_window->findChild<HistoryPage *>(), nullptr) << "the history page reads the whole log";
    EXPECT_EQ(m_window->findChild<RegisterPage *>(u"controlsPage"_s), nullptr);
    EXPECT_EQ(m_window->findChild<RegisterPage *>(u"clausesPage"_s), nullptr);
    EXPECT_EQ(m_window->findChild<DashboardPage *>(), nullptr) << "the dashboard is made when shown";

    ASSERT_TRUE(m_window->showPage(u"history"_s));
    auto *history = m_window->findChild<HistoryPage *>();
    ASSERT_NE(history, nullptr);
    EXPECT_GT(history->model()->rowCount(), 900);
    m_window->showPage(MainWindow::Page::Dashboard);
    auto *dashboard = m_window->findChild<DashboardPage *>();
    ASSERT_NE(dashboard, nullptr);
    EXPECT_GT(dashboard->recentChangesModel()->rowCount(), 0);
    // A page asked for in code is given the project too, shown or not.
    EXPECT_EQ(m_window->controlsPage()->model()->rowCount(), 93);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Dashboard);
}

TEST_F(StartUpPathTest, AWindowOpenedOntoAProjectBeforeItIsShownNeverMakesTheStartPage)
{
    const QString path = m_temp.createDemo();
    m_window = std::make_unique<MainWindow>(*m_settings, m_prompt, m_chooser);
    ASSERT_TRUE(m_window->openProject(path, u"assets"_s));
    m_window->show();
    EXPECT_EQ(m_window->currentPageKey(), u"assets"_s);
    EXPECT_EQ(m_window->findChild<StartPage *>(), nullptr);
    EXPECT_EQ(m_window->findChild<DashboardPage *>(), nullptr);

    // Closing the project shows the start page, made then, with the project among the recent ones.
    m_window->closeProject();
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Start);
    ASSERT_NE(m_window->findChild<StartPage *>(), nullptr);
    EXPECT_EQ(m_window->startPage()->recentFilesList()->count(), 1);
}

TEST_F(StartUpPathTest, ClosingTheWindowLetsTheProjectGoWithoutMakingTheStartPage)
{
    const QString path = m_temp.createDemo();
    m_window = std::make_unique<MainWindow>(*m_settings, m_prompt, m_chooser);
    ASSERT_TRUE(m_window->openProject(path, u"risks"_s));
    m_window->show();
    ASSERT_TRUE(isms::ProjectLock::inspect(path).has_value());
    m_window->close();
    EXPECT_EQ(m_window->database(), nullptr);
    EXPECT_FALSE(isms::ProjectLock::inspect(path).has_value());
    EXPECT_EQ(m_window->findChild<StartPage *>(), nullptr);
}

TEST_F(StartUpPathTest, AWindowShownWithoutAProjectShowsTheStartPage)
{
    m_window = std::make_unique<MainWindow>(*m_settings, m_prompt, m_chooser);
    EXPECT_EQ(m_window->findChild<StartPage *>(), nullptr) << "made when the window is shown";
    m_window->show();
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Start);
    auto *start = m_window->findChild<StartPage *>();
    ASSERT_NE(start, nullptr);
    EXPECT_TRUE(start->isVisible());
}

TEST_F(StartUpPathTest, AnUnknownPageOpensOnTheDashboard)
{
    const QString path = m_temp.createDemo();
    ASSERT_TRUE(m_window->openProject(path, u"nonsense"_s));
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Dashboard);
}

TEST_F(StartUpPathTest, PagesGetTheNextProjectWhenShownAgain)
{
    openDemo();
    ASSERT_TRUE(m_window->showPage(u"history"_s));
    const int rows = m_window->historyPage()->model()->rowCount();
    m_window->closeProject();
    EXPECT_EQ(m_window->historyPage()->model()->rowCount(), 0);
    const QString other = m_temp.path(u"other.isms"_s);
    ASSERT_TRUE(m_window->createProject(other, u"Other Ltd"_s, false));
    ASSERT_TRUE(m_window->showPage(u"history"_s));
    EXPECT_GT(m_window->historyPage()->model()->rowCount(), 0);
    EXPECT_LT(m_window->historyPage()->model()->rowCount(), rows);
}

TEST_F(StartUpPathTest, TheHeaderOfAPageNeverShownKeepsItsSavedState)
{
    const QByteArray saved = u"saved header state"_s.toUtf8();
    m_settings->setValue(isms::AppSettings::Key::HistoryHeaderState, saved);
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_settings, m_prompt, m_chooser);
    openDemo();
    m_window->close(); // saves the window's state
    EXPECT_EQ(m_settings->value(isms::AppSettings::Key::HistoryHeaderState).toByteArray(), saved);
}
