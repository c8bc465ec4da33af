// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The RACI page: the demo's matrix, a cell edited by key and by combo box, each change one undo step.
#include "roles/RaciPage.h"

#include "UiTestFixture.h"
#include "domain/Entities.h"
#include "mainwindow/PageRegistry.h"
#include "roles/RaciModel.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class RaciPageTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
        m_window->resize(1400, 900);
        m_window->show();
        ASSERT_TRUE(m_window->showPage(u"raci"_s));
        m_page = qobject_cast<RaciPage *>(m_window->registeredPage(u"raci"_s));
        ASSERT_NE(m_page, nullptr);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    /// The row of the process named `name`.
    int rowOf(const QString &name) const
    {
        const auto &activities = m_page->model()->matrix().activities();
        for (qsizetype row = 0; row < activities.size(); ++row) {
            if (activities.at(row).name == name) {
                return static_cast<int>(row);
            }
        }
        return -1;
    }

    qsizetype assignments() const
    {
        return isms::RecordService(*m_window->database(), isms::raciAssignmentSpec()).all()->size();
    }

    RaciPage *m_page = nullptr;
};

} // namespace

TEST_F(RaciPageTest, TheDemoMatrixShowsProcessesAsRowsAndRolesAsColumns)
{
    EXPECT_TRUE(PageRegistry::keys().contains(u"raci"_s));
    const RaciModel *model = m_page->model();
    EXPECT_EQ(model->rowCount(), 9);
    EXPECT_EQ(model->columnCount(), 8);
    const int payroll = rowOf(u"Payroll"_s);
    ASSERT_GE(payroll, 0);
    EXPECT_EQ(model->matrix().accountableCount(payroll), 0) << "the demo's deliberate gap";
    EXPECT_TRUE(model->headerData(payroll, Qt::Vertical, Qt::ForegroundRole).isValid()) << "marked";
    EXPECT_TRUE(m_page->summaryLabel()->text().contains(u"exactly one Accountable role: 1."_s))
        << qPrintable(m_page->summaryLabel()->text());
}

TEST_F(RaciPageTest, TypingALetterSetsACellAndUndoTakesItBack)
{
    QUndoStack *undo = m_window->undoStack();
    const int payroll = rowOf(u"Payroll"_s);
    ASSERT_GE(payroll, 0);
    const RaciModel *model = m_page->model();
    int empty = -1;
    for (int column = 0; column < model->columnCount() && empty < 0; ++column) {
        if (model->matrix().cell(payroll, column).letter.isEmpty()) {
            empty = column;
        }
    }
    ASSERT_GE(empty, 0);
    const qsizetype before = assignments();
    const int steps = undo->count();

    m_page->view()->setFocus();
    m_page->view()->setCurrentIndex(model->index(payroll, empty));
    QTest::keyClick(m_page->view(), Qt::Key_A);
    EXPECT_EQ(model->matrix().cell(payroll, empty).letter, u"A"_s);
    EXPECT_EQ(model->matrix().accountableCount(payroll), 1);
    EXPECT_EQ(assignments(), before + 1);
    EXPECT_EQ(undo->count(), steps + 1);

    QTest::keyClick(m_page->view(), Qt::Key_C);
    EXPECT_EQ(m_page->model()->matrix().cell(payroll, empty).letter, u"C"_s);
    EXPECT_EQ(undo->count(), steps + 2);

    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    EXPECT_TRUE(m_page->model()->matrix().cell(payroll, empty).letter.isEmpty());
    EXPECT_EQ(assignments(), before);

    undo->undo();
    m_page->refresh();
    EXPECT_EQ(m_page->model()->matrix().cell(payroll, empty).letter, u"C"_s);
    undo->undo();
    m_page->refresh();
    EXPECT_EQ(m_page->model()->matrix().cell(payroll, empty).letter, u"A"_s);
    undo->undo();
    m_page->refresh();
    EXPECT_TRUE(m_page->model()->matrix().cell(payroll, empty).letter.isEmpty());
    EXPECT_EQ(assignments(), before);
    undo->redo();
    m_page->refresh();
    EXPECT_EQ(m_page->model()->matrix().cell(payroll, empty).letter, u"A"_s);
}

TEST_F(RaciPageTest, TheComboBoxChangesALetter)
{
    const int payroll = rowOf(u"Payroll"_s);
    ASSERT_GE(payroll, 0);
    int filled = -1;
    for (int column = 0; column < m_page->model()->columnCount() && filled < 0; ++column) {
        if (m_page->model()->matrix().cell(payroll, column).letter == u"R") {
            filled = column;
        }
    }
    ASSERT_GE(filled, 0);
    const QModelIndex index = m_page->model()->index(payroll, filled);
    m_page->view()->setCurrentIndex(index);
    m_page->view()->edit(index);
    auto *combo = m_page->view()->findChild<QComboBox *>(u"raciCombo"_s);
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentData().toString(), u"R"_s);
    const int accountable = combo->findData(u"A"_s);
    ASSERT_GE(accountable, 0);
    combo->setCurrentIndex(accountable);
    Q_EMIT combo->activated(accountable);
    QCoreApplication::processEvents();
    m_page->refresh();
    EXPECT_EQ(m_page->model()->matrix().cell(payroll, filled).letter, u"A"_s);
    EXPECT_EQ(m_page->model()->matrix().accountableCount(payroll), 1);
    m_window->undoStack()->undo();
    m_page->refresh();
    EXPECT_EQ(m_page->model()->matrix().cell(payroll, filled).letter, u"R"_s);
}

TEST_F(RaciPageTest, TheRegisterPagesOfRolesAndSupportOpen)
{
    for (const QString &key : {u"roles"_s, u"competences"_s, u"trainings"_s, u"communications"_s}) {
        EXPECT_TRUE(m_window->showPage(key)) << qPrintable(key);
        EXPECT_NE(m_window->registeredPage(key), nullptr) << qPrintable(key);
    }
}
