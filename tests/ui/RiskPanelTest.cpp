// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "risks/RiskPanel.h"

#include "RiskUiFixture.h"
#include "TempProject.h"
#include "domain/Entities.h"
#include "models/RecordTableModel.h"
#include "records/LinkList.h"
#include "records/LinkListPanel.h"
#include "records/RegisterPage.h"
#include "risks/RiskTaskTable.h"
#include "risks/SignOffDialog.h"
#include "services/DemoData.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// The panel beside a risk's form: assets, controls, treatment tasks and the sign-off.
class RiskPanelTest : public RiskUiFixture
{
protected:
    void SetUp() override
    {
        RiskUiFixture::SetUp();
        m_risk = addRisk(u"Ransomware"_s, 4, 5, {{u"owner"_s, u"Dana Fischer"_s}});
        m_page = openRisks();
        ASSERT_NE(m_page, nullptr);
        m_panel = qobject_cast<RiskPanel *>(m_page->recordPanel());
        ASSERT_NE(m_panel, nullptr);
        ASSERT_TRUE(m_page->selectRecord(m_risk));
        m_undo = m_window->undoStack();
        m_undo->clear();
    }

    qsizetype linksOfRisk(const isms::EntitySpec &spec) const
    {
        const auto all = isms::RecordService(*m_window->database(), spec).all();
        return std::count_if(all->cbegin(), all->cend(), [&](const isms::Record &link) {
            return link.values.at(spec.indexOf(u"risk")).toLongLong() == m_risk.value;
        });
    }

    static QStringList texts(const QListWidget *list)
    {
        QStringList result;
        for (int row = 0; row < list->count(); ++row) {
            result.append(list->item(row)->text());
        }
        return result;
    }

