// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The planning pages of clause 6 beside the risk register: ISMS risks and opportunities, objectives
// and planned changes, under the Planning heading.
#include "UiTestFixture.h"
#include "mainwindow/NavigationTree.h"
#include "mainwindow/PageRegistry.h"
#include "models/RecordFilterProxyModel.h"
#include "records/RegisterPage.h"

#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class PlanningPagesTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
    }

    RegisterPage *show(const QString &key)
    {
        EXPECT_TRUE(m_window->showPage(key)) << qPrintable(key);
        return qobject_cast<RegisterPage *>(m_window->registeredPage(key));
    }
};

} // namespace

TEST_F(PlanningPagesTest, EachPlanningRegisterHasItsPageUnderPlanning)
{
    for (const auto &[key, rows] :
         {std::pair{u"isms-risks"_s, 4}, std::pair{u"objectives"_s, 5}, std::pair{u"planned-changes"_s, 5}}) {
        RegisterPage *page = show(key);
        ASSERT_NE(page, nullptr) << qPrintable(key);
        EXPECT_EQ(m_window->currentPageKey(), key);
        EXPECT_EQ(page->proxyModel()->rowCount(), rows) << qPrintable(key);
        const QTreeWidgetItem *item = m_window->navigation()->currentItem();
        ASSERT_NE(item, nullptr);
        EXPECT_EQ(item->text(0), PageRegistry::find(key)->labelText());
        EXPECT_EQ(item->parent()->text(0), u"6 PLANNING"_s);
    }
}

TEST_F(PlanningPagesTest, TheObjectivesPageFiltersByStatus)
{
    RegisterPage *page = show(u"objectives"_s);
    ASSERT_NE(page, nullptr);
    page->proxyModel()->setEnumFilter(u"status"_s, u"on-track"_s);
    EXPECT_EQ(page->proxyModel()->rowCount(), 2);
    page->proxyModel()->setEnumFilter(u"status"_s, u"achieved"_s);
    EXPECT_EQ(page->proxyModel()->rowCount(), 1);
}

TEST_F(PlanningPagesTest, ThePlannedChangesPageFiltersSignificantChanges)
{
    RegisterPage *page = show(u"planned-changes"_s);
    ASSERT_NE(page, nullptr);
    page->proxyModel()->setEnumFilter(u"triggers_reassessment"_s, u"yes"_s);
    EXPECT_EQ(page->proxyModel()->rowCount(), 3)
        << "the cloud move, the server retirement and single sign-on";
}
