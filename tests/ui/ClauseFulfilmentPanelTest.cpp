// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The clause pages' "What fulfils it" panel (issue 8 item 8): the documented information a clause
// requires with its state, the records that serve it, and opening them.
#include "requirements/ClauseFulfilmentPanel.h"

#include "UiTestFixture.h"
#include "domain/Entities.h"
#include "records/RegisterPage.h"
#include "services/MandatoryInformation.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class ClauseFulfilmentPanelTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        m_db = m_temp.create(u"fulfil.isms"_s);
        m_panel = std::make_unique<ClauseFulfilmentPanel>();
        m_panel->setContext(m_db.get(), nullptr);
    }

    void TearDown() override
    {
        m_panel.reset();
        m_db.reset();
        UiTestFixture::TearDown();
    }

    void showClause(const QString &ref)
    {
        const auto clause = isms::RecordService(*m_db, isms::clauseSpec()).getByRef(ref);
        ASSERT_TRUE(clause.hasValue());
        m_panel->showRecord(clause->id);
    }

    /// "text | state" of each child of `item`.
    static QStringList rowsOf(const QTreeWidgetItem *item)
    {
        QStringList rows;
        for (int i = 0; item && i < item->childCount(); ++i) {
            rows.append(item->child(i)->text(0) + u" | "_s + item->child(i)->text(1));
        }
        return rows;
    }

    std::unique_ptr<isms::Database> m_db;
    std::unique_ptr<ClauseFulfilmentPanel> m_panel;
};

} // namespace

TEST_F(ClauseFulfilmentPanelTest, ShowsTheRequiredInformationWithItsStateAndTheRecords)
{
    showClause(u"4.3"_s);
    ASSERT_NE(m_panel->informationItem(), nullptr);
    EXPECT_EQ(rowsOf(m_panel->informationItem()), QStringList{u"4.3 ISMS scope | Missing"_s});
    EXPECT_EQ(rowsOf(m_panel->recordsItem()), QStringList{u"No record yet | "_s});

    isms::Record scope = isms::scopeSpec().newRecord();
    scope.values[isms::scopeSpec().indexOf(u"statement")] = u"<b>All</b> of the company."_s;
    const auto created = isms::RecordService(*m_db, isms::scopeSpec()).create(scope);
    ASSERT_TRUE(created.hasValue()) << qPrintable(created.error().message);
    m_panel->reload();
    EXPECT_EQ(rowsOf(m_panel->informationItem()), QStringList{u"4.3 ISMS scope | Incomplete"_s});
    const QStringList records = rowsOf(m_panel->recordsItem());
    ASSERT_EQ(records.size(), 1);
    EXPECT_TRUE(records.first().startsWith(u"Scope of the ISMS (1)"_s)) << qPrintable(records.first());

    // Double-clicking the record opens it: the scope's entity and row id.
    QSignalSpy requested(m_panel.get(), &RecordPanel::recordRequested);
    QTreeWidgetItem *entry = m_panel->recordsItem()->child(0)->child(0);
    ASSERT_NE(entry, nullptr);
    Q_EMIT m_panel->tree()->itemActivated(entry, 0);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().at(0).toString(), isms::scopeSpec().entity);
    EXPECT_EQ(requested.first().at(1).toString(), QString::number(created->value));
}

TEST_F(ClauseFulfilmentPanelTest, AParentClauseGathersItsSubclausesAndAClauseWithoutItemsSaysSo)
{
    showClause(u"6"_s);
    const QStringList items = rowsOf(m_panel->informationItem());
    EXPECT_EQ(items.size(), 5) << qPrintable(items.join(u'\n'));
    EXPECT_TRUE(items.contains(u"6.1.3 Statement of Applicability | Missing"_s))
        << qPrintable(items.join(u'\n'));
    showClause(u"4.1"_s);
    EXPECT_EQ(rowsOf(m_panel->informationItem()), QStringList{u"None of its own | "_s});
}

TEST_F(ClauseFulfilmentPanelTest, TheClausesPageShowsThePanelFirst)
{
    openDemo();
    ASSERT_TRUE(m_window->showRecordByRef(u"clauses"_s, u"6.1.3"_s));
    auto *tabs = m_window->findChild<QTabWidget *>(u"recordPanelTabs"_s);
    ASSERT_NE(tabs, nullptr);
    auto *panel = qobject_cast<ClauseFulfilmentPanel *>(tabs->widget(0));
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel->informationItem()->childCount(), 3) << "process, SoA and treatment plan";
    EXPECT_FALSE(m_window->showRecordByRef(u"clauses"_s, u"11"_s));
}
