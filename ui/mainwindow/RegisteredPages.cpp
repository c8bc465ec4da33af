// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "mainwindow/RegisteredPages.h"

#include "mainwindow/PageRegistry.h"
#include "mainwindow/WorkbenchPage.h"
#include "records/DocumentVersionPanel.h"
#include "records/EvidencePanel.h"
#include "records/LinkListPanel.h"
#include "records/RegisterPage.h"

#include <QStackedWidget>
#include <QUndoStack>

#include <utility>

RegisteredPages::RegisteredPages(QStackedWidget *stack, Prompt &prompt, FileChooser &chooser, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_prompt(prompt)
    , m_chooser(chooser)
{}

RegisteredPages::~RegisteredPages() = default;

WorkbenchPage *RegisteredPages::page(const QString &key)
{
    if (WorkbenchPage *existing = m_pages.value(key)) {
        return existing;
    }
    const PageRegistry::Entry *entry = PageRegistry::find(key);
    if (!entry) {
        return nullptr;
    }
    WorkbenchPage *created = entry->create(m_prompt, m_stack);
    if (auto *registerPage = qobject_cast<RegisterPage *>(created)) {
        LinkListPanel::addTo(*registerPage);
        DocumentVersionPanel::addTo(*registerPage, m_chooser);
        EvidencePanel::addTo(*registerPage, m_chooser);
    }
    m_stack->addWidget(created);
    m_pages.insert(key, created);
    connect(created, &WorkbenchPage::recordRequested, this, &RegisteredPages::recordRequested);
    connect(created, &WorkbenchPage::pageRequested, this, &RegisteredPages::pageRequested);
    connect(created,
            &WorkbenchPage::filteredRecordsRequested,
            this,
            &RegisteredPages::filteredRecordsRequested);
    created->restoreHeaderState(m_headerStates.value(key).toByteArray());
    created->setContext(m_db, m_undoStack);
    return created;
}

QString RegisteredPages::keyOf(const QWidget *widget) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        if (it.value() == widget) {
            return it.key();
        }
    }
    return {};
}

void RegisteredPages::setContext(isms::Database *db, QUndoStack *undoStack)
{
    m_db = db;
    m_undoStack = undoStack;
    for (WorkbenchPage *page : std::as_const(m_pages)) {
        page->setContext(db, undoStack);
    }
}

void RegisteredPages::deletePages()
{
    const QHash<QString, WorkbenchPage *> pages = std::exchange(m_pages, {});
    qDeleteAll(pages);
}

void RegisteredPages::flushPendingEdits()
{
    for (WorkbenchPage *page : std::as_const(m_pages)) {
        page->flushPendingEdits();
    }
}

QVariantMap RegisteredPages::headerStates() const
{
    QVariantMap states = m_headerStates;
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        states.insert(it.key(), it.value()->saveHeaderState());
    }
    return states;
}

void RegisteredPages::setHeaderStates(const QVariantMap &states)
{
    m_headerStates = states;
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        it.value()->restoreHeaderState(states.value(it.key()).toByteArray());
    }
}
