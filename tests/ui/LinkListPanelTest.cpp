// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The generic link lists beside a record's form (an audit's clauses, controls and auditors; a risk's
// existing and planned controls): listing, adding several in one undo step, removing, the picker, the
// change log, a read-only project, and that every register with links gets them.
#include "records/LinkListPanel.h"

#include "UiTestFixture.h"
#include "common/MessageBanner.h"
#include "domain/Entities.h"
#include "mainwindow/PageRegistry.h"
#include "records/LinkList.h"
#include "records/LinkPickerDialog.h"
#include "records/RegisterPage.h"
#include "risks/RiskPanel.h"
#include "services/RecordService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class LinkListPanelTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
        m_undo = m_window->undoStack();
    }

    RegisterPage *show(const QString &key)
    {
        EXPECT_TRUE(m_window->showPage(key)) << qPrintable(key);
        return qobject_cast<RegisterPage *>(m_window->registeredPage(key));
    }

    isms::RecordId idOf(const isms::EntitySpec &spec, const QString &ref) const
    {
        const auto record = isms::RecordService(*m_window->database(), spec).getByRef(ref);
        EXPECT_TRUE(record.hasValue()) << qPrintable(ref);
        return record ? record->id : isms::RecordId{};
    }

    /// The audits page with AUD-002 selected, and its link panel.
    LinkListPanel *auditLinks()
    {
        RegisterPage *page = show(u"audits"_s);
        EXPECT_NE(page, nullptr);
        if (!page) {
            return nullptr;
        }
        m_page = page;
        EXPECT_TRUE(page->selectRecord(idOf(isms::auditSpec(), u"AUD-002"_s)));
        auto *panel = page->findChild<LinkListPanel *>();
        EXPECT_NE(panel, nullptr);
        return panel;
    }

    qsizetype loggedCreations(const QString &entity) const
    {
        const auto rows = isms::ChangeLog::entries(*m_window->database(), {.entity = entity});
        EXPECT_TRUE(rows.hasValue());
        return rows ? std::count_if(rows->cbegin(),
                                    rows->cend(),
                                    [](const isms::ChangeLogEntry &entry) {
                                        return entry.field == isms::EntitySpec::recordLogField()
                                               && !entry.oldValue.has_value();
                                    })
                    : 0;
    }

    QUndoStack *m_undo = nullptr;
    RegisterPage *m_page = nullptr;
};

} // namespace

TEST_F(LinkListPanelTest, AnAuditListsItsClausesControlsAndAuditors)
{
    LinkListPanel *panel = auditLinks();
    ASSERT_NE(panel, nullptr);
    ASSERT_EQ(panel->lists().size(), 3);
    EXPECT_EQ(panel->title(), u"Links"_s);
    auto *tabs = m_page->findChild<QTabWidget *>(u"recordPanelTabs"_s);
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(panel)), u"Links"_s);

    EXPECT_EQ(panel->list(u"clauses"_s)->texts(), QStringList({u"8.1 Operational planning and control"_s}));
    EXPECT_EQ(
        panel->list(u"controls"_s)->texts(),
        QStringList(
            {u"A.5.19 Information security in supplier relationships"_s,
             u"A.5.20 Addressing information security within supplier agreements"_s,
             u"A.5.21 Managing information security in the information and communication technology (ICT) "
             u"supply chain"_s,
             u"A.5.22 Monitoring, review and change management of supplier services"_s}));
    EXPECT_EQ(panel->list(u"controls"_s)->heading()->text(), u"Controls covered (4)"_s);
    EXPECT_EQ(panel->count(), 5 + panel->list(u"auditors"_s)->list()->count());

    // A double-click opens the linked entry: the control on the controls page.
    QSignalSpy requested(panel, &RecordPanel::recordRequested);
    QListWidget *controls = panel->list(u"controls"_s)->list();
    Q_EMIT controls->itemActivated(controls->item(0));
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), u"control"_s);
    EXPECT_EQ(requested.at(0).at(1).toString(), u"5.19"_s);
}

