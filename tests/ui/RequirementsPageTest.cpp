// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "requirements/RequirementsPage.h"

#include "UiTestFixture.h"
#include "common/MessageBanner.h"
#include "history/HistoryPage.h"
#include "models/ChangeLogTableModel.h"
#include "models/RequirementFilterProxyModel.h"
#include "models/RequirementTableModel.h"
#include "requirements/RequirementDetailWidget.h"
#include "services/RequirementService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
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

    isms::RequirementTracking stored(const QString &ref) const
    {
        const auto tracking =
            isms::RequirementService(*m_window->database()).tracking({isms::RequirementKind::Control, ref});
        EXPECT_TRUE(tracking);
        return tracking ? *tracking : isms::RequirementTracking{};
    }

    /// The status shown in the table for `ref`.
    isms::ImplementationStatus shownStatus(const QString &ref) const
    {
        const int row = m_page->model()->rowOf(ref);
        return static_cast<isms::ImplementationStatus>(m_page->model()
                                                           ->index(row, RequirementTableModel::Status)
                                                           .data(RequirementTableModel::StatusRole)
                                                           .toInt());
    }

    RequirementsPage *m_page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

isms::ImplementationStatus otherStatus(isms::ImplementationStatus status)
{
    return status == isms::ImplementationStatus::Implemented ? isms::ImplementationStatus::Partial
                                                             : isms::ImplementationStatus::Implemented;
}

} // namespace

TEST_F(RequirementsPageTest, ShowsAllNinetyThreeControls)
{
    EXPECT_EQ(m_page->proxyModel()->rowCount(), 93);
    EXPECT_TRUE(m_page->countLabel()->text().contains(u"93"_s));
    EXPECT_FALSE(m_page->tableView()->isColumnHidden(RequirementTableModel::Theme));
    EXPECT_TRUE(m_page->tableView()->isColumnHidden(RequirementTableModel::DocumentedInformation));
}

TEST_F(RequirementsPageTest, TextFilterFindsCryptography)
{
    QTest::keyClicks(m_page->filterEdit(), u"crypt"_s);
    const int shown = m_page->proxyModel()->rowCount();
    EXPECT_GE(shown, 1);
    EXPECT_LT(shown, 93);
    bool found = false;
    for (int row = 0; row < shown; ++row) {
        found = found
                || m_page->proxyModel()->index(row, 0).data(RequirementTableModel::IdRole).toString()
                       == u"8.24"_s;
    }
    EXPECT_TRUE(found);
    EXPECT_TRUE(m_page->countLabel()->text().contains(QString::number(shown)));
}

TEST_F(RequirementsPageTest, ThemeFilterPeopleShowsEight)
{
    QComboBox *themes = m_page->themeComboBox();
    themes->setCurrentIndex(themes->findData(static_cast<int>(isms::Theme::People)));
    EXPECT_EQ(m_page->proxyModel()->rowCount(), 8);
    themes->setCurrentIndex(0);
    EXPECT_EQ(m_page->proxyModel()->rowCount(), 93);
}

TEST_F(RequirementsPageTest, StatusFilterMatchesStoredStatuses)
{
    const auto controls = isms::RequirementService(*m_window->database()).controls();
    ASSERT_TRUE(controls);
    for (const isms::ImplementationStatus status : isms::AllStatuses) {
        const auto expected =
            std::count_if(controls->cbegin(), controls->cend(), [status](const isms::Control &c) {
                return c.tracking.status == status;
            });
        QComboBox *statuses = m_page->statusComboBox();
        statuses->setCurrentIndex(statuses->findData(static_cast<int>(status)));
        EXPECT_EQ(m_page->proxyModel()->rowCount(), expected) << qPrintable(isms::statusKeyword(status));
    }
}

TEST_F(RequirementsPageTest, StatusEditIsSavedUndoneAndRedone)
{
    const QString ref = u"5.15"_s;
    ASSERT_TRUE(m_page->selectRequirement(ref));
    RequirementDetailWidget *detail = m_page->detailWidget();
    ASSERT_EQ(detail->currentRef(), ref);
    const isms::ImplementationStatus before = stored(ref).status;
    const isms::ImplementationStatus after = otherStatus(before);

    QComboBox *status = detail->statusComboBox();
    ASSERT_TRUE(status->isEnabled());
    status->setCurrentIndex(status->findData(static_cast<int>(after)));

    EXPECT_EQ(shownStatus(ref), after);
    EXPECT_EQ(stored(ref).status, after);
    ASSERT_EQ(m_window->undoStack()->count(), 1);

    // The history page shows the change, newest first.
    ChangeLogTableModel *history = m_window->historyPage()->model();
    EXPECT_EQ(history->index(0, ChangeLogTableModel::EntityId).data().toString(), u"A.5.15"_s);
    EXPECT_EQ(history->index(0, ChangeLogTableModel::NewValue).data().toString(), isms::statusLabel(after));
    EXPECT_EQ(detail->historyModel()->index(0, ChangeLogTableModel::NewValue).data().toString(),
              isms::statusLabel(after));

    m_window->undoAction()->trigger();
    EXPECT_EQ(stored(ref).status, before);
    EXPECT_EQ(shownStatus(ref), before);
    EXPECT_EQ(status->currentData().toInt(), static_cast<int>(before));
    EXPECT_EQ(history->index(0, ChangeLogTableModel::NewValue).data().toString(), isms::statusLabel(before));
    EXPECT_EQ(history->index(0, ChangeLogTableModel::OldValue).data().toString(), isms::statusLabel(after));

    m_window->redoAction()->trigger();
    EXPECT_EQ(stored(ref).status, after);
    EXPECT_EQ(shownStatus(ref), after);
}

