// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/RegisterPage.h"

#include "UiTestFixture.h"
#include "common/MessageBanner.h"
#include "domain/Entities.h"
#include "history/HistoryPage.h"
#include "mainwindow/PageRegistry.h"
#include "models/ChangeLogTableModel.h"
#include "models/RecordFilterProxyModel.h"
#include "models/RecordTableModel.h"
#include "records/FieldEditor.h"
#include "records/RecordForm.h"
#include "services/RecordService.h"
#include "storage/Database.h"
#include "storage/ProjectLock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// The pages of the registers built on the framework, in the demo project. Every test runs for each.
class RegisterPageTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
    }

    void TearDown() override
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        UiTestFixture::TearDown();
    }

    /// Shows the page of `spec` and watches its models.
    RegisterPage *open(const isms::EntitySpec &spec)
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        EXPECT_TRUE(m_window->showPage(spec.key));
        auto *page = qobject_cast<RegisterPage *>(m_window->registeredPage(spec.key));
        EXPECT_NE(page, nullptr);
        if (page) {
            m_modelTester = std::make_unique<QAbstractItemModelTester>(
                page->model(),
                QAbstractItemModelTester::FailureReportingMode::Fatal);
            m_proxyTester = std::make_unique<QAbstractItemModelTester>(
                page->proxyModel(),
                QAbstractItemModelTester::FailureReportingMode::Fatal);
        }
        return page;
    }

    isms::Record stored(const isms::EntitySpec &spec, isms::RecordId id) const
    {
        const auto record = isms::RecordService(*m_window->database(), spec).get(id);
        EXPECT_TRUE(record);
        return record ? *record : isms::Record{};
    }

    qsizetype storedCount(const isms::EntitySpec &spec) const
    {
        const auto all = isms::RecordService(*m_window->database(), spec).all();
        EXPECT_TRUE(all);
        return all ? all->size() : -1;
    }

    /// Up to `wanted` rows of the page, from the second on, whose records no risk of the demo names (a
    /// named threat or vulnerability cannot be deleted); `skipped` are left out too.
    QList<int> unreferencedRows(RegisterPage *page, int wanted, const QList<isms::RecordId> &skipped) const
    {
        QSet<qint64> named;
        const auto risks = isms::RecordService(*m_window->database(), isms::riskSpec()).all();
        EXPECT_TRUE(risks);
        const QString key = page->model()->spec().key == u"threats" ? u"threat"_s : u"vulnerability"_s;
        for (const isms::Record &risk : risks ? *risks : QList<isms::Record>()) {
            named.insert(risk.values.at(isms::riskSpec().indexOf(key)).toLongLong());
        }
        QList<int> rows;
        for (int row = 1; row < page->proxyModel()->rowCount() && rows.size() < wanted; ++row) {
            const auto id =
                page->proxyModel()->index(row, 0).data(RecordTableModel::IdRole).value<isms::RecordId>();
            if (!named.contains(id.value) && !skipped.contains(id)) {
                rows.append(row);
            }
        }
        return rows;
    }

    static QList<const isms::EntitySpec *> specs()
    {
        return {&isms::threatSpec(), &isms::vulnerabilitySpec()};
    }

    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

} // namespace

