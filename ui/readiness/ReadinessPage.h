// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "mainwindow/WorkbenchPage.h"

#include <QMetaObject>

class MessageBanner;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class ReadinessModel;

/// The readiness check (issue 8 item 9): the score, and every point a certification auditor would
/// raise in a sortable table (severity, rule, record, what to settle). Double-clicking a point, or
/// Enter, opens its record. Follows the project's changes: the check runs again after each change
/// while the page is shown, and when it is shown again after changes.
class ReadinessPage final : public WorkbenchPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadinessPage)

public:
    explicit ReadinessPage(QWidget *parent = nullptr);
    ~ReadinessPage() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void focusFilter() override;
    QByteArray saveHeaderState() const override;
    void restoreHeaderState(const QByteArray &state) override;

    /// Runs the check again now.
    void refresh();

    /// Asks for the record of the point in the view's `row` (recordRequested).
    void openRecordOf(int row);

    ReadinessModel *model() const { return m_model; }

    QSortFilterProxyModel *proxyModel() const { return m_proxy; }

    QTableView *tableView() const { return m_view; }

    QLabel *scoreLabel() const { return m_scoreLabel; }

    QLabel *summaryLabel() const { return m_summaryLabel; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onProjectChanged();
    void updateSummary();

    isms::Database *m_db = nullptr;
    QMetaObject::Connection m_changes;
    bool m_isStale = false;
    ReadinessModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_scoreLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_refreshTimer = nullptr;
};