TEST_F(RequirementsPageTest, TypedOwnerIsOneUndoStep)
{
    const QString ref = u"5.16"_s;
    ASSERT_TRUE(m_page->selectRequirement(ref));
    RequirementDetailWidget *detail = m_page->detailWidget();
    const QString before = stored(ref).owner;
    QLineEdit *owner = detail->ownerLineEdit();
    owner->setFocus();
    owner->selectAll();
    QTest::keyClicks(owner, u"Dana "_s);
    // The pause commits what has been typed so far, without disturbing the typing...
    detail->flushPendingEdits();
    EXPECT_EQ(stored(ref).owner, u"Dana"_s);
    EXPECT_EQ(owner->text(), u"Dana "_s);
    QTest::keyClicks(owner, u"Fischer"_s);
    // ...and leaving the field commits the rest into the same undo step.
    QTest::keyClick(owner, Qt::Key_Return);
    EXPECT_EQ(stored(ref).owner, u"Dana Fischer"_s);
    EXPECT_EQ(m_window->undoStack()->count(), 1);
    EXPECT_EQ(
        m_page->model()->index(m_page->model()->rowOf(ref), RequirementTableModel::Owner).data().toString(),
        u"Dana Fischer"_s);

    m_window->undoStack()->undo();
    EXPECT_EQ(stored(ref).owner, before);
    EXPECT_EQ(owner->text(), before);
}

TEST_F(RequirementsPageTest, NotesAndTargetDateAreSaved)
{
    const QString ref = u"8.24"_s;
    ASSERT_TRUE(m_page->selectRequirement(ref));
    RequirementDetailWidget *detail = m_page->detailWidget();
    detail->notesEdit()->setPlainText(u"Key management follows the <b>crypto</b> standard."_s);
    detail->flushPendingEdits();
    EXPECT_EQ(stored(ref).notes, u"Key management follows the <b>crypto</b> standard."_s);

    detail->targetDateCheckBox()->setChecked(false);
    EXPECT_FALSE(stored(ref).targetDate.isValid());
    detail->targetDateCheckBox()->setChecked(true);
    detail->targetDateEdit()->setDate(QDate(2027, 3, 31));
    detail->flushPendingEdits();
    EXPECT_EQ(stored(ref).targetDate, QDate(2027, 3, 31));
}

TEST_F(RequirementsPageTest, InvalidOwnerShowsBannerAndKeepsTheFile)
{
    const QString ref = u"5.17"_s;
    ASSERT_TRUE(m_page->selectRequirement(ref));
    const isms::RequirementTracking before = stored(ref);
    RequirementDetailWidget *detail = m_page->detailWidget();
    // The line edit limits typing; the service still refuses longer text from elsewhere.
    detail->ownerLineEdit()->setMaxLength(32767);
    detail->ownerLineEdit()->setText(QString(isms::RequirementService::MaxOwnerLength + 5, u'x'));
    Q_EMIT detail->ownerLineEdit()->textEdited(detail->ownerLineEdit()->text());
    {
        ExpectedCoreWarnings allowed;
        detail->flushPendingEdits();
    }
    EXPECT_EQ(stored(ref), before);
    EXPECT_EQ(m_window->undoStack()->count(), 0);
    EXPECT_FALSE(m_page->banner()->isHidden());
    EXPECT_EQ(detail->ownerLineEdit()->text(), before.owner);
}

TEST_F(RequirementsPageTest, ShowsControlAttributes)
{
    ASSERT_TRUE(m_page->selectRequirement(u"5.7"_s));
    RequirementDetailWidget *detail = m_page->detailWidget();
    const auto labels = detail->findChildren<QLabel *>();
    QStringList texts;
    for (const QLabel *label : labels) {
        texts.append(label->text());
    }
    const QString all = texts.join(u'\n');
    EXPECT_TRUE(all.contains(u"Threat intelligence"_s)) << qPrintable(all);
    // Underscored catalogue words read as words.
    EXPECT_FALSE(all.contains(u"Threat_and_vulnerability_management"_s));
    EXPECT_TRUE(all.contains(u"Threat and vulnerability management"_s)) << qPrintable(all);
    const auto *badge = detail->findChild<QLabel *>(u"newIn2022Badge"_s);
    ASSERT_NE(badge, nullptr);
    EXPECT_FALSE(badge->isHidden());
    ASSERT_TRUE(m_page->selectRequirement(u"5.1"_s));
    EXPECT_TRUE(badge->isHidden());
}