TEST_F(RegisterPageTest, PagesAreRegisteredAndCreatedWhenFirstShown)
{
    EXPECT_TRUE(PageRegistry::keys().contains(u"threats"_s));
    EXPECT_TRUE(PageRegistry::keys().contains(u"vulnerabilities"_s));
    EXPECT_EQ(m_window->findChild<RegisterPage *>(), nullptr) << "no register page before it is shown";
    for (const isms::EntitySpec *spec : specs()) {
        SCOPED_TRACE(spec->key.toStdString());
        RegisterPage *page = open(*spec);
        ASSERT_NE(page, nullptr);
        EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Registered);
        EXPECT_EQ(m_window->currentPageKey(), spec->key);
        EXPECT_EQ(m_window->navigation()->currentItem()->text(0), spec->pluralLabel());
        EXPECT_EQ(page->model()->rowCount(), storedCount(*spec));
        EXPECT_EQ(page->countLabel()->text(), u"%1: %2"_s.arg(spec->pluralLabel()).arg(storedCount(*spec)));
        // The first row is selected and shown in the form.
        EXPECT_TRUE(page->currentId().isValid());
        EXPECT_EQ(page->form()->currentId(), page->currentId());
        EXPECT_EQ(page->form()->editor(u"ref")->value().toString(),
                  isms::EntitySpec::refOf(stored(*spec, page->currentId())));
    }
    // Choosing the page in the navigation shows it.
    m_window->showPage(MainWindow::Page::Dashboard);
    for (QTreeWidgetItemIterator it(m_window->navigation()); *it; ++it) {
        if ((*it)->text(0) == isms::threatSpec().pluralLabel()) {
            m_window->navigation()->setCurrentItem(*it);
        }
    }
    EXPECT_EQ(m_window->currentPageKey(), u"threats"_s);
    // Closing the project empties the pages; opening gives them the new one.
    m_window->closeProject();
    EXPECT_EQ(qobject_cast<RegisterPage *>(m_window->registeredPage(u"threats"_s))->model()->rowCount(), 0);
    EXPECT_FALSE(m_window->showPage(u"threats"_s));
}

