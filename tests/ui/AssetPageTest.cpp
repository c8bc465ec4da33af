// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "UiTestFixture.h"
#include "assets/AssetDependencyPanel.h"
#include "common/MessageBanner.h"
#include "domain/Entities.h"
#include "mainwindow/PageRegistry.h"
#include "models/RecordTableModel.h"
#include "records/RegisterPage.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// The Assets page of the demo project: effective requirements and dependencies beside the form.
class AssetPageTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
        ASSERT_TRUE(m_window->showPage(u"assets"_s));
        m_page = qobject_cast<RegisterPage *>(m_window->registeredPage(u"assets"_s));
        ASSERT_NE(m_page, nullptr);
        m_panel = qobject_cast<AssetDependencyPanel *>(m_page->recordPanel());
        ASSERT_NE(m_panel, nullptr);
    }

    isms::RecordId idOf(const isms::EntitySpec &spec, const QString &ref) const
    {
        const auto record = isms::RecordService(*m_window->database(), spec).getByRef(ref);
        EXPECT_TRUE(record.hasValue());
        return record ? record->id : isms::RecordId{};
    }

    qsizetype linkCount() const
    {
        return isms::RecordService(*m_window->database(), isms::assetDependencySpec()).all()->size();
    }

    void chooseInCombo(const QString &ref)
    {
        QComboBox *combo = m_panel->assetCombo();
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).startsWith(ref)) {
                combo->setCurrentIndex(i);
                return;
            }
        }
        ADD_FAILURE() << qPrintable(ref);
    }

    RegisterPage *m_page = nullptr;
    AssetDependencyPanel *m_panel = nullptr;
};

} // namespace

TEST_F(AssetPageTest, IsRegisteredInPlanning)
{
    const PageRegistry::Entry *entry = PageRegistry::find(u"assets");
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(QString::fromLatin1(entry->group), u"6 Planning");
    EXPECT_EQ(m_page->model()->rowCount(), 40);
}

TEST_F(AssetPageTest, ShowsInheritedEffectiveRequirements)
{
    // The database cluster (AS-003) carries the shipment data's confidentiality and integrity.
    ASSERT_TRUE(m_page->selectRecord(idOf(isms::assetSpec(), u"AS-003"_s)));
    EXPECT_EQ(m_panel->effectiveText(0), AssetDependencyPanel::tr("3 High"));
    EXPECT_EQ(m_panel->effectiveText(1), AssetDependencyPanel::tr("4 Very high"));
    EXPECT_EQ(m_panel->dependsOnList()->count(), 1);
    EXPECT_TRUE(m_panel->dependsOnList()->item(0)->text().startsWith(u"AS-004"_s));
}

TEST_F(AssetPageTest, DependenciesAreAddedAndRemovedAsUndoableSteps)
{
    QUndoStack *undo = m_window->undoStack();
    undo->clear();
    ASSERT_TRUE(m_page->selectRecord(idOf(isms::assetSpec(), u"AS-013"_s)));
    const qsizetype before = linkCount();

    chooseInCombo(u"AS-010"_s);
    ASSERT_TRUE(m_panel->addButton()->isEnabled());
    m_panel->addButton()->click();
    EXPECT_EQ(linkCount(), before + 1);
    EXPECT_EQ(m_panel->dependsOnList()->count(), 2);
    EXPECT_EQ(undo->count(), 1);
    undo->undo();
    EXPECT_EQ(linkCount(), before);
    EXPECT_EQ(m_panel->dependsOnList()->count(), 1);
    undo->redo();
    EXPECT_EQ(linkCount(), before + 1);

    m_panel->dependsOnList()->setCurrentRow(0);
    ASSERT_TRUE(m_panel->removeButton()->isEnabled());
    m_panel->removeButton()->click();
    EXPECT_EQ(linkCount(), before);
}

TEST_F(AssetPageTest, ACycleIsRefusedWithItsNameAndLeavesNoUndoStep)
{
    QUndoStack *undo = m_window->undoStack();
    undo->clear();
    ASSERT_TRUE(m_page->selectRecord(idOf(isms::assetSpec(), u"AS-005"_s)));
    const qsizetype before = linkCount();
    chooseInCombo(u"AS-001"_s);
    m_panel->addButton()->click();
    EXPECT_EQ(linkCount(), before);
    EXPECT_TRUE(m_page->banner()->text().contains(u"AS-005 \u2192 AS-001"_s))
        << qPrintable(m_page->banner()->text());
    EXPECT_EQ(undo->count(), 0);
}
