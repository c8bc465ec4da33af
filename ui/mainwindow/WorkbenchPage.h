// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QVariant>
#include <QWidget>

namespace isms {
class Database;
}

class QUndoStack;

/// What the main window needs from a page listed in the PageRegistry: the open project, pending
/// typing committed before anything else happens, the filter focused by Find, its table's header
/// state, and a record shown when the history or the dashboard asks for it.
class WorkbenchPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkbenchPage)

public:
    explicit WorkbenchPage(QWidget *parent = nullptr);
    ~WorkbenchPage() override;

    /// The project and its undo stack (nullptr for both when no project is open).
    virtual void setContext(isms::Database *db, QUndoStack *undoStack) = 0;

    /// Commits typed edits that are still waiting for their pause.
    virtual void flushPendingEdits() {}

    virtual void focusFilter() {}

    virtual QByteArray saveHeaderState() const { return {}; }

    virtual void restoreHeaderState(const QByteArray &state) { Q_UNUSED(state) }

    /// Selects the record with the change log's `entityId`; false when the page does not hold it.
    virtual bool showRecord(const QString &entityId)
    {
        Q_UNUSED(entityId)
        return false;
    }

    /// Clears the page's filters and shows only the records whose field `fieldKey` holds `value` (a
    /// risk level by name, "overdue" "true"); false when the page has no such filter.
    virtual bool showOnly(const QString &fieldKey, const QString &value)
    {
        Q_UNUSED(fieldKey)
        Q_UNUSED(value)
        return false;
    }

Q_SIGNALS:
    /// The user asked for another page by its key ("soa-compare").
    void pageRequested(const QString &pageKey);
    /// The user asked for a record shown on another page (a task's risk, on the Risks page): the
    /// change log's entity ("risk") and id.
    void recordRequested(const QString &entity, const QString &entityId);
    /// Asks the window to show the register page `pageKey` with only the records that hold every value
    /// of at least one of `alternatives` (RegisterPage::showOnlyAny), saying `description` above them.
    void filteredRecordsRequested(const QString &pageKey,
                                  const QList<QHash<QString, QVariant>> &alternatives,
                                  const QString &description);
};