    isms::RecordId m_risk;
    RegisterPage *m_page = nullptr;
    RiskPanel *m_panel = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace

TEST_F(RiskPanelTest, AssetsAreLinkedAndUnlinkedAsUndoableSteps)
{
    LinkList *assets = m_panel->assetLinks()->list(u"assets"_s);
    ASSERT_NE(assets, nullptr);
    EXPECT_EQ(m_panel->assetLinks()->lists().size(), 1);
    EXPECT_EQ(assets->list()->count(), 0);
    ASSERT_EQ(assets->choices().size(), 2);
    ASSERT_TRUE(assets->addButton()->isEnabled());
    ASSERT_TRUE(assets->addEnds({m_asset2.value}));
    EXPECT_EQ(linksOfRisk(isms::riskAssetSpec()), 1);
    EXPECT_EQ(assets->texts(), QStringList({u"AS-002 — Mail server"_s}));
    EXPECT_EQ(assets->choices().size(), 1) << "a linked asset is not offered again";
    EXPECT_EQ(m_undo->count(), 1);
    EXPECT_EQ(m_undo->undoText(), u"Add AS-002 — Mail server to Assets"_s);

    m_undo->undo();
    EXPECT_EQ(linksOfRisk(isms::riskAssetSpec()), 0);
    EXPECT_EQ(assets->list()->count(), 0);
    m_undo->redo();
    EXPECT_EQ(linksOfRisk(isms::riskAssetSpec()), 1);
    EXPECT_EQ(assets->list()->count(), 1);

    assets->list()->setCurrentRow(0);
    ASSERT_TRUE(assets->removeButton()->isEnabled());
    assets->removeButton()->click();
    EXPECT_EQ(linksOfRisk(isms::riskAssetSpec()), 0);
    EXPECT_EQ(count(isms::assetSpec()), 2) << "the asset itself stays";
    m_undo->undo();
    EXPECT_EQ(assets->texts(), QStringList({u"AS-002 — Mail server"_s}));
    EXPECT_EQ(m_panel->tabs()->tabText(0), u"Assets (1)"_s);
}

TEST_F(RiskPanelTest, ControlsAreExistingOrPlannedAndUndoable)
{
    LinkList *existing = m_panel->controlLinks()->list(u"existing_controls"_s);
    LinkList *planned = m_panel->controlLinks()->list(u"planned_controls"_s);
    ASSERT_NE(existing, nullptr);
    ASSERT_NE(planned, nullptr);
    EXPECT_EQ(existing->choices().size(), 93);
    ASSERT_TRUE(existing->addEnds({u"8.13"_s}));
    ASSERT_TRUE(planned->addEnds({u"5.30"_s}));
    EXPECT_EQ(existing->texts(), QStringList({u"A.8.13 Information backup"_s}));
    EXPECT_EQ(planned->texts(), QStringList({u"A.5.30 ICT readiness for business continuity"_s}));
    EXPECT_EQ(value(isms::riskControlSpec(), isms::RecordId{1}, u"role").toString(), u"existing"_s);
    EXPECT_EQ(value(isms::riskControlSpec(), isms::RecordId{2}, u"role").toString(), u"planned"_s);
    EXPECT_EQ(linksOfRisk(isms::riskControlSpec()), 2);
    EXPECT_EQ(m_undo->count(), 2);
    EXPECT_EQ(m_panel->tabs()->tabText(1), u"Controls (2)"_s);

    // The roles share one link register and stay apart: a control planned is still offered as existing.
    EXPECT_EQ(existing->choices().size(), 92);
    EXPECT_EQ(planned->choices().size(), 92);
    EXPECT_FALSE(planned->addEnds({u"5.30"_s})) << "already in the list";
    EXPECT_EQ(m_undo->count(), 2);

    m_undo->undo();
    EXPECT_EQ(planned->list()->count(), 0);
    EXPECT_EQ(linksOfRisk(isms::riskControlSpec()), 1);
    m_undo->redo();
    EXPECT_EQ(planned->list()->count(), 1);

    existing->list()->setCurrentRow(0);
    existing->removeButton()->click();
    EXPECT_EQ(existing->list()->count(), 0);
    EXPECT_EQ(m_undo->undoText(), u"Remove A.8.13 Information backup from Existing controls"_s);
    m_undo->undo();
    EXPECT_EQ(existing->list()->count(), 1);
}

TEST_F(RiskPanelTest, TasksAreAddedEditedInPlaceAndRemovedAsUndoableSteps)
{
    RiskTaskTable *tasks = m_panel->taskTable();
    QTableView *view = tasks->view();
    const isms::RecordId elsewhere = addRisk(u"Other"_s, 1, 1);
    addTask(elsewhere, u"Not this risk's"_s, m_today);
    EXPECT_EQ(view->model()->rowCount(), 0) << "only the risk's own tasks";

    ASSERT_TRUE(tasks->addButton()->isEnabled());
    tasks->addButton()->click();
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(m_undo->count(), 1);
    EXPECT_EQ(tasks->indexAt(0, u"title").data().toString(), u"New treatment task"_s);
    EXPECT_EQ(tasks->indexAt(0, u"owner").data().toString(), u"Dana Fischer"_s) << "the risk owner's";
    const auto task = tasks->indexAt(0, u"title").data(RecordTableModel::IdRole).value<isms::RecordId>();
    EXPECT_EQ(value(isms::treatmentTaskSpec(), task, u"risk").toLongLong(), m_risk.value);

    // Edited in place, as the delegate does.
    ASSERT_TRUE(view->model()->setData(tasks->indexAt(0, u"title"), u"Offline backups"_s));
    ASSERT_TRUE(view->model()->setData(tasks->indexAt(0, u"due_date"), m_today.addDays(14)));
    ASSERT_TRUE(view->model()->setData(tasks->indexAt(0, u"status"), u"in-progress"_s));
    EXPECT_EQ(value(isms::treatmentTaskSpec(), task, u"title").toString(), u"Offline backups"_s);
    EXPECT_EQ(value(isms::treatmentTaskSpec(), task, u"due_date").toDate(), m_today.addDays(14));
    EXPECT_EQ(value(isms::treatmentTaskSpec(), task, u"status").toString(), u"in-progress"_s);
    EXPECT_EQ(m_undo->count(), 4);
    m_undo->undo();
    EXPECT_EQ(value(isms::treatmentTaskSpec(), task, u"status").toString(), u"open"_s);
    m_undo->redo();

    // Sorted by due date, tasks without one last.
    addTask(m_risk, u"Sooner"_s, m_today.addDays(2));
    addTask(m_risk, u"Some day"_s, {});
    ASSERT_EQ(view->model()->rowCount(), 3);
    EXPECT_EQ(tasks->indexAt(0, u"title").data().toString(), u"Sooner"_s);
    EXPECT_EQ(tasks->indexAt(2, u"title").data().toString(), u"Some day"_s);
    EXPECT_EQ(m_panel->tabs()->tabText(2), u"Treatment tasks (3)"_s);

    view->selectRow(1);
    ASSERT_TRUE(tasks->removeButton()->isEnabled());
    tasks->removeButton()->click();
    EXPECT_EQ(count(isms::treatmentTaskSpec()), 3);
    EXPECT_EQ(view->model()->rowCount(), 2);
    m_undo->undo();
    EXPECT_EQ(value(isms::treatmentTaskSpec(), task, u"title").toString(), u"Offline backups"_s);
    EXPECT_EQ(view->model()->rowCount(), 3);

    // Another risk shows its own tasks.
    ASSERT_TRUE(m_page->selectRecord(elsewhere));
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(tasks->indexAt(0, u"title").data().toString(), u"Not this risk's"_s);
}

TEST_F(RiskPanelTest, SignOffAboveTheThresholdNeedsARationale)
{
    // Very high, and the default method accepts Low only.
    EXPECT_TRUE(m_panel->isAwaitingSignOff());
    EXPECT_TRUE(m_panel->signOffText().contains(u"Awaiting sign-off"_s))
        << qPrintable(m_panel->signOffText());
    EXPECT_TRUE(m_panel->signOffText().contains(u"acceptance rationale"_s));
    ASSERT_TRUE(m_panel->signOffButton()->isEnabled());
    m_panel->signOffButton()->click();
    SignOffDialog *dialog = m_panel->signOffDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->needsRationale());
    EXPECT_EQ(dialog->nameEdit()->text(), u"Dana Fischer"_s) << "the risk owner by default";
    EXPECT_EQ(dialog->dateEdit()->date(), QDate::currentDate());

