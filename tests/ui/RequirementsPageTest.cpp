// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The Clauses 4-10 and Annex A controls pages: register pages of the framework over the catalogue.
#include "UiTestFixture.h"
#include "common/MessageBanner.h"
#include "domain/Entities.h"
#include "history/HistoryPage.h"
#include "models/ChangeLogTableModel.h"
#include "models/RecordFilterProxyModel.h"
#include "models/RecordTableModel.h"
#include "records/FieldEditor.h"
#include "records/RecordForm.h"
#include "records/RegisterPage.h"
#include "requirements/CatalogueFactsPanel.h"
#include "services/RequirementService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class RequirementsPageTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
        m_page = m_window->controlsPage();
        m_window->showPage(MainWindow::Page::Controls);
        m_modelTester =
            std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_proxyTester =
            std::make_unique<QAbstractItemModelTester>(m_page->proxyModel(),
                                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void TearDown() override
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        UiTestFixture::TearDown();
    }

    isms::RequirementTracking stored(const QString &ref,
                                     isms::RequirementKind kind = isms::RequirementKind::Control) const
    {
        const auto tracking = isms::RequirementService(*m_window->database()).tracking({kind, ref});
        EXPECT_TRUE(tracking);
        return tracking ? *tracking : isms::RequirementTracking{};
    }

    /// The row of the control `ref` ("5.15") in the page's model.
    int rowOf(const QString &ref) const
    {
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            if (isms::EntitySpec::refOf(m_page->model()->recordAt(row)) == ref) {
                return row;
            }
        }
        return -1;
    }

    /// The status keyword shown in the table for `ref`.
    QString shownStatus(const QString &ref) const
    {
        return m_page->model()
            ->index(rowOf(ref), m_page->model()->columnOf(u"status"))
            .data(Qt::EditRole)
            .toString();
    }

    QComboBox *statusEditor() const { return m_page->form()->editor(u"status")->parts().combo; }

    static void choose(QComboBox *combo, const QString &keyword)
    {
        const int index = combo->findData(keyword);
        ASSERT_GE(index, 0) << qPrintable(keyword);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

    RegisterPage *m_page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QString otherStatus(isms::ImplementationStatus status)
{
    return status == isms::ImplementationStatus::Implemented ? u"partial"_s : u"implemented"_s;
}

} // namespace

TEST_F(RequirementsPageTest, ShowsAllNinetyThreeControlsInCatalogueOrder)
{
    EXPECT_EQ(m_page->proxyModel()->rowCount(), 93);
    EXPECT_TRUE(m_page->countLabel()->text().contains(u"93"_s));
    EXPECT_GE(m_page->model()->columnOf(u"theme"), 0);
    EXPECT_EQ(m_page->model()->columnOf(u"control_types"), -1) << "attributes are in the panel";
    EXPECT_EQ(m_page->proxyModel()->index(0, 0).data().toString(), u"A.5.1"_s);
    EXPECT_EQ(m_page->proxyModel()->index(9, 0).data().toString(), u"A.5.10"_s) << "5.9 before 5.10";
    EXPECT_EQ(m_page->proxyModel()->index(92, 0).data().toString(), u"A.8.34"_s);
    m_page->tableView()->sortByColumn(0, Qt::DescendingOrder);
    EXPECT_EQ(m_page->proxyModel()->index(0, 0).data().toString(), u"A.8.34"_s);
}

TEST_F(RequirementsPageTest, CatalogueRecordsAreNeitherAddedNorDeleted)
{
    EXPECT_FALSE(m_page->newAction()->isEnabled());
    EXPECT_FALSE(m_page->deleteAction()->isEnabled());
    EXPECT_FALSE(m_page->duplicateAction()->isEnabled());
    EXPECT_TRUE(m_page->editSelectedAction()->isEnabled());
    QStringList buttons;
    for (const QToolButton *button : m_page->findChildren<QToolButton *>()) {
        if (button->defaultAction()) {
            buttons.append(button->defaultAction()->objectName());
        }
    }
    EXPECT_FALSE(buttons.contains(u"newRecordAction"_s)) << qPrintable(buttons.join(u", "_s));
    EXPECT_FALSE(buttons.contains(u"deleteRecordAction"_s));
    m_page->tableView()->setFocus();
    QTest::keyClick(m_page->tableView(), Qt::Key_Delete);
    EXPECT_EQ(m_page->model()->rowCount(), 93);
    EXPECT_EQ(m_window->undoStack()->count(), 0);
}

