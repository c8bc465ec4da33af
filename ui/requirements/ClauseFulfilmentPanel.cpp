// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "requirements/ClauseFulfilmentPanel.h"

#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "services/ClauseRecords.h"
#include "services/MandatoryInformation.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Role
{
    EntityRole = Qt::UserRole + 1,
    EntityIdRole,
};

QColor colourOf(isms::InformationState state)
{
    switch (state) {
    case isms::InformationState::Present:
        return QColor(0x2E7D32);
    case isms::InformationState::Incomplete:
        return QColor(0xB26A00);
    case isms::InformationState::Missing:
        break;
    }
    return QColor(0xC62828);
}

} // namespace

ClauseFulfilmentPanel::ClauseFulfilmentPanel(QWidget *parent)
    : RecordPanel(parent)
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(tr("Select a clause to see what fulfils it."), this))
    , m_reload(new QTimer(this))
{
    m_tree->setObjectName(u"clauseFulfilment"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Item"), tr("State")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setRootIsDecorated(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setToolTip(tr("Double-click an entry to open its record."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    m_tree->hide();

    // Edits come in bursts (an import, an undo of many): read the project once they settle.
    m_reload->setSingleShot(true);
    m_reload->setInterval(150);
    connect(m_reload, &QTimer::timeout, this, &ClauseFulfilmentPanel::reload);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ClauseFulfilmentPanel::onActivated);
}

ClauseFulfilmentPanel::~ClauseFulfilmentPanel() = default;

QTreeWidgetItem *ClauseFulfilmentPanel::informationItem() const
{
    return m_tree->topLevelItem(0);
}

QTreeWidgetItem *ClauseFulfilmentPanel::recordsItem() const
{
    return m_tree->topLevelItem(1);
}

void ClauseFulfilmentPanel::setContext(isms::Database *db, QUndoStack * /*undoStack*/)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        QObject::disconnect(connection);
    }
    m_connections.clear();
    m_db = db;
    if (db) {
        // What fulfils a clause lives in many registers: any change may alter it.
        const auto onChange = [this] { scheduleReload(); };
        isms::ChangeNotifier *notifier = db->notifier();
        m_connections = {connect(notifier, &isms::ChangeNotifier::recordsChanged, this, onChange),
                         connect(notifier, &isms::ChangeNotifier::recordsAdded, this, onChange),
                         connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, onChange)};
    }
    showRecord({});
}

void ClauseFulfilmentPanel::showRecord(isms::RecordId id)
{
    m_current = id;
    reload();
}