    // Refused without a rationale: the dialog stays and nothing is written.
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->problem().contains(u"acceptance rationale"_s)) << qPrintable(dialog->problem());
    EXPECT_EQ(value(isms::riskSpec(), m_risk, u"signoff_by").toString(), QString());
    EXPECT_EQ(m_undo->count(), 0);

    dialog->commentEdit()->setPlainText(u"Reviewed with the board."_s);
    dialog->rationaleEdit()->setPlainText(u"Insurance covers the remaining loss."_s);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(value(isms::riskSpec(), m_risk, u"signoff_by").toString(), u"Dana Fischer"_s);
    EXPECT_EQ(value(isms::riskSpec(), m_risk, u"signoff_date").toDate(), QDate::currentDate());
    EXPECT_EQ(value(isms::riskSpec(), m_risk, u"signoff_comment").toString(), u"Reviewed with the board."_s);
    EXPECT_EQ(value(isms::riskSpec(), m_risk, u"acceptance_rationale").toString(),
              u"Insurance covers the remaining loss."_s);
    EXPECT_FALSE(m_panel->isAwaitingSignOff());
    EXPECT_TRUE(m_panel->signOffText().startsWith(u"Signed off by Dana Fischer"_s))
        << qPrintable(m_panel->signOffText());
    ASSERT_EQ(m_undo->count(), 1) << "the four fields change in one step";
    EXPECT_EQ(m_undo->undoText(), u"Sign off risk R-001"_s);

    m_undo->undo();
    for (const QStringView key : {u"signoff_by", u"signoff_comment", u"acceptance_rationale"}) {
        EXPECT_EQ(value(isms::riskSpec(), m_risk, key).toString(), QString()) << key.toString().toStdString();
    }
    EXPECT_FALSE(value(isms::riskSpec(), m_risk, u"signoff_date").toDate().isValid());
    EXPECT_TRUE(m_panel->isAwaitingSignOff());
    m_undo->redo();
    EXPECT_FALSE(m_panel->isAwaitingSignOff());

    // Withdrawn in one step; the rationale stays for the next sign-off.
    ASSERT_TRUE(m_panel->withdrawButton()->isVisible());
    m_panel->withdrawButton()->click();
    EXPECT_TRUE(m_panel->isAwaitingSignOff());
    EXPECT_EQ(value(isms::riskSpec(), m_risk, u"acceptance_rationale").toString(),
              u"Insurance covers the remaining loss."_s);
}

