// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "records/RecordPanel.h"

#include <QPointer>

class FileChooser;
class QPushButton;
class RegisterPage;
class QTreeWidget;

/// Beside the form of any record: the evidence files stored for it in the project file (name, evidence
/// date, expiry, size; an expired file's row says "expired" and is drawn in red). Attach… (or files dropped
/// on the panel) stores files, Save as… writes one out byte for byte, Remove takes them away; attaching and
/// removing are undo steps.
class EvidencePanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidencePanel)

public:
    EvidencePanel(const isms::EntitySpec &spec, FileChooser &chooser, QWidget *parent = nullptr);
    ~EvidencePanel() override;

    /// Adds an "Evidence" tab to `page` when evidence can be attached to its register's records
    /// (EvidenceService::canAttachTo); returns it, or nullptr. The one place that decides which
    /// register pages show evidence: the window calls it for every register page it creates.
    static EvidencePanel *addTo(RegisterPage &page, FileChooser &chooser);

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    QTreeWidget *list() const { return m_list; }

    QPushButton *attachButton() const { return m_attach; }

    QPushButton *saveButton() const { return m_save; }

    QPushButton *openButton() const { return m_open; }

    QPushButton *removeButton() const { return m_remove; }

    /// Stores `paths` as evidence of the shown record (one undo step); false when refused (the reason
    /// is reported through errorOccurred and nothing is stored).
    bool attachFiles(const QStringList &paths);
    void onAttach();
    void onSave();
    /// Writes the selected file to a read-only copy in the temporary folder and opens it with the
    /// desktop's program for its type (double-click does the same).
    void onOpen();
    void onRemove();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reload();
    void updateButtons();
    bool isEditable() const;

    const isms::EntitySpec &m_spec;
    FileChooser &m_chooser;
    isms::Database *m_db = nullptr;
    QPointer<QUndoStack> m_undoStack;
    isms::RecordId m_current;
    QString m_currentRef;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_remove = nullptr;
    QList<QMetaObject::Connection> m_connections;
};
