// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "methodology/MethodologyPage.h"

#include "RiskTestData.h"
#include "UiTestFixture.h"
#include "common/MessageBanner.h"
#include "domain/Entities.h"
#include "heatmap/HeatMapPage.h"
#include "heatmap/HeatMapWidget.h"
#include "methodology/LevelEditor.h"
#include "methodology/MatrixEditor.h"
#include "methodology/MethodEditor.h"
#include "methodology/RatingPreviewDialog.h"
#include "methodology/ScaleEditor.h"
#include "services/RiskMethodService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/ProjectLock.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using isms::test::addRisk;
using isms::test::riskValue;

namespace {

/// The Methodology page of the demo project with four rated risks; the preview is answered by the test.
class MethodologyPageTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
        isms::Database &db = *m_window->database();
        m_low = addRisk(db, u"Two"_s, {2, 3, 3, 2});
        m_middle = addRisk(db, u"Three"_s, {3, 3, {}, {}});
        m_high = addRisk(db, u"Four"_s, {4, 5, 2, 4});
        m_top = addRisk(db, u"Five"_s, {5, 1, {}, {}});
        ASSERT_TRUE(m_window->showPage(u"methodology"_s));
        m_page = qobject_cast<MethodologyPage *>(m_window->registeredPage(u"methodology"_s));
        ASSERT_NE(m_page, nullptr);
        m_page->setPreviewConfirmer([this](QWidget *, const QList<isms::RatingChange> &changes) {
            ++m_previews;
            m_previewed = changes;
            return m_confirm;
        });
    }

    isms::Database &db() const { return *m_window->database(); }

    MethodEditor *editor() const { return m_page->editor(); }

    isms::RiskMethod stored() const
    {
        auto method = isms::RiskMethodService::load(db());
        EXPECT_TRUE(method);
        return method ? *method : isms::RiskMethod{};
    }

    qsizetype methodLogEntries() const
    {
        auto entries = isms::ChangeLog::entries(db(), {isms::RiskMethodService::logEntity(), u"1"_s});
        EXPECT_TRUE(entries);
        return entries ? entries->size() : -1;
    }

    int rating(isms::RecordId risk, const QString &field) const
    {
        return riskValue(db(), risk, field).toInt();
    }

    MethodologyPage *m_page = nullptr;
    bool m_confirm = true;
    int m_previews = 0;
    QList<isms::RatingChange> m_previewed;
    isms::RecordId m_low;
    isms::RecordId m_middle;
    isms::RecordId m_high;
    isms::RecordId m_top;
};

bool hasChange(const QList<isms::RatingChange> &changes,
               isms::RecordId risk,
               const QString &field,
               const QString &from,
               const QString &to)
{
    return std::any_of(changes.cbegin(), changes.cend(), [&](const isms::RatingChange &change) {
        return change.risk == risk && change.field == field && change.from == from && change.to == to;
    });
}

} // namespace

TEST_F(MethodologyPageTest, ShowsTheMethodInUseAndWhatItIsFor)
{
    EXPECT_EQ(editor()->method(), stored());
    EXPECT_EQ(m_page->savedMethod(), stored());
    EXPECT_FALSE(m_page->hasUnsavedChanges());
    EXPECT_FALSE(m_page->applyButton()->isEnabled());
    EXPECT_FALSE(m_page->revertButton()->isEnabled());
    EXPECT_TRUE(editor()->isEnabled());
    auto *intro = m_page->findChild<QLabel *>(u"introLabel"_s);
    ASSERT_NE(intro, nullptr);
    EXPECT_TRUE(intro->text().contains(u"6.1.2"_s));
    EXPECT_EQ(editor()->matrixEditor()->rowCount(), 5);
    EXPECT_EQ(editor()->likelihoodEditor()->table()->rowCount(), 5);
    EXPECT_EQ(editor()->acceptanceCombo()->currentIndex(), stored().acceptanceLevel - 1);
    EXPECT_EQ(editor()->triggerList()->count(), stored().triggers.size());
}

