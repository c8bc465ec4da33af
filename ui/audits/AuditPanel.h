// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "records/RecordPanel.h"

class QLabel;
class QPushButton;

/// Beside an audit's form: whether its team is independent of what it audits (each conflict named), what
/// the competences register records about each auditor's competence in auditing, and
/// the button that generates its checklist from the clauses, controls and documents it covers.
class AuditPanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPanel)

public:
    explicit AuditPanel(QWidget *parent = nullptr);
    ~AuditPanel() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    QLabel *independenceLabel() const { return m_independence; }

    QLabel *competenceLabel() const { return m_competence; }

    QPushButton *generateButton() const { return m_generate; }

    QLabel *outcomeLabel() const { return m_outcome; }

    /// Generates the checklist of the shown audit.
    void generate();

private:
    void reload();
    void showCompetence();

    isms::Database *m_db = nullptr;
    QUndoStack *m_undoStack = nullptr;
    isms::RecordId m_current;
    QLabel *m_independence = nullptr;
    QLabel *m_competence = nullptr;
    QPushButton *m_generate = nullptr;
    QLabel *m_outcome = nullptr;
};

/// Beside a checklist item's form: the finding raised from it, or the button that raises it from a
/// nonconformity, an observation or an opportunity for improvement.
class ChecklistItemPanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistItemPanel)

public:
    explicit ChecklistItemPanel(QWidget *parent = nullptr);
    ~ChecklistItemPanel() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    QLabel *findingLabel() const { return m_finding; }

    QPushButton *raiseButton() const { return m_raise; }

    /// Raises the finding of the shown item.
    void raise();

private:
    void reload();

    isms::Database *m_db = nullptr;
    QUndoStack *m_undoStack = nullptr;
    isms::RecordId m_current;
    QLabel *m_finding = nullptr;
    QPushButton *m_raise = nullptr;
};
