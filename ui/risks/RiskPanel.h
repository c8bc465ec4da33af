// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/RiskMethod.h"
#include "records/RecordPanel.h"

#include <QHash>
#include <QPointer>
#include <QVariant>

#include <array>

class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;
class LinkListPanel;
class RiskTaskTable;
class SignOffDialog;

/// Beside a risk's form: whether the risk owner has signed it off (and, when not, whether the sign-off
/// needs an acceptance rationale), with Sign off… and Withdraw sign-off; then the risk's assets, its
/// existing and planned Annex A controls and its treatment tasks. Every change is an undoable step on
/// the window's undo stack and is logged.
class RiskPanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskPanel)

public:
    explicit RiskPanel(QWidget *parent = nullptr);
    ~RiskPanel() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    /// True while the risk shown has no sign-off and is not closed.
    bool isAwaitingSignOff() const { return m_awaiting; }

    /// The sentence saying where the sign-off stands.
    QString signOffText() const;

    QPushButton *signOffButton() const { return m_signOffButton; }

    QPushButton *withdrawButton() const { return m_withdrawButton; }

    QTabWidget *tabs() const { return m_tabs; }

    /// The risk's assets (the link column "assets").
    LinkListPanel *assetLinks() const { return m_assets; }

    /// The risk's existing and planned Annex A controls (the link columns "existing_controls" and
    /// "planned_controls").
    LinkListPanel *controlLinks() const { return m_controls; }

    RiskTaskTable *taskTable() const { return m_tasks; }

    /// The sign-off dialog opened by Sign off… while it is open, else nullptr.
    SignOffDialog *signOffDialog() const;

    /// Opens the sign-off dialog for the risk shown (window-modal; applied when accepted).
    void onSignOff();

    /// Records a sign-off (signoff_by, signoff_date, signoff_comment, acceptance_rationale) as one
    /// undoable step; false when the register's rules refuse it (the reason goes to errorOccurred).
    bool signOff(const QHash<QString, QVariant> &values);

    /// Clears the name, date and comment of the sign-off as one undoable step (the rationale stays).
    bool withdrawSignOff();

private:
    void reload();
    void updateTabTitles();
    bool update(const QHash<QString, QVariant> &values, const QString &text);

    isms::Database *m_db = nullptr;
    QPointer<QUndoStack> m_undoStack;
    isms::RecordId m_current;
    isms::Record m_risk;
    isms::RiskMethod m_method;
    bool m_awaiting = false;
    std::array<int, 3> m_counts{};

    QFrame *m_status = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_signOffButton = nullptr;
    QPushButton *m_withdrawButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    LinkListPanel *m_assets = nullptr;
    LinkListPanel *m_controls = nullptr;
    RiskTaskTable *m_tasks = nullptr;
    QPointer<SignOffDialog> m_dialog;
};