TEST_F(MethodologyPageTest, ResizingAScaleResizesTheMatrix)
{
    const isms::RiskMethod before = stored();
    editor()->likelihoodEditor()->countSpinBox()->setValue(3);
    const isms::RiskMethod &edited = editor()->method();
    ASSERT_EQ(edited.likelihood.size(), 3);
    // The ends stay the ends: Rare, Possible, Almost certain.
    EXPECT_EQ(edited.likelihood.at(0), before.likelihood.at(0));
    EXPECT_EQ(edited.likelihood.at(1), before.likelihood.at(2));
    EXPECT_EQ(edited.likelihood.at(2), before.likelihood.at(4));
    EXPECT_EQ(edited.matrix, before.resizedMatrix(3, 5));
    EXPECT_EQ(editor()->matrixEditor()->rowCount(), 3);
    EXPECT_EQ(editor()->matrixEditor()->levelAt(3, 5), before.levelOf(5, 5));
    EXPECT_EQ(editor()->likelihoodEditor()->table()->rowCount(), 3);
    EXPECT_TRUE(m_page->hasUnsavedChanges());
    EXPECT_TRUE(m_page->applyButton()->isEnabled());
    EXPECT_EQ(stored(), before) << "nothing is stored before Apply";

    // Growing leaves the new steps empty, to be described, where no old step lands.
    editor()->impactEditor()->countSpinBox()->setValue(7);
    const isms::RiskMethod &grown = editor()->method();
    ASSERT_EQ(grown.impact.size(), 7);
    EXPECT_EQ(grown.impact.at(0), before.impact.at(0));
    EXPECT_TRUE(grown.impact.at(1).label.isEmpty());
    EXPECT_EQ(grown.impact.at(2), before.impact.at(1));
    EXPECT_EQ(grown.impact.at(6), before.impact.at(4));
    EXPECT_EQ(grown.matrix.size(), 3);
    EXPECT_EQ(grown.matrix.at(0).size(), 7);
    EXPECT_EQ(editor()->matrixEditor()->columnCount(), 7);
}

TEST_F(MethodologyPageTest, PreviewListsTheRemappedRatingsAndCancelChangesNothing)
{
    const isms::RiskMethod before = stored();
    editor()->likelihoodEditor()->countSpinBox()->setValue(3);
    m_confirm = false;
    EXPECT_FALSE(m_page->apply());
    ASSERT_EQ(m_previews, 1);
    const auto expected = isms::RiskMethodService::preview(db(), editor()->method());
    ASSERT_TRUE(expected);
    ASSERT_EQ(m_previewed.size(), expected->size());
    EXPECT_TRUE(hasChange(m_previewed, m_middle, u"likelihood"_s, u"3"_s, u"2"_s));
    EXPECT_TRUE(hasChange(m_previewed, m_high, u"likelihood"_s, u"4"_s, u"3"_s));
    EXPECT_TRUE(hasChange(m_previewed, m_top, u"likelihood"_s, u"5"_s, u"3"_s));
    EXPECT_TRUE(hasChange(m_previewed, m_low, u"residual_likelihood"_s, u"3"_s, u"2"_s));
    EXPECT_FALSE(hasChange(m_previewed, m_low, u"likelihood"_s, u"2"_s, u"2"_s));
    // Cancelled: the method, the ratings and the undo stack are as they were, the edits kept.
    EXPECT_EQ(stored(), before);
    EXPECT_EQ(rating(m_middle, u"likelihood"_s), 3);
    EXPECT_EQ(m_window->undoStack()->count(), 0);
    EXPECT_TRUE(m_page->hasUnsavedChanges());
}

TEST_F(MethodologyPageTest, ApplyRemapsTheRatingsDerivesTheLevelsAndLogsTheChange)
{
    const qsizetype logged = methodLogEntries();
    editor()->likelihoodEditor()->countSpinBox()->setValue(3);
    const isms::RiskMethod next = editor()->method();
    ASSERT_TRUE(m_page->apply());
    EXPECT_EQ(stored(), next);
    EXPECT_EQ(methodLogEntries(), logged + 1);
    EXPECT_EQ(rating(m_middle, u"likelihood"_s), 2);
    EXPECT_EQ(rating(m_high, u"likelihood"_s), 3);
    EXPECT_EQ(rating(m_high, u"impact"_s), 5) << "the impact scale did not change";
    EXPECT_EQ(riskValue(db(), m_high, u"level"_s).toString(), next.levelName(next.levelOf(3, 5)));
    EXPECT_EQ(riskValue(db(), m_middle, u"level"_s).toString(), next.levelName(next.levelOf(2, 3)));
    auto riskLog = isms::ChangeLog::entries(db(), {isms::riskSpec().entity, QString::number(m_high.value)});
    ASSERT_TRUE(riskLog);
    EXPECT_TRUE(std::any_of(riskLog->cbegin(), riskLog->cend(), [](const isms::ChangeLogEntry &entry) {
        return entry.field == u"likelihood" && entry.oldValue == u"4"_s && entry.newValue == u"3"_s;
    }));
    EXPECT_EQ(m_window->undoStack()->count(), 1);
    EXPECT_EQ(m_window->undoStack()->undoText(), u"Change risk assessment method"_s);
    EXPECT_FALSE(m_page->hasUnsavedChanges());
    EXPECT_EQ(m_page->banner()->kind(), MessageBanner::Kind::Positive);
}

