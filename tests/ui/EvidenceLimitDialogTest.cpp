// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/EvidenceLimitDialog.h"

#include "UiTestFixture.h"
#include "services/EvidenceService.h"
#include "storage/Database.h"
#include "storage/ProjectLock.h"
#include "storage/SqlHelpers.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class EvidenceLimitDialogTest : public UiTestFixture
{
protected:
    qint64 limit() const { return isms::EvidenceService(*m_window->database()).sizeLimit().value(); }

    qint64 loggedChanges() const
    {
        return isms::sql::scalar(m_window->database()->connection(),
                                 u"SELECT COUNT(*) FROM change_log WHERE entity = 'evidence_setting'"_s)
            ->toLongLong();
    }
};

} // namespace

TEST_F(EvidenceLimitDialogTest, IsInTheEditMenuWhileAProjectIsOpenForEditing)
{
    QAction *action = m_window->evidenceLimitAction();
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isEnabled()) << "no project is open";
    bool inEditMenu = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->text() == u"&Edit"_s) {
            inEditMenu = menu->menu()->actions().contains(action);
        }
    }
    EXPECT_TRUE(inEditMenu);
    EXPECT_EQ(action->text(), u"Evidence size &limit…"_s);
    openDemo();
    EXPECT_TRUE(action->isEnabled());
}

TEST_F(EvidenceLimitDialogTest, SetsTheLimitInMegabytesAsOneLoggedUndoStep)
{
    openDemo();
    QUndoStack *undo = m_window->undoStack();
    undo->clear();
    EvidenceLimitDialog dialog(*m_window->database(), *undo);
    QSpinBox *spin = dialog.spinBox();
    EXPECT_EQ(spin->value(), 50);
    EXPECT_EQ(spin->minimum(), 1) << "zero and negative sizes cannot be entered";
    EXPECT_EQ(spin->maximum(), 953) << "nor more than the project file allows";

    // Unchanged: OK changes nothing.
    ASSERT_TRUE(dialog.apply());
    EXPECT_EQ(undo->count(), 0);

    spin->setValue(20);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(limit(), 20 * EvidenceLimitDialog::Megabyte);
    EXPECT_EQ(loggedChanges(), 1);
    ASSERT_EQ(undo->count(), 1);
    EXPECT_EQ(undo->text(0), u"Set the evidence size limit to 20 MB"_s);

    undo->undo();
    EXPECT_EQ(limit(), isms::EvidenceService::DefaultSizeLimit);
    EXPECT_EQ(loggedChanges(), 2) << "the undo is logged too";
    undo->redo();
    EXPECT_EQ(limit(), 20 * EvidenceLimitDialog::Megabyte);

    // A new dialog starts from the limit now in force.
    EvidenceLimitDialog again(*m_window->database(), *undo);
    EXPECT_EQ(again.spinBox()->value(), 20);
}

TEST_F(EvidenceLimitDialogTest, ARefusedChangeKeepsTheDialogOpenWithTheReason)
{
    const QString path = m_temp.createDemo();
    auto lock = isms::ProjectLock::acquire(path, u"someone else"_s, false, false);
    ASSERT_TRUE(lock);
    m_prompt.lockedAnswer = Prompt::LockedChoice::OpenReadOnly;
    ASSERT_TRUE(m_window->openProject(path));
    ASSERT_TRUE(m_window->database()->isReadOnly());
    EXPECT_FALSE(m_window->evidenceLimitAction()->isEnabled());

    // Even if it were opened, a read-only project refuses the change in words.
    EvidenceLimitDialog dialog(*m_window->database(), *m_window->undoStack());
    dialog.spinBox()->setValue(10);
    {
        ExpectedCoreWarnings expected;
        EXPECT_FALSE(dialog.apply());
    }
    EXPECT_FALSE(dialog.errorLabel()->isHidden());
    EXPECT_FALSE(dialog.errorLabel()->text().isEmpty());
    EXPECT_EQ(m_window->undoStack()->count(), 0);
    EXPECT_EQ(limit(), isms::EvidenceService::DefaultSizeLimit);
}
