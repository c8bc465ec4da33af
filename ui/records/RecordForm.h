// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"
#include "domain/EntitySpec.h"

#include <QList>
#include <QMetaObject>
#include <QWidget>

namespace isms {
class Database;
}

class ChangeLogTableModel;
class FieldEditor;
class MessageBanner;
class QLabel;
class QTabWidget;
class QTimer;
class QTreeView;
class QUndoStack;

/// The form of one record of any register, built from its EntitySpec: one editor per field (made by
/// FieldEditorFactory, labelled with the field's label, its description as tooltip), read-only for
/// derived and fixed fields, and the record's own history. Internal fields (neither in the table nor
/// exported: a level's rank) have no row.
///
/// Every edit is pushed to the undo stack as a SetFieldCommand. Choices (enums, check boxes,
/// references) are committed at once; typed text is committed after a short pause, when the editor
/// loses focus, or before another record is shown, and the commits of one editing session merge into
/// one undo step. A value the service refuses stays in its editor, marked, with the reason in the
/// form's banner; the stored value is unchanged and no undo step is left.
class RecordForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordForm)

public:
    /// `spec` must outlive the form (specs are static).
    explicit RecordForm(const isms::EntitySpec &spec, QWidget *parent = nullptr);
    ~RecordForm() override;

    const isms::EntitySpec &spec() const { return m_spec; }

    /// The project and its undo stack (both nullptr when no project is open).
    void setContext(isms::Database *db, QUndoStack *undoStack);

    /// Shows the record `id`; an invalid id clears the form. Commits pending typing first.
    void showRecord(isms::RecordId id);

    isms::RecordId currentId() const { return m_record.id; }

    /// Commits typed edits that are still waiting for their pause.
    void flushPendingEdits();

    /// Puts the keyboard focus in the first editable text field and selects its text (after New).
    void focusFirstEditor();

    /// How long typing may pause before the text is committed.
    static constexpr int IdleCommitMs = 1200;

    /// The editor of the field `key`, or nullptr.
    FieldEditor *editor(QStringView fieldKey) const;

    MessageBanner *banner() const { return m_banner; }

    ChangeLogTableModel *historyModel() const { return m_historyModel; }

Q_SIGNALS:
    /// A change could not be saved; the message is for the user (also shown in the form's banner).
    void errorOccurred(const isms::Error &error);

private:
    void buildForm();
    void rebuildReferenceEditors();
    void loadRecord();
    void updateEditors(bool force);
    void updateEnabledState();
    void updateHeading();
    void onRecordsChanged(const QString &kind, const QList<isms::RecordId> &ids);
    void onRecordsRemoved(const QString &kind, const QList<isms::RecordId> &ids);
    void onEdited(int fieldIndex);
    void onEditingFinished(int fieldIndex);
    void commit(int fieldIndex, bool mergeable);
    void reportProblem(int fieldIndex, const isms::Error &error);
    void clearProblem(int fieldIndex);

    const isms::EntitySpec &m_spec;
    int m_titleField = -1; ///< the field shown beside the reference in the heading
    isms::Database *m_db = nullptr;
    QUndoStack *m_undoStack = nullptr;
    isms::Record m_record;
    QList<FieldEditor *> m_editors; ///< one per field of the spec
    QList<bool> m_pending;
    QList<bool> m_problem;
    QList<int> m_session;
    int m_nextSession = 0;
    QList<QMetaObject::Connection> m_connections;

    QLabel *m_refLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    MessageBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_historyView = nullptr;
    ChangeLogTableModel *m_historyModel = nullptr;
    QTimer *m_idleTimer = nullptr;
};