TEST_F(MethodologyPageTest, UndoPutsTheMethodAndEveryRatingBackExactly)
{
    const isms::RiskMethod before = stored();
    const auto ratingsBefore = isms::RiskMethodService::ratings(db());
    ASSERT_TRUE(ratingsBefore);
    const QString levelBefore = riskValue(db(), m_middle, u"level"_s).toString();
    editor()->likelihoodEditor()->countSpinBox()->setValue(3);
    ASSERT_TRUE(m_page->apply());
    // 5 -> 3 merged likelihood 2 and 3 into one step.
    ASSERT_EQ(rating(m_low, u"likelihood"_s), 2);
    ASSERT_EQ(rating(m_middle, u"likelihood"_s), 2);
    const auto ratingsAfter = isms::RiskMethodService::ratings(db());
    ASSERT_TRUE(ratingsAfter);

    m_window->undoStack()->undo();
    EXPECT_EQ(stored(), before);
    const auto ratingsUndone = isms::RiskMethodService::ratings(db());
    ASSERT_TRUE(ratingsUndone);
    ASSERT_EQ(ratingsUndone->size(), ratingsBefore->size());
    for (qsizetype i = 0; i < ratingsBefore->size(); ++i) {
        EXPECT_EQ(ratingsUndone->at(i).id, ratingsBefore->at(i).id);
        EXPECT_EQ(ratingsUndone->at(i).values, ratingsBefore->at(i).values) << i;
    }
    EXPECT_EQ(rating(m_low, u"likelihood"_s), 2);
    EXPECT_EQ(rating(m_middle, u"likelihood"_s), 3);
    EXPECT_EQ(rating(m_low, u"residual_likelihood"_s), 3);
    EXPECT_EQ(riskValue(db(), m_middle, u"level"_s).toString(), levelBefore);
    EXPECT_EQ(editor()->method(), before) << "the page follows the undo";
    EXPECT_FALSE(m_page->hasUnsavedChanges());

    m_window->undoStack()->redo();
    EXPECT_EQ(stored().likelihood.size(), 3);
    const auto ratingsRedone = isms::RiskMethodService::ratings(db());
    ASSERT_TRUE(ratingsRedone);
    for (qsizetype i = 0; i < ratingsAfter->size(); ++i) {
        EXPECT_EQ(ratingsRedone->at(i).values, ratingsAfter->at(i).values) << i;
    }
}

TEST_F(MethodologyPageTest, InvalidEditsShowTheRuleAndApplyNothing)
{
    const isms::RiskMethod before = stored();
    QTableWidget *steps = editor()->likelihoodEditor()->table();
    steps->item(1, 0)->setText(QString());
    EXPECT_TRUE(editor()->method().likelihood.at(1).label.isEmpty());
    EXPECT_FALSE(m_page->apply());
    const auto problem = editor()->method().validate();
    ASSERT_FALSE(problem);
    EXPECT_EQ(m_page->banner()->kind(), MessageBanner::Kind::Error);
    EXPECT_EQ(m_page->banner()->text(), problem.error().message);
    EXPECT_FALSE(m_page->banner()->isHidden());
    EXPECT_EQ(m_previews, 0);

    m_page->revert();
    EXPECT_EQ(editor()->method(), before);
    QTableWidget *levels = editor()->levelEditor()->table();
    levels->item(1, 0)->setText(before.levels.at(0).name);
    EXPECT_FALSE(m_page->apply());
    EXPECT_TRUE(m_page->banner()->text().contains(before.levels.at(0).name))
        << qPrintable(m_page->banner()->text());
    EXPECT_EQ(m_page->banner()->text(), editor()->method().validate().error().message);
    EXPECT_EQ(m_previews, 0);

    m_page->revert();
    editor()->addTriggerButton()->click();
    editor()->triggerList()->item(editor()->triggerList()->count() - 1)->setText(u"  "_s);
    EXPECT_FALSE(m_page->apply());
    EXPECT_EQ(m_page->banner()->text(), editor()->method().validate().error().message);
    EXPECT_EQ(stored(), before);
    EXPECT_EQ(m_window->undoStack()->count(), 0);
}

