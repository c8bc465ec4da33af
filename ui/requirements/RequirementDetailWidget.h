// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"
#include "domain/Requirement.h"

#include <QMetaObject>
#include <QWidget>

#include <array>
#include <optional>

namespace isms {
class Database;
}

class ChangeLogTableModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTimer;
class QTreeView;
class QUndoStack;

/// The detail form of one clause requirement or Annex A control: its tracked fields (status, owner,
/// target date, notes), its catalogue facts, and its own change history.
///
/// Every edit is pushed to the undo stack as a ChangeRequirementCommand. Status and the presence of a
/// target date are committed at once; typed text and dates are committed when the editor loses focus
/// or after a short pause, and the commits of one editing session merge into one undo step.
class RequirementDetailWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementDetailWidget)

public:
    explicit RequirementDetailWidget(isms::RequirementKind kind, QWidget *parent = nullptr);
    ~RequirementDetailWidget() override;

    /// The project and its undo stack (both nullptr when no project is open).
    void setContext(isms::Database *db, QUndoStack *undoStack);

    /// Shows the requirement with reference `ref`; an empty reference clears the form.
    void showRequirement(const QString &ref);

    QString currentRef() const { return m_key ? m_key->ref : QString(); }

    /// Commits typed edits that are still waiting for their pause.
    void flushPendingEdits();

    /// How long typing may pause before the text is committed.
    static constexpr int IdleCommitMs = 1200;

    QComboBox *statusComboBox() const { return m_statusCombo; }

    QLineEdit *ownerLineEdit() const { return m_ownerEdit; }

    QPlainTextEdit *notesEdit() const { return m_notesEdit; }

    QCheckBox *targetDateCheckBox() const { return m_targetDateCheck; }

    QDateEdit *targetDateEdit() const { return m_targetDateEdit; }

    ChangeLogTableModel *historyModel() const { return m_historyModel; }

Q_SIGNALS:
    /// A change could not be saved; the message is for the user.
    void errorOccurred(const isms::Error &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    void loadTracking();
    void updateEditors();
    void updateEnabledState();
    void onRequirementChanged(isms::RequirementKind kind, const QString &ref);
    void onStatusActivated(int index);
    void onTargetDateToggled(bool checked);
    void markPending(isms::TrackingField field);
    void commit(isms::TrackingField field, const QVariant &newValue, bool mergeable);
    void endSession(isms::TrackingField field);
    QVariant editorValue(isms::TrackingField field) const;
    QVariant trackedValue(isms::TrackingField field) const;
    void clearFacts();
    void showControlFacts(const isms::Control &control);
    void showClauseFacts(const isms::Clause &clause);

    isms::RequirementKind m_kind;
    isms::Database *m_db = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::optional<isms::RequirementKey> m_key;
    isms::RequirementTracking m_tracking;
    bool m_updating = false;
    std::array<bool, 4> m_pending{};
    std::array<int, 4> m_session{-1, -1, -1, -1};
    int m_nextSession = 0;
    QMetaObject::Connection m_connection;

    QLabel *m_refLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_badgeLabel = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLineEdit *m_ownerEdit = nullptr;
    QCheckBox *m_targetDateCheck = nullptr;
    QDateEdit *m_targetDateEdit = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_factsPage = nullptr;
    QFormLayout *m_factsLayout = nullptr;
    QTreeView *m_historyView = nullptr;
    ChangeLogTableModel *m_historyModel = nullptr;
    QTimer *m_idleTimer = nullptr;
};