TEST_F(RegisterPageTest, NewDuplicateDeleteAreUndoableSteps)
{
    for (const isms::EntitySpec *spec : specs()) {
        SCOPED_TRACE(spec->key.toStdString());
        RegisterPage *page = open(*spec);
        ASSERT_NE(page, nullptr);
        QUndoStack *undo = m_window->undoStack();
        undo->clear();
        const qsizetype count = storedCount(*spec);

        // New: a valid record, selected, its name ready to be typed over.
        ASSERT_TRUE(page->newAction()->isEnabled());
        page->newAction()->trigger();
        ASSERT_EQ(storedCount(*spec), count + 1);
        const isms::RecordId created = page->currentId();
        ASSERT_TRUE(created.isValid());
        const isms::Record record = stored(*spec, created);
        EXPECT_EQ(record.values.at(1).toString(), u"New %1"_s.arg(spec->singularLabel().toLower()));
        EXPECT_EQ(spec->refNumber(isms::EntitySpec::refOf(record)), count + 1);
        EXPECT_EQ(page->form()->currentId(), created);
        EXPECT_EQ(undo->count(), 1);
        undo->undo();
        EXPECT_EQ(storedCount(*spec), count);
        EXPECT_EQ(page->model()->rowOf(created), -1);
        undo->redo();
        EXPECT_EQ(isms::EntitySpec::refOf(stored(*spec, created)), isms::EntitySpec::refOf(record));

        // Duplicate: the selected row copied under the next free reference.
        ASSERT_TRUE(page->selectRecord(page->model()->idAt(0)));
        const isms::Record original = page->model()->recordAt(0);
        page->duplicateAction()->trigger();
        ASSERT_EQ(storedCount(*spec), count + 2);
        const isms::Record copy = stored(*spec, page->currentId());
        EXPECT_NE(copy.id, original.id);
        EXPECT_NE(isms::EntitySpec::refOf(copy), isms::EntitySpec::refOf(original));
        EXPECT_EQ(copy.values.mid(1), original.values.mid(1));
        EXPECT_EQ(
            undo->undoText(),
            u"Duplicate %1 %2"_s.arg(spec->singularLabel().toLower(), isms::EntitySpec::refOf(original)));

        // Delete of several rows asks, and is one step.
        QItemSelectionModel *selection = page->tableView()->selectionModel();
        selection->clearSelection();
        for (int row : unreferencedRows(page, 3, {created, copy.id})) {
            selection->select(page->proxyModel()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        const QList<isms::RecordId> chosen = page->selectedIds();
        ASSERT_EQ(chosen.size(), 3);
        m_prompt.confirmAnswer = false;
        page->deleteAction()->trigger();
        EXPECT_EQ(m_prompt.questions.size(), 1);
        EXPECT_EQ(storedCount(*spec), count + 2) << "declined";
        m_prompt.confirmAnswer = true;
        page->deleteAction()->trigger();
        EXPECT_EQ(storedCount(*spec), count - 1);
        const int steps = undo->count();
        undo->undo();
        EXPECT_EQ(storedCount(*spec), count + 2);
        for (const isms::RecordId id : chosen) {
            EXPECT_GE(page->model()->rowOf(id), 0);
        }
        undo->redo();
        EXPECT_EQ(storedCount(*spec), count - 1);
        EXPECT_EQ(undo->count(), steps);

        // One row goes without a question.
        m_prompt.questions.clear();
        ASSERT_TRUE(page->selectRecord(created));
        page->deleteAction()->trigger();
        EXPECT_TRUE(m_prompt.questions.isEmpty());
        EXPECT_EQ(page->model()->rowOf(created), -1);
        EXPECT_EQ(undo->undoText(),
                  u"Delete %1 %2"_s.arg(spec->singularLabel().toLower(), isms::EntitySpec::refOf(record)));
        m_prompt.questions.clear();
    }
}

TEST_F(RegisterPageTest, TypingInTheFormIsOneUndoStepWithHistory)
{
    for (const isms::EntitySpec *spec : specs()) {
        SCOPED_TRACE(spec->key.toStdString());
        RegisterPage *page = open(*spec);
        ASSERT_NE(page, nullptr);
        QUndoStack *undo = m_window->undoStack();
        undo->clear();
        ASSERT_TRUE(page->selectRecord(page->model()->idAt(2)));
        const isms::RecordId id = page->currentId();
        const QString before = stored(*spec, id).values.at(1).toString();
        const int historyRows = page->form()->historyModel()->rowCount();

        FieldEditor *name = page->form()->editor(u"name");
        auto *line = qobject_cast<QLineEdit *>(name->widget());
        ASSERT_NE(line, nullptr);
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, u"Renamed by typing"_s);
        EXPECT_EQ(stored(*spec, id).values.at(1).toString(), before) << "not saved before the pause";
        page->form()->flushPendingEdits();
        EXPECT_EQ(stored(*spec, id).values.at(1).toString(), u"Renamed by typing"_s);
        QTest::keyClicks(line, u" again"_s);
        page->form()->flushPendingEdits();
        EXPECT_EQ(undo->count(), 1) << "one editing session, one step";
        EXPECT_EQ(page->model()
                      ->index(page->model()->rowOf(id), page->model()->columnOf(u"name"))
                      .data()
                      .toString(),
                  u"Renamed by typing again"_s);
        EXPECT_GT(page->form()->historyModel()->rowCount(), historyRows);

        // A choice is saved at once.
        FieldEditor *category = page->form()->editor(u"category");
        auto *combo = qobject_cast<QComboBox *>(category->widget());
        ASSERT_NE(combo, nullptr);
        const int next = (combo->currentIndex() + 1) % combo->count();
        combo->setCurrentIndex(next);
        Q_EMIT combo->activated(next);
        EXPECT_EQ(stored(*spec, id).values.at(spec->indexOf(u"category")).toString(),
                  combo->itemData(next).toString());
        EXPECT_EQ(undo->count(), 2);

        undo->undo();
        undo->undo();
        EXPECT_EQ(stored(*spec, id).values.at(1).toString(), before);
        EXPECT_EQ(line->text(), before) << "the form follows undo";
    }
}

TEST_F(RegisterPageTest, RefusedValueIsShownAndLeavesNoUndoStep)
{
    for (const isms::EntitySpec *spec : specs()) {
        SCOPED_TRACE(spec->key.toStdString());
        RegisterPage *page = open(*spec);
        ASSERT_NE(page, nullptr);
        QUndoStack *undo = m_window->undoStack();
        undo->clear();
        const isms::RecordId id = page->currentId();
        const QString before = stored(*spec, id).values.at(1).toString();
        auto *line = qobject_cast<QLineEdit *>(page->form()->editor(u"name")->widget());
        ASSERT_NE(line, nullptr);
        line->setFocus();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        page->form()->flushPendingEdits();

        EXPECT_EQ(stored(*spec, id).values.at(1).toString(), before);
        EXPECT_EQ(undo->count(), 0);
        EXPECT_FALSE(page->form()->banner()->isHidden());
        EXPECT_TRUE(page->form()->banner()->text().contains(u"required"_s))
            << qPrintable(page->form()->banner()->text());
        EXPECT_TRUE(line->text().isEmpty()) << "what was typed stays to be corrected";

        // Correcting it saves it and clears the message.
        QTest::keyClicks(line, u"Corrected"_s);
        page->form()->flushPendingEdits();
        EXPECT_EQ(stored(*spec, id).values.at(1).toString(), u"Corrected"_s);
        EXPECT_TRUE(page->form()->banner()->isHidden());
        EXPECT_EQ(undo->count(), 1);

        // A refused value is also reported when the row changes before the pause.
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        ASSERT_TRUE(page->selectRecord(page->model()->idAt(5)));
        EXPECT_FALSE(page->form()->banner()->isHidden());
        EXPECT_EQ(stored(*spec, id).values.at(1).toString(), u"Corrected"_s);
        EXPECT_EQ(line->text(), page->model()->recordAt(5).values.at(1).toString());
    }
}

TEST_F(RegisterPageTest, FiltersNarrowTheTableAndTheCount)
{
    for (const isms::EntitySpec *spec : specs()) {
        SCOPED_TRACE(spec->key.toStdString());
        RegisterPage *page = open(*spec);
        ASSERT_NE(page, nullptr);
        const int total = page->model()->rowCount();
        const QString name = page->model()->recordAt(4).values.at(1).toString();
        QTest::keyClicks(page->filterEdit(), name);
        ASSERT_GE(page->proxyModel()->rowCount(), 1);
        EXPECT_LT(page->proxyModel()->rowCount(), total);
        EXPECT_EQ(page->countLabel()->text(),
                  u"%1: %2 of %3"_s.arg(spec->pluralLabel()).arg(page->proxyModel()->rowCount()).arg(total));
        page->filterEdit()->clear();
        EXPECT_EQ(page->proxyModel()->rowCount(), total);

        QComboBox *category = page->enumFilterCombo(u"category"_s);
        ASSERT_NE(category, nullptr);
        category->setCurrentIndex(1);
        const QString keyword = category->currentData().toString();
        ASSERT_GT(page->proxyModel()->rowCount(), 0);
        for (int row = 0; row < page->proxyModel()->rowCount(); ++row) {
            const isms::RecordId id =
                page->proxyModel()->index(row, 0).data(RecordTableModel::IdRole).value<isms::RecordId>();
            EXPECT_EQ(stored(*spec, id).values.at(spec->indexOf(u"category")).toString(), keyword);
        }
        // Selecting a hidden record clears the filters.
        isms::RecordId hidden;
        for (int row = 0; row < total && !hidden.isValid(); ++row) {
            if (page->model()->recordAt(row).values.at(spec->indexOf(u"category")).toString() != keyword) {
                hidden = page->model()->idAt(row);
            }
        }
        ASSERT_TRUE(page->selectRecord(hidden));
        EXPECT_EQ(category->currentIndex(), 0);
        EXPECT_EQ(page->currentId(), hidden);
    }
}

TEST_F(RegisterPageTest, HistoryLeadsToTheRecord)
{
    const isms::EntitySpec &spec = isms::threatSpec();
    const auto all = isms::RecordService(*m_window->database(), spec).all();
    ASSERT_TRUE(all);
    const isms::RecordId id = all->at(6).id;
    m_window->showPage(MainWindow::Page::History);
    // The history page's signal is what the window follows; emit it as a click would.
    auto *history = m_window->historyPage();
    Q_EMIT history->recordActivated(spec.entity, QString::number(id.value));
    EXPECT_EQ(m_window->currentPageKey(), spec.key);
    auto *page = qobject_cast<RegisterPage *>(m_window->registeredPage(spec.key));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->currentId(), id);
}

