// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "services/RaciMatrix.h"

#include <QAbstractTableModel>

/// The RACI matrix as a table: one row per ISMS process, one column per role, a letter or nothing in
/// each cell. Editing a cell does not write: it asks, through letterRequested, for the change that
/// the page turns into an undo step. A row without exactly one Accountable role is marked in its header.
class RaciModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RaciModel)

public:
    explicit RaciModel(QObject *parent = nullptr);
    ~RaciModel() override;

    void setMatrix(isms::RaciMatrix matrix);

    const isms::RaciMatrix &matrix() const { return m_matrix; }

    void setEditable(bool editable);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// The user set the cell of `row` and `column` to `letter` ("R", "A", "C", "I"; empty clears it).
    void letterRequested(int row, int column, const QString &letter);

private:
    isms::RaciMatrix m_matrix;
    bool m_editable = false;
};