TEST_F(MethodologyPageTest, RevertDiscardsAndRestoreDefaultsOnlyEdits)
{
    editor()->reviewSpinBox()->setValue(6);
    editor()->notesEdit()->setPlainText(u"Assessed by the ISMS team, approved by management."_s);
    EXPECT_TRUE(m_page->hasUnsavedChanges());
    EXPECT_TRUE(m_page->revertButton()->isEnabled());
    m_page->revertButton()->click();
    EXPECT_EQ(editor()->method(), stored());
    EXPECT_EQ(editor()->reviewSpinBox()->value(), stored().reviewMonths);

    editor()->reviewSpinBox()->setValue(6);
    ASSERT_TRUE(m_page->apply());
    EXPECT_EQ(stored().reviewMonths, 6);
    EXPECT_TRUE(m_page->defaultsButton()->isEnabled());
    m_page->defaultsButton()->click();
    EXPECT_EQ(editor()->method(), isms::RiskMethod::defaults());
    EXPECT_EQ(stored().reviewMonths, 6) << "defaults are applied only with Apply";
    EXPECT_TRUE(m_page->hasUnsavedChanges());
}

TEST_F(MethodologyPageTest, LevelsColoursAndTheMatrixAreEdited)
{
    const isms::RiskMethod before = stored();
    MatrixEditor *matrix = editor()->matrixEditor();
    // A click raises the level, Shift+click lowers it, a digit chooses one.
    const QModelIndex cell = matrix->indexOf(1, 1);
    ASSERT_EQ(matrix->levelAt(1, 1), 1);
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(cell).center());
    EXPECT_EQ(editor()->method().matrix.at(0).at(0), 2);
    QTest::mouseClick(matrix->viewport(),
                      Qt::LeftButton,
                      Qt::ShiftModifier,
                      matrix->visualRect(cell).center());
    EXPECT_EQ(editor()->method().matrix.at(0).at(0), 1);
    matrix->setFocus();
    matrix->setCurrentIndex(matrix->indexOf(5, 5));
    QTest::keyClick(matrix, Qt::Key_2);
    EXPECT_EQ(editor()->method().levelOf(5, 5), 2);
    QTest::keyClick(matrix, Qt::Key_Space);
    EXPECT_EQ(editor()->method().levelOf(5, 5), 3);

    // Fewer levels: cells of a level that went take the highest one left.
    editor()->levelEditor()->countSpinBox()->setValue(3);
    EXPECT_EQ(editor()->method().levels.size(), 3);
    EXPECT_EQ(editor()->method().levelOf(4, 5), 3);
    EXPECT_EQ(editor()->acceptanceCombo()->count(), 3);
    // More levels: a new one without a name and with a colour of its own.
    editor()->levelEditor()->countSpinBox()->setValue(4);
    const isms::RiskLevel added = editor()->method().levels.at(3);
    EXPECT_TRUE(added.name.isEmpty());
    for (qsizetype i = 0; i < 3; ++i) {
        EXPECT_NE(added.colour, editor()->method().levels.at(i).colour);
    }

    editor()->levelEditor()->setColourChooser(
        [](QWidget *, quint32, const QString &) { return quint32{0x123456}; });
    editor()->levelEditor()->colourButton(2)->click();
    EXPECT_EQ(editor()->method().levels.at(1).colour, 0x123456u);
    EXPECT_EQ(matrix->item(matrix->indexOf(3, 3).row(), matrix->indexOf(3, 3).column())->background().color(),
              QColor::fromRgb(editor()->method().levels.at(editor()->method().levelOf(3, 3) - 1).colour));
    editor()->acceptanceCombo()->setCurrentIndex(1);
    EXPECT_EQ(editor()->method().acceptanceLevel, 2);
    EXPECT_NE(editor()->method(), before);
}

