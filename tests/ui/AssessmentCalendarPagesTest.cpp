// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The assessment runs page with its frozen register, the ISMS calendar page and the dashboard's overdue
// duties, on the demo project.
#include "UiTestFixture.h"
#include "calendar/CalendarPage.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/OverdueDutiesWidget.h"
#include "mainwindow/MainWindow.h"
#include "models/RecordFilterProxyModel.h"
#include "records/RegisterPage.h"
#include "runs/AssessmentRunPanel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class AssessmentCalendarPagesTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
    }
};

} // namespace

TEST_F(AssessmentCalendarPagesTest, TheRunsPageShowsEachRunsFrozenRegisterAndRecordsNewRuns)
{
    ASSERT_TRUE(m_window->showPage(u"assessment-runs"_s));
    auto *page = qobject_cast<RegisterPage *>(m_window->registeredPage(u"assessment-runs"_s));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->proxyModel()->rowCount(), 2);
    EXPECT_FALSE(page->newAction()->isEnabled());

    auto *panel = qobject_cast<AssessmentRunPanel *>(page->recordPanel());
    ASSERT_NE(panel, nullptr);
    page->tableView()->selectRow(0);
    EXPECT_GT(panel->frozenTable()->rowCount(), 5);
    EXPECT_TRUE(panel->summaryLabel()->text().contains(u"RUN-001"_s))
        << qPrintable(panel->summaryLabel()->text());
    EXPECT_FALSE(page->deleteAction()->isEnabled());
    EXPECT_FALSE(page->editSelectedAction()->isEnabled());
    EXPECT_TRUE(panel->recordButton()->isEnabled());

    ASSERT_TRUE(
        panel->recordRun({.scope = u"Whole ISMS"_s, .performedBy = u"Dana"_s, .date = {}, .notes = {}}));
    EXPECT_EQ(page->proxyModel()->rowCount(), 3);
    EXPECT_FALSE(panel->recordRun({.scope = {}, .performedBy = u"Dana"_s, .date = {}, .notes = {}}));
    EXPECT_EQ(page->proxyModel()->rowCount(), 3);
}

TEST_F(AssessmentCalendarPagesTest, TheCalendarListsOverdueDutiesFirstAndOpensTheirRecords)
{
    ASSERT_TRUE(m_window->showPage(u"calendar"_s));
    auto *page = qobject_cast<CalendarPage *>(m_window->registeredPage(u"calendar"_s));
    ASSERT_NE(page, nullptr);
    QTreeWidget *tree = page->treeWidget();
    ASSERT_GT(tree->topLevelItemCount(), 1);
    ASSERT_FALSE(page->duties().isEmpty());
    EXPECT_TRUE(page->duties().constFirst().overdue);
    EXPECT_EQ(tree->topLevelItem(0)->text(0), CalendarPage::tr("Overdue"));
    int shown = 0;
    for (int group = 0; group < tree->topLevelItemCount(); ++group) {
        shown += tree->topLevelItem(group)->childCount();
    }
    EXPECT_EQ(shown, page->duties().size());

    // The next assessment run opens the runs page; a risk review opens the risk.
    EXPECT_FALSE(page->openRecordOf(tree->topLevelItem(0)));
    const QTreeWidgetItem *review = nullptr;
    for (int group = 0; group < tree->topLevelItemCount() && !review; ++group) {
        for (int row = 0; row < tree->topLevelItem(group)->childCount(); ++row) {
            const QTreeWidgetItem *item = tree->topLevelItem(group)->child(row);
            if (item->data(0, CalendarPage::DutyIdRole).toString().startsWith(u"risks/"_s)) {
                review = item;
                break;
            }
        }
    }
    ASSERT_NE(review, nullptr);
    ASSERT_TRUE(page->openRecordOf(review));
    EXPECT_EQ(m_window->currentPageKey(), u"risks"_s);
}

TEST_F(AssessmentCalendarPagesTest, TheDashboardListsOverdueDuties)
{
    DashboardPage *dashboard = m_window->dashboardPage();
    ASSERT_NE(dashboard, nullptr);
    dashboard->refresh();
    OverdueDutiesWidget *overdue = dashboard->overdueDuties();
    ASSERT_NE(overdue, nullptr);
    ASSERT_GT(overdue->treeWidget()->topLevelItemCount(), 0);
    EXPECT_FALSE(overdue->countLabel()->text().isEmpty());
    EXPECT_NE(overdue->treeWidget()->topLevelItem(0)->text(1),
              OverdueDutiesWidget::tr("Nothing is overdue."));
}