TEST_F(RequirementsPageTest, TextFilterFindsCryptographyAndPrefixedIds)
{
    QTest::keyClicks(m_page->filterEdit(), u"crypt"_s);
    const int shown = m_page->proxyModel()->rowCount();
    EXPECT_GE(shown, 1);
    EXPECT_LT(shown, 93);
    bool found = false;
    for (int row = 0; row < shown; ++row) {
        found = found || m_page->proxyModel()->index(row, 0).data().toString() == u"A.8.24"_s;
    }
    EXPECT_TRUE(found);
    EXPECT_TRUE(m_page->countLabel()->text().contains(QString::number(shown)));
    m_page->filterEdit()->setText(u"A.8.24"_s);
    EXPECT_EQ(m_page->proxyModel()->rowCount(), 1);
}

TEST_F(RequirementsPageTest, ThemeAndStatusFiltersMatchTheStoredValues)
{
    QComboBox *themes = m_page->enumFilterCombo(u"theme"_s);
    ASSERT_NE(themes, nullptr);
    themes->setCurrentIndex(themes->findData(u"People"_s));
    EXPECT_EQ(m_page->proxyModel()->rowCount(), 8);
    themes->setCurrentIndex(0);
    EXPECT_EQ(m_page->proxyModel()->rowCount(), 93);

    const auto controls = isms::RequirementService(*m_window->database()).controls();
    ASSERT_TRUE(controls);
    QComboBox *statuses = m_page->enumFilterCombo(u"status"_s);
    ASSERT_NE(statuses, nullptr);
    for (const isms::ImplementationStatus status : isms::AllStatuses) {
        const auto expected =
            std::count_if(controls->cbegin(), controls->cend(), [status](const isms::Control &c) {
                return c.tracking.status == status;
            });
        statuses->setCurrentIndex(statuses->findData(isms::statusKeyword(status)));
        EXPECT_EQ(m_page->proxyModel()->rowCount(), expected) << qPrintable(isms::statusKeyword(status));
    }
}

TEST_F(RequirementsPageTest, StatusEditIsSavedUndoneAndRedoneWithItsHistory)
{
    const QString ref = u"5.15"_s;
    ASSERT_TRUE(m_page->showRecord(u"A.5.15"_s));
    EXPECT_EQ(isms::EntitySpec::refOf(m_page->model()->recordAt(m_page->model()->rowOf(m_page->currentId()))),
              ref);
    const isms::ImplementationStatus before = stored(ref).status;
    const QString after = otherStatus(before);

    QComboBox *status = statusEditor();
    ASSERT_TRUE(status->isEnabled());
    choose(status, after);
    EXPECT_EQ(shownStatus(ref), after);
    EXPECT_EQ(isms::statusKeyword(stored(ref).status), after);
    ASSERT_EQ(m_window->undoStack()->count(), 1);

    // The history page and the form's history show the change, under the control's id.
    ChangeLogTableModel *history = m_window->historyPage()->model();
    EXPECT_EQ(history->index(0, ChangeLogTableModel::EntityId).data().toString(), u"A.5.15"_s);
    EXPECT_EQ(history->index(0, ChangeLogTableModel::NewValue).data().toString(),
              isms::statusLabel(*isms::statusFromKeyword(after)));
    EXPECT_GT(m_page->form()->historyModel()->rowCount(), 0);

    m_window->undoAction()->trigger();
    EXPECT_EQ(stored(ref).status, before);
    EXPECT_EQ(shownStatus(ref), isms::statusKeyword(before));
    EXPECT_EQ(status->currentData().toString(), isms::statusKeyword(before)) << "the form follows undo";

    m_window->redoAction()->trigger();
    EXPECT_EQ(isms::statusKeyword(stored(ref).status), after);
}

