// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "mainwindow/WorkbenchPage.h"

#include <QList>

class MessageBanner;
class QLabel;
class QTableView;
class QTimer;
class RaciModel;

/// The RACI matrix of roles over the ISMS processes (5.3) on a page of its own: a grid with the
/// processes as rows and the roles as columns. A cell is set with its combo box or by typing R, A, C or
/// I, and cleared with Delete; each change is one undo step (adding, changing or removing a record of
/// the `raci` register). Processes without exactly one Accountable role are marked in red.
class RaciPage final : public WorkbenchPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RaciPage)

public:
    explicit RaciPage(QWidget *parent = nullptr);
    ~RaciPage() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;

    /// Selects the cell of the RACI assignment with this row id.
    bool showRecord(const QString &entityId) override;

    /// Reads the matrix again.
    void refresh();

    /// Sets the cell of `row` and `column` to `letter` (empty clears it) as one undo step, and reads the
    /// matrix again when control returns to the event loop; false when nothing was pushed (no project,
    /// read-only, or no change).
    bool setLetter(int row, int column, const QString &letter);

    QTableView *view() const { return m_view; }

    RaciModel *model() const { return m_model; }

    MessageBanner *banner() const { return m_banner; }

    QLabel *summaryLabel() const { return m_summary; }

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();
    void showError(const QString &message);

    isms::Database *m_db = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QList<QMetaObject::Connection> m_connections;
    bool m_stale = true;
    QTimer *m_refreshTimer = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    RaciModel *m_model = nullptr;
};
