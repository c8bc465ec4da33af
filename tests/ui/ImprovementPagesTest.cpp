// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The pages of nonconformities, corrective actions, incidents and suppliers: the chain navigable both
// ways, the five-whys helper that records the root cause in one undo step, and an incident raising a
// nonconformity from its page.
#include "UiTestFixture.h"
#include "dashboard/ImprovementSummaryWidget.h"
#include "domain/Entities.h"
#include "improvement/FiveWhysDialog.h"
#include "improvement/ImprovementPanels.h"
#include "mainwindow/NavigationTree.h"
#include "models/RecordFilterProxyModel.h"
#include "records/RegisterPage.h"
#include "services/RecordService.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class ImprovementPagesTest : public UiTestFixture
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

    isms::Record byRef(const isms::EntitySpec &spec, const QString &ref)
    {
        const auto record = isms::RecordService(*m_window->database(), spec).getByRef(ref);
        EXPECT_TRUE(record.hasValue()) << qPrintable(ref);
        return record ? *record : isms::Record{};
    }
};

} // namespace

TEST_F(ImprovementPagesTest, EachRegisterHasItsPage)
{
    for (const auto &[key, group, rows] : {std::tuple{u"nonconformities"_s, u"10 IMPROVEMENT"_s, 8},
                                           std::tuple{u"corrective-actions"_s, u"10 IMPROVEMENT"_s, 11},
                                           std::tuple{u"incidents"_s, u"8 OPERATION"_s, 5},
                                           std::tuple{u"suppliers"_s, u"8 OPERATION"_s, 8}}) {
        RegisterPage *page = show(key);
        ASSERT_NE(page, nullptr) << qPrintable(key);
        EXPECT_EQ(page->proxyModel()->rowCount(), rows) << qPrintable(key);
        const QTreeWidgetItem *item = m_window->navigation()->currentItem();
        ASSERT_NE(item, nullptr);
        EXPECT_EQ(item->parent()->text(0), group);
    }
}

TEST_F(ImprovementPagesTest, TheChainIsNavigableBothWays)
{
    RegisterPage *ncs = show(u"nonconformities"_s);
    ASSERT_NE(ncs, nullptr);
    const isms::Record nc = byRef(isms::nonconformitySpec(), u"NC-003"_s);
    ASSERT_TRUE(ncs->selectRecord(nc.id));
    auto *panel = ncs->findChild<NonconformityPanel *>();
    ASSERT_NE(panel, nullptr);
    ASSERT_EQ(panel->actionList()->count(), 2);
    EXPECT_TRUE(panel->actionList()->item(0)->text().startsWith(u"CA-003"_s));
    EXPECT_TRUE(panel->actionList()->item(0)->text().contains(u"overdue"_s));

    Q_EMIT panel->actionList()->itemActivated(panel->actionList()->item(0));
    QApplication::processEvents();
    EXPECT_EQ(m_window->currentPageKey(), u"corrective-actions"_s);
    auto *actions = qobject_cast<RegisterPage *>(m_window->registeredPage(u"corrective-actions"_s));
    ASSERT_NE(actions, nullptr);
    auto *back = actions->findChild<CorrectiveActionPanel *>();
    ASSERT_NE(back, nullptr);
    EXPECT_TRUE(back->nonconformityLabel()->text().startsWith(u"NC-003"_s))
        << qPrintable(back->nonconformityLabel()->text());
    back->openButton()->click();
    QApplication::processEvents();
    EXPECT_EQ(m_window->currentPageKey(), u"nonconformities"_s);
}

TEST_F(ImprovementPagesTest, TheFiveWhysHelperAsksStepByStepAndProposesTheLastAnswer)
{
    FiveWhysDialog dialog(u"NC-009 Backups untested"_s, {}, {});
    EXPECT_TRUE(dialog.answerEdit(0)->isEnabled());
    EXPECT_FALSE(dialog.answerEdit(1)->isEnabled());
    dialog.answerEdit(0)->setText(u"Nobody scheduled the test"_s);
    EXPECT_TRUE(dialog.answerEdit(1)->isEnabled());
    EXPECT_FALSE(dialog.answerEdit(2)->isEnabled());
    dialog.answerEdit(1)->setText(u"The <b>reminder</b> was personal"_s);
    EXPECT_EQ(dialog.rootCauseEdit()->toPlainText(), u"The <b>reminder</b> was personal"_s);
    dialog.rootCauseEdit()->setPlainText(u"No owner for recurring tasks"_s);
    dialog.answerEdit(2)->setText(u"No owner"_s);
    EXPECT_EQ(dialog.rootCause(), u"No owner for recurring tasks"_s) << "the user's own words stay";
}