TEST_F(MethodologyPageTest, ClassificationAndTriggersAreEdited)
{
    ScaleEditor *classes = editor()->classificationEditor();
    const qsizetype count = editor()->method().classification.size();
    classes->addButton()->click();
    ASSERT_EQ(classes->table()->rowCount(), count + 1);
    classes->table()->item(static_cast<int>(count), 0)->setText(u"Secret"_s);
    EXPECT_EQ(editor()->method().classification.last().label, u"Secret"_s);
    classes->table()->setCurrentCell(0, 0);
    classes->removeButton()->click();
    EXPECT_EQ(editor()->method().classification.size(), count);
    EXPECT_EQ(editor()->method().classification.first(), stored().classification.at(1));

    QListWidget *triggers = editor()->triggerList();
    const int before = triggers->count();
    editor()->addTriggerButton()->click();
    ASSERT_EQ(triggers->count(), before + 1);
    triggers->item(before)->setText(u"A merger or an acquisition"_s);
    EXPECT_EQ(editor()->method().triggers.last(), u"A merger or an acquisition"_s);
    triggers->setCurrentRow(0);
    editor()->removeTriggerButton()->click();
    EXPECT_EQ(editor()->method().triggers.size(), before);
    ASSERT_TRUE(m_page->apply());
    EXPECT_EQ(stored().triggers.last(), u"A merger or an acquisition"_s);
    EXPECT_EQ(stored().classification.size(), count);
}

TEST_F(MethodologyPageTest, TheHeatMapFollowsAnAppliedMethod)
{
    ASSERT_TRUE(m_window->showPage(u"heat-map"_s));
    auto *heatMap = qobject_cast<HeatMapPage *>(m_window->registeredPage(u"heat-map"_s));
    ASSERT_NE(heatMap, nullptr);
    ASSERT_TRUE(m_window->showPage(u"methodology"_s));
    editor()->likelihoodEditor()->countSpinBox()->setValue(3);
    ASSERT_TRUE(m_page->apply());
    ASSERT_TRUE(m_window->showPage(u"heat-map"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return heatMap->currentMap()->method().likelihood.size() == 3; }));
    EXPECT_EQ(heatMap->currentMap()->counts().at(3, 5), heatMap->currentMap()->counts().counts.at(2).at(4));
    EXPECT_GE(heatMap->currentMap()->counts().at(3, 5), 1);
}

TEST_F(MethodologyPageTest, ReadOnlyProjectShowsTheMethodButDoesNotChangeIt)
{
    const QString path = db().path();
    m_window->closeProject();
    auto lock = isms::ProjectLock::acquire(path, u"someone else"_s, false, false);
    ASSERT_TRUE(lock);
    m_prompt.lockedAnswer = Prompt::LockedChoice::OpenReadOnly;
    ASSERT_TRUE(m_window->openProject(path));
    ASSERT_TRUE(db().isReadOnly());
    ASSERT_TRUE(m_window->showPage(u"methodology"_s));
    EXPECT_EQ(editor()->method(), stored());
    EXPECT_FALSE(editor()->isEnabled());
    EXPECT_FALSE(m_page->applyButton()->isEnabled());
    EXPECT_FALSE(m_page->defaultsButton()->isEnabled());
    EXPECT_EQ(m_page->banner()->kind(), MessageBanner::Kind::Information);
    EXPECT_FALSE(m_page->banner()->isHidden());
    m_page->setEditedMethod(isms::RiskMethod::defaults());
    EXPECT_FALSE(m_page->apply());
    EXPECT_EQ(m_previews, 0);
    m_window->closeProject();
}

TEST_F(MethodologyPageTest, PreviewDialogListsTheChangesOrSaysThereAreNone)
{
    const RatingPreviewDialog empty({});
    EXPECT_EQ(empty.summaryLabel()->text(), u"No rating or level changes."_s);
    EXPECT_TRUE(empty.table()->isHidden());

    const RatingPreviewDialog some({{m_middle, u"R-002"_s, u"likelihood"_s, u"3"_s, u"2"_s},
                                    {m_middle, u"R-002"_s, u"level"_s, u"Medium"_s, u"Low"_s}});
    ASSERT_EQ(some.table()->rowCount(), 2);
    EXPECT_FALSE(some.table()->isHidden());
    EXPECT_EQ(some.table()->item(0, 0)->text(), u"R-002"_s);
    EXPECT_EQ(some.table()->item(0, 1)->text(), isms::riskSpec().field(u"likelihood")->labelText());
    EXPECT_EQ(some.table()->item(1, 2)->text(), u"Medium"_s);
    EXPECT_EQ(some.table()->item(1, 3)->text(), u"Low"_s);
    EXPECT_TRUE(some.summaryLabel()->text().contains(u"2"_s));
}
