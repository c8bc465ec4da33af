// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "records/RecordPanel.h"

#include <QPointer>

class FileChooser;
class QPushButton;
class QTreeWidget;
class RegisterPage;

/// Beside the form of a document: its versions (label, status, file, approver, approval date), newest
/// last. "Add version…" stores a chosen file as a new draft version (an undo step; its label is the next
/// whole number, changed on the versions page until it is approved); "Open" opens a read-only copy of
/// the selected version's file. An approved version never changes: the versions page approves it.
class DocumentVersionPanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentVersionPanel)

public:
    explicit DocumentVersionPanel(FileChooser &chooser, QWidget *parent = nullptr);
    ~DocumentVersionPanel() override;

    /// Adds a "Versions" tab to `page` when it is the documents page; returns it, or nullptr.
    static DocumentVersionPanel *addTo(RegisterPage &page, FileChooser &chooser);

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    QTreeWidget *list() const { return m_list; }

    QPushButton *addButton() const { return m_add; }

    QPushButton *openButton() const { return m_open; }

    /// Stores the file at `path` as a new draft version of the shown document (one undo step); false
    /// when refused (the reason is reported through errorOccurred and nothing is stored).
    bool addVersion(const QString &path);
    void onAdd();
    /// Writes the selected version's file to a read-only copy in the temporary folder and opens it.
    void onOpen();

private:
    void reload();
    void updateButtons();

    FileChooser &m_chooser;
    isms::Database *m_db = nullptr;
    QPointer<QUndoStack> m_undoStack;
    isms::RecordId m_current;
    QString m_currentRef;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
    QList<QMetaObject::Connection> m_connections;
};
