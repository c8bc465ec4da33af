// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/RegisterTable.h"

#include "common/Translations.h"
#include "domain/Entities.h"
#include "domain/EnumSpec.h"
#include "storage/RecordRepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

/// A column's share of the table width by what the field holds.
qreal widthOf(const FieldSpec &field, bool first)
{
    if (first) {
        return 0.75;
    }
    switch (field.type) {
    case FieldType::MultilineText:
        return 2.6;
    case FieldType::Text:
        return field.maxLength > 0 && field.maxLength <= 40 ? 0.9 : 1.4;
    case FieldType::Date:
        return 0.95;
    case FieldType::Boolean:
        return 0.6;
    case FieldType::Integer:
        return 0.7;
    case FieldType::Enum:
    case FieldType::Reference:
        return 1.0;
    }
    return 1.0;
}

QString valueText(const FieldSpec &field, const QVariant &value)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::MultilineText:
        return value.toString().trimmed();
    case FieldType::Date:
        return value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : QString();
    case FieldType::Enum:
        return field.enumSpec ? field.enumSpec->labelOf(value.toString()) : value.toString();
    case FieldType::Integer:
        return value.isNull() ? QString() : reportLocale().toString(value.toLongLong());
    case FieldType::Boolean:
        return value.toBool() ? RegisterTable::tr("Yes") : RegisterTable::tr("No");
    case FieldType::Reference:
        return value.isNull() ? QString() : value.toString();
    }
    return value.toString();
}

} // namespace

Result<QList<Record>> RegisterTable::records(const Database &db, const EntitySpec &spec, const Filter &filter)
{
    const RecordRepository repository(db, spec);
    const auto exists = repository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return QList<Record>{};
    }
    auto all = repository.all();
    if (!all) {
        return all.error();
    }
    if (!filter) {
        return std::move(all).value();
    }
    QList<Record> kept;
    for (const Record &record : *all) {
        if (filter(record)) {
            kept.append(record);
        }
    }
    return kept;
}

QString RegisterTable::text(const EntitySpec &spec, const Record &record, QStringView key)
{
    const int index = spec.indexOf(key);
    if (index < 0 || index >= record.values.size()) {
        return {};
    }
    return valueText(spec.fields.at(index), record.values.at(index));
}

ReportKeyValueList RegisterTable::keyValues(const EntitySpec &spec, const Record &record)
{
    ReportKeyValueList list;
    for (int i = 0; i < spec.fields.size() && i < record.values.size(); ++i) {
        const FieldSpec &field = spec.fields.at(i);
        if (field.type == FieldType::Reference) {
            continue;
        }
        const QString value = valueText(field, record.values.at(i));
        //: A value left empty in a record printed as labels and values.
        list.items.append({field.labelText(), value.isEmpty() ? tr("Not recorded") : value});
    }
    return list;
}

Result<ReportTable> RegisterTable::table(const Database &db,
                                         const EntitySpec &spec,
                                         const QList<Record> &records,
                                         const QStringList &keys)
{
    QList<int> indexes;
    for (int i = 0; i < spec.fields.size(); ++i) {
        const FieldSpec &field = spec.fields.at(i);
        if (keys.isEmpty() ? (i == 0 || field.has(InTable)) : keys.contains(field.key)) {
            indexes.append(i);
        }
    }
    // References print as the reference of the record they name ("D-003"), not its row id, followed
    // by its name or title when it has one ("P-003 Ruth Calder"), as the window's tables show them.
    QHash<int, QHash<qint64, QString>> refsByField;
    for (const int index : std::as_const(indexes)) {
        const FieldSpec &field = spec.fields.at(index);
        if (field.type != FieldType::Reference) {
            continue;
        }
        const EntitySpec *target = Entities::find(field.referenceKind);
        if (!target) {
            continue;
        }
        const int nameIndex =
            target->indexOf(u"name") >= 0 ? target->indexOf(u"name") : target->indexOf(u"title");
        if (nameIndex > 0) {
            const auto named = RecordRepository(db, *target).all();
            if (!named) {
                return named.error();
            }
            QHash<qint64, QString> refs;
            for (const Record &record : *named) {
                const QString ref = target->shownRef(EntitySpec::refOf(record));
                const QString name = record.values.at(nameIndex).toString().simplified();
                refs.insert(record.id.value, name.isEmpty() ? ref : ref + u' ' + name);
            }
            refsByField.insert(index, refs);
            continue;
        }
        const auto ids = RecordRepository(db, *target).idsByRef();
        if (!ids) {
            return ids.error();
        }
        QHash<qint64, QString> refs;
        for (auto it = ids->cbegin(); it != ids->cend(); ++it) {
            refs.insert(it.value().value, target->shownRef(it.key()));
        }
        refsByField.insert(index, refs);
    }

    ReportTable table;
    table.compact = indexes.size() > 5;
    for (const int index : std::as_const(indexes)) {
        const FieldSpec &field = spec.fields.at(index);
        table.columns.append(ReportTableColumn{field.labelText(), widthOf(field, index == 0), Qt::AlignLeft});
    }
    for (const Record &record : records) {
        QList<ReportTableCell> row;
        for (const int index : std::as_const(indexes)) {
            const FieldSpec &field = spec.fields.at(index);
            const QVariant &value = record.values.at(index);
            QString text = valueText(field, value);
            if (field.type == FieldType::Reference && !value.isNull()) {
                text = refsByField.value(index).value(value.toLongLong(), text);
            } else if (index == 0) {
                text = spec.shownRef(text);
            }
            row.append(ReportTableCell{.text = text, .background = {}, .bold = index == 0, .foreground = {}});
        }
        table.rows.append(row);
    }
    return table;
}

Result<void> RegisterTable::append(QList<ReportBlock> &blocks,
                                   const Database &db,
                                   const EntitySpec &spec,
                                   const QList<Record> &records,
                                   const QString &emptyText,
                                   const QStringList &keys)
{
    if (records.isEmpty()) {
        blocks.append(ReportParagraph{emptyText});
        return {};
    }
    const auto built = table(db, spec, records, keys);
    if (!built) {
        return built.error();
    }
    blocks.append(*built);
    return {};
}

} // namespace isms
