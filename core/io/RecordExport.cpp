// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/RecordExport.h"

#include "common/TextRules.h"
#include "domain/Entities.h"
#include "io/Csv.h"
#include "io/Xlsx.h"

#include <algorithm>

namespace isms {

QString RecordExport::jsonString(const QString &text)
{
    QString result = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            result += u'\\';
            result += c;
        } else if (c == u'\n') {
            result += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20) {
            result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            result += c;
        }
    }
    return result + u'"';
}

void RecordExport::writeCsv(const EntitySpec &spec,
                            const QList<Record> &records,
                            const FieldText::IdToRef &idToRef,
                            QTextStream &out,
                            const QList<LinkValues> &links)
{
    QStringList header;
    QList<int> columns;
    for (int i = 0; i < spec.fields.size(); ++i) {
        if (spec.fields.at(i).has(Exported)) {
            columns.append(i);
            header.append(spec.fields.at(i).key);
        }
    }
    for (const LinkValues &link : links) {
        header.append(link.key);
    }
    out << Csv::exportLine(header) << u'\n';
    for (const Record &record : records) {
        QStringList cells;
        for (const int column : columns) {
            cells.append(FieldText::format(spec.fields.at(column), record.values.at(column), idToRef));
        }
        for (const LinkValues &link : links) {
            cells.append(link.values.value(record.id).join(QStringLiteral(", ")));
        }
        out << Csv::exportLine(cells) << u'\n';
    }
}

void RecordExport::writeJson(const EntitySpec &spec,
                             const QList<Record> &records,
                             const FieldText::IdToRef &idToRef,
                             QTextStream &out,
                             const QList<ExtraColumn> &extras,
                             const QList<LinkValues> &links)
{
    out << u'[';
    for (qsizetype r = 0; r < records.size(); ++r) {
        const Record &record = records.at(r);
        out << (r == 0 ? QStringLiteral("\n  {") : QStringLiteral(",\n  {"));
        bool first = true;
        for (int i = 0; i < spec.fields.size(); ++i) {
            const FieldSpec &field = spec.fields.at(i);
            if (!field.has(Exported)) {
                continue;
            }
            out << (first ? QString() : QStringLiteral(", ")) << RecordExport::jsonString(field.key)
                << QStringLiteral(": ");
            first = false;
            const QVariant &value = record.values.at(i);
            if (field.isEmptyValue(value) && field.type != FieldType::Text
                && field.type != FieldType::MultilineText && field.type != FieldType::Enum) {
                out << QStringLiteral("null");
            } else if (field.type == FieldType::Integer) {
                out << value.toLongLong();
            } else if (field.type == FieldType::Boolean) {
                out << (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            } else {
                out << RecordExport::jsonString(
                    text::sanitized(FieldText::format(field, value, idToRef), text::Shape::MultiLine));
            }
        }
        for (const LinkValues &link : links) {
            QStringList items;
            for (const QString &item : link.values.value(record.id)) {
                items.append(RecordExport::jsonString(text::sanitized(item, text::Shape::SingleLine)));
            }
            out << QStringLiteral(", ") << RecordExport::jsonString(link.key) << QStringLiteral(": [")
                << items.join(QStringLiteral(", ")) << u']';
        }
        for (const ExtraColumn &extra : extras) {
            out << QStringLiteral(", ") << RecordExport::jsonString(extra.key) << QStringLiteral(": ");
            const QVariant value = extra.values.value(record.id);
            if (value.typeId() == QMetaType::QStringList) {
                QStringList items;
                for (const QString &item : value.toStringList()) {
                    items.append(RecordExport::jsonString(text::sanitized(item, text::Shape::SingleLine)));
                }
                out << u'[' << items.join(QStringLiteral(", ")) << u']';
            } else if (value.isValid()) {
                out << value.toLongLong();
            } else {
                out << QStringLiteral("null");
            }
        }
        out << u'}';
    }
    out << (records.isEmpty() ? QStringLiteral("]\n") : QStringLiteral("\n]\n"));
}

namespace {

XlsxSheet sheetOf(const EntitySpec &spec,
                  const QList<Record> &records,
                  const FieldText::IdToRef &idToRef,
                  const QList<LinkValues> &links)
{
    XlsxSheet sheet;
    sheet.name = spec.pluralLabel();
    QList<int> columns;
    for (int i = 0; i < spec.fields.size(); ++i) {
        if (spec.fields.at(i).has(Exported)) {
            columns.append(i);
            sheet.headers.append(spec.fields.at(i).key);
        }
    }
    for (const LinkValues &link : links) {
        sheet.headers.append(link.key);
    }
    sheet.rows.reserve(records.size());
    for (const Record &record : records) {
        QList<QVariant> cells;
        cells.reserve(columns.size() + links.size());
        for (const int column : std::as_const(columns)) {
            const FieldSpec &field = spec.fields.at(column);
            const QVariant &value = record.values.at(column);
            if (field.type == FieldType::Integer && !field.isEmptyValue(value)) {
                cells.append(value.toLongLong());
            } else if (field.type == FieldType::Boolean) {
                cells.append(value.toBool());
            } else {
                cells.append(FieldText::format(field, value, idToRef));
            }
        }
        for (const LinkValues &link : links) {
            cells.append(link.values.value(record.id).join(QStringLiteral(", ")));
        }
        sheet.rows.append(cells);
    }
    return sheet;
}

} // namespace

Result<void> RecordExport::writeXlsx(const QString &path,
                                     const EntitySpec &spec,
                                     const QList<Record> &records,
                                     const FieldText::IdToRef &idToRef,
                                     const QList<LinkValues> &links)
{
    return Xlsx::write(path, {sheetOf(spec, records, idToRef, links)});
}

Result<void> RecordExport::writeXlsx(const QString &path,
                                     const QList<RegisterRecords> &registers,
                                     const FieldText::IdToRef &idToRef)
{
    QList<XlsxSheet> sheets;
    for (const RegisterRecords &entry : registers) {
        if (entry.spec) {
            sheets.append(sheetOf(*entry.spec, entry.records, idToRef, entry.links));
        }
    }
    return Xlsx::write(path, sheets);
}

QList<const EntitySpec *> RecordExport::workbookRegisters(const EntitySpec &spec)
{
    QList<const EntitySpec *> registers{&spec};
    for (const EntitySpec *other : Entities::all()) {
        // A link register that is already a column of this one (a risk's assets) needs no sheet.
        const bool isColumn =
            std::any_of(spec.links.cbegin(), spec.links.cend(), [other](const LinkColumn &link) {
                return link.linkKind == other->key;
            });
        if (other == &spec || isColumn) {
            continue;
        }
        bool removedWith = false;
        bool referencesOnlyThis = true;
        int references = 0;
        for (const FieldSpec &field : other->fields) {
            if (field.type != FieldType::Reference) {
                continue;
            }
            ++references;
            if (field.referenceKind != spec.key) {
                referencesOnlyThis = false;
            } else if (field.has(CascadeDelete)) {
                removedWith = true;
            }
        }
        if (removedWith || (references > 0 && referencesOnlyThis)) {
            registers.append(other);
        }
    }
    return registers;
}

} // namespace isms
