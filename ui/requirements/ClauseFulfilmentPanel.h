// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "records/RecordPanel.h"

#include <QList>

class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

/// Beside the form of a clause of 4 to 10: what fulfils it. The documented information the clause
/// requires, item by item with its state (present, incomplete, missing) and what was found; and the
/// records of the registers that serve the clause (the context issues for 4.1, the risks and their
/// tasks for 6.1.3...), with the documents that name it. Double-clicking an entry opens its record.
class ClauseFulfilmentPanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClauseFulfilmentPanel)

public:
    explicit ClauseFulfilmentPanel(QWidget *parent = nullptr);
    ~ClauseFulfilmentPanel() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    QTreeWidget *tree() const { return m_tree; }

    /// The top-level entries: the required information, then the records.
    QTreeWidgetItem *informationItem() const;
    QTreeWidgetItem *recordsItem() const;

    /// Reads the project again now (it does so by itself a moment after a change while shown).
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleReload();
    void fillInformation(const QString &clause);
    void fillRecords(const QString &clause);
    void onActivated(QTreeWidgetItem *item);

    isms::Database *m_db = nullptr;
    isms::RecordId m_current;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_reload = nullptr;
    bool m_stale = false;
    QList<QMetaObject::Connection> m_connections;
};
