// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "models/RequirementTableModel.h"

#include "commands/ChangeRequirementCommand.h"
#include "common/StatusStyle.h"
#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "services/RequirementService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QFont>
#include <QLocale>
#include <QPointer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

RequirementTableModel::RequirementTableModel(isms::RequirementKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

RequirementTableModel::~RequirementTableModel() = default;

isms::Result<void> RequirementTableModel::setDatabase(isms::Database *db)
{
    beginResetModel();
    disconnect(m_connection);
    m_db = db;
    m_rows.clear();
    isms::Result<void> result;
    if (db) {
        isms::RequirementService service(*db);
        if (m_kind == isms::RequirementKind::Control) {
            const auto controls = service.controls();
            if (controls) {
                m_rows.reserve(controls->size());
                for (const isms::Control &control : *controls) {
                    m_rows.append(Row{.key = {isms::RequirementKind::Control, control.ref},
                                      .title = control.title,
                                      .theme = control.theme,
                                      .documentedInformation = {},
                                      .isTopLevel = false,
                                      .tracking = control.tracking});
                }
            } else {
                result = controls.error();
            }
        } else {
            const auto clauses = service.clauses();
            if (clauses) {
                m_rows.reserve(clauses->size());
                for (const isms::Clause &clause : *clauses) {
                    m_rows.append(Row{.key = {isms::RequirementKind::Clause, clause.ref},
                                      .title = clause.title,
                                      .theme = isms::Theme::Organizational,
                                      .documentedInformation = clause.documentedInformation,
                                      .isTopLevel = clause.parentRef.isEmpty(),
                                      .tracking = clause.tracking});
                }
            } else {
                result = clauses.error();
            }
        }
        m_connection =
            connect(db->notifier(),
                    &isms::ChangeNotifier::recordsChanged,
                    this,
                    [this](const QString &kind, const QList<isms::RecordId> &ids) {
                        const isms::EntitySpec &spec = m_kind == isms::RequirementKind::Control
                                                           ? isms::controlSpec()
                                                           : isms::clauseSpec();
                        if (kind != spec.key || !m_db) {
                            return;
                        }
                        const auto records = isms::RecordRepository(*m_db, spec).byIds(ids);
                        for (const isms::Record &record : records ? *records : QList<isms::Record>()) {
                            onRequirementChanged(m_kind, isms::EntitySpec::refOf(record));
                        }
                    });
    }
    endResetModel();
    return result;
}

int RequirementTableModel::rowOf(const QString &ref) const
{
    const QString wanted =
        m_kind == isms::RequirementKind::Control ? isms::normaliseControlRef(ref) : ref.trimmed();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key.ref == wanted) {
            return row;
        }
    }
    return -1;
}

QString RequirementTableModel::displayRef(int row) const
{
    const QString &ref = m_rows.at(row).key.ref;
    return m_kind == isms::RequirementKind::Control ? u"A."_s + ref : ref;
}

int RequirementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RequirementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequirementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const isms::RequirementTracking &tracking = row.tracking;
    switch (role) {
    case Qt::EditRole:
        if (index.column() == Status) {
            return static_cast<int>(tracking.status);
        }
        if (index.column() == Owner) {
            return tracking.owner;
        }
        return data(index, Qt::DisplayRole);
    case IdRole:
        return row.key.ref;
    case StatusRole:
        return static_cast<int>(tracking.status);
    case SortRole:
        switch (index.column()) {
        case Ref:
            return index.row();
        case Title:
            return row.title;
        case Theme:
            return static_cast<int>(row.theme);
        case DocumentedInformation:
            return row.documentedInformation;
        case Status:
            return static_cast<int>(tracking.status);
        case Owner:
            return tracking.owner;
        case TargetDate:
            return tracking.targetDate;
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Ref:
            return displayRef(index.row());
        case Title:
            if (m_kind == isms::RequirementKind::Clause) {
                // Subclauses are indented under their clause, as in the standard's outline.
                const auto depth = row.key.ref.count(u'.');
                return QString(QString(depth * 4, u' ') + row.title);
            }
            return row.title;
        case Theme:
            return m_kind == isms::RequirementKind::Control ? isms::themeLabel(row.theme) : QString();
        case DocumentedInformation:
            return row.documentedInformation;
        case Status:
            return isms::statusLabel(tracking.status);
        case Owner:
            return tracking.owner;
        case TargetDate:
            return tracking.targetDate.isValid()
                       ? QLocale().toString(tracking.targetDate, QLocale::ShortFormat)
                       : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Title) {
            return row.title;
        }
        if (index.column() == DocumentedInformation) {
            return row.documentedInformation;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Status) {
            return StatusStyle::icon(tracking.status);
        }
        return {};
    case Qt::FontRole:
        if (row.isTopLevel) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant RequirementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Ref:
        return m_kind == isms::RequirementKind::Control ? tr("Control") : tr("Clause");
    case Title:
        return tr("Title");
    case Theme:
        return tr("Theme");
    case DocumentedInformation:
        return tr("Documented information");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case TargetDate:
        return tr("Target date");
    default:
        return {};
    }
}

void RequirementTableModel::onRequirementChanged(isms::RequirementKind kind, const QString &ref)
{
    if (kind != m_kind || !m_db) {
        return;
    }
    const int row = rowOf(ref);
    if (row < 0) {
        return;
    }
    const auto tracking = isms::RequirementService(*m_db).tracking(m_rows.at(row).key);
    if (!tracking || *tracking == m_rows.at(row).tracking) {
        return;
    }
    m_rows[row].tracking = *tracking;
    Q_EMIT dataChanged(index(row, Status), index(row, TargetDate));
}

void RequirementTableModel::setUndoStack(QUndoStack *undoStack)
{
    m_undoStack = undoStack;
}

Qt::ItemFlags RequirementTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    const bool editable = m_db && m_undoStack && !m_db->isReadOnly();
    if (editable && index.isValid() && (index.column() == Status || index.column() == Owner)) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

bool RequirementTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const Row &row = m_rows.at(index.row());
    isms::TrackingField field = isms::TrackingField::Status;
    QVariant oldValue;
    QVariant newValue;
    if (index.column() == Status) {
        bool isInt = false;
        const int status = value.toInt(&isInt);
        if (!isInt || status < 0 || status >= static_cast<int>(isms::AllStatuses.size())) {
            return false;
        }
        oldValue = static_cast<int>(row.tracking.status);
        newValue = status;
    } else {
        field = isms::TrackingField::Owner;
        oldValue = row.tracking.owner;
        newValue = value.toString().trimmed();
    }
    if (oldValue == newValue) {
        return false;
    }
    const isms::RequirementTracking before = row.tracking;
    QPointer<RequirementTableModel> self(this);
    m_undoStack->push(new ChangeRequirementCommand(*m_db,
                                                   row.key,
                                                   field,
                                                   oldValue,
                                                   newValue,
                                                   -1,
                                                   [self](const isms::Error &error) {
                                                       if (self) {
                                                           Q_EMIT self->errorOccurred(error);
                                                       }
                                                   }));
    // The change notice has updated the row when the command succeeded.
    return !(m_rows.at(index.row()).tracking == before);
}