TEST_F(LinkListPanelTest, TwoPeopleAreAddedInOneUndoStepAndLogged)
{
    LinkListPanel *panel = auditLinks();
    ASSERT_NE(panel, nullptr);
    LinkList *auditors = panel->list(u"auditors"_s);
    const int before = auditors->list()->count();
    const qsizetype logged = loggedCreations(isms::auditAuditorSpec().entity);
    const int steps = m_undo->count();
    const isms::RecordId maren = idOf(isms::personSpec(), u"P-001"_s);
    const isms::RecordId aylin = idOf(isms::personSpec(), u"P-003"_s);
    ASSERT_TRUE(auditors->addButton()->isEnabled());
    ASSERT_TRUE(auditors->addEnds({maren.value, aylin.value}));
    EXPECT_EQ(m_undo->count(), steps + 1) << "one step for both";
    EXPECT_EQ(m_undo->undoText(), u"Add 2 entries to Auditors"_s);
    EXPECT_EQ(auditors->list()->count(), before + 2);
    EXPECT_TRUE(auditors->texts().contains(u"P-001 — Maren Holt"_s));
    EXPECT_TRUE(auditors->texts().contains(u"P-003 — Aylin Demir"_s));
    EXPECT_EQ(loggedCreations(isms::auditAuditorSpec().entity), logged + 2);

    m_undo->undo();
    EXPECT_EQ(auditors->list()->count(), before) << "undo removes both";
    m_undo->redo();
    EXPECT_EQ(auditors->list()->count(), before + 2) << "redo restores both";
    EXPECT_TRUE(auditors->texts().contains(u"P-003 — Aylin Demir"_s));

    // Adding one already listed is refused in one sentence in the page's banner, and nothing is saved.
    EXPECT_FALSE(auditors->addEnds({aylin.value}));
    EXPECT_EQ(m_undo->count(), steps + 1);
    EXPECT_TRUE(m_page->banner()->isVisible());
    EXPECT_TRUE(m_page->banner()->text().contains(u"P-003 — Aylin Demir is in Auditors already"_s))
        << qPrintable(m_page->banner()->text());
}

TEST_F(LinkListPanelTest, SelectedEntriesAreRemovedWithTheButtonOrTheDeleteKey)
{
    LinkListPanel *panel = auditLinks();
    ASSERT_NE(panel, nullptr);
    LinkList *controls = panel->list(u"controls"_s);
    EXPECT_FALSE(controls->removeButton()->isEnabled()) << "nothing selected";
    controls->list()->item(0)->setSelected(true);
    controls->list()->item(1)->setSelected(true);
    ASSERT_TRUE(controls->removeButton()->isEnabled());
    controls->removeButton()->click();
    EXPECT_EQ(controls->list()->count(), 2);
    EXPECT_EQ(m_undo->undoText(), u"Remove 2 entries from Controls covered"_s);
    const auto stored = isms::RecordService(*m_window->database(), isms::auditControlSpec()).all();
    ASSERT_TRUE(stored.hasValue());
    EXPECT_EQ(stored->size(), 2);

    // The Delete key of the list (a shortcut of the list alone, never of the form beside it).
    controls->list()->setCurrentRow(0);
    QAction *deleteKey = nullptr;
    for (QAction *action : controls->list()->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Delete)) {
            deleteKey = action;
        }
    }
    ASSERT_NE(deleteKey, nullptr);
    EXPECT_EQ(deleteKey->shortcutContext(), Qt::WidgetShortcut);
    deleteKey->trigger();
    EXPECT_EQ(controls->texts(),
              QStringList({u"A.5.22 Monitoring, review and change management of supplier services"_s}));
    m_undo->undo();
    m_undo->undo();
    EXPECT_EQ(controls->list()->count(), 4);
}