TEST_F(RequirementsPageTest, TypedOwnerNotesAndTargetDateAreSaved)
{
    const QString ref = u"8.24"_s;
    ASSERT_TRUE(m_page->showRecord(ref));
    QLineEdit *owner = m_page->form()->editor(u"owner")->parts().line;
    owner->setFocus();
    owner->selectAll();
    QTest::keyClicks(owner, u"Dana Fischer"_s);
    m_page->form()->flushPendingEdits();
    EXPECT_EQ(stored(ref).owner, u"Dana Fischer"_s);
    EXPECT_EQ(m_page->model()->index(rowOf(ref), m_page->model()->columnOf(u"owner")).data().toString(),
              u"Dana Fischer"_s);

    QPlainTextEdit *notes = m_page->form()->editor(u"notes")->parts().text;
    notes->setFocus();
    notes->selectAll();
    QTest::keyClicks(notes, u"Key management follows the <b>crypto</b> standard."_s);
    m_page->form()->flushPendingEdits();
    EXPECT_EQ(stored(ref).notes, u"Key management follows the <b>crypto</b> standard."_s);

    const FieldEditor::Parts date = m_page->form()->editor(u"target_date")->parts();
    date.check->setChecked(true);
    date.date->setDate(QDate(2027, 3, 31));
    m_page->form()->flushPendingEdits();
    EXPECT_EQ(stored(ref).targetDate, QDate(2027, 3, 31));

    m_window->undoStack()->undo();
    EXPECT_NE(stored(ref).targetDate, QDate(2027, 3, 31));
}

TEST_F(RequirementsPageTest, ShowsTheFactsOfTheStandard)
{
    ASSERT_TRUE(m_page->showRecord(u"5.7"_s));
    auto *panel = qobject_cast<CatalogueFactsPanel *>(m_page->recordPanel());
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel->factText(u"theme"_s), u"Organizational"_s);
    // Catalogue words read as words.
    EXPECT_TRUE(
        panel->factText(u"operational_capabilities"_s).contains(u"Threat and vulnerability management"))
        << qPrintable(panel->factText(u"operational_capabilities"_s));
    EXPECT_EQ(panel->factText(u"new_in_2022"_s), u"yes"_s);
    EXPECT_TRUE(panel->factText(CatalogueFactsPanel::mapped2013Key()).startsWith(u"None"));
    ASSERT_TRUE(m_page->showRecord(u"5.1"_s));
    EXPECT_EQ(panel->factText(CatalogueFactsPanel::mapped2013Key()), u"A.5.1.1, A.5.1.2"_s);
    // The form offers only what people track.
    EXPECT_TRUE(m_page->form()->editor(u"title")->widget()->isHidden());
    EXPECT_FALSE(m_page->form()->editor(u"status")->widget()->isHidden());
}

TEST_F(RequirementsPageTest, ClausesPageShowsDocumentedInformation)
{
    RegisterPage *clauses = m_window->clausesPage();
    m_window->showPage(MainWindow::Page::Clauses);
    const auto all = isms::RequirementService(*m_window->database()).clauses();
    ASSERT_TRUE(all);
    EXPECT_EQ(clauses->proxyModel()->rowCount(), all->size());
    EXPECT_EQ(clauses->enumFilterCombo(u"theme"_s), nullptr);
    EXPECT_GE(clauses->model()->columnOf(u"documented_information"), 0);
    ASSERT_TRUE(clauses->showRecord(u"4.3"_s));
    // The clause's first panel says what fulfils it; the catalogue's facts come after it.
    auto *panel = clauses->findChild<CatalogueFactsPanel *>();
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel->factText(u"parent_ref"_s), u"4"_s);
    const auto before = stored(u"4.3"_s, isms::RequirementKind::Clause).status;
    choose(clauses->form()->editor(u"status")->parts().combo, otherStatus(before));
    EXPECT_EQ(isms::statusKeyword(stored(u"4.3"_s, isms::RequirementKind::Clause).status),
              otherStatus(before));
}

