// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "records/RecordPanel.h"

class QLabel;
class QListWidget;
class QPushButton;

/// Beside a nonconformity's form: its corrective actions with owner, due date and status (a double
/// click opens one), where its effectiveness review stands, and the five-whys helper that records the
/// root cause (one undo step).
class NonconformityPanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NonconformityPanel)

public:
    explicit NonconformityPanel(QWidget *parent = nullptr);
    ~NonconformityPanel() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    QListWidget *actionList() const { return m_actions; }

    QPushButton *fiveWhysButton() const { return m_fiveWhys; }

    /// Opens the five-whys helper for the current nonconformity and records what it gives.
    void runFiveWhys();

private:
    void reload();

    isms::Database *m_db = nullptr;
    QUndoStack *m_undoStack = nullptr;
    isms::RecordId m_current;
    QListWidget *m_actions = nullptr;
    QLabel *m_review = nullptr;
    QPushButton *m_fiveWhys = nullptr;
};

/// Beside a corrective action's form: the nonconformity it belongs to, with a button that opens it.
class CorrectiveActionPanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrectiveActionPanel)

public:
    explicit CorrectiveActionPanel(QWidget *parent = nullptr);
    ~CorrectiveActionPanel() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    QLabel *nonconformityLabel() const { return m_label; }

    QPushButton *openButton() const { return m_open; }

private:
    void reload();

    isms::Database *m_db = nullptr;
    isms::RecordId m_current;
    qint64 m_nonconformity = 0;
    QLabel *m_label = nullptr;
    QPushButton *m_open = nullptr;
};

/// Beside a record that can raise a nonconformity (an incident, an audit finding): the nonconformity it
/// raised, or a button that raises one in one undoable step, linked both ways.
class RaisedNonconformityPanel : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RaisedNonconformityPanel)

public:
    /// `source` is the register of the records beside which the panel stands: incidents or findings.
    RaisedNonconformityPanel(const isms::EntitySpec &source, QWidget *parent);
    ~RaisedNonconformityPanel() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    QLabel *nonconformityLabel() const { return m_label; }

    QPushButton *raiseButton() const { return m_raise; }

    QPushButton *openButton() const { return m_open; }

private:
    void reload();
    void raise();

    const isms::EntitySpec &m_source; ///< incidents or findings
    isms::Database *m_db = nullptr;
    QUndoStack *m_undoStack = nullptr;
    isms::RecordId m_current;
    qint64 m_nonconformity = 0;
    QLabel *m_label = nullptr;
    QPushButton *m_raise = nullptr;
    QPushButton *m_open = nullptr;
};

/// Beside an incident's form: the nonconformity it raised, or a button that raises one in one step.
class IncidentPanel final : public RaisedNonconformityPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentPanel)

public:
    explicit IncidentPanel(QWidget *parent = nullptr);
    ~IncidentPanel() override;
};

/// Beside an audit finding: the nonconformity it raised, or a button that raises one (10.2) in one
/// step, linked both ways.
class FindingPanel final : public RaisedNonconformityPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingPanel)

public:
    explicit FindingPanel(QWidget *parent = nullptr);
    ~FindingPanel() override;
};
