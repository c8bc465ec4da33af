// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "soa/SoaComparePage.h"

#include "UiTestFixture.h"
#include "domain/Entities.h"
#include "services/RecordService.h"
#include "soa/SoaChangeModel.h"
#include "soa/SoaIssueDialog.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// The SoA versions page: the version list, issuing, and the comparison of two sides.
class SoaComparePageTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        const QString path = m_temp.path(u"soa.isms"_s);
        {
            auto db = m_temp.create(u"soa.isms"_s);
            ASSERT_TRUE(db);
            ASSERT_TRUE(
                isms::SoaVersionService(*db)
                    .issue({u"Dana Example"_s, u"First issue."_s, QDate::currentDate().addDays(-9), false})
                    .hasValue());
            setControl(*db, u"5.7"_s, {{u"owner"_s, u"Threat Desk"_s}, {u"status"_s, u"partial"_s}});
        }
        ASSERT_TRUE(m_window->openProject(path)) << qPrintable(m_prompt.errors.join(u'\n'));
        ASSERT_TRUE(m_window->showPage(u"soa-compare"_s));
        m_page = qobject_cast<SoaComparePage *>(m_window->registeredPage(u"soa-compare"_s));
        ASSERT_NE(m_page, nullptr);
        m_tester =
            std::make_unique<QAbstractItemModelTester>(m_page->changeModel(),
                                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void TearDown() override
    {
        m_tester.reset();
        UiTestFixture::TearDown();
    }

    static void setControl(isms::Database &db, const QString &ref, const QHash<QString, QVariant> &values)
    {
        isms::RecordService controls(db, isms::controlSpec());
        const auto record = controls.getByRef(ref);
        ASSERT_TRUE(record.hasValue());
        ASSERT_TRUE(controls.update(record->id, values).hasValue());
    }

    /// The rows of the comparison as "id field before after".
    QStringList rows() const
    {
        QStringList result;
        const QAbstractItemModel *model = m_page->changeView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model->columnCount(); ++column) {
                cells.append(model->index(row, column).data().toString());
            }
            result.append(cells.join(u" | "_s));
        }
        return result;
    }

    SoaComparePage *m_page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(SoaComparePageTest, ComparesTheLatestVersionWithTheWorkingStateByDefault)
{
    EXPECT_EQ(m_page->versionTable()->rowCount(), 1);
    EXPECT_EQ(m_page->versionTable()->item(0, 2)->text(), u"Dana Example"_s);
    EXPECT_EQ(m_page->fromCombo()->currentData().toInt(), 1);
    EXPECT_EQ(m_page->toCombo()->currentData().toInt(), 0);
    const QStringList shown = rows();
    EXPECT_TRUE(shown.contains(u"A.5.7 | Owner | \u2014 | Threat Desk"_s)) << qPrintable(shown.join(u'\n'));
    EXPECT_TRUE(shown.contains(u"A.5.7 | Status | Not started | Partially implemented"_s))
        << qPrintable(shown.join(u'\n'));
    EXPECT_EQ(shown.size(), 2);
    EXPECT_FALSE(m_page->summaryLabel()->text().isEmpty());
}

TEST_F(SoaComparePageTest, FollowsEditsAndTheChosenSides)
{
    setControl(*m_window->database(), u"8.11"_s, {{u"implementation"_s, u"Masked test data"_s}});
    ASSERT_TRUE(QTest::qWaitFor([this] { return rows().size() == 3; }));
    m_page->toCombo()->setCurrentIndex(m_page->toCombo()->findData(1));
    EXPECT_TRUE(rows().isEmpty());
    EXPECT_FALSE(m_page->summaryLabel()->text().isEmpty());
    m_page->compare(isms::SoaSide{}, isms::SoaSide{1});
    // The other way round: the values swap.
    EXPECT_TRUE(rows().contains(u"A.5.7 | Owner | Threat Desk | \u2014"_s)) << qPrintable(rows().join(u'\n'));
}

TEST_F(SoaComparePageTest, IssuesAVersionThroughTheDialog)
{
    QAction *action = m_window->findChild<QAction *>(u"issueSoaVersionAction"_s);
    ASSERT_NE(action, nullptr);
    ASSERT_TRUE(action->isEnabled());
    action->trigger();
    SoaIssueDialog *dialog = m_page->issueDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->reapprovalBox(), nullptr); // something changed since version 1
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog->approverEdit(), u"Dana Example"_s);
    EXPECT_FALSE(ok->isEnabled()); // no summary yet
    QTest::keyClicks(dialog->summaryEdit(), u"Threat intelligence owner named."_s);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog->dateEdit()->maximumDate(), QDate::currentDate());
    ok->click();

    ASSERT_TRUE(QTest::qWaitFor([this] { return m_page->versionTable()->rowCount() == 2; }));
    EXPECT_EQ(m_page->versionTable()->item(0, 0)->text(), u"2"_s); // newest first
    EXPECT_EQ(m_page->versionTable()->item(0, 3)->text(), u"Threat intelligence owner named."_s);
    EXPECT_EQ(m_page->fromCombo()->currentData().toInt(), 2);
    EXPECT_TRUE(rows().isEmpty());
    // No undo entry: issuing is not taken back by Undo.
    EXPECT_FALSE(m_window->findChild<QUndoStack *>() && m_window->findChild<QUndoStack *>()->canUndo());

    // Issuing again asks to confirm a re-approval of the unchanged content.
    m_page->issueVersion();
    dialog = m_page->issueDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_NE(dialog->reapprovalBox(), nullptr);
    QTest::keyClicks(dialog->approverEdit(), u"Dana"_s);
    QTest::keyClicks(dialog->summaryEdit(), u"Annual review, no change."_s);
    ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    dialog->reapprovalBox()->setChecked(true);
    EXPECT_TRUE(ok->isEnabled());
    dialog->reject();
    ASSERT_TRUE(QTest::qWaitFor([this] { return m_page->issueDialog() == nullptr; }));
    EXPECT_EQ(m_page->versionTable()->rowCount(), 2);
}

TEST_F(SoaComparePageTest, ARefusedIssueShowsItsReasonAndStoresNothing)
{
    EXPECT_FALSE(m_page->issue(isms::SoaIssue{u" "_s, u"Summary"_s, {}, false}));
    EXPECT_EQ(m_page->versionTable()->rowCount(), 1);
}

TEST_F(SoaComparePageTest, TheHistoryOpensAVersionAgainstTheWorkingState)
{
    m_page->toCombo()->setCurrentIndex(m_page->toCombo()->findData(1));
    EXPECT_TRUE(m_page->showRecord(u"1"_s));
    EXPECT_EQ(m_page->fromCombo()->currentData().toInt(), 1);
    EXPECT_EQ(m_page->toCombo()->currentData().toInt(), 0);
    EXPECT_FALSE(m_page->showRecord(u"7"_s));
}

} // namespace