TEST_F(RequirementsPageTest, ClausesPageShowsDocumentedInformation)
{
    RequirementsPage *clauses = m_window->clausesPage();
    m_window->showPage(MainWindow::Page::Clauses);
    const auto all = isms::RequirementService(*m_window->database()).clauses();
    ASSERT_TRUE(all);
    EXPECT_EQ(clauses->proxyModel()->rowCount(), all->size());
    EXPECT_TRUE(clauses->themeComboBox()->isHidden());
    EXPECT_FALSE(clauses->tableView()->isColumnHidden(RequirementTableModel::DocumentedInformation));
    ASSERT_TRUE(clauses->selectRequirement(u"4.3"_s));
    QComboBox *status = clauses->detailWidget()->statusComboBox();
    const auto before = isms::RequirementService(*m_window->database())
                            .tracking({isms::RequirementKind::Clause, u"4.3"_s})
                            ->status;
    status->setCurrentIndex(status->findData(static_cast<int>(otherStatus(before))));
    EXPECT_EQ(isms::RequirementService(*m_window->database())
                  .tracking({isms::RequirementKind::Clause, u"4.3"_s})
                  ->status,
              otherStatus(before));
}

TEST_F(RequirementsPageTest, StatusCanBeChangedInTheTable)
{
    const QString ref = u"5.20"_s;
    ASSERT_TRUE(m_page->selectRequirement(ref));
    const isms::ImplementationStatus before = stored(ref).status;
    const isms::ImplementationStatus after = otherStatus(before);
    const QModelIndex index =
        m_page->tableView()->currentIndex().siblingAtColumn(RequirementTableModel::Status);
    ASSERT_TRUE(index.flags() & Qt::ItemIsEditable);

    m_page->tableView()->edit(index);
    auto *combo = m_page->tableView()->viewport()->findChild<QComboBox *>();
    ASSERT_NE(combo, nullptr);
    const int choice = combo->findData(static_cast<int>(after));
    combo->setCurrentIndex(choice);
    Q_EMIT combo->activated(choice);

    EXPECT_EQ(stored(ref).status, after);
    EXPECT_EQ(shownStatus(ref), after);
    // The form below follows the table.
    EXPECT_EQ(m_page->detailWidget()->statusComboBox()->currentData().toInt(), static_cast<int>(after));
    ASSERT_EQ(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    EXPECT_EQ(stored(ref).status, before);
}

TEST_F(RequirementsPageTest, OwnerCanBeChangedInTheTable)
{
    const QString ref = u"5.21"_s;
    const int row = m_page->model()->rowOf(ref);
    const QModelIndex index = m_page->model()->index(row, RequirementTableModel::Owner);
    EXPECT_TRUE(m_page->model()->setData(index, u"  Procurement Lead "_s));
    EXPECT_EQ(stored(ref).owner, u"Procurement Lead"_s);
    // Setting the same value again is no change and no undo step.
    EXPECT_FALSE(m_page->model()->setData(index, u"Procurement Lead"_s));
    EXPECT_EQ(m_window->undoStack()->count(), 1);
    EXPECT_FALSE(m_page->model()->index(row, RequirementTableModel::Title).flags() & Qt::ItemIsEditable);
}

TEST_F(RequirementsPageTest, TypedNotesAreSavedAfterAPause)
{
    const QString ref = u"5.22"_s;
    ASSERT_TRUE(m_page->selectRequirement(ref));
    QPlainTextEdit *notes = m_page->detailWidget()->notesEdit();
    notes->setFocus();
    notes->selectAll();
    QTest::keyClicks(notes, u"Supplier reviews twice a year"_s);
    EXPECT_NE(stored(ref).notes, u"Supplier reviews twice a year"_s);
    EXPECT_TRUE(QTest::qWaitFor([&] { return stored(ref).notes == u"Supplier reviews twice a year"_s; },
                                RequirementDetailWidget::IdleCommitMs * 4));
    EXPECT_EQ(m_window->undoStack()->count(), 1);
}

TEST_F(RequirementsPageTest, ChoosingAnotherRowSavesTheTypedText)
{
    ASSERT_TRUE(m_page->selectRequirement(u"5.23"_s));
    QLineEdit *owner = m_page->detailWidget()->ownerLineEdit();
    owner->setFocus();
    owner->selectAll();
    QTest::keyClicks(owner, u"Cloud Lead"_s);
    ASSERT_TRUE(m_page->selectRequirement(u"5.24"_s));
    EXPECT_EQ(stored(u"5.23"_s).owner, u"Cloud Lead"_s);
    EXPECT_NE(owner->text(), u"Cloud Lead"_s);
}
