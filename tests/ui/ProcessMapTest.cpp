// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The interaction map of the ISMS processes: one box per process, one arrow per interaction, and a
// click that selects.
#include "UiTestFixture.h"
#include "domain/Entities.h"
#include "mainwindow/PageRegistry.h"
#include "models/RecordFilterProxyModel.h"
#include "processes/ProcessMapItems.h"
#include "processes/ProcessMapPage.h"
#include "processes/ProcessMapView.h"
#include "records/RegisterPage.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QGraphicsScene>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class ProcessMapTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
        m_window->resize(1400, 900);
        m_window->show();
        ASSERT_TRUE(m_window->showPage(u"process-map"_s));
        m_page = qobject_cast<ProcessMapPage *>(m_window->registeredPage(u"process-map"_s));
        ASSERT_NE(m_page, nullptr);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    int itemsOfType(int type) const
    {
        int count = 0;
        for (const QGraphicsItem *item : m_page->view()->scene()->items()) {
            count += item->type() == type ? 1 : 0;
        }
        return count;
    }

    ProcessMapPage *m_page = nullptr;
};

} // namespace

TEST_F(ProcessMapTest, TheMapHasOneBoxPerProcessAndOneArrowPerInteraction)
{
    ProcessMapView *view = m_page->view();
    EXPECT_EQ(view->processItems().size(), 9);
    EXPECT_EQ(view->interactionItems().size(), 13);
    EXPECT_EQ(itemsOfType(ProcessBoxItem::Type), 9);
    EXPECT_EQ(itemsOfType(InteractionItem::Type), 13);
    EXPECT_EQ(itemsOfType(InteractionLabelItem::Type), 13) << "every demo interaction says what passes";
    // Boxes do not overlap, and no label covers a box.
    QList<QRectF> boxes;
    for (const ProcessBoxItem *box : view->processItems()) {
        const QRectF rect = box->sceneBoundingRect().adjusted(2, 2, -2, -2);
        for (const QRectF &other : std::as_const(boxes)) {
            EXPECT_FALSE(rect.intersects(other)) << qPrintable(box->node().ref);
        }
        boxes.append(rect);
    }
    for (const QGraphicsItem *item : view->scene()->items()) {
        if (item->type() != InteractionLabelItem::Type) {
            continue;
        }
        for (const QRectF &box : std::as_const(boxes)) {
            EXPECT_FALSE(item->sceneBoundingRect().intersects(box))
                << qPrintable(static_cast<const InteractionLabelItem *>(item)->text());
        }
    }
    // The payroll bureau's process is the external one.
    int external = 0;
    for (const ProcessBoxItem *box : view->processItems()) {
        external += box->node().external ? 1 : 0;
        if (box->node().external) {
            EXPECT_EQ(box->detailText(), u"Provided by Nordlohn Payroll Bureau"_s);
        }
    }
    EXPECT_EQ(external, 1);
}

TEST_F(ProcessMapTest, ClickingABoxSelectsTheProcessAndDoubleClickingOpensIt)
{
    ProcessMapView *view = m_page->view();
    const ProcessBoxItem *support = view->processItems().at(2);
    ASSERT_EQ(support->node().ref, u"PR-003"_s);
    QSignalSpy selected(view, &ProcessMapView::processSelected);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->viewportCentreOf(support->processId()));
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(view->selectedProcess(), support->processId());
    EXPECT_TRUE(support->isSelected());
    EXPECT_TRUE(m_page->detailLabel()->text().startsWith(u"PR-003 Customer support"_s))
        << qPrintable(m_page->detailLabel()->text());
    EXPECT_TRUE(m_page->openButton()->isEnabled());
    int highlighted = 0;
    for (const InteractionItem *arrow : view->interactionItems()) {
        highlighted += arrow->isHighlighted() ? 1 : 0;
    }
    EXPECT_EQ(highlighted, 2) << "customer support passes to development and incident management";

    // Double-clicking opens the process in its register.
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->viewportCentreOf(support->processId()));
    EXPECT_EQ(m_window->currentPageKey(), u"processes"_s);
    auto *register_ = qobject_cast<RegisterPage *>(m_window->registeredPage(u"processes"_s));
    ASSERT_NE(register_, nullptr);
    EXPECT_EQ(register_->currentId(), support->processId());
}

TEST_F(ProcessMapTest, TheMapFollowsChangesToTheRegisters)
{
    isms::Database *db = m_window->database();
    ASSERT_NE(db, nullptr);
    const isms::EntitySpec &spec = isms::processSpec();
    isms::Record record = spec.newRecord();
    record.values[spec.indexOf(u"name")] = u"Change management"_s;
    ASSERT_TRUE(isms::RecordService(*db, spec).create(record).hasValue());
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_page->view()->processItems().size() == 10; }));
    EXPECT_EQ(m_page->view()->interactionItems().size(), 13);
}