TEST_F(RiskPanelTest, SignOffWithinTheThresholdNeedsNoRationale)
{
    ASSERT_TRUE(
        isms::RecordService(*m_window->database(), isms::riskSpec())
            .update(m_risk, {{u"residual_likelihood"_s, qint64{1}}, {u"residual_impact"_s, qint64{2}}}));
    EXPECT_FALSE(m_panel->signOffText().contains(u"acceptance rationale"_s))
        << qPrintable(m_panel->signOffText());
    m_panel->signOffButton()->click();
    SignOffDialog *dialog = m_panel->signOffDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->needsRationale());
    dialog->nameEdit()->setText(u"Marc Olsen"_s);
    dialog->dateEdit()->setDate(QDate(2026, 3, 2));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(value(isms::riskSpec(), m_risk, u"signoff_by").toString(), u"Marc Olsen"_s);
    EXPECT_EQ(value(isms::riskSpec(), m_risk, u"signoff_date").toDate(), QDate(2026, 3, 2));

    // A name is needed.
    m_panel->withdrawButton()->click();
    m_panel->signOffButton()->click();
    dialog = m_panel->signOffDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->nameEdit()->clear();
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->problem().isEmpty());
    dialog->reject();
}

TEST(RiskAssetChoiceTest, ALargeProjectsLinkedAssetsAreNamedAndTheOthersOffered)
{
    isms::test::TempProject temp;
    const QString path = temp.path(u"large.isms"_s);
    {
        auto db = isms::Database::create(path, u"Large Ltd"_s, u"test"_s);
        ASSERT_TRUE(db);
        ASSERT_TRUE(
            isms::DemoData::fill(**db, QDate(2026, 11, 23), 4 * RecordTableModel::FirstRows).hasValue());
    }
    const auto assets = [&] {
        auto db = isms::Database::open(path, {});
        return isms::RecordService(**db, isms::assetSpec()).all().value();
    }();
    ASSERT_GT(assets.size(), RecordTableModel::FirstRows);

    LinkListPanel panel(isms::riskSpec(), {u"assets"_s});
    LinkList *list = panel.list(u"assets"_s);
    ASSERT_NE(list, nullptr);
    auto db = isms::Database::open(path, {});
    ASSERT_TRUE(db);
    QUndoStack undo;
    panel.setContext(db->get(), &undo);
    // The first risk with a linked asset.
    const isms::EntitySpec &links = isms::riskAssetSpec();
    const auto allLinks = isms::RecordService(**db, links).all();
    ASSERT_TRUE(allLinks && !allLinks->isEmpty());
    const isms::RecordId risk{allLinks->constFirst().values.at(links.indexOf(u"risk")).toLongLong()};
    const auto linkedToRisk =
        std::count_if(allLinks->cbegin(), allLinks->cend(), [&](const isms::Record &link) {
            return link.values.at(links.indexOf(u"risk")).toLongLong() == risk.value;
        });
    panel.showRecord(risk);
    // Only the linked assets are read to show them; the others when the picker opens.
    EXPECT_EQ(list->list()->count(), linkedToRisk);
    for (int row = 0; row < list->list()->count(); ++row) {
        EXPECT_TRUE(list->list()->item(row)->text().contains(u" — "_s)) << row;
    }
    EXPECT_EQ(list->choices().size(), assets.size() - linkedToRisk);
    panel.setContext(nullptr, nullptr);
}
