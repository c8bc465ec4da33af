// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The management-review page under 9 Performance: the inputs and actions beside the form, live for a
// planned review and frozen for a held one, the top-management sentence, and holding a review.
#include "UiTestFixture.h"
#include "domain/Entities.h"
#include "models/RecordFilterProxyModel.h"
#include "records/RegisterPage.h"
#include "reviews/ReviewPanel.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class ReviewPageTest : public UiTestFixture
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

TEST_F(ReviewPageTest, HeldReviewsShowFrozenInputsAndPlannedOnesCanBeHeldOnce)
{
    RegisterPage *page = show(u"management-reviews"_s);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->proxyModel()->rowCount(), 3);
    auto *panel = qobject_cast<ReviewPanel *>(page->recordPanel());
    ASSERT_NE(panel, nullptr);

    ASSERT_TRUE(page->selectRecord(isms::RecordId{2}));
    EXPECT_TRUE(panel->stateLabel()->text().contains(u"frozen"_s)) << qPrintable(panel->stateLabel()->text());
    EXPECT_EQ(panel->inputTree()->topLevelItemCount(), 9);
    EXPECT_EQ(panel->actionTree()->topLevelItemCount(), 2);
    EXPECT_FALSE(panel->holdButton()->isEnabled()) << "a held review is not held again";
    EXPECT_TRUE(panel->attendanceLabel()->text().contains(u"Top management attends"_s));

    ASSERT_TRUE(page->selectRecord(isms::RecordId{3}));
    EXPECT_TRUE(panel->stateLabel()->text().contains(u"Not yet frozen"_s));
    ASSERT_TRUE(panel->holdButton()->isEnabled());
    int asked = 0;
    panel->setConfirm([&asked](const QString &) {
        ++asked;
        return true;
    });
    panel->holdReview();
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(panel->stateLabel()->text().contains(u"frozen when the review was held"_s))
        << qPrintable(panel->stateLabel()->text());
    EXPECT_FALSE(panel->holdButton()->isEnabled());
}

TEST_F(ReviewPageTest, ReviewActionsHaveTheirPage)
{
    RegisterPage *page = show(u"review-actions"_s);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->proxyModel()->rowCount(), 4);
}

TEST_F(ReviewPageTest, ANeededChangeBecomesAPlannedChangeInOneUndoableStep)
{
    isms::Database &db = *m_window->database();
    const isms::EntitySpec &actions = isms::reviewActionSpec();
    isms::Record output = actions.newRecord();
    output.values[actions.indexOf(u"review")] = 2;
    output.values[actions.indexOf(u"type")] = u"change"_s;
    output.values[actions.indexOf(u"decision")] = u"Add the new office to the scope"_s;
    output.values[actions.indexOf(u"status")] = u"open"_s;
    const auto id = isms::RecordService(db, actions).create(output);
    ASSERT_TRUE(id.hasValue()) << qPrintable(id.error().message);

    RegisterPage *page = show(u"management-reviews"_s);
    ASSERT_NE(page, nullptr);
    auto *panel = qobject_cast<ReviewPanel *>(page->recordPanel());
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(page->selectRecord(isms::RecordId{2}));
    QTreeWidgetItem *item = nullptr;
    for (int row = 0; row < panel->actionTree()->topLevelItemCount(); ++row) {
        if (panel->actionTree()->topLevelItem(row)->data(0, Qt::UserRole).toString()
            == QString::number(id->value)) {
            item = panel->actionTree()->topLevelItem(row);
        }
    }
    ASSERT_NE(item, nullptr);
    panel->actionTree()->setCurrentItem(item);
    ASSERT_TRUE(panel->changeButton()->isEnabled());
    isms::RecordService changes(db, isms::plannedChangeSpec());
    const auto before = changes.all()->size();
    panel->changeButton()->click();
    ASSERT_EQ(changes.all()->size(), before + 1);
    const int link = actions.indexOf(u"planned_change");
    const qint64 made = isms::RecordService(db, actions).get(*id)->values.at(link).toLongLong();
    EXPECT_GT(made, 0);

    m_window->undoStack()->undo();
    EXPECT_EQ(changes.all()->size(), before);
    EXPECT_FALSE(isms::RecordService(db, actions).get(*id)->values.at(link).isValid());
    m_window->undoStack()->redo();
    EXPECT_EQ(changes.all()->size(), before + 1);
    EXPECT_EQ(isms::RecordService(db, actions).get(*id)->values.at(link).toLongLong(), made);
}

TEST_F(ReviewPageTest, ExportsTheMinutesOfAHeldReview)
{
    RegisterPage *page = show(u"management-reviews"_s);
    ASSERT_NE(page, nullptr);
    auto *panel = qobject_cast<ReviewPanel *>(page->recordPanel());
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(page->selectRecord(isms::RecordId{2}));
    const QString pdf = m_temp.path(u"minutes"_s);
    panel->setPdfChooser([&pdf](const QString &) { return pdf; });
    QStringList errors;
    QObject::connect(panel, &ReviewPanel::errorOccurred, panel, [&errors](const isms::Error &error) {
        errors.append(error.message);
    });
    panel->exportMinutes();
    EXPECT_TRUE(errors.isEmpty()) << qPrintable(errors.join(u'\n'));
    QFile file(pdf + u".pdf"_s);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
}
