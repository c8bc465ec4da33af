// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "models/ChangeLogTableModel.h"

#include "common/TextRules.h"
#include "domain/Requirement.h"
#include "services/ChangeNotifier.h"
#include "services/SoaVersionService.h"
#include "storage/ChangeLogHead.h"
#include "storage/Database.h"

#include <QBrush>
#include <QDate>
#include <QLocale>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

void sortNewestFirst(QList<isms::ChangeLogEntry> &entries)
{
    std::sort(
        entries.begin(),
        entries.end(),
        [](const isms::ChangeLogEntry &a, const isms::ChangeLogEntry &b) { return a.sequence > b.sequence; });
}

QString toolTipValue(const std::optional<QString> &value)
{
    constexpr qsizetype MaxToolTipText = 2000;
    return isms::text::forDisplay(value.value_or(QString()), isms::text::Shape::MultiLine, MaxToolTipText);
}

} // namespace

ChangeLogTableModel::ChangeLogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ChangeLogTableModel::~ChangeLogTableModel() = default;

isms::Result<void> ChangeLogTableModel::setDatabase(isms::Database *db, const isms::ChangeLogQuery &query)
{
    beginResetModel();
    disconnect(m_connection);
    m_db = db;
    m_labels.reset(db);
    m_query = query;
    m_entries.clear();
    isms::Result<void> result;
    if (db) {
        auto entries = isms::ChangeLog::entries(*db, query);
        if (entries) {
            m_entries = std::move(entries).value();
            sortNewestFirst(m_entries);
            m_labels.learn(m_entries);
        } else {
            result = entries.error();
        }
        m_connection = connect(db->notifier(),
                               &isms::ChangeNotifier::changeLogAppended,
                               this,
                               &ChangeLogTableModel::onChangeLogAppended);
    }
    endResetModel();
    return result;
}

void ChangeLogTableModel::onChangeLogAppended()
{
    if (!m_db) {
        return;
    }
    const qint64 newest = m_entries.isEmpty() ? 0 : m_entries.constFirst().sequence;
    isms::ChangeLogQuery query = m_query;
    if (query.entity.isEmpty() && query.entityId.isEmpty() && query.limit == 0) {
        // The whole log: read only the rows that are new.
        const auto total = isms::ChangeLog::count(*m_db);
        if (!total) {
            return;
        }
        const qint64 missing = *total - m_entries.size();
        if (missing <= 0) {
            return;
        }
        query.limit = static_cast<int>(missing);
    }
    const auto entries = isms::ChangeLog::entries(*m_db, query);
    if (!entries) {
        return;
    }
    QList<isms::ChangeLogEntry> added;
    for (const isms::ChangeLogEntry &entry : *entries) {
        if (entry.sequence > newest) {
            added.append(entry);
        }
    }
    if (added.isEmpty()) {
        return;
    }
    sortNewestFirst(added);
    m_labels.learn(added);
    beginInsertRows({}, 0, static_cast<int>(added.size()) - 1);
    m_entries = added + m_entries;
    if (m_query.limit > 0 && m_entries.size() > m_query.limit) {
        endInsertRows();
        beginRemoveRows({}, m_query.limit, static_cast<int>(m_entries.size()) - 1);
        m_entries.resize(m_query.limit);
        endRemoveRows();
        return;
    }
    endInsertRows();
}

int ChangeLogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ChangeLogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangeLogTableModel::entityLabel(const QString &entity)
{
    if (entity == u"control") {
        return tr("Control");
    }
    if (entity == u"clause") {
        return tr("Clause");
    }
    if (entity == u"project") {
        return tr("Project");
    }
    return entity;
}

QString ChangeLogTableModel::entityIdLabel(const QString &entity, const QString &entityId)
{
    return entity == u"control" ? u"A."_s + entityId : entityId;
}

QString ChangeLogTableModel::fieldLabel(const QString &field)
{
    for (const isms::TrackingField known : {isms::TrackingField::Status,
                                            isms::TrackingField::Owner,
                                            isms::TrackingField::Notes,
                                            isms::TrackingField::TargetDate}) {
        if (field == isms::trackingFieldKeyword(known)) {
            return isms::trackingFieldLabel(known);
        }
    }
    if (field == u"organisation") {
        return tr("Organisation");
    }
    if (field == isms::ProjectIdentity::createdUtcField()) {
        return tr("Creation date");
    }
    if (field == isms::ProjectIdentity::catalogueEditionField()) {
        return tr("Catalogue edition");
    }
    if (field == isms::ProjectIdentity::projectIdField()) {
        return tr("Project id");
    }
    QString readable = field;
    readable.replace(u'_', u' ');
    return readable;
}

QString ChangeLogTableModel::valueLabel(const QString &field, const std::optional<QString> &value)
{
    if (!value || value->isEmpty()) {
        return {};
    }
    if (field == isms::trackingFieldKeyword(isms::TrackingField::Status)) {
        if (const auto status = isms::statusFromKeyword(*value)) {
            return isms::statusLabel(*status);
        }
    } else if (field == isms::trackingFieldKeyword(isms::TrackingField::TargetDate)) {
        const QDate date = QDate::fromString(*value, Qt::ISODate);
        if (date.isValid()) {
            return QLocale().toString(date, QLocale::ShortFormat);
        }
    }
    // One short line in a table cell: the log may hold long notes (or, from a tampered file, text of
    // any length and content), and a cell never lays out more than it can show.
    constexpr qsizetype MaxCellText = 300;
    return isms::text::forDisplay(*value, isms::text::Shape::SingleLine, MaxCellText);
}

QVariant ChangeLogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const isms::ChangeLogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return entry.sequence;
    case SortRole:
        switch (index.column()) {
        case Time:
            return entry.sequence;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(entry.timestampUtc.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
        case Actor:
            return entry.actor;
        case Entity: {
            const QString kind = ChangeLogLabels::kindLabel(entry.entity);
            return kind.isEmpty() ? entityLabel(entry.entity) : kind;
        }
        case EntityId: {
            const QString ref = m_labels.reference(entry);
            return ref.isEmpty() ? entityIdLabel(entry.entity, entry.entityId) : ref;
        }
        case Field: {
            const QString field = ChangeLogLabels::fieldLabel(entry);
            return field.isEmpty() ? fieldLabel(entry.field) : field;
        }
        case OldValue:
        case NewValue: {
            const std::optional<QString> &value =
                index.column() == OldValue ? entry.oldValue : entry.newValue;
            if (value
                && (entry.field == isms::EntitySpec::recordLogField()
                    || entry.entity == isms::SoaVersionService::logEntity())) {
                const QString summary = m_labels.snapshotSummary(entry.entity, *value);
                if (!summary.isEmpty()) {
                    return summary;
                }
            }
            return valueLabel(entry.field, value);
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(entry.timestampUtc.toLocalTime(), QLocale::LongFormat);
        case OldValue:
            return toolTipValue(entry.oldValue);
        case NewValue:
            return toolTipValue(entry.newValue);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ChangeLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Actor:
        return tr("Changed by");
    case Entity:
        return tr("Record");
    case EntityId:
        return tr("Id");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    default:
        return {};
    }
}