TEST_F(RegisterPageTest, ReadOnlyProjectOffersNoChanges)
{
    const QString path = m_window->database()->path();
    m_window->closeProject();
    auto lock = isms::ProjectLock::acquire(path, u"someone else"_s, false, false);
    ASSERT_TRUE(lock);
    m_prompt.lockedAnswer = Prompt::LockedChoice::OpenReadOnly;
    ASSERT_TRUE(m_window->openProject(path));
    ASSERT_TRUE(m_window->database()->isReadOnly());
    RegisterPage *page = open(isms::threatSpec());
    ASSERT_NE(page, nullptr);
    EXPECT_FALSE(page->newAction()->isEnabled());
    EXPECT_FALSE(page->deleteAction()->isEnabled());
    EXPECT_FALSE(page->model()->flags(page->model()->index(0, 1)) & Qt::ItemIsEditable);
    auto *line = qobject_cast<QLineEdit *>(page->form()->editor(u"name")->widget());
    ASSERT_NE(line, nullptr);
    EXPECT_TRUE(line->isReadOnly());
    m_window->closeProject();
}

TEST_F(RegisterPageTest, HeaderStateIsKeptBetweenSessions)
{
    RegisterPage *page = open(isms::threatSpec());
    ASSERT_NE(page, nullptr);
    const int column = page->model()->columnOf(u"category");
    page->tableView()->setColumnWidth(column, 333);
    m_proxyTester.reset();
    m_modelTester.reset();
    m_window->close();
    m_window = std::make_unique<MainWindow>(*m_settings, m_prompt, m_chooser);
    m_window->show();
    ASSERT_TRUE(m_window->openProject(m_demoPath));
    page = open(isms::threatSpec());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->tableView()->columnWidth(column), 333);
}

