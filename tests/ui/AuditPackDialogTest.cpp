// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// File > Audit pack… under offscreen: the preset ticks its sections, the user's ticks and evidence
// choices reach the request, a build writes the PDF and the evidence folder, and a cancelled build
// leaves no file behind.
#include "auditpack/AuditPackDialog.h"

#include "UiTestFixture.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class AuditPackDialogTest : public UiTestFixture
{
protected:
    std::unique_ptr<AuditPackDialog> dialog()
    {
        return std::make_unique<AuditPackDialog>(*m_window->database(),
                                                 m_window->reportOptions(),
                                                 m_window.get());
    }
};

} // namespace

TEST_F(AuditPackDialogTest, IsInTheFileMenuWhileAProjectIsOpen)
{
    QAction *action = m_window->auditPackAction();
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isEnabled());
    bool inFileMenu = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->text() == u"&File"_s) {
            inFileMenu = menu->menu()->actions().contains(action);
        }
    }
    EXPECT_TRUE(inFileMenu);
    openDemo();
    EXPECT_TRUE(action->isEnabled());
}

TEST_F(AuditPackDialogTest, SectionTicksFollowThePresetAndTheUsersChoice)
{
    openDemo();
    auto pack = dialog();
    EXPECT_EQ(pack->checkedSections(), isms::AuditPack::presetSections(u"stage1"_s));
    pack->presetBox()->setCurrentIndex(pack->presetBox()->findData(u"stage2"_s));
    EXPECT_EQ(pack->checkedSections(), isms::AuditPack::presetSections(u"stage2"_s));
    EXPECT_TRUE(pack->checkedSections().contains(u"evidence"_s));
    pack->presetBox()->setCurrentIndex(pack->presetBox()->findData(u"surveillance"_s));
    EXPECT_EQ(pack->checkedSections(), isms::AuditPack::presetSections(u"surveillance"_s));
    EXPECT_TRUE(pack->request().since.has_value());

    // The user ticks the internal readiness summary and unticks the context.
    for (int i = 0; i < pack->sectionList()->count(); ++i) {
        QListWidgetItem *item = pack->sectionList()->item(i);
        if (item->data(Qt::UserRole) == u"readiness"_s) {
            item->setCheckState(Qt::Checked);
        }
        if (item->data(Qt::UserRole) == u"context"_s) {
            item->setCheckState(Qt::Unchecked);
        }
    }
    EXPECT_TRUE(pack->request().sections.contains(u"readiness"_s));
    EXPECT_FALSE(pack->request().sections.contains(u"context"_s));

    // Every evidence file is listed with its setting; a change reaches the request.
    ASSERT_GT(pack->evidenceTable()->rowCount(), 2);
    auto *combo = qobject_cast<QComboBox *>(pack->evidenceTable()->cellWidget(0, 2));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentData().toString(), u"include"_s);
    combo->setCurrentIndex(combo->findData(u"redact"_s));
    const QString ref = pack->evidenceTable()->item(0, 0)->data(Qt::UserRole).toString();
    EXPECT_EQ(pack->request().evidenceHandling.value(ref), u"redact"_s);
}

TEST_F(AuditPackDialogTest, BuildsThePackAndTheEvidenceFolder)
{
    openDemo();
    auto pack = dialog();
    pack->presetBox()->setCurrentIndex(pack->presetBox()->findData(u"stage2"_s));
    auto *combo = qobject_cast<QComboBox *>(pack->evidenceTable()->cellWidget(0, 2));
    combo->setCurrentIndex(combo->findData(u"redact"_s));
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"evidence"_s);
    pack->evidenceFolderEdit()->setText(folder);
    int steps = 0;
    pack->setStepHook([&steps, &pack](int) {
        ++steps;
        EXPECT_NE(pack->progressDialog(), nullptr);
    });
    const QString pdf = dir.filePath(u"pack.pdf"_s);
    ASSERT_TRUE(pack->buildTo(pdf)) << qPrintable(pack->lastError().message);
    EXPECT_GT(steps, isms::AuditPack::presetSections(u"stage2"_s).size());
    EXPECT_TRUE(QFile::exists(pdf));
    const QStringList files = QDir(folder).entryList(QDir::Files);
    EXPECT_EQ(files.size(), pack->evidenceTable()->rowCount() - 1);
    EXPECT_EQ(pack->progressDialog(), nullptr);
}

TEST_F(AuditPackDialogTest, CancellingLeavesNoFileBehind)
{
    openDemo();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"pack.pdf"_s);
    const QString folder = dir.filePath(u"evidence"_s);
    for (const int cancelAt : {2, 1 + int(isms::AuditPack::presetSections(u"stage2"_s).size()) + 2}) {
        auto pack = dialog();
        pack->presetBox()->setCurrentIndex(pack->presetBox()->findData(u"stage2"_s));
        pack->evidenceFolderEdit()->setText(folder);
        pack->setStepHook([&pack, cancelAt](int step) {
            if (step == cancelAt) {
                pack->progressDialog()->cancel();
            }
        });
        EXPECT_FALSE(pack->buildTo(pdf)) << cancelAt;
        EXPECT_TRUE(pack->lastError().message.isEmpty()) << qPrintable(pack->lastError().message);
        EXPECT_FALSE(QFile::exists(pdf)) << cancelAt;
        EXPECT_TRUE(QDir(folder).entryList(QDir::Files).isEmpty()) << cancelAt;
    }
}
