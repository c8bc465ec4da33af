// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QWidget>

namespace isms {
class Database;
}

class ChangeLogFilterProxyModel;
class ChangeLogTableModel;
class MessageBanner;
class QLabel;
class QLineEdit;
class QTableView;

/// The project's change log, newest first, filterable by text. New rows appear as they are logged.
class HistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    explicit HistoryPage(QWidget *parent = nullptr);
    ~HistoryPage() override;

    void setDatabase(isms::Database *db);

    void focusFilter();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

    QLineEdit *filterEdit() const { return m_filterEdit; }

    QTableView *tableView() const { return m_tableView; }

    ChangeLogTableModel *model() const { return m_model; }

    ChangeLogFilterProxyModel *proxyModel() const { return m_proxy; }

    QLabel *countLabel() const { return m_countLabel; }

Q_SIGNALS:
    /// The user asked to see the record a log row is about ("control", "5.1").
    void recordActivated(const QString &entity, const QString &entityId);

private:
    void updateCountLabel();

    ChangeLogTableModel *m_model = nullptr;
    ChangeLogFilterProxyModel *m_proxy = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_tableView = nullptr;
};
