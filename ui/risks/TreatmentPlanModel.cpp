// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "risks/TreatmentPlanModel.h"

#include "common/EnumStyle.h"
#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "services/RiskMethodService.h"
#include "storage/Database.h"

#include <QFont>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const isms::EnumSpec &taskStatuses()
{
    return *isms::treatmentTaskSpec().field(u"status")->enumSpec;
}

bool sameRow(const isms::TreatmentPlanRow &a, const isms::TreatmentPlanRow &b)
{
    return a.task == b.task && a.ref == b.ref && a.risk == b.risk && a.riskRef == b.riskRef
           && a.riskTitle == b.riskTitle && a.riskLevel == b.riskLevel && a.title == b.title
           && a.owner == b.owner && a.due == b.due && a.status == b.status && a.overdue == b.overdue;
}

} // namespace

TreatmentPlanModel::TreatmentPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (const isms::Result<void> refreshed = refresh(); !refreshed) {
            Q_EMIT errorOccurred(refreshed.error());
        }
    });
}

TreatmentPlanModel::~TreatmentPlanModel() = default;

isms::Result<void> TreatmentPlanModel::setDatabase(isms::Database *db)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_refreshTimer->stop();
    m_db = db;
    m_rows.clear();
    isms::Result<void> result;
    if (db) {
        auto rows = load();
        if (rows) {
            m_rows = std::move(rows).value();
        } else {
            result = rows.error();
        }
        const QStringList kinds{isms::treatmentTaskSpec().key, isms::riskSpec().key};
        auto touched = [this, kinds](const QString &kind) {
            if (kinds.contains(kind)) {
                scheduleRefresh();
            }
        };
        isms::ChangeNotifier *notifier = db->notifier();
        m_connections.append(connect(notifier, &isms::ChangeNotifier::recordsAdded, this, touched));
        m_connections.append(connect(notifier, &isms::ChangeNotifier::recordsChanged, this, touched));
        m_connections.append(connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, touched));
        m_connections.append(connect(notifier,
                                     &isms::ChangeNotifier::riskMethodChanged,
                                     this,
                                     &TreatmentPlanModel::scheduleRefresh));
    }
    reindex();
    endResetModel();
    return result;
}

void TreatmentPlanModel::setToday(const QDate &today)
{
    m_today = today;
    if (m_db) {
        scheduleRefresh();
    }
}

void TreatmentPlanModel::scheduleRefresh()
{
    m_refreshTimer->start();
}

isms::Result<QList<isms::TreatmentPlanRow>> TreatmentPlanModel::load()
{
    // A method that cannot be read leaves the levels in the defaults' colours; `check` reports it.
    auto method = isms::RiskMethodService::load(*m_db);
    m_method = method ? *method : isms::RiskMethod::defaults();
    m_levelRank.clear();
    for (qsizetype i = 0; i < m_method.levels.size(); ++i) {
        m_levelRank.insert(m_method.levels.at(i).name, static_cast<int>(i + 1));
    }
    return isms::RiskRegister::treatmentPlan(*m_db, m_today.isValid() ? m_today : QDate::currentDate());
}

isms::Result<void> TreatmentPlanModel::refresh()
{
    m_refreshTimer->stop();
    if (!m_db) {
        return {};
    }
    auto loaded = load();
    if (!loaded) {
        return loaded.error();
    }
    QHash<qint64, const isms::TreatmentPlanRow *> fresh;
    for (const isms::TreatmentPlanRow &row : std::as_const(*loaded)) {
        fresh.insert(row.task.value, &row);
    }
    // Removed tasks, from the bottom up so that the rows above keep their numbers.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (fresh.contains(m_rows.at(row).task.value)) {
            continue;
        }
        int first = row;
        while (first > 0 && !fresh.contains(m_rows.at(first - 1).task.value)) {
            --first;
        }
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    // Changed tasks.
    QSet<qint64> known;
    for (int row = 0; row < m_rows.size(); ++row) {
        const isms::TreatmentPlanRow &now = *fresh.value(m_rows.at(row).task.value);
        known.insert(now.task.value);
        if (!sameRow(m_rows.at(row), now)) {
            m_rows[row] = now;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    // New tasks, appended.
    QList<isms::TreatmentPlanRow> added;
    for (const isms::TreatmentPlanRow &row : std::as_const(*loaded)) {
        if (!known.contains(row.task.value)) {
            added.append(row);
        }
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
    reindex();
    return {};
}

void TreatmentPlanModel::reindex()
{
    m_rowByTask.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rowByTask.insert(m_rows.at(row).task.value, row);
    }
}

int TreatmentPlanModel::overdueCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(),
                                          m_rows.cend(),
                                          [](const isms::TreatmentPlanRow &row) { return row.overdue; }));
}

int TreatmentPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TreatmentPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TreatmentPlanModel::dueText(const isms::TreatmentPlanRow &row) const
{
    if (!row.due.isValid()) {
        //: A treatment task without a due date
        return tr("no date");
    }
    const QString date = row.due.toString(Qt::ISODate);
    if (!row.overdue) {
        return date;
    }
    //: %1 is a date: "2026-03-01, overdue"
    return tr("%1, overdue").arg(date);
}

QVariant TreatmentPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const isms::TreatmentPlanRow &row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Due:
            return dueText(row);
        case Task:
            return row.title;
        case Owner:
            return row.owner;
        case Status:
            return taskStatuses().labelOf(row.status);
        case RiskRef:
            return row.riskRef;
        case RiskTitle:
            return row.riskTitle;
        case Level:
            return row.riskLevel;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (row.overdue) {
            return tr("Overdue: the due date has passed and the task is neither done nor cancelled.");
        }
        return column == Task || column == RiskTitle ? QVariant(data(index, Qt::DisplayRole)) : QVariant();
    case TaskIdRole:
        return QVariant::fromValue(row.task);
    case RiskIdRole:
        return QVariant::fromValue(row.risk);
    case OverdueRole:
        return row.overdue;
    case SortRole:
        switch (column) {
        case Due:
            return row.due;
        case Status: {
            const isms::EnumValue *value = taskStatuses().find(row.status);
            return value ? static_cast<int>(value - taskStatuses().values.constData()) : -1;
        }
        case RiskRef:
            return isms::riskSpec().refNumber(row.riskRef).value_or(0);
        case Level:
            return m_levelRank.value(row.riskLevel, 0);
        default:
            return data(index, Qt::DisplayRole);
        }
    case ColourRole:
        if (column == Level) {
            for (const isms::RiskLevel &level : m_method.levels) {
                if (level.name == row.riskLevel) {
                    return QColor::fromRgb(level.colour);
                }
            }
        } else if (column == Status) {
            const isms::EnumValue *value = taskStatuses().find(row.status);
            return value && value->colour != 0 ? QVariant(QColor::fromRgb(value->colour)) : QVariant();
        }
        return {};
    case Qt::DecorationRole:
        if (column == Status) {
            const isms::EnumValue *value = taskStatuses().find(row.status);
            return value ? QVariant(EnumStyle::icon(*value)) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        // Overdue is said in words in the due column; the colour repeats it.
        return row.overdue && column == Due ? QVariant(QColor(0xB7, 0x1C, 0x1C)) : QVariant();
    case Qt::BackgroundRole:
        return row.overdue ? QVariant(QColor(0xFD, 0xEC, 0xEA)) : QVariant();
    case Qt::FontRole:
        if (row.overdue && column == Due) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant TreatmentPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Due:
        return tr("Due date");
    case Task:
        return tr("Task");
    case Owner:
        return tr("Owner");
    case Status:
        return tr("Status");
    case RiskRef:
        return tr("Risk");
    case RiskTitle:
        return tr("Risk title");
    case Level:
        return tr("Level");
    case ColumnCount:
        break;
    }
    return {};
}
