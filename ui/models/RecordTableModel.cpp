// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "models/RecordTableModel.h"

#include "commands/SetFieldCommand.h"
#include "common/EnumStyle.h"
#include "common/TextRules.h"
#include "domain/Entities.h"
#include "io/FieldText.h"
#include "services/ChangeNotifier.h"
#include "services/RecordLoader.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCollator>
#include <QDate>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

RecordTableModel::RecordTableModel(const isms::EntitySpec &spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_spec(spec)
    , m_loader(new isms::RecordLoader(this))
    , m_restTimer(new QTimer(this))
{
    m_restTimer->setSingleShot(true);
    m_restTimer->setInterval(RestDelayMs);
    connect(m_restTimer, &QTimer::timeout, this, [this] { m_loader->start(*m_db, m_spec, m_restAfter); });
    connect(m_loader, &isms::RecordLoader::loaded, this, &RecordTableModel::onRestLoaded);
    connect(m_loader, &isms::RecordLoader::failed, this, &RecordTableModel::onRestFailed);
    for (int i = 0; i < spec.fields.size(); ++i) {
        if (spec.fields.at(i).has(isms::InTable)) {
            m_columns.append(i);
        }
    }
}

RecordTableModel::~RecordTableModel() = default;

isms::Result<void> RecordTableModel::setDatabase(isms::Database *db, Loading loading)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_loader->cancel();
    m_restTimer->stop();
    m_loading = false;
    m_changedWhileLoading = false;
    m_db = db;
    m_records.clear();
    m_rowById.clear();
    m_refCache.clear();
    isms::Result<void> result;
    if (db) {
        const isms::RecordRepository repository(*db, m_spec);
        // A large register paints its first screenful before the rest is read (on a worker thread).
        isms::Result<QList<isms::Record>> records = QList<isms::Record>();
        if (m_scopeField >= 0) {
            if (m_scopeOwner.isValid()) {
                records = repository.referencing(m_spec.fields.at(m_scopeField).key, {m_scopeOwner});
            }
        } else if (loading == Loading::FirstRowsFirst) {
            records = repository.after(isms::RecordId{0}, FirstRows + 1);
        } else {
            records = repository.all();
        }
        if (records) {
            m_records = std::move(records).value();
            if (m_scopeField < 0 && loading == Loading::FirstRowsFirst && m_records.size() > FirstRows) {
                m_records.removeLast();
                m_loading = true;
                m_restAfter = m_records.constLast().id;
                m_restTimer->start();
            }
        } else {
            result = records.error();
        }
        reindexFrom(0);
        isms::ChangeNotifier *notifier = db->notifier();
        m_connections.append(
            connect(notifier, &isms::ChangeNotifier::recordsAdded, this, &RecordTableModel::onRecordsAdded));
        m_connections.append(connect(notifier,
                                     &isms::ChangeNotifier::recordsChanged,
                                     this,
                                     &RecordTableModel::onRecordsChanged));
        m_connections.append(connect(notifier,
                                     &isms::ChangeNotifier::recordsRemoved,
                                     this,
                                     &RecordTableModel::onRecordsRemoved));
    }
    endResetModel();
    return result;
}

void RecordTableModel::readRest()
{
    if (m_restTimer->isActive()) {
        m_restTimer->stop();
        m_loader->start(*m_db, m_spec, m_restAfter);
    }
}

void RecordTableModel::onRestLoaded(const QList<isms::Record> &records)
{
    if (!m_loading || !m_db) {
        return;
    }
    m_loading = false;
    if (m_changedWhileLoading) {
        // The read and the notices may disagree about records changed meanwhile: read everything
        // again, now that the project is quiet (rare: a change within the first moments).
        m_changedWhileLoading = false;
        beginResetModel();
        auto everything = isms::RecordRepository(*m_db, m_spec).all();
        if (everything) {
            m_records = std::move(everything).value();
        }
        reindexFrom(0);
        endResetModel();
        if (!everything) {
            Q_EMIT errorOccurred(everything.error());
        }
    } else if (!records.isEmpty()) {
        const int first = static_cast<int>(m_records.size());
        beginInsertRows({}, first, first + static_cast<int>(records.size()) - 1);
        m_records.append(records);
        reindexFrom(first);
        endInsertRows();
    }
    Q_EMIT loadingFinished();
}

void RecordTableModel::onRestFailed(const isms::Error &error)
{
    m_loading = false;
    Q_EMIT errorOccurred(error);
    Q_EMIT loadingFinished();
}

void RecordTableModel::setUndoStack(QUndoStack *undoStack)
{
    m_undoStack = undoStack;
}

const isms::FieldSpec &RecordTableModel::fieldOf(int column) const
{
    return m_spec.fields.at(m_columns.at(column));
}

int RecordTableModel::columnOf(QStringView fieldKey) const
{
    const int fieldIndex = m_spec.indexOf(fieldKey);
    return fieldIndex < 0 ? -1 : static_cast<int>(m_columns.indexOf(fieldIndex));
}

