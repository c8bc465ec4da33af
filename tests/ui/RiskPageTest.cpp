// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "RiskUiFixture.h"
#include "common/ColourChipDelegate.h"
#include "common/MessageBanner.h"
#include "domain/Entities.h"
#include "domain/RiskMethod.h"
#include "mainwindow/PageRegistry.h"
#include "models/RecordFilterProxyModel.h"
#include "models/RecordTableModel.h"
#include "records/BulkEditDialog.h"
#include "records/FieldEditor.h"
#include "records/RegisterPage.h"
#include "records/ValueFilterComboBox.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// The Risks page on the register framework: levels in colour and in rank order, filters, delete with
/// children, bulk edit.
class RiskPageTest : public RiskUiFixture
{
protected:
    /// The level names down the view's rows for `fieldKey`.
    static QStringList column(const RegisterPage *page, QStringView fieldKey)
    {
        QStringList values;
        const int column = page->model()->columnOf(fieldKey);
        for (int row = 0; row < page->proxyModel()->rowCount(); ++row) {
            values.append(page->proxyModel()->index(row, column).data().toString());
        }
        return values;
    }

    static void selectRows(RegisterPage *page, const QList<isms::RecordId> &ids)
    {
        QItemSelectionModel *selection = page->tableView()->selectionModel();
        selection->clearSelection();
        for (const isms::RecordId id : ids) {
            const QModelIndex index =
                page->proxyModel()->mapFromSource(page->model()->index(page->model()->rowOf(id), 0));
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
};

} // namespace

TEST_F(RiskPageTest, IsRegisteredInPlanningAfterTheOtherRegisters)
{
    const QStringList keys = PageRegistry::keys();
    ASSERT_TRUE(keys.contains(u"risks"_s));
    ASSERT_TRUE(keys.contains(u"treatment-plan"_s));
    EXPECT_GT(keys.indexOf(u"risks"_s), keys.indexOf(u"vulnerabilities"_s));
    EXPECT_EQ(QString::fromLatin1(PageRegistry::find(u"risks")->group), u"6 Planning");
    EXPECT_EQ(PageRegistry::findByEntity(u"risk")->key, u"risks");
}

TEST_F(RiskPageTest, ShowsLevelsInTheMethodsColoursAndSortsThemByRank)
{
    const isms::RecordId low = addRisk(u"Low one"_s, 2, 2);
    const isms::RecordId veryHigh = addRisk(u"Very high one"_s, 5, 5);
    addRisk(u"Medium one"_s, 2, 3);
    addRisk(u"High one"_s, 3, 4);
    addRisk(u"Not rated"_s, 0, 0);
    RegisterPage *page = openRisks();
    ASSERT_NE(page, nullptr);
    QAbstractItemModelTester tester(page->proxyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const isms::RiskMethod method = isms::RiskMethod::defaults();
    RecordTableModel *model = page->model();
    const int level = model->columnOf(u"level");
    EXPECT_EQ(model->index(model->rowOf(veryHigh), level).data().toString(), method.levels.at(3).name);
    EXPECT_EQ(model->index(model->rowOf(veryHigh), level).data(RecordTableModel::ColourRole).value<QColor>(),
              QColor::fromRgb(method.levels.at(3).colour));
    EXPECT_EQ(model->index(model->rowOf(low), level).data(RecordTableModel::ColourRole).value<QColor>(),
              QColor::fromRgb(method.levels.at(0).colour));
    EXPECT_NE(qobject_cast<ColourChipDelegate *>(page->tableView()->itemDelegateForColumn(level)), nullptr);

    // By rank, not by name (alphabetically "High" would come first); unrated risks last.
    page->tableView()->sortByColumn(level, Qt::AscendingOrder);
    EXPECT_EQ(column(page, u"level"),
              QStringList({u"Low"_s, u"Medium"_s, u"High"_s, u"Very high"_s, QString()}));
    page->tableView()->sortByColumn(level, Qt::DescendingOrder);
    EXPECT_EQ(column(page, u"level").mid(1), QStringList({u"Very high"_s, u"High"_s, u"Medium"_s, u"Low"_s}));

    // A new rating moves the risk and recolours it.
    ASSERT_TRUE(isms::RecordService(*m_window->database(), isms::riskSpec())
                    .update(low, {{u"likelihood"_s, qint64{5}}, {u"impact"_s, qint64{4}}}));
    EXPECT_EQ(column(page, u"level").mid(1),
              QStringList({u"Very high"_s, u"Very high"_s, u"High"_s, u"Medium"_s}));
    EXPECT_EQ(model->index(model->rowOf(low), level).data(RecordTableModel::ColourRole).value<QColor>(),
              QColor::fromRgb(method.levels.at(3).colour));
}

TEST_F(RiskPageTest, FiltersOnLevelOwnerTreatmentAndStatus)
{
    addRisk(u"One"_s, 2, 2, {{u"owner"_s, u"Dana"_s}, {u"treatment"_s, u"retain"_s}});
    addRisk(u"Two"_s, 3, 4, {{u"owner"_s, u"Marc"_s}, {u"treatment"_s, u"modify"_s}});
    addRisk(u"Three"_s, 4, 4, {{u"owner"_s, u"Dana"_s}, {u"treatment"_s, u"modify"_s}});
    RegisterPage *page = openRisks();
    ASSERT_NE(page, nullptr);
    ASSERT_NE(page->enumFilterCombo(u"treatment"_s), nullptr);
    ASSERT_NE(page->enumFilterCombo(u"status"_s), nullptr);
    ValueFilterComboBox *level = page->valueFilterCombo(u"level"_s);
    ValueFilterComboBox *owner = page->valueFilterCombo(u"owner"_s);
    ASSERT_NE(level, nullptr);
    ASSERT_NE(owner, nullptr);
    EXPECT_EQ(page->valueFilterCombo(u"title"_s), nullptr) << "names are found by the text filter";
    // The levels held, in rank order.
    ASSERT_EQ(level->count(), 3);
    EXPECT_EQ(level->itemData(1).toString(), u"Low"_s);
    EXPECT_EQ(level->itemData(2).toString(), u"High"_s);

    level->setCurrentIndex(level->findData(u"High"_s));
    EXPECT_EQ(column(page, u"title"), QStringList({u"Two"_s, u"Three"_s}));
    owner->setCurrentIndex(owner->findData(u"Dana"_s));
    EXPECT_EQ(column(page, u"title"), QStringList({u"Three"_s}));
    EXPECT_EQ(page->countLabel()->text(), u"Risks: 1 of 3"_s);
    level->setCurrentIndex(0);
    QComboBox *treatment = page->enumFilterCombo(u"treatment"_s);
    treatment->setCurrentIndex(treatment->findData(u"retain"_s));
    EXPECT_EQ(column(page, u"title"), QStringList({u"One"_s}));

    // A link from elsewhere shows one level only.
    EXPECT_TRUE(page->showOnly(u"level"_s, u"High"_s));
    EXPECT_EQ(column(page, u"title"), QStringList({u"Two"_s, u"Three"_s}));
    EXPECT_EQ(owner->currentIndex(), 0);
}

TEST_F(RiskPageTest, DeletingARiskAsksAndTakesItsTasksAndLinksInOneUndoStep)
{
    const isms::RecordId risk = addRisk(u"Ransomware"_s, 4, 5);
    const isms::RecordId other = addRisk(u"Unrelated"_s, 2, 2);
    const isms::RecordId task1 = addTask(risk, u"Offline backups"_s, m_today.addDays(10));
    addTask(risk, u"EDR"_s, m_today.addDays(20));
    const isms::RecordId otherTask = addTask(other, u"Keep"_s, m_today);
    add(isms::riskAssetSpec(), {{u"risk"_s, risk.value}, {u"asset"_s, m_asset1.value}});
    add(isms::riskControlSpec(),
        {{u"risk"_s, risk.value}, {u"control"_s, u"8.13"_s}, {u"role"_s, u"existing"_s}});
    add(isms::riskControlSpec(),
        {{u"risk"_s, risk.value}, {u"control"_s, u"5.30"_s}, {u"role"_s, u"planned"_s}});
    const QString ref = isms::EntitySpec::refOf(stored(isms::riskSpec(), risk));
    const QString taskRef = isms::EntitySpec::refOf(stored(isms::treatmentTaskSpec(), task1));
    RegisterPage *page = openRisks();
    ASSERT_NE(page, nullptr);
    QUndoStack *undo = m_window->undoStack();
    undo->clear();
    ASSERT_TRUE(page->selectRecord(risk));

    m_prompt.confirmAnswer = false;
    page->deleteAction()->trigger();
    ASSERT_EQ(m_prompt.questions.size(), 1);
    EXPECT_EQ(
        m_prompt.questions.constFirst(),
        u"%1 has 2 treatment tasks and 3 links; they are deleted with it. Undo brings everything back."_s.arg(
            ref));
    EXPECT_EQ(count(isms::riskSpec()), 2) << "declined";

    m_prompt.confirmAnswer = true;
    page->deleteAction()->trigger();
    EXPECT_EQ(count(isms::riskSpec()), 1);
    EXPECT_EQ(count(isms::treatmentTaskSpec()), 1);
    EXPECT_EQ(count(isms::riskAssetSpec()), 0);
    EXPECT_EQ(count(isms::riskControlSpec()), 0);
    EXPECT_EQ(page->model()->rowOf(risk), -1);
    EXPECT_EQ(undo->count(), 1);

    undo->undo();
    EXPECT_EQ(count(isms::riskSpec()), 2);
    EXPECT_EQ(count(isms::treatmentTaskSpec()), 3);
    EXPECT_EQ(count(isms::riskAssetSpec()), 1);
    EXPECT_EQ(count(isms::riskControlSpec()), 2);
    // The same ids and references, so that the history and links still name them.
    EXPECT_EQ(isms::EntitySpec::refOf(stored(isms::riskSpec(), risk)), ref);
    EXPECT_EQ(isms::EntitySpec::refOf(stored(isms::treatmentTaskSpec(), task1)), taskRef);
    EXPECT_EQ(value(isms::treatmentTaskSpec(), task1, u"risk").toLongLong(), risk.value);
    EXPECT_GE(page->model()->rowOf(risk), 0);

    undo->redo();
    EXPECT_EQ(count(isms::treatmentTaskSpec()), 1);
    EXPECT_EQ(value(isms::treatmentTaskSpec(), otherTask, u"title").toString(), u"Keep"_s);

    // A risk without children goes without a question.
    m_prompt.questions.clear();
    ASSERT_TRUE(page->selectRecord(other));
    const isms::RecordId bare = addRisk(u"Bare"_s, 1, 1);
    ASSERT_TRUE(page->selectRecord(bare));
    page->deleteAction()->trigger();
    EXPECT_TRUE(m_prompt.questions.isEmpty());
    EXPECT_EQ(page->model()->rowOf(bare), -1);
}

TEST_F(RiskPageTest, EditSelectedChangesSeveralRisksInOneUndoStep)
{
    const QDate review = m_today.addMonths(3);
    QList<isms::RecordId> ids;
    for (const QString &title : {u"A"_s, u"B"_s, u"C"_s}) {
        ids.append(addRisk(title, 3, 3, {{u"owner"_s, u"Old owner %1"_s.arg(title)}}));
    }
    const isms::RecordId untouched = addRisk(u"D"_s, 3, 3, {{u"owner"_s, u"Someone"_s}});
    RegisterPage *page = openRisks();
    ASSERT_NE(page, nullptr);
    QUndoStack *undo = m_window->undoStack();
    undo->clear();
    selectRows(page, ids);
    ASSERT_EQ(page->selectedIds().size(), 3);
    ASSERT_TRUE(page->editSelectedAction()->isEnabled());

    page->editSelectedAction()->trigger();
    auto *dialog = page->findChild<BulkEditDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(BulkEditDialog::editableFields(isms::riskSpec()).contains(u"next_review"_s));
    EXPECT_FALSE(BulkEditDialog::editableFields(isms::riskSpec()).contains(u"title"_s));
    EXPECT_FALSE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled()) << "nothing ticked yet";
    dialog->editor(u"owner")->setValue(u"Priya Nair"_s);
    dialog->changeBox(u"owner"_s)->setChecked(true);
    dialog->editor(u"status")->setValue(u"in-treatment"_s);
    dialog->changeBox(u"status"_s)->setChecked(true);
    dialog->editor(u"next_review")->setValue(review);
    dialog->changeBox(u"next_review"_s)->setChecked(true);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();

    for (const isms::RecordId id : ids) {
        EXPECT_EQ(value(isms::riskSpec(), id, u"owner").toString(), u"Priya Nair"_s);
        EXPECT_EQ(value(isms::riskSpec(), id, u"status").toString(), u"in-treatment"_s);
        EXPECT_EQ(value(isms::riskSpec(), id, u"next_review").toDate(), review);
    }
    EXPECT_EQ(value(isms::riskSpec(), untouched, u"owner").toString(), u"Someone"_s);
    EXPECT_EQ(undo->count(), 1);
    EXPECT_EQ(undo->undoText(), u"Edit 3 risks"_s);

    undo->undo();
    for (const QString &title : {u"A"_s, u"B"_s, u"C"_s}) {
        const isms::RecordId id = ids.at(title.at(0).unicode() - u'A');
        EXPECT_EQ(value(isms::riskSpec(), id, u"owner").toString(), u"Old owner %1"_s.arg(title));
        EXPECT_EQ(value(isms::riskSpec(), id, u"status").toString(), u"identified"_s);
        EXPECT_FALSE(value(isms::riskSpec(), id, u"next_review").toDate().isValid());
    }
    undo->redo();
    EXPECT_EQ(value(isms::riskSpec(), ids.at(1), u"owner").toString(), u"Priya Nair"_s);
}

TEST_F(RiskPageTest, ARefusedBulkEditChangesNothingAndSaysWhy)
{
    const isms::RecordId a = addRisk(u"A"_s, 3, 3);
    const isms::RecordId b = addRisk(u"B"_s, 3, 3);
    RegisterPage *page = openRisks();
    ASSERT_NE(page, nullptr);
    m_window->undoStack()->clear();
    // A sign-off name without its date breaks the register's rule for every record.
    EXPECT_FALSE(page->editRecords({a, b}, {{u"owner"_s, u"X"_s}, {u"signoff_by"_s, u"X"_s}}));
    EXPECT_EQ(value(isms::riskSpec(), a, u"owner").toString(), QString());
    EXPECT_EQ(m_window->undoStack()->count(), 0);
    EXPECT_FALSE(page->banner()->text().isEmpty());
}
