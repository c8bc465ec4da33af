// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "records/ValueFilterComboBox.h"

#include "common/EnumStyle.h"
#include "models/RecordTableModel.h"

#include <QAbstractItemView>
#include <QTimer>

ValueFilterComboBox::ValueFilterComboBox(RecordTableModel *model, int fieldIndex, QWidget *parent)
    : QComboBox(parent)
    , m_model(model)
    , m_fieldIndex(fieldIndex)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Long values (an owner's job title) widen the list that opens, not the filter bar.
    setMaximumWidth(fontMetrics().averageCharWidth() * 26);
    // Changes arrive in bursts (an import, an undo of a bulk edit): read the values once after them.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, &ValueFilterComboBox::refresh);
    auto later = [timer] { timer->start(); };
    connect(model, &QAbstractItemModel::modelReset, this, &ValueFilterComboBox::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, timer, later);
    connect(model, &QAbstractItemModel::rowsRemoved, timer, later);
    connect(model, &QAbstractItemModel::dataChanged, timer, later);
    refresh();
}

ValueFilterComboBox::~ValueFilterComboBox() = default;

void ValueFilterComboBox::refresh()
{
    const QString chosen = currentData().toString();
    const QSignalBlocker blocker(this);
    clear();
    //: The first choice of a filter: "Owner: any"
    addItem(tr("%1: any").arg(m_model->spec().fields.at(m_fieldIndex).labelText()), QString());
    QStringList values = m_model->distinctValues(m_fieldIndex);
    if (!chosen.isEmpty() && !values.contains(chosen)) {
        values.append(chosen);
    }
    for (const QString &value : std::as_const(values)) {
        addItem(EnumStyle::icon(m_model->valueColour(m_fieldIndex, value)), value, value);
    }
    setCurrentIndex(std::max(0, findData(chosen)));
    view()->setMinimumWidth(view()->sizeHintForColumn(0) + 24);
}

void ValueFilterComboBox::setCurrentValue(const QString &value)
{
    if (!value.isEmpty() && findData(value) < 0) {
        const QSignalBlocker blocker(this);
        addItem(value, value);
    }
    setCurrentIndex(std::max(0, findData(value)));
}