TEST_F(ImprovementPagesTest, TheFiveWhysHelperRecordsTheRootCauseInOneUndoStep)
{
    RegisterPage *ncs = show(u"nonconformities"_s);
    ASSERT_NE(ncs, nullptr);
    const isms::Record nc = byRef(isms::nonconformitySpec(), u"NC-005"_s);
    ASSERT_TRUE(ncs->selectRecord(nc.id));
    auto *panel = ncs->findChild<NonconformityPanel *>();
    ASSERT_NE(panel, nullptr);
    const int rootCause = isms::nonconformitySpec().indexOf(u"root_cause");
    const QString before = nc.values.at(rootCause).toString();
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<FiveWhysDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->answerEdit(3)->setText(u"Nobody reviews the tool's screens"_s);
        dialog->rootCauseEdit()->setPlainText(u"Screens are not reviewed for mix-ups"_s);
        dialog->accept();
    });
    panel->runFiveWhys();
    isms::Record after = byRef(isms::nonconformitySpec(), u"NC-005"_s);
    EXPECT_EQ(after.values.at(rootCause).toString(), u"Screens are not reviewed for mix-ups"_s);
    EXPECT_EQ(after.values.at(isms::nonconformitySpec().indexOf(u"why4")).toString(),
              u"Nobody reviews the tool's screens"_s);
    m_window->undoStack()->undo();
    after = byRef(isms::nonconformitySpec(), u"NC-005"_s);
    EXPECT_EQ(after.values.at(rootCause).toString(), before);
    EXPECT_TRUE(after.values.at(isms::nonconformitySpec().indexOf(u"why4")).toString().isEmpty());
}

TEST_F(ImprovementPagesTest, AnIncidentRaisesANonconformityFromItsPage)
{
    RegisterPage *incidents = show(u"incidents"_s);
    ASSERT_NE(incidents, nullptr);
    const isms::Record tablet = byRef(isms::incidentSpec(), u"INC-005"_s);
    ASSERT_TRUE(incidents->selectRecord(tablet.id));
    auto *panel = incidents->findChild<IncidentPanel *>();
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(panel->raiseButton()->isEnabled());
    panel->raiseButton()->click();
    QApplication::processEvents();
    EXPECT_EQ(m_window->currentPageKey(), u"nonconformities"_s);
    const isms::Record raised = byRef(isms::nonconformitySpec(), u"NC-009"_s);
    EXPECT_EQ(raised.values.at(isms::nonconformitySpec().indexOf(u"source_ref")).toString(), u"INC-005"_s);

    ASSERT_TRUE(show(u"incidents"_s) != nullptr);
    ASSERT_TRUE(incidents->selectRecord(tablet.id));
    EXPECT_FALSE(panel->raiseButton()->isEnabled());
    EXPECT_TRUE(panel->nonconformityLabel()->text().startsWith(u"NC-009"_s));

    // One undoable step: undo removes the nonconformity and the incident's link to it; redo restores both.
    const int link = isms::incidentSpec().indexOf(u"nonconformity");
    EXPECT_EQ(m_window->undoStack()->undoText(), u"Raise a nonconformity from INC-005"_s);
    m_window->undoStack()->undo();
    EXPECT_FALSE(isms::RecordService(*m_window->database(), isms::nonconformitySpec())
                     .getByRef(u"NC-009"_s)
                     .hasValue());
    EXPECT_FALSE(byRef(isms::incidentSpec(), u"INC-005"_s).values.at(link).isValid());
    EXPECT_TRUE(panel->raiseButton()->isEnabled());
    m_window->undoStack()->redo();
    EXPECT_EQ(byRef(isms::nonconformitySpec(), u"NC-009"_s).id, raised.id);
    EXPECT_EQ(byRef(isms::incidentSpec(), u"INC-005"_s).values.at(link).toLongLong(), raised.id.value);
    EXPECT_FALSE(panel->raiseButton()->isEnabled());
}

