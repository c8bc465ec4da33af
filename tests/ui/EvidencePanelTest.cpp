// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/EvidencePanel.h"

#include "UiTestFixture.h"
#include "common/MessageBanner.h"
#include "domain/Entities.h"
#include "records/RegisterPage.h"
#include "services/EvidenceService.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QFont>
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

TEST_F(EvidencePanelTest, AnExpiredFileSaysSoInWordsAndColour)
{
    // The demo's awareness training attendance on 6.3 expired before the demo's date.
    ASSERT_TRUE(m_page->showRecord(u"6.3"_s));
    m_chooser.openEvidenceAnswer = {writeFile(u"attendance-this-year.csv"_s, "session,date\n")};
    ASSERT_TRUE(m_panel->attachFiles(m_chooser.openEvidenceAnswer));
    QTreeWidget *list = m_panel->list();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    const QTreeWidgetItem *expired = list->topLevelItem(0);
    const QTreeWidgetItem *current = list->topLevelItem(1);
    EXPECT_EQ(expired->text(0), u"awareness-training-attendance.csv"_s);
    EXPECT_TRUE(expired->text(2).endsWith(u"(expired)"_s)) << qPrintable(expired->text(2));
    EXPECT_TRUE(expired->toolTip(0).startsWith(u"Expired on "_s)) << qPrintable(expired->toolTip(0));
    EXPECT_TRUE(expired->font(2).bold());
    for (int column = 0; column < list->columnCount(); ++column) {
        EXPECT_NE(expired->foreground(column).color(), current->foreground(column).color()) << column;
        EXPECT_FALSE(current->text(column).contains(u"expired"_s)) << column;
    }
}

TEST_F(EvidencePanelTest, EveryRegisterPageHasTheEvidenceTab)
{
    for (const QString &key : {u"assets"_s, u"threats"_s, u"vulnerabilities"_s, u"risks"_s}) {
        ASSERT_TRUE(m_window->showPage(key)) << qPrintable(key);
        auto *page = qobject_cast<RegisterPage *>(m_window->registeredPage(key));
        ASSERT_NE(page, nullptr) << qPrintable(key);
        const QList<EvidencePanel *> panels = page->findChildren<EvidencePanel *>();
        ASSERT_EQ(panels.size(), 1) << qPrintable(key);
        auto *tabs = page->findChild<QTabWidget *>(u"recordPanelTabs"_s);
        ASSERT_NE(tabs, nullptr) << qPrintable(key);
        EXPECT_EQ(tabs->tabText(tabs->indexOf(panels.constFirst())), u"Evidence"_s) << qPrintable(key);
        EXPECT_NE(page->recordPanel(), nullptr);
    }
    // The page's own panel stays first (the risk's sign-off, the asset's dependencies).
    auto *risks = qobject_cast<RegisterPage *>(m_window->registeredPage(u"risks"_s));
    EXPECT_EQ(qobject_cast<EvidencePanel *>(risks->recordPanel()), nullptr);
}

TEST_F(EvidencePanelTest, OnTheRisksAndAssetsPagesAttachSaveAndRemoveAreUndoable)
{
    for (const auto &[key, spec, ref, demoFiles] : {std::tuple{u"risks"_s, &isms::riskSpec(), u"R-001"_s, 1},
                                                    {u"assets"_s, &isms::assetSpec(), u"AS-001"_s, 0}}) {
        ASSERT_TRUE(m_window->showPage(key));
        auto *page = qobject_cast<RegisterPage *>(m_window->registeredPage(key));
        ASSERT_NE(page, nullptr);
        auto *panel = page->findChild<EvidencePanel *>();
        ASSERT_NE(panel, nullptr);
        const auto record = isms::RecordService(*m_window->database(), *spec).getByRef(ref);
        ASSERT_TRUE(record.hasValue());
        ASSERT_TRUE(page->selectRecord(record->id));
        QTreeWidget *list = panel->list();
        ASSERT_EQ(list->topLevelItemCount(), demoFiles) << qPrintable(ref);

        const QByteArray bytes = "Evidence of " + ref.toUtf8() + "\n";
        m_chooser.openEvidenceAnswer = {writeFile(ref + u".txt"_s, bytes)};
        QUndoStack *undo = m_window->undoStack();
        undo->clear();
        panel->attachButton()->click();
        ASSERT_EQ(list->topLevelItemCount(), demoFiles + 1) << qPrintable(m_prompt.errors.join(u'\n'));
        EXPECT_EQ(isms::EvidenceService(*m_window->database()).list(spec->key, ref)->size(), demoFiles + 1);

        QTreeWidgetItem *attached = list->topLevelItem(demoFiles);
        EXPECT_EQ(attached->text(0), ref + u".txt"_s);
        attached->setSelected(true);
        m_chooser.saveEvidenceAnswer = m_temp.path(ref + u"-copy.txt"_s);
        panel->saveButton()->click();
        QFile copy(m_chooser.saveEvidenceAnswer);
        ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
        EXPECT_EQ(copy.readAll(), bytes);

        undo->undo();
        EXPECT_EQ(list->topLevelItemCount(), demoFiles);
        undo->redo();
        ASSERT_EQ(list->topLevelItemCount(), demoFiles + 1);
        list->topLevelItem(demoFiles)->setSelected(true);
        panel->removeButton()->click();
        EXPECT_EQ(list->topLevelItemCount(), demoFiles);
        undo->undo();
        EXPECT_EQ(list->topLevelItemCount(), demoFiles + 1);
        EXPECT_EQ(undo->count(), 2);
    }
}

TEST_F(EvidencePanelTest, OpenShowsAReadOnlyCopyWithTheDesktopsProgram)
{
    const QByteArray bytes("Restore test log: 12 of 12 files restored.\n");
    m_chooser.openEvidenceAnswer = {writeFile(u"restore-test.log"_s, bytes)};
    m_panel->attachButton()->click();
    ASSERT_EQ(m_panel->list()->topLevelItemCount(), 1) << qPrintable(m_prompt.errors.join(u'\n'));
    EXPECT_FALSE(m_panel->openButton()->isEnabled()) << "nothing selected yet";
    m_panel->list()->topLevelItem(0)->setSelected(true);
    ASSERT_TRUE(m_panel->openButton()->isEnabled());
    m_panel->openButton()->click();
    ASSERT_EQ(m_chooser.openedExternally.size(), 1);
    const QString copy = m_chooser.openedExternally.constFirst();
    EXPECT_TRUE(copy.endsWith(u"/restore-test.log"_s)) << qPrintable(copy);
    EXPECT_EQ(isms::test::TempProject::readAll(copy), bytes);
    EXPECT_FALSE(QFileInfo(copy).permissions() & QFile::WriteOwner);

    // Opened again, the copy is written afresh; with no program for it, the panel says what to do.
    m_chooser.openExternallyAnswer = false;
    Q_EMIT m_panel->list()->itemDoubleClicked(m_panel->list()->topLevelItem(0), 0);
    EXPECT_EQ(m_chooser.openedExternally.size(), 2);
    EXPECT_FALSE(m_page->banner()->isHidden());
    EXPECT_EQ(isms::test::TempProject::readAll(copy), bytes);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(copy);
}