TEST_F(RequirementsPageTest, StatusAndOwnerCanBeChangedInTheTableButNotTheTitle)
{
    const QString ref = u"5.21"_s;
    const int row = rowOf(ref);
    const QModelIndex owner = m_page->model()->index(row, m_page->model()->columnOf(u"owner"));
    EXPECT_TRUE(m_page->model()->setData(owner, u"  Procurement Lead "_s));
    EXPECT_EQ(stored(ref).owner, u"Procurement Lead"_s);
    // Setting the same value again is no change and no undo step.
    m_page->model()->setData(owner, u"Procurement Lead"_s);
    EXPECT_EQ(m_window->undoStack()->count(), 1);
    const QModelIndex status = m_page->model()->index(row, m_page->model()->columnOf(u"status"));
    EXPECT_TRUE(status.flags() & Qt::ItemIsEditable);
    const QString after = otherStatus(stored(ref).status);
    EXPECT_TRUE(m_page->model()->setData(status, after));
    EXPECT_EQ(isms::statusKeyword(stored(ref).status), after);
    EXPECT_FALSE(m_page->model()->index(row, m_page->model()->columnOf(u"title")).flags()
                 & Qt::ItemIsEditable);
}

TEST_F(RequirementsPageTest, BulkEditSetsOneStatusOnSeveralControlsAsOneStep)
{
    QList<isms::RecordId> ids;
    for (const QString &ref : {u"5.30"_s, u"5.31"_s, u"5.32"_s}) {
        ids.append(m_page->model()->idAt(rowOf(ref)));
    }
    ASSERT_TRUE(m_page->editRecords(ids, {{u"status"_s, u"planned"_s}, {u"owner"_s, u"Legal"_s}}));
    for (const QString &ref : {u"5.30"_s, u"5.31"_s, u"5.32"_s}) {
        EXPECT_EQ(stored(ref).status, isms::ImplementationStatus::Planned);
        EXPECT_EQ(stored(ref).owner, u"Legal"_s);
    }
    EXPECT_EQ(m_window->undoStack()->count(), 1);
}

TEST_F(RequirementsPageTest, ChoosingAnotherRowSavesTheTypedText)
{
    ASSERT_TRUE(m_page->showRecord(u"5.23"_s));
    QLineEdit *owner = m_page->form()->editor(u"owner")->parts().line;
    owner->setFocus();
    owner->selectAll();
    QTest::keyClicks(owner, u"Cloud Lead"_s);
    ASSERT_TRUE(m_page->showRecord(u"5.24"_s));
    EXPECT_EQ(stored(u"5.23"_s).owner, u"Cloud Lead"_s);
    EXPECT_NE(owner->text(), u"Cloud Lead"_s);
}

TEST_F(RequirementsPageTest, ThePanelSaysWhatTheApplicabilityLeavesToSettle)
{
    ASSERT_TRUE(m_page->showRecord(u"8.8"_s));
    auto *panel = qobject_cast<CatalogueFactsPanel *>(m_page->recordPanel());
    ASSERT_NE(panel, nullptr);
    // The demo's risks name 8.8, so risk treatment is one of its reasons.
    EXPECT_TRUE(panel->factText(CatalogueFactsPanel::risksKey()).startsWith(u"R-"))
        << qPrintable(panel->factText(CatalogueFactsPanel::risksKey()));
    EXPECT_TRUE(panel->factText(CatalogueFactsPanel::reasonsKey()).startsWith(u"Risk treatment"))
        << qPrintable(panel->factText(CatalogueFactsPanel::reasonsKey()));
    EXPECT_TRUE(panel->toSettleText().isEmpty()) << qPrintable(panel->toSettleText());

    // Excluding it without a word is allowed, and the panel says what an auditor would ask.
    choose(statusEditor(), u"not-applicable"_s);
    EXPECT_TRUE(panel->toSettleText().contains(u"without a justification"_s))
        << qPrintable(panel->toSettleText());
    EXPECT_TRUE(panel->toSettleText().contains(u"the risks R-"_s)) << qPrintable(panel->toSettleText());
    m_window->undoStack()->undo();
    EXPECT_TRUE(panel->toSettleText().isEmpty()) << qPrintable(panel->toSettleText());
}
