// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>

namespace isms {
class Database;
}

class FileChooser;
class Prompt;
class QStackedWidget;
class QUndoStack;
class QWidget;
class WorkbenchPage;

/// The main window's pages from the PageRegistry: created in its page stack when first asked for,
/// given the open project at creation and whenever it changes. A register page gets its links and
/// evidence tabs here (LinkListPanel::addTo, EvidencePanel::addTo), so no page's factory has to remember
/// them.
class RegisteredPages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisteredPages)

public:
    RegisteredPages(QStackedWidget *stack, Prompt &prompt, FileChooser &chooser, QObject *parent = nullptr);
    ~RegisteredPages() override;

    /// The page `key`, created now if it does not exist yet; nullptr for a key that is not registered.
    WorkbenchPage *page(const QString &key);

    /// The page `key` if it was created, else nullptr.
    WorkbenchPage *created(const QString &key) const { return m_pages.value(key); }

    /// The key of `widget` when it is one of these pages, else an empty string.
    QString keyOf(const QWidget *widget) const;

    /// Gives every created page the project (nullptr for both when none is open).
    void setContext(isms::Database *db, QUndoStack *undoStack);

    void flushPendingEdits();
    /// Deletes every created page as it is, with its project (for a window that is going away).
    void deletePages();

    /// The header states of the pages, by key: those of created pages as they are now, the others as
    /// they were given to setHeaderStates().
    QVariantMap headerStates() const;

    /// Header states to restore, by key; a page not created yet gets its state when it is.
    void setHeaderStates(const QVariantMap &states);

Q_SIGNALS:
    /// A page asked for another page (WorkbenchPage::pageRequested).
    void pageRequested(const QString &pageKey);
    /// A page asked for a record shown on another page (WorkbenchPage::recordRequested).
    void recordRequested(const QString &entity, const QString &entityId);
    /// A page asked for a register page filtered to some records (WorkbenchPage::filteredRecordsRequested).
    void filteredRecordsRequested(const QString &pageKey,
                                  const QList<QHash<QString, QVariant>> &alternatives,
                                  const QString &description);

private:
    QStackedWidget *m_stack;
    Prompt &m_prompt;
    FileChooser &m_chooser;
    isms::Database *m_db = nullptr;
    QPointer<QUndoStack> m_undoStack;
    QHash<QString, WorkbenchPage *> m_pages;
    QVariantMap m_headerStates;
};
