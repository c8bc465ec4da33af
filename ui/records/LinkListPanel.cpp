// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/LinkListPanel.h"

#include "records/LinkList.h"
#include "records/RegisterPage.h"

#include <QListWidget>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LinkListPanel::LinkListPanel(const isms::EntitySpec &spec, const QStringList &columnKeys, QWidget *parent)
    : RecordPanel(parent)
    , m_spec(spec)
{
    setObjectName(u"linkListPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Several lists share the height; when it is short they scroll together rather than shrink to nothing.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"linkListScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *lists = new QVBoxLayout(content);
    lists->setContentsMargins(8, 8, 4, 4);
    lists->setSpacing(12);
    const auto addList = [&](const isms::LinkColumn &column) {
        auto *list = new LinkList(spec, column, content);
        lists->addWidget(list, 1);
        m_lists.append(list);
        connect(list, &LinkList::errorOccurred, this, &RecordPanel::errorOccurred);
        connect(list, &LinkList::recordRequested, this, &RecordPanel::recordRequested);
        connect(list, &LinkList::countChanged, this, [this] { Q_EMIT countChanged(count()); });
    };
    if (columnKeys.isEmpty()) {
        for (const isms::LinkColumn &column : spec.links) {
            addList(column);
        }
    } else {
        for (const QString &key : columnKeys) {
            for (const isms::LinkColumn &column : spec.links) {
                if (column.key == key) {
                    addList(column);
                }
            }
        }
    }
    lists->addStretch(0);
    scroll->setWidget(content);
    layout->addWidget(scroll);
}

LinkListPanel::~LinkListPanel() = default;

LinkListPanel *LinkListPanel::addTo(RegisterPage &page)
{
    const isms::EntitySpec &spec = page.spec();
    if (spec.links.isEmpty()) {
        return nullptr;
    }
    QSet<QString> shown;
    for (const LinkListPanel *panel : page.findChildren<LinkListPanel *>()) {
        if (&panel->spec() == &spec) {
            for (const LinkList *list : panel->lists()) {
                shown.insert(list->column().key);
            }
        }
    }
    QStringList keys;
    for (const isms::LinkColumn &column : spec.links) {
        if (!shown.contains(column.key)) {
            keys.append(column.key);
        }
    }
    if (keys.isEmpty()) {
        return nullptr;
    }
    auto *panel = new LinkListPanel(spec, keys);
    page.addRecordPanel(panel, panel->title());
    return panel;
}

void LinkListPanel::setContext(isms::Database *db, QUndoStack *undoStack)
{
    for (LinkList *list : std::as_const(m_lists)) {
        list->setContext(db, undoStack);
    }
}

void LinkListPanel::showRecord(isms::RecordId id)
{
    for (LinkList *list : std::as_const(m_lists)) {
        list->showOwner(id);
    }
}

LinkList *LinkListPanel::list(const QString &columnKey) const
{
    for (LinkList *list : m_lists) {
        if (list->column().key == columnKey) {
            return list;
        }
    }
    return nullptr;
}

int LinkListPanel::count() const
{
    int total = 0;
    for (const LinkList *list : m_lists) {
        total += list->list()->count();
    }
    return total;
}

QString LinkListPanel::title() const
{
    //: The tab beside a record's form with the lists of what it is linked to
    return m_lists.size() == 1 ? m_lists.constFirst()->column().labelText() : tr("Links");
}