void ClauseFulfilmentPanel::showEvent(QShowEvent *event)
{
    RecordPanel::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void ClauseFulfilmentPanel::scheduleReload()
{
    m_stale = true;
    if (isVisible()) {
        m_reload->start();
    }
}

void ClauseFulfilmentPanel::reload()
{
    m_stale = false;
    m_reload->stop();
    m_tree->clear();
    QString clause;
    if (m_db && m_current.isValid()) {
        if (const auto record = isms::RecordService(*m_db, isms::clauseSpec()).get(m_current); record) {
            clause = isms::EntitySpec::refOf(*record);
        }
    }
    m_tree->setVisible(!clause.isEmpty());
    m_empty->setVisible(clause.isEmpty());
    if (clause.isEmpty()) {
        return;
    }
    fillInformation(clause);
    fillRecords(clause);
    // The required information in full; the registers as headings that open on a click.
    m_tree->expandToDepth(0);
    if (QTreeWidgetItem *information = informationItem()) {
        information->setExpanded(true);
        for (int i = 0; i < information->childCount(); ++i) {
            information->child(i)->setExpanded(true);
        }
    }
    m_tree->resizeColumnToContents(0);
}

void ClauseFulfilmentPanel::fillInformation(const QString &clause)
{
    auto *top = new QTreeWidgetItem(m_tree, {tr("Documented information it requires")});
    QFont bold = top->font(0);
    bold.setBold(true);
    top->setFont(0, bold);
    const QList<const isms::MandatoryItem *> items = isms::MandatoryInformation::itemsOf(clause);
    if (items.isEmpty()) {
        new QTreeWidgetItem(top, {tr("None of its own")});
        return;
    }
    const auto states = isms::MandatoryInformation::evaluate(*m_db, QDate::currentDate());
    if (!states) {
        Q_EMIT errorOccurred(states.error());
        return;
    }
    for (const isms::MandatoryItemState &state : *states) {
        const isms::MandatoryItem *item = isms::MandatoryInformation::item(state.itemId);
        if (!items.contains(item)) {
            continue;
        }
        auto *row = new QTreeWidgetItem(top,
                                        {u"%1 %2"_s.arg(item->clause, item->titleText()),
                                         isms::MandatoryInformation::stateText(state.state)});
        row->setForeground(1, colourOf(state.state));
        const QString tip = tr("%1\nKept as: %2").arg(state.detail, item->heldByText());
        row->setToolTip(0, tip);
        row->setToolTip(1, tip);
        auto *detail = new QTreeWidgetItem(row, {state.detail});
        detail->setFirstColumnSpanned(true);
        if (const isms::EntitySpec *spec = isms::Entities::find(state.kind)) {
            QString logId;
            if (!state.ref.isEmpty()) {
                if (const auto found = isms::RecordService(*m_db, *spec).getByRef(state.ref); found) {
                    logId = spec->isCatalogue() ? state.ref : QString::number(found->id.value);
                }
            }
            for (QTreeWidgetItem *entry : {row, detail}) {
                entry->setData(0, EntityRole, spec->entity);
                entry->setData(0, EntityIdRole, logId);
            }
        }
    }
}

void ClauseFulfilmentPanel::fillRecords(const QString &clause)
{
    auto *top = new QTreeWidgetItem(m_tree, {tr("Records that serve it")});
    QFont bold = top->font(0);
    bold.setBold(true);
    top->setFont(0, bold);
    const auto groups = isms::ClauseRecords::read(*m_db, clause);
    if (!groups) {
        Q_EMIT errorOccurred(groups.error());
        return;
    }
    if (groups->isEmpty()) {
        new QTreeWidgetItem(top, {tr("No record yet")});
        return;
    }
    for (const isms::ClauseRecordGroup &group : *groups) {
        //: A register and how many of its records serve the clause: "Risks (12)".
        const QString label = group.namingOnly
                                  ? tr("%1 naming this clause (%2)").arg(group.label).arg(group.refs.size())
                                  : tr("%1 (%2)").arg(group.label).arg(group.refs.size());
        auto *registerItem = new QTreeWidgetItem(top, {label});
        registerItem->setData(0, EntityRole, group.entity);
        registerItem->setData(0, EntityIdRole, QString());
        // A register with hundreds of records lists the first ones; its page shows them all.
        constexpr qsizetype shown = 25;
        for (qsizetype i = 0; i < std::min(shown, group.refs.size()); ++i) {
            const QString caption = group.captions.value(i);
            auto *entry = new QTreeWidgetItem(
                registerItem,
                {caption.isEmpty() ? group.refs.at(i) : u"%1  %2"_s.arg(group.refs.at(i), caption)});
            entry->setData(0, EntityRole, group.entity);
            entry->setData(0, EntityIdRole, group.logIds.value(i));
        }
        if (group.refs.size() > shown) {
            auto *more =
                new QTreeWidgetItem(registerItem, {tr("… and %1 more").arg(group.refs.size() - shown)});
            more->setData(0, EntityRole, group.entity);
            more->setData(0, EntityIdRole, QString());
        }
    }
}

void ClauseFulfilmentPanel::onActivated(QTreeWidgetItem *item)
{
    const QString entity = item ? item->data(0, EntityRole).toString() : QString();
    if (!entity.isEmpty()) {
        Q_EMIT recordRequested(entity, item->data(0, EntityIdRole).toString());
    }
}