TEST_F(LinkListPanelTest, ThePickerOffersWhatIsNotLinkedAndAddsWhatIsTicked)
{
    LinkListPanel *panel = auditLinks();
    ASSERT_NE(panel, nullptr);
    LinkList *controls = panel->list(u"controls"_s);
    controls->addButton()->click();
    LinkPickerDialog *picker = controls->picker();
    ASSERT_NE(picker, nullptr);
    EXPECT_EQ(picker->list()->count(), 93 - 4) << "the linked controls are not offered";
    for (int row = 0; row < picker->list()->count(); ++row) {
        EXPECT_FALSE(picker->list()->item(row)->text().startsWith(u"A.5.19 "_s));
    }
    EXPECT_EQ(picker->list()->item(0)->text(), u"A.5.1 Policies for information security"_s);
    EXPECT_FALSE(picker->addButton()->isEnabled());

    // Searching narrows the list; ticks stay while the search hides them.
    picker->searchEdit()->setText(u"access"_s);
    EXPECT_LT(picker->visibleCount(), 10);
    EXPECT_GT(picker->visibleCount(), 2);
    ASSERT_TRUE(picker->setChosen(u"5.18"_s));
    picker->searchEdit()->setText(u"backup"_s);
    EXPECT_EQ(picker->visibleCount(), 1);
    ASSERT_TRUE(picker->setChosen(u"8.13"_s));
    picker->searchEdit()->clear();
    EXPECT_EQ(picker->chosen(), QVariantList({u"5.18"_s, u"8.13"_s}));
    ASSERT_TRUE(picker->addButton()->isEnabled());
    const int steps = m_undo->count();
    picker->addButton()->click();
    EXPECT_EQ(m_undo->count(), steps + 1);
    EXPECT_EQ(controls->list()->count(), 6);
    EXPECT_TRUE(controls->texts().contains(u"A.5.18 Access rights"_s));

    // Every clause can be chosen for an audit: the picker offers the whole catalogue but what is linked.
    LinkList *clauses = panel->list(u"clauses"_s);
    const auto offered = clauses->choices();
    const auto allClauses = isms::RecordService(*m_window->database(), isms::clauseSpec()).all();
    ASSERT_TRUE(allClauses.hasValue());
    EXPECT_EQ(offered.size(), allClauses->size() - 1);
    QVariantList values;
    for (const LinkPickerDialog::Choice &choice : offered) {
        values.append(choice.value);
    }
    ASSERT_TRUE(clauses->addEnds(values));
    EXPECT_EQ(clauses->list()->count(), allClauses->size());
    EXPECT_TRUE(clauses->choices().isEmpty());
}

TEST_F(LinkListPanelTest, WhatTheLinkRegisterRefusesIsOneSentenceAndNothingIsSaved)
{
    LinkListPanel *panel = auditLinks();
    ASSERT_NE(panel, nullptr);
    LinkList *controls = panel->list(u"controls"_s);
    const int steps = m_undo->count();
    // One good control and one that is none: neither is linked.
    EXPECT_FALSE(controls->addEnds({u"5.18"_s, u"5.99"_s}));
    EXPECT_EQ(m_undo->count(), steps);
    EXPECT_EQ(controls->list()->count(), 4);
    const auto stored = isms::RecordService(*m_window->database(), isms::auditControlSpec()).all();
    ASSERT_TRUE(stored.hasValue());
    EXPECT_EQ(stored->size(), 4) << "nothing half-saved";
    EXPECT_TRUE(m_page->banner()->isVisible());
    EXPECT_TRUE(m_page->banner()->text().contains(u"\"5.99\" is not an Annex A control"_s))
        << qPrintable(m_page->banner()->text());
}

TEST_F(LinkListPanelTest, LinkedRecordsAreNamedByTheirNameTitleOrOwnField)
{
    RegisterPage *metrics = show(u"metrics"_s);
    ASSERT_NE(metrics, nullptr);
    ASSERT_TRUE(metrics->selectRecord(idOf(isms::metricSpec(), u"M-001"_s)));
    auto *panel = metrics->findChild<LinkListPanel *>();
    ASSERT_NE(panel, nullptr);
    const QStringList objectives = panel->list(u"objectives"_s)->texts();
    ASSERT_FALSE(objectives.isEmpty());
    EXPECT_TRUE(objectives.constFirst().startsWith(u"OBJ-001 — "_s)) << qPrintable(objectives.constFirst());
}

