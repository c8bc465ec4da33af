// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "records/RecordPanel.h"

#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

/// Beside a management review's form: a sentence on top management's presence, the nine inputs of
/// 9.3.2 (compiled live for a planned review, as frozen for a held one) with the records each line
/// comes from, and the review's actions (9.3.3). "Hold review" marks the review held today and freezes
/// its inputs after a confirmation, since a freeze is not undone; "Make planned change" turns the
/// selected "change needed" action into a planned change; "Export minutes…" writes the minutes PDF.
class ReviewPanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPanel)

public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    ~ReviewPanel() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    QLabel *attendanceLabel() const { return m_attendance; }

    QLabel *stateLabel() const { return m_state; }

    QTreeWidget *inputTree() const { return m_inputs; }

    QTreeWidget *actionTree() const { return m_actions; }

    QPushButton *holdButton() const { return m_hold; }

    QPushButton *changeButton() const { return m_change; }

    /// Asks before a freeze; tests replace it. Default: a question box.
    void setConfirm(std::function<bool(const QString &)> confirm) { m_confirm = std::move(confirm); }

    /// Asks for the PDF path; tests replace it. Default: a save dialog.
    void setPdfChooser(std::function<QString(const QString &)> chooser) { m_choosePdf = std::move(chooser); }

    void holdReview();
    void makePlannedChange();
    void exportMinutes();

private:
    void reload();

    isms::Database *m_db = nullptr;
    QUndoStack *m_undoStack = nullptr;
    isms::RecordId m_current;
    QLabel *m_attendance = nullptr;
    QLabel *m_state = nullptr;
    QTreeWidget *m_inputs = nullptr;
    QTreeWidget *m_actions = nullptr;
    QPushButton *m_hold = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_export = nullptr;
    std::function<bool(const QString &)> m_confirm;
    std::function<QString(const QString &)> m_choosePdf;
};
