// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "services/SoaVersionService.h"

#include <QAbstractTableModel>

/// The differences between two sides of the Statement of Applicability, one row per changed field (or
/// per entry added or removed): control, field, before, after. Read-only.
class SoaChangeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoaChangeModel)

public:
    enum Column
    {
        Control,
        Field,
        Before,
        After,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole, ///< the entry's id ("A.5.7")
        SortRole,              ///< the raw value
    };

    explicit SoaChangeModel(QObject *parent = nullptr);
    ~SoaChangeModel() override;

    void setChanges(const QList<isms::SoaChange> &changes);

    const QList<isms::SoaChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The translated label of a compared field key ("last_reviewed" is "Last reviewed").
    static QString fieldLabel(const QString &key);

    /// A compared value as shown: applicable and statuses by their labels, anything else as stored.
    static QString valueText(const QString &key, const QString &value);

private:
    QList<isms::SoaChange> m_changes;
};