TEST_F(LinkListPanelTest, TheListFollowsLinksMadeElsewhere)
{
    LinkListPanel *panel = auditLinks();
    ASSERT_NE(panel, nullptr);
    LinkList *clauses = panel->list(u"clauses"_s);
    const isms::EntitySpec &spec = isms::auditClauseSpec();
    isms::Record link = spec.newRecord();
    link.values[spec.indexOf(u"audit")] = idOf(isms::auditSpec(), u"AUD-002"_s).value;
    link.values[spec.indexOf(u"clause")] = u"9.2"_s;
    ASSERT_TRUE(isms::RecordService(*m_window->database(), spec).create(link).hasValue());
    EXPECT_EQ(clauses->texts(),
              QStringList({u"8.1 Operational planning and control"_s, u"9.2 Internal audit"_s}));
}

TEST_F(LinkListPanelTest, EveryRegisterWithLinksShowsThemBesideItsForm)
{
    for (const PageRegistry::Entry &entry : PageRegistry::entries()) {
        const isms::EntitySpec *spec = isms::Entities::findByEntity(entry.entity);
        if (!spec || spec->links.isEmpty() || spec->key != entry.key) {
            continue;
        }
        RegisterPage *page = show(entry.key);
        ASSERT_NE(page, nullptr) << qPrintable(entry.key);
        QStringList shown;
        for (const LinkList *list : page->findChildren<LinkList *>()) {
            shown.append(list->column().key);
        }
        QStringList expected;
        for (const isms::LinkColumn &column : spec->links) {
            expected.append(column.key);
        }
        std::sort(shown.begin(), shown.end());
        std::sort(expected.begin(), expected.end());
        EXPECT_EQ(shown, expected) << qPrintable(entry.key) << ": each column once";
    }
    // The risk panel shows a risk's links in its own tabs, through the same lists.
    RegisterPage *risks = show(u"risks"_s);
    ASSERT_NE(risks, nullptr);
    auto *riskPanel = qobject_cast<RiskPanel *>(risks->recordPanel());
    ASSERT_NE(riskPanel, nullptr);
    EXPECT_EQ(risks->findChildren<LinkListPanel *>().size(), 2);
    EXPECT_NE(riskPanel->controlLinks()->list(u"planned_controls"_s), nullptr);

    // A supplier: its risks and assets with their names.
    RegisterPage *suppliers = show(u"suppliers"_s);
    ASSERT_NE(suppliers, nullptr);
    ASSERT_TRUE(suppliers->selectRecord(idOf(isms::supplierSpec(), u"SUP-001"_s)));
    auto *supplierLinks = suppliers->findChild<LinkListPanel *>();
    ASSERT_NE(supplierLinks, nullptr);
    ASSERT_EQ(supplierLinks->lists().size(), 2);
    for (const LinkList *list : supplierLinks->lists()) {
        ASSERT_FALSE(list->texts().isEmpty()) << qPrintable(list->column().key);
        EXPECT_TRUE(list->texts().constFirst().contains(u" — "_s)) << qPrintable(list->texts().constFirst());
    }
}

TEST(LinkListPanelReadOnlyTest, AReadOnlyProjectShowsTheListsWithoutEditing)
{
    isms::test::TempProject temp;
    const QString path = temp.createDemo();
    auto db = isms::Database::open(path, {.access = isms::Database::Access::ReadOnly});
    ASSERT_TRUE(db) << qPrintable(db.error().message);
    ASSERT_TRUE((*db)->isReadOnly());
    const auto audit = isms::RecordService(**db, isms::auditSpec()).getByRef(u"AUD-002"_s);
    ASSERT_TRUE(audit.hasValue());

    QUndoStack undo;
    LinkListPanel panel(isms::auditSpec());
    panel.setContext(db->get(), &undo);
    panel.showRecord(audit->id);
    LinkList *controls = panel.list(u"controls"_s);
    ASSERT_NE(controls, nullptr);
    EXPECT_EQ(controls->list()->count(), 4);
    controls->list()->item(0)->setSelected(true);
    for (const LinkList *list : panel.lists()) {
        EXPECT_FALSE(list->addButton()->isEnabled()) << qPrintable(list->column().key);
        EXPECT_FALSE(list->removeButton()->isEnabled()) << qPrintable(list->column().key);
    }
    EXPECT_FALSE(controls->addEnds({u"5.18"_s}));
    EXPECT_FALSE(controls->removeSelected());
    EXPECT_EQ(undo.count(), 0);
    EXPECT_EQ(controls->list()->count(), 4);
    panel.setContext(nullptr, nullptr);
}
