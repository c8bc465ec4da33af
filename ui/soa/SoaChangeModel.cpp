// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "soa/SoaChangeModel.h"

#include "domain/Entities.h"
#include "domain/ImplementationStatus.h"

using namespace Qt::StringLiterals;

SoaChangeModel::SoaChangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SoaChangeModel::~SoaChangeModel() = default;

void SoaChangeModel::setChanges(const QList<isms::SoaChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int SoaChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int SoaChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SoaChangeModel::fieldLabel(const QString &key)
{
    // An additional control carries every field the SoA compares, with the labels of the forms.
    const isms::FieldSpec *field = isms::additionalControlSpec().field(key);
    return field ? field->labelText() : key;
}

QString SoaChangeModel::valueText(const QString &key, const QString &value)
{
    if (key == u"applicable") {
        return value == u"yes" ? tr("Yes") : tr("No");
    }
    if (key == u"status") {
        if (const auto status = isms::statusFromKeyword(value)) {
            return isms::statusLabel(*status);
        }
    }
    return value;
}

QVariant SoaChangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size()) {
        return {};
    }
    const isms::SoaChange &change = m_changes.at(index.row());
    if (role == IdRole) {
        return change.id;
    }
    if (role == Qt::ToolTipRole && index.column() == Control) {
        return change.title;
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Control:
        return change.id;
    case Field:
        switch (change.kind) {
        case isms::SoaChange::Kind::Added:
            //: A row of the SoA comparison: the whole entry is new on the later side.
            return tr("Added");
        case isms::SoaChange::Kind::Removed:
            //: A row of the SoA comparison: the entry is gone on the later side.
            return tr("Removed");
        case isms::SoaChange::Kind::Changed:
            return fieldLabel(change.field);
        }
        return {};
    case Before:
    case After: {
        const QString value = index.column() == Before ? change.before : change.after;
        // An empty side shows a dash, so that "nothing" reads as a value, not as a gap in the table.
        return value.isEmpty() && role == Qt::DisplayRole ? u"\u2014"_s : valueText(change.field, value);
    }
    default:
        return {};
    }
}

QVariant SoaChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Control:
        return tr("Control");
    case Field:
        return tr("Field");
    case Before:
        //: Column of the SoA comparison: the value on the earlier side.
        return tr("Before");
    case After:
        //: Column of the SoA comparison: the value on the later side.
        return tr("After");
    default:
        return {};
    }
}
