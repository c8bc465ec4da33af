// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QComboBox>

class RecordTableModel;

/// A filter choice for a text column (an owner, a risk level): "Owner: any" and then the values the
/// register holds, in the column's sort order, each with its colour when the model gives one. Follows
/// the model, keeping the chosen value even when no record holds it any more. currentData() is the
/// chosen value, empty for "any".
class ValueFilterComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueFilterComboBox)

public:
    ValueFilterComboBox(RecordTableModel *model, int fieldIndex, QWidget *parent = nullptr);
    ~ValueFilterComboBox() override;

    /// Reads the values again (done after every change of the model).
    void refresh();

    /// Chooses `value` (adding it when no record holds it); an empty value chooses "any".
    void setCurrentValue(const QString &value);

private:
    RecordTableModel *m_model;
    int m_fieldIndex;
};