const QByteArray &RecordTableModel::searchTextAt(int row) const
{
    return m_searchTexts.value(row, [this](int r) {
        const isms::Record &record = m_records.at(r);
        QByteArray text;
        for (const int fieldIndex : std::as_const(m_columns)) {
            if (m_spec.fields.at(fieldIndex).isText()) {
                const QString value = record.values.at(fieldIndex).toString();
                appendSearchText(text, fieldIndex == 0 ? m_spec.shownRef(value) : value);
                text += char(SearchSeparator);
            }
        }
        return text;
    });
}

void RecordTableModel::appendSearchText(QByteArray &target, QStringView text)
{
    // ASCII folds to lower case byte by byte (most text); anything else goes through Qt's case folding.
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        target += text.toString().toCaseFolded().toUtf8();
        return;
    }
    const qsizetype start = target.size();
    target.resize(start + text.size());
    char *out = target.data() + start;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        *out++ = char(u >= u'A' && u <= u'Z' ? u + (u'a' - u'A') : u);
    }
}

void RecordTableModel::reindexFrom(int row)
{
    m_sortKeys.forgetFrom(row);
    m_searchTexts.forgetFrom(row);
    if (row == 0) {
        m_rowById.clear();
        m_rowById.reserve(m_records.size());
    }
    for (int i = row; i < m_records.size(); ++i) {
        m_rowById.insert(m_records.at(i).id, i);
    }
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString RecordTableModel::refOf(const QString &kind, isms::RecordId id, bool named) const
{
    if (!m_db) {
        return {};
    }
    auto cached = m_refCache.find(kind);
    if (cached == m_refCache.end()) {
        QHash<qint64, ReferencedRecord> refs;
        if (const isms::EntitySpec *target = isms::Entities::find(kind)) {
            const int nameIndex =
                target->indexOf(u"name") >= 0 ? target->indexOf(u"name") : target->indexOf(u"title");
            const auto records = isms::RecordRepository(*m_db, *target).all();
            if (records) {
                for (const isms::Record &record : *records) {
                    const QString ref = isms::EntitySpec::refOf(record);
                    const QString name =
                        nameIndex >= 0 ? record.values.at(nameIndex).toString().simplified() : QString();
                    //: A referenced record in a table cell: reference and name, "P-003 — Ruth Calder"
                    refs.insert(record.id.value, {ref, name.isEmpty() ? ref : tr("%1 — %2").arg(ref, name)});
                }
            }
        }
        cached = m_refCache.insert(kind, refs);
    }
    const auto found = cached->constFind(id.value);
    if (found == cached->cend()) {
        return {};
    }
    return named ? found->named : found->ref;
}

QString RecordTableModel::displayText(const isms::Record &record, int fieldIndex) const
{
    const isms::FieldSpec &field = m_spec.fields.at(fieldIndex);
    const QString text = isms::FieldText::display(
        field,
        record.values.at(fieldIndex),
        [this](const QString &kind, isms::RecordId id) { return refOf(kind, id, true); });
    return isms::text::forDisplay(fieldIndex == 0 ? m_spec.shownRef(text) : text,
                                  isms::text::Shape::SingleLine,
                                  MaxCellLength);
}

QVariant RecordTableModel::sortValue(const isms::Record &record, int fieldIndex) const
{
    const isms::FieldSpec &field = m_spec.fields.at(fieldIndex);
    if (!field.sortKey.isEmpty()) {
        // A level's name sorts by its rank, so that "High" comes after "Medium".
        const int keyIndex = m_spec.indexOf(field.sortKey);
        if (keyIndex >= 0 && keyIndex != fieldIndex && m_spec.fields.at(keyIndex).sortKey.isEmpty()) {
            return sortValue(record, keyIndex);
        }
    }
    const QVariant &value = record.values.at(fieldIndex);
    if (fieldIndex == 0) {
        // References sort by their number (T-9 before T-10), whatever the locale's collation offers.
        if (const std::optional<qint64> number = m_spec.refNumber(value.toString())) {
            return *number;
        }
        if (m_spec.isCatalogue()) {
            // Catalogue references sort part by part (5.9 before 5.10, 9.3 before 10.1).
            QStringList parts = value.toString().split(u'.');
            for (QString &part : parts) {
                part = part.rightJustified(4, u'0');
            }
            return parts.join(u'.');
        }
    }
    switch (field.type) {
    case isms::FieldType::Date:
        return value.toDate();
    case isms::FieldType::Enum: {
        if (!field.enumSpec) {
            return -1;
        }
        const isms::EnumValue *found = field.enumSpec->find(value.toString());
        return found ? static_cast<int>(found - field.enumSpec->values.constData()) : -1;
    }
    case isms::FieldType::Integer:
        return value.isValid() ? QVariant(value.toLongLong()) : QVariant();
    case isms::FieldType::Boolean:
        return value.toBool() ? 1 : 0;
    case isms::FieldType::Reference:
        return value.isValid() ? refOf(field.referenceKind, isms::RecordId{value.toLongLong()}) : QString();
    case isms::FieldType::Text:
    case isms::FieldType::MultilineText:
        if (field.flags & isms::NumericText) {
            // A number sorts by its value ("9.5" before "12"); text that is none sorts after numbers.
            bool number = false;
            const double parsed = value.toString().toDouble(&number);
            if (number) {
                return parsed;
            }
        }
        return value.toString();
    }
    return {};
}

QColor RecordTableModel::valueColour(int fieldIndex, const QString &value) const
{
    const isms::FieldSpec &field = m_spec.fields.at(fieldIndex);
    if (field.type == isms::FieldType::Enum && field.enumSpec) {
        const isms::EnumValue *found = field.enumSpec->find(value);
        return found && found->colour != 0 ? QColor::fromRgb(found->colour) : QColor();
    }
    return m_valueColours.value(fieldIndex).value(value);
}

void RecordTableModel::setValueColours(const QString &fieldKey, const QHash<QString, QColor> &colours)
{
    const int fieldIndex = m_spec.indexOf(fieldKey);
    if (fieldIndex < 0) {
        return;
    }
    m_valueColours.insert(fieldIndex, colours);
    const int column = columnOf(fieldKey);
    if (column >= 0 && !m_records.isEmpty()) {
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column), {ColourRole, Qt::DecorationRole});
    }
}