TEST_F(RegisterPageTest, EnumCellIsEditedInPlaceWithItsLabels)
{
    for (const isms::EntitySpec *spec : specs()) {
        SCOPED_TRACE(spec->key.toStdString());
        RegisterPage *page = open(*spec);
        ASSERT_NE(page, nullptr);
        m_window->undoStack()->clear();
        const QModelIndex cell = page->proxyModel()->index(0, page->model()->columnOf(u"category"));
        const isms::RecordId id = cell.data(RecordTableModel::IdRole).value<isms::RecordId>();
        page->tableView()->edit(cell);
        auto *combo = qobject_cast<QComboBox *>(page->tableView()->indexWidget(cell));
        if (!combo) {
            combo = page->tableView()->viewport()->findChild<QComboBox *>();
        }
        ASSERT_NE(combo, nullptr);
        EXPECT_EQ(combo->currentData().toString(), cell.data(Qt::EditRole).toString());
        EXPECT_EQ(combo->currentText(), cell.data().toString());
        const int next = (combo->currentIndex() + 1) % combo->count();
        combo->setCurrentIndex(next);
        Q_EMIT combo->activated(next);
        EXPECT_EQ(stored(*spec, id).values.at(spec->indexOf(u"category")).toString(),
                  combo->itemData(next).toString());
        EXPECT_EQ(m_window->undoStack()->count(), 1);
        QCoreApplication::processEvents();
    }
}