// The demo's major audit finding raised its nonconformity in one step: the finding's panel names it and
// no longer offers to raise one.
TEST_F(ImprovementPagesTest, TheDemoFindingNamesTheNonconformityItRaised)
{
    RegisterPage *findings = show(u"findings"_s);
    ASSERT_NE(findings, nullptr);
    const isms::Record major = byRef(isms::findingSpec(), u"F-001"_s);
    const qint64 nc = major.values.at(isms::findingSpec().indexOf(u"nonconformity")).toLongLong();
    ASSERT_GT(nc, 0);
    const isms::Record raised = byRef(isms::nonconformitySpec(), u"NC-008"_s);
    EXPECT_EQ(raised.id.value, nc);
    EXPECT_EQ(raised.values.at(isms::nonconformitySpec().indexOf(u"finding")).toLongLong(), major.id.value);
    ASSERT_TRUE(findings->selectRecord(major.id));
    auto *panel = findings->findChild<FindingPanel *>();
    ASSERT_NE(panel, nullptr);
    EXPECT_FALSE(panel->raiseButton()->isEnabled());
    EXPECT_TRUE(panel->openButton()->isEnabled());
    EXPECT_TRUE(panel->nonconformityLabel()->text().startsWith(u"NC-008"_s))
        << qPrintable(panel->nonconformityLabel()->text());
    panel->openButton()->click();
    QApplication::processEvents();
    EXPECT_EQ(m_window->currentPageKey(), u"nonconformities"_s);
}

TEST_F(ImprovementPagesTest, TheDashboardCountsOpenNonconformitiesAndOverdueActionsAndOpensThem)
{
    auto *card = m_window->findChild<ImprovementSummaryWidget *>();
    ASSERT_NE(card, nullptr);
    card->refresh();
    EXPECT_EQ(card->openNonconformities(), 7);
    EXPECT_EQ(card->overdueActions(), 1);
    EXPECT_TRUE(card->overdueLabel()->text().contains(u"1 corrective action"_s))
        << qPrintable(card->overdueLabel()->text());
    card->activateLink(u"overdue"_s);
    QApplication::processEvents();
    EXPECT_EQ(m_window->currentPageKey(), u"corrective-actions"_s);
    auto *actions = qobject_cast<RegisterPage *>(m_window->registeredPage(u"corrective-actions"_s));
    ASSERT_NE(actions, nullptr);
    EXPECT_EQ(actions->proxyModel()->rowCount(), 1);
    card->activateLink(u"open"_s);
    QApplication::processEvents();
    EXPECT_EQ(m_window->currentPageKey(), u"nonconformities"_s);
    auto *ncs = qobject_cast<RegisterPage *>(m_window->registeredPage(u"nonconformities"_s));
    ASSERT_NE(ncs, nullptr);
    EXPECT_EQ(ncs->proxyModel()->rowCount(), 7);
}

// The dashboard shows how much the current audit programme covers, and opens the coverage page.
TEST_F(ImprovementPagesTest, TheDashboardShowsTheAuditCoverageAndOpensItsPage)
{
    auto *card = m_window->findChild<ImprovementSummaryWidget *>();
    ASSERT_NE(card, nullptr);
    card->refresh();
    EXPECT_GT(card->coverageRows(), 100) << "the clauses and the applicable controls";
    EXPECT_GT(card->coveredRows(), 0);
    EXPECT_LE(card->coveredRows(), card->coverageRows());
    EXPECT_TRUE(card->coverageLabel()->text().contains(u"AP-001"_s))
        << qPrintable(card->coverageLabel()->text());
    card->activateLink(u"coverage"_s);
    QApplication::processEvents();
    EXPECT_EQ(m_window->currentPageKey(), u"audit-coverage"_s);
}
