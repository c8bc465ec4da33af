// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The documents page with its versions tab (Add version…, Open), and the pages of the leadership duties,
// document versions and acknowledgements.
#include "UiTestFixture.h"
#include "common/MessageBanner.h"
#include "domain/Entities.h"
#include "mainwindow/MainWindow.h"
#include "models/RecordTableModel.h"
#include "records/DocumentVersionPanel.h"
#include "records/RegisterPage.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class DocumentPagesTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
        ASSERT_TRUE(m_window->showPage(u"documents"_s));
        m_page = qobject_cast<RegisterPage *>(m_window->registeredPage(u"documents"_s));
        ASSERT_NE(m_page, nullptr);
        m_panel = m_page->findChild<DocumentVersionPanel *>();
        ASSERT_NE(m_panel, nullptr);
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
    DocumentVersionPanel *m_panel = nullptr;
};

} // namespace

TEST_F(DocumentPagesTest, TheDocumentShowsItsVersionsAndOpensOneReadOnly)
{
    auto *tabs = m_page->findChild<QTabWidget *>(u"recordPanelTabs"_s);
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->tabText(0), u"Versions"_s);
    ASSERT_TRUE(m_page->selectRecord(isms::RecordId{1}));
    ASSERT_EQ(m_panel->list()->topLevelItemCount(), 1);
    EXPECT_EQ(m_panel->list()->topLevelItem(0)->text(0), u"1.0"_s);
    EXPECT_EQ(m_panel->list()->topLevelItem(0)->text(1), u"Approved"_s);
    EXPECT_FALSE(m_panel->openButton()->isEnabled());
    m_panel->list()->topLevelItem(0)->setSelected(true);
    m_panel->openButton()->click();
    ASSERT_EQ(m_chooser.openedExternally.size(), 1);
    const QString copy = m_chooser.openedExternally.constFirst();
    EXPECT_TRUE(copy.endsWith(u"/information-security-policy-1.0.txt"_s)) << qPrintable(copy);
    EXPECT_TRUE(isms::test::TempProject::readAll(copy).startsWith("Information security policy"));
    EXPECT_FALSE(QFileInfo(copy).permissions() & QFile::WriteOwner);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(copy);
}

TEST_F(DocumentPagesTest, AddVersionStoresTheFileAsAnUndoableDraft)
{
    ASSERT_TRUE(m_page->selectRecord(isms::RecordId{1}));
    QUndoStack *undo = m_window->undoStack();
    undo->clear();
    m_chooser.openEvidenceAnswer = {writeFile(u"policy-2.txt"_s, "Second issue of the policy.\n")};
    ASSERT_TRUE(m_panel->addButton()->isEnabled());
    m_panel->addButton()->click();
    ASSERT_EQ(m_panel->list()->topLevelItemCount(), 2) << qPrintable(m_prompt.errors.join(u'\n'));
    EXPECT_EQ(m_panel->list()->topLevelItem(1)->text(0), u"2.0"_s);
    EXPECT_EQ(m_panel->list()->topLevelItem(1)->text(1), u"Draft"_s);
    EXPECT_EQ(m_panel->list()->topLevelItem(1)->text(2), u"policy-2.txt"_s);
    EXPECT_EQ(undo->count(), 1);
    undo->undo();
    EXPECT_EQ(m_panel->list()->topLevelItemCount(), 1);
    undo->redo();
    EXPECT_EQ(m_panel->list()->topLevelItemCount(), 2);

    // A missing file is refused with a message, nothing stored.
    m_chooser.openEvidenceAnswer = {m_temp.path(u"gone.txt"_s)};
    m_panel->addButton()->click();
    EXPECT_EQ(m_panel->list()->topLevelItemCount(), 2);
    EXPECT_FALSE(m_page->banner()->isHidden());
}

TEST_F(DocumentPagesTest, DeletingADocumentWithADraftVersionIsUndoneWithItsFile)
{
    // DOC-005, the incident response procedure, has one draft version (DV-005).
    ASSERT_TRUE(m_page->selectRecord(isms::RecordId{5}));
    m_prompt.confirmAnswer = true;
    m_page->onDelete();
    ASSERT_EQ(m_page->model()->rowCount(), 8) << qPrintable(m_prompt.errors.join(u'\n'));
    m_window->undoStack()->undo();
    ASSERT_EQ(m_page->model()->rowCount(), 9) << qPrintable(m_prompt.errors.join(u'\n'));
    ASSERT_TRUE(m_page->selectRecord(isms::RecordId{5}));
    ASSERT_EQ(m_panel->list()->topLevelItemCount(), 1);
    m_panel->list()->topLevelItem(0)->setSelected(true);
    m_panel->openButton()->click();
    ASSERT_EQ(m_chooser.openedExternally.size(), 1) << qPrintable(m_prompt.errors.join(u'\n'));
    const QString copy = m_chooser.openedExternally.constFirst();
    EXPECT_TRUE(isms::test::TempProject::readAll(copy).startsWith("Incident response procedure"));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(copy);
}

TEST_F(DocumentPagesTest, LeadershipVersionsAndAcknowledgementPagesOpen)
{
    for (const QString &key : {u"leadership-duties"_s, u"document-versions"_s, u"acknowledgements"_s}) {
        ASSERT_TRUE(m_window->showPage(key)) << qPrintable(key);
        auto *page = qobject_cast<RegisterPage *>(m_window->registeredPage(key));
        ASSERT_NE(page, nullptr) << qPrintable(key);
        EXPECT_GT(page->model()->rowCount(), 0) << qPrintable(key);
    }
    auto *duties = qobject_cast<RegisterPage *>(m_window->registeredPage(u"leadership-duties"_s));
    EXPECT_EQ(duties->model()->rowCount(), 8);
}
