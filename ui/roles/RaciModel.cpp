// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "roles/RaciModel.h"

#include "domain/Entities.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>

namespace {

/// The letter's colour, mostly white, so that the letters stay easy to read.
QColor paleTint(quint32 rgb)
{
    const QColor colour{QRgb(rgb)};
    return QColor((colour.red() + 3 * 255) / 4,
                  (colour.green() + 3 * 255) / 4,
                  (colour.blue() + 3 * 255) / 4);
}

/// The role's name broken into lines of about 16 characters, so that columns stay narrow.
QString wrapped(const QString &name)
{
    QStringList lines;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.constLast().size() + 1 + word.size() <= 16) {
            lines.last() += u' ' + word;
        } else {
            lines.append(word);
        }
    }
    return lines.join(u'\n');
}

} // namespace

RaciModel::RaciModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

RaciModel::~RaciModel() = default;

void RaciModel::setMatrix(isms::RaciMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    endResetModel();
}

void RaciModel::setEditable(bool editable)
{
    if (m_editable != editable) {
        beginResetModel();
        m_editable = editable;
        endResetModel();
    }
}

int RaciModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matrix.activities().size());
}

int RaciModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matrix.roles().size());
}

QVariant RaciModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const isms::RaciCell cell = m_matrix.cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cell.letter;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (const isms::EnumValue *value = isms::raciLetterValues().find(cell.letter)) {
            return QBrush(paleTint(value->colour));
        }
        return {};
    case Qt::FontRole:
        if (cell.letter == u"A") {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        const isms::RaciActivity &activity = m_matrix.activities().at(index.row());
        const isms::RaciRole &column = m_matrix.roles().at(index.column());
        const isms::EnumValue *value = isms::raciLetterValues().find(cell.letter);
        //: Tooltip of a RACI cell: "ISMS Manager in Incident management: A: Accountable".
        return tr("%1 in %2: %3")
            .arg(column.name,
                 activity.name,
                 value ? QCoreApplication::translate("isms::EnumSpec", value->label) : tr("not involved"));
    }
    default:
        return {};
    }
}

QVariant RaciModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_matrix.roles().size()) {
            return {};
        }
        const isms::RaciRole &column = m_matrix.roles().at(section);
        if (role == Qt::DisplayRole) {
            return QString(wrapped(column.name) + u'\n'
                           + (column.holder.isEmpty() ? tr("(no holder)") : column.holder));
        }
        if (role == Qt::ToolTipRole) {
            return tr("%1 %2").arg(column.ref, column.name);
        }
        return {};
    }
    if (section < 0 || section >= m_matrix.activities().size()) {
        return {};
    }
    const isms::RaciActivity &activity = m_matrix.activities().at(section);
    const int accountable = m_matrix.accountableCount(section);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 %2").arg(activity.ref, activity.name);
    case Qt::ForegroundRole:
        return accountable == 1 ? QVariant() : QVariant(QBrush(QColor(0xC62828)));
    case Qt::ToolTipRole:
        if (accountable == 0) {
            return tr("No role is Accountable for this process; mark exactly one with A.");
        }
        if (accountable > 1) {
            return tr("%1 roles are Accountable for this process; keep exactly one A.").arg(accountable);
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags RaciModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool RaciModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editable) {
        return false;
    }
    const QString letter = value.toString().trimmed().toUpper();
    if (!letter.isEmpty() && !isms::raciLetterValues().find(letter)) {
        return false;
    }
    if (letter == m_matrix.cell(index.row(), index.column()).letter) {
        return false;
    }
    Q_EMIT letterRequested(index.row(), index.column(), letter);
    return true;
}
