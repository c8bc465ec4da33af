// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/ChangeLogEntry.h"
#include "models/ChangeLogLabels.h"
#include "storage/ChangeLog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMetaObject>

namespace isms {
class Database;
}

/// The project's change log, newest first: all of it, or the rows of one record. New rows are
/// inserted at the top when the ChangeNotifier reports them.
class ChangeLogTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeLogTableModel)

public:
    enum Column
    {
        Time,
        Actor,
        Entity,
        EntityId,
        Field,
        OldValue,
        NewValue,
        ColumnCount,
    };

    enum Role
    {
        IdRole = Qt::UserRole, ///< qint64: the row's sequence number
        SortRole,              ///< the raw value (sequence for Time)
    };

    explicit ChangeLogTableModel(QObject *parent = nullptr);
    ~ChangeLogTableModel() override;

    /// Loads the rows of `db` that match `query` (nullptr empties the model) and follows new rows.
    [[nodiscard]] isms::Result<void> setDatabase(isms::Database *db, const isms::ChangeLogQuery &query = {});

    const isms::ChangeLogEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Readable forms of the stored words, shared with the dashboard's recent changes.
    static QString entityLabel(const QString &entity);
    static QString entityIdLabel(const QString &entity, const QString &entityId);
    static QString fieldLabel(const QString &field);
    static QString valueLabel(const QString &field, const std::optional<QString> &value);

private:
    void onChangeLogAppended();

    isms::Database *m_db = nullptr;
    ChangeLogLabels m_labels;
    isms::ChangeLogQuery m_query;
    QList<isms::ChangeLogEntry> m_entries; ///< newest first
    QMetaObject::Connection m_connection;
};
