// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "mainwindow/WorkbenchPage.h"
#include "services/IsmsCalendar.h"

#include <QMetaObject>

class MessageBanner;
class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

/// The ISMS calendar (issue 8 item 10): every dated duty taken from the records, the overdue ones first
/// and then month by month. Double-clicking a duty, or Enter, opens the record it comes from. Follows the
/// project's changes like the readiness page.
class CalendarPage final : public WorkbenchPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPage)

public:
    explicit CalendarPage(QWidget *parent = nullptr);
    ~CalendarPage() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    QByteArray saveHeaderState() const override;
    void restoreHeaderState(const QByteArray &state) override;

    /// Reads the duties again now, as of `today` (tests pass a fixed day).
    void refresh(const QDate &today = QDate::currentDate());

    /// Asks for the record of the duty shown by `item` (recordRequested); false for a group row.
    bool openRecordOf(const QTreeWidgetItem *item);

    QTreeWidget *treeWidget() const { return m_tree; }

    QLabel *summaryLabel() const { return m_summaryLabel; }

    const QList<isms::CalendarDuty> &duties() const { return m_duties; }

    /// Data roles of a duty's row.
    enum Role
    {
        DutyIdRole = Qt::UserRole + 1,
        EntityRole,
        EntityIdRole,
    };

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onProjectChanged();

    isms::Database *m_db = nullptr;
    QMetaObject::Connection m_changes;
    bool m_isStale = false;
    MessageBanner *m_banner = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QList<isms::CalendarDuty> m_duties;
};
