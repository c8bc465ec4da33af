// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "services/ReadinessCheck.h"

#include <QAbstractTableModel>

/// The findings of the readiness check as a table: severity, rule, record and message. Read-only;
/// the page replaces the whole report when the project changes (the check walks every register, so
/// there is no row-exact update to make).
class ReadinessModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadinessModel)

public:
    enum Column
    {
        Severity,
        Rule,
        Record,
        Message,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< the raw value: severity rank, rule order, reference, message
        EntityRole,                  ///< the change-log entity of the record to open
        EntityIdRole,                ///< its change-log id (empty: the register)
    };

    explicit ReadinessModel(QObject *parent = nullptr);
    ~ReadinessModel() override;

    void setReport(const isms::ReadinessReport &report);

    const isms::ReadinessReport &report() const { return m_report; }

    const isms::ReadinessFinding &findingAt(int row) const { return m_report.findings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    isms::ReadinessReport m_report;
    QHash<QString, int> m_ruleOrder; ///< rule id → position in the registry, for sorting
};
