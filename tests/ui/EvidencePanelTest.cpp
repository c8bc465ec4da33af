// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/EvidencePanel.h"

#include "UiTestFixture.h"
#include "common/MessageBanner.h"
#include "records/RegisterPage.h"

#include <QFile>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class EvidencePanelTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
        m_window->showPage(MainWindow::Page::Controls);
        m_page = m_window->controlsPage();
        m_panel = m_page->findChild<EvidencePanel *>();
        ASSERT_NE(m_panel, nullptr);
        // A control without evidence in the demo.
        ASSERT_TRUE(m_page->showRecord(u"5.16"_s));
    }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_temp.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    RegisterPage *m_page = nullptr;
    EvidencePanel *m_panel = nullptr;
};

} // namespace

TEST_F(EvidencePanelTest, IsATabBesideTheFactsOfTheStandard)
{
    auto *tabs = m_page->findChild<QTabWidget *>(u"recordPanelTabs"_s);
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->count(), 2);
    EXPECT_EQ(tabs->tabText(1), u"Evidence"_s);
    EXPECT_EQ(m_panel->list()->topLevelItemCount(), 0);
    EXPECT_TRUE(m_panel->attachButton()->isEnabled());
    EXPECT_FALSE(m_panel->removeButton()->isEnabled());
}

TEST_F(EvidencePanelTest, AttachSaveAndRemoveAreUndoable)
{
    static const char literal[] = "Access review minutes, Q3.\n\x01\x02\xff binary tail";
    const QByteArray bytes(literal, sizeof(literal) - 1);
    m_chooser.openEvidenceAnswer = {writeFile(u"access-review.pdf"_s, bytes)};
    QUndoStack *undo = m_window->undoStack();
    undo->clear();
    m_panel->attachButton()->click();
    ASSERT_EQ(m_panel->list()->topLevelItemCount(), 1) << qPrintable(m_prompt.errors.join(u'\n'));
    EXPECT_EQ(m_panel->list()->topLevelItem(0)->text(0), u"access-review.pdf"_s);
    EXPECT_EQ(undo->count(), 1);

    // Saved out byte for byte.
    m_panel->list()->topLevelItem(0)->setSelected(true);
    m_chooser.saveEvidenceAnswer = m_temp.path(u"copy.pdf"_s);
    m_panel->saveButton()->click();
    QFile copy(m_chooser.saveEvidenceAnswer);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), bytes);

    undo->undo();
    EXPECT_EQ(m_panel->list()->topLevelItemCount(), 0);
    undo->redo();
    ASSERT_EQ(m_panel->list()->topLevelItemCount(), 1);

    m_panel->list()->topLevelItem(0)->setSelected(true);
    m_panel->removeButton()->click();
    EXPECT_EQ(m_panel->list()->topLevelItemCount(), 0);
    EXPECT_EQ(undo->count(), 2);
    undo->undo();
    EXPECT_EQ(m_panel->list()->topLevelItemCount(), 1);

    // Another control has its own evidence.
    ASSERT_TRUE(m_page->showRecord(u"5.17"_s));
    EXPECT_EQ(m_panel->list()->topLevelItemCount(), 0);
}

TEST_F(EvidencePanelTest, AMissingFileIsRefusedWithAMessage)
{
    m_chooser.openEvidenceAnswer = {m_temp.path(u"gone.pdf"_s)};
    m_panel->attachButton()->click();
    EXPECT_EQ(m_panel->list()->topLevelItemCount(), 0);
    EXPECT_EQ(m_window->undoStack()->count(), 0);
    EXPECT_FALSE(m_page->banner()->isHidden());
}
