// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The internal audit pages under 9 Performance: the registers, the independence sentence and checklist
// button beside an audit, the raise-finding button beside a checklist item, and the coverage matrix.
#include "UiTestFixture.h"
#include "audits/AuditCoveragePage.h"
#include "audits/AuditPanel.h"
#include "domain/Entities.h"
#include "mainwindow/PageRegistry.h"
#include "models/RecordFilterProxyModel.h"
#include "models/RecordTableModel.h"
#include "records/RegisterPage.h"
#include "services/RecordService.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class AuditPagesTest : public UiTestFixture
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

TEST_F(AuditPagesTest, EachAuditRegisterHasItsPage)
{
    for (const auto &[key, rows] :
         {std::pair{u"audit-programme"_s, 1}, std::pair{u"audits"_s, 2}, std::pair{u"findings"_s, 6}}) {
        RegisterPage *page = show(key);
        ASSERT_NE(page, nullptr) << qPrintable(key);
        EXPECT_EQ(page->proxyModel()->rowCount(), rows) << qPrintable(key);
    }
    RegisterPage *checklist = show(u"checklist-items"_s);
    ASSERT_NE(checklist, nullptr);
    if (checklist->model()->isLoading()) {
        // A register of more than the first rows takes the rest from a worker thread.
        QSignalSpy finished(checklist->model(), &RecordTableModel::loadingFinished);
        ASSERT_TRUE(finished.wait(30'000));
    }
    EXPECT_GT(checklist->proxyModel()->rowCount(), 100);
}

TEST_F(AuditPagesTest, TheAuditPanelNamesTheConflictAndGeneratesNothingTwice)
{
    RegisterPage *page = show(u"audits"_s);
    ASSERT_NE(page, nullptr);
    auto *panel = qobject_cast<AuditPanel *>(page->recordPanel());
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(page->showRecord(u"1"_s));
    EXPECT_TRUE(panel->independenceLabel()->text().contains(u"Nora Eklund"_s))
        << qPrintable(panel->independenceLabel()->text());
    EXPECT_TRUE(panel->independenceLabel()->text().contains(u"PR-008"_s));
    // The demo's lead auditor holds her competence in auditing only partly (CO-002).
    EXPECT_TRUE(panel->competenceLabel()->text().contains(u"CO-002"_s))
        << qPrintable(panel->competenceLabel()->text());
    EXPECT_TRUE(panel->competenceLabel()->text().contains(u"partly held"_s));
    const int before =
        static_cast<int>(isms::RecordService(*m_window->database(), isms::checklistItemSpec()).all()->size());
    panel->generateButton()->click();
    EXPECT_TRUE(panel->outcomeLabel()->text().startsWith(u"Added 0 items"_s))
        << qPrintable(panel->outcomeLabel()->text());
    EXPECT_EQ(isms::RecordService(*m_window->database(), isms::checklistItemSpec()).all()->size(), before);
}

TEST_F(AuditPagesTest, ACheckedItemBecomesAFindingFromItsPanel)
{
    isms::RecordService items(*m_window->database(), isms::checklistItemSpec());
    const auto item = items.getByRef(u"CL-0001"_s);
    ASSERT_TRUE(item.hasValue());
    ASSERT_TRUE(
        items.update(item->id, {{u"result"_s, u"observation"_s}, {u"notes"_s, u"Issues list is old"_s}})
            .hasValue());
    RegisterPage *page = show(u"checklist-items"_s);
    ASSERT_NE(page, nullptr);
    auto *panel = qobject_cast<ChecklistItemPanel *>(page->recordPanel());
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(page->showRecord(QString::number(item->id.value)));
    ASSERT_TRUE(panel->raiseButton()->isEnabled());
    panel->raiseButton()->click();
    EXPECT_TRUE(panel->findingLabel()->text().contains(u"F-007"_s))
        << qPrintable(panel->findingLabel()->text());
    EXPECT_FALSE(panel->raiseButton()->isEnabled());

    // Raising is one undoable step: undo removes the finding, redo puts the same record back.
    isms::RecordService findings(*m_window->database(), isms::findingSpec());
    const qint64 raised = findings.getByRef(u"F-007"_s)->id.value;
    EXPECT_EQ(m_window->undoStack()->undoText(), u"Raise the finding of CL-0001"_s);
    m_window->undoStack()->undo();
    EXPECT_FALSE(findings.getByRef(u"F-007"_s).hasValue());
    EXPECT_TRUE(panel->raiseButton()->isEnabled());
    m_window->undoStack()->redo();
    ASSERT_TRUE(findings.getByRef(u"F-007"_s).hasValue());
    EXPECT_EQ(findings.getByRef(u"F-007"_s)->id.value, raised);
    EXPECT_TRUE(panel->findingLabel()->text().contains(u"F-007"_s));
}

TEST_F(AuditPagesTest, GeneratingAChecklistIsOneUndoableStep)
{
    isms::RecordService items(*m_window->database(), isms::checklistItemSpec());
    const auto before = items.all()->size();
    RegisterPage *page = show(u"audits"_s);
    ASSERT_NE(page, nullptr);
    auto *panel = qobject_cast<AuditPanel *>(page->recordPanel());
    ASSERT_NE(panel, nullptr);
    const auto audit = isms::RecordService(*m_window->database(), isms::auditSpec()).getByRef(u"AUD-002"_s);
    ASSERT_TRUE(audit.hasValue());
    ASSERT_TRUE(page->showRecord(QString::number(audit->id.value)));
    const int steps = m_window->undoStack()->count();
    panel->generateButton()->click();
    const auto generated = items.all()->size();
    ASSERT_GT(generated, before) << qPrintable(panel->outcomeLabel()->text());
    EXPECT_EQ(m_window->undoStack()->count(), steps + 1);
    EXPECT_EQ(m_window->undoStack()->undoText(), u"Generate the checklist of AUD-002"_s);
    m_window->undoStack()->undo();
    EXPECT_EQ(items.all()->size(), before);
    m_window->undoStack()->redo();
    EXPECT_EQ(items.all()->size(), generated);
    // Generating again adds nothing, and a step that changed nothing is not put on the undo stack.
    panel->generateButton()->click();
    EXPECT_TRUE(panel->outcomeLabel()->text().startsWith(u"Added 0 items"_s));
    EXPECT_EQ(m_window->undoStack()->count(), steps + 1);
}

TEST_F(AuditPagesTest, TheCoveragePageShowsTheMatrixOfTheProgramme)
{
    ASSERT_TRUE(m_window->showPage(u"audit-coverage"_s));
    auto *page = qobject_cast<AuditCoveragePage *>(m_window->registeredPage(u"audit-coverage"_s));
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->summary()->text().contains(u"AP-001"_s));
    EXPECT_EQ(page->table()->columnCount(), 5);
    EXPECT_GT(page->table()->rowCount(), 100);
    EXPECT_EQ(page->table()->item(0, 0)->text(), u"4.1"_s);
}
