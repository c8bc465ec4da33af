// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The pages of clause 4: issues, interested parties and the scope, under their own heading.
#include "UiTestFixture.h"
#include "mainwindow/NavigationTree.h"
#include "mainwindow/PageRegistry.h"
#include "models/RecordFilterProxyModel.h"
#include "records/RegisterPage.h"

#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class ContextPagesTest : public UiTestFixture
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

TEST_F(ContextPagesTest, EachRegisterOfClauseFourHasItsPageUnderContext)
{
    for (const auto &[key, rows] : {std::pair{u"context-issues"_s, 5},
                                    std::pair{u"interested-parties"_s, 4},
                                    std::pair{u"scope"_s, 1}}) {
        RegisterPage *page = show(key);
        ASSERT_NE(page, nullptr) << qPrintable(key);
        EXPECT_EQ(m_window->currentPageKey(), key);
        EXPECT_EQ(page->proxyModel()->rowCount(), rows) << qPrintable(key);
        const QTreeWidgetItem *item = m_window->navigation()->currentItem();
        ASSERT_NE(item, nullptr);
        EXPECT_EQ(item->text(0), PageRegistry::find(key)->labelText());
        EXPECT_EQ(item->parent()->text(0), u"4 CONTEXT"_s);
    }
}

TEST_F(ContextPagesTest, TheScopePageFiltersByItsClimateDecision)
{
    RegisterPage *page = show(u"scope"_s);
    ASSERT_NE(page, nullptr);
    page->proxyModel()->setEnumFilter(u"climate"_s, u"not-relevant"_s);
    EXPECT_EQ(page->proxyModel()->rowCount(), 0);
    page->proxyModel()->setEnumFilter(u"climate"_s, u"undecided"_s);
    EXPECT_EQ(page->proxyModel()->rowCount(), 1) << "the demo leaves the decision open";
}
