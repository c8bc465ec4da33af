// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"
#include "domain/EntitySpec.h"
#include "records/LinkPickerDialog.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace isms {
class Database;
} // namespace isms

/// The other ends one link column gives a record (an audit's auditors, a risk's planned controls): a
/// list of them as people read them ("P-003 — Ruth Calder", "A.5.18 Access rights"), Add… with a
/// searchable picker of what is not linked yet (several at once), Remove (or Delete) of the selected
/// ones, and a double-click that opens the linked record. Everything comes from the LinkColumn and the
/// link register's spec: a Reference end names records of its register, a text end whose key is the
/// change-log entity of a catalogue register ("control", "clause") names entries of that catalogue.
/// Each add and each remove is one undoable step that creates or deletes link records in one
/// transaction, and is logged; the list follows the link register when it changes elsewhere.
class LinkList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkList)

public:
    /// `owner` and `column` (one of owner.links) must outlive the list (specs are static).
    LinkList(const isms::EntitySpec &owner, const isms::LinkColumn &column, QWidget *parent = nullptr);
    ~LinkList() override;

    const isms::LinkColumn &column() const { return m_column; }

    void setContext(isms::Database *db, QUndoStack *undoStack);
    void showOwner(isms::RecordId owner);

    QLabel *heading() const { return m_heading; }

    QListWidget *list() const { return m_list; }

    QPushButton *addButton() const { return m_addButton; }

    QPushButton *removeButton() const { return m_removeButton; }

    /// The texts of the linked ends, in the list's order.
    QStringList texts() const;

    /// What the picker offers: every record or catalogue entry not linked yet, in the register's order.
    QList<LinkPickerDialog::Choice> choices();

    /// Links the ends `values` (stored values: a record's row id, or a catalogue reference such as "5.18")
    /// as one undoable step; false when refused (the reason goes to errorOccurred, nothing is saved).
    bool addEnds(const QVariantList &values);

    /// Unlinks the selected ends as one undoable step; false when nothing was removed.
    bool removeSelected();

    /// Opens the picker (window-modal); what is ticked is added when the user clicks Add.
    void onAdd();

    /// The picker while it is open, else nullptr.
    LinkPickerDialog *picker() const { return m_picker; }

    /// True when ends can be added and removed (a record, a project that can be changed, an undo stack).
    bool isEditable() const;

Q_SIGNALS:
    void errorOccurred(const isms::Error &error);
    void recordRequested(const QString &entity, const QString &entityId);
    void countChanged(int count);

private:
    /// A linked or offered end as the list shows it.
    struct End
    {
        QString text;
        QString logId; ///< the change-log id of the end's record (row id, or catalogue reference)
        qint64 order = 0;
    };

    void reload();
    void updateButtons();
    /// The stored value of a link record's other end as text (row id or catalogue reference).
    QString endKey(const isms::Record &link) const;
    /// The ends named by `keys` (or every end, with an empty list), by key. Errors: Database.
    isms::Result<QHash<QString, End>> ends(const QStringList &keys) const;
    std::function<void(const isms::Error &)> errorSink();

    const isms::EntitySpec &m_owner;
    const isms::LinkColumn &m_column;
    const isms::EntitySpec *m_linkSpec = nullptr;
    const isms::EntitySpec *m_target = nullptr; ///< the register the ends name, catalogue or not
    int m_ownIndex = -1;
    int m_otherIndex = -1;
    int m_roleIndex = -1;
    bool m_textEnd = false; ///< the link stores the end as text (a catalogue reference)

    isms::Database *m_db = nullptr;
    QPointer<QUndoStack> m_undoStack;
    isms::RecordId m_current;
    QList<QMetaObject::Connection> m_connections;
    /// A catalogue's entries by reference, read once per project (they never change).
    mutable QHash<QString, End> m_catalogue;

    QLabel *m_heading = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPointer<LinkPickerDialog> m_picker;
};
