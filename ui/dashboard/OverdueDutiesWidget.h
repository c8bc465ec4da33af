// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QDate>
#include <QFrame>

namespace isms {
class Database;
}
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

/// The dashboard's list of overdue duties from the ISMS calendar: each with its due date and what to
/// do; double-clicking one opens its record, the link opens the calendar.
class OverdueDutiesWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverdueDutiesWidget)

public:
    explicit OverdueDutiesWidget(QWidget *parent = nullptr);
    ~OverdueDutiesWidget() override;

    /// Reads the overdue duties of `db` on `today` again; no project shows none. Returns the error
    /// message, empty on success.
    QString refresh(isms::Database *db, const QDate &today = QDate::currentDate());

    QTreeWidget *treeWidget() const { return m_tree; }

    QLabel *countLabel() const { return m_count; }

Q_SIGNALS:
    /// A duty was double-clicked: its record's change-log entity and id.
    void recordRequested(const QString &entity, const QString &entityId);
    /// The link to the calendar page was clicked.
    void calendarRequested();

private:
    void onActivated(QTreeWidgetItem *item);

    QLabel *m_count = nullptr;
    QTreeWidget *m_tree = nullptr;
};