QStringList RecordTableModel::distinctValues(int fieldIndex) const
{
    QHash<QString, QVariant> sortValues;
    for (const isms::Record &record : m_records) {
        const QString value = record.values.at(fieldIndex).toString();
        if (!value.isEmpty() && !sortValues.contains(value)) {
            sortValues.insert(value, sortValue(record, fieldIndex));
        }
    }
    QStringList values = sortValues.keys();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(values.begin(), values.end(), [&](const QString &a, const QString &b) {
        const QVariant x = sortValues.value(a);
        const QVariant y = sortValues.value(b);
        if (x.typeId() != QMetaType::QString && y.typeId() != QMetaType::QString && x.isValid() && y.isValid()
            && x.toLongLong() != y.toLongLong()) {
            return x.toLongLong() < y.toLongLong();
        }
        return collator.compare(a, b) < 0;
    });
    return values;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const isms::Record &record = m_records.at(index.row());
    const int fieldIndex = m_columns.at(index.column());
    const isms::FieldSpec &field = m_spec.fields.at(fieldIndex);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(record, fieldIndex);
    case Qt::EditRole:
        return record.values.at(fieldIndex);
    case IdRole:
        return QVariant::fromValue(record.id);
    case SortRole:
        return sortValueAt(index.row(), fieldIndex);
    case ColourRole: {
        const QColor colour = valueColour(fieldIndex, record.values.at(fieldIndex).toString());
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case Qt::ToolTipRole:
        if (field.isText()) {
            const QString text = record.values.at(fieldIndex).toString();
            // Only cells that may be too wide for their column need one.
            return text.size() > 30 ? isms::text::forDisplay(text, isms::text::Shape::MultiLine, 2000)
                                    : QVariant();
        }
        return {};
    case Qt::DecorationRole:
        if (field.type == isms::FieldType::Enum && field.enumSpec) {
            if (const isms::EnumValue *value =
                    field.enumSpec->find(record.values.at(fieldIndex).toString())) {
                const QIcon icon = EnumStyle::icon(*value);
                return icon.isNull() ? QVariant() : QVariant(icon);
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (field.type == isms::FieldType::Integer) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const isms::FieldSpec &field = fieldOf(section);
    if (role == Qt::DisplayRole) {
        return field.labelText();
    }
    if (role == Qt::ToolTipRole && field.description) {
        return QCoreApplication::translate("isms::FieldSpec", field.description);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_db || !m_undoStack || m_db->isReadOnly()) {
        return result;
    }
    const isms::FieldSpec &field = fieldOf(index.column());
    if (field.has(isms::EditableInTable) && !field.has(isms::ReadOnly) && !field.has(isms::Derived)) {
        result |= Qt::ItemIsEditable;
    }
    return result;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const isms::Record &record = m_records.at(index.row());
    const int fieldIndex = m_columns.at(index.column());
    const isms::FieldSpec &field = m_spec.fields.at(fieldIndex);
    const QVariant oldValue = record.values.at(fieldIndex);
    const QVariant newValue =
        field.type == isms::FieldType::Text ? QVariant(value.toString().trimmed()) : value;
    if (field.canonical(oldValue) == field.canonical(newValue)) {
        return false;
    }
    // The sink outlives this call: undo and redo report through it too.
    auto failed = std::make_shared<bool>(false);
    QPointer<RecordTableModel> self(this);
    m_undoStack->push(new SetFieldCommand(*m_db,
                                          m_spec,
                                          record.id,
                                          field.key,
                                          oldValue,
                                          newValue,
                                          -1,
                                          [self, failed](const isms::Error &error) {
                                              *failed = true;
                                              if (self) {
                                                  Q_EMIT self->errorOccurred(error);
                                              }
                                          }));
    return !*failed;
}
