// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "RecordOutput.h"

#include "Command.h"
#include "common/TextRules.h"
#include "domain/Entities.h"
#include "io/RecordExport.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace isms::cli {

namespace {

class RecordOutputText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::RecordOutput)
};

constexpr int MaxCellLength = 60;

} // namespace

QString filterableKeys(const EntitySpec &spec)
{
    QStringList keys;
    for (const FieldSpec &field : spec.fields) {
        if (field.has(Filterable)) {
            keys.append(field.key);
        }
    }
    return keys.join(QStringLiteral(", "));
}

Result<QList<WhereFilter>> parseWhere(const EntitySpec &spec, const QStringList &expressions)
{
    QList<WhereFilter> filters;
    for (const QString &expression : expressions) {
        const qsizetype equals = expression.indexOf(u'=');
        const QString key = expression.left(equals).trimmed();
        const int index = spec.indexOf(key);
        if (equals < 1 || index < 0 || !spec.fields.at(index).has(Filterable)) {
            return Error{
                ErrorCode::InvalidArgument,
                RecordOutputText::tr("\"%1\" is not a filter of %2; write FIELD=VALUE with one of %3.")
                    .arg(printable(expression), spec.key, filterableKeys(spec)),
                {}};
        }
        const FieldSpec &field = spec.fields.at(index);
        QString wanted = expression.mid(equals + 1).trimmed();
        if (field.type == FieldType::Enum && field.enumSpec) {
            const EnumValue *value = field.enumSpec->match(wanted);
            if (!value) {
                return Error{ErrorCode::InvalidArgument,
                             RecordOutputText::tr("\"%1\" is not a value of %2; use one of %3.")
                                 .arg(printable(wanted), field.key, field.enumSpec->keywordList()),
                             {}};
            }
            wanted = value->keyword;
        }
        filters.append({index, wanted});
    }
    return filters;
}

RecordOutput::RecordOutput(Database &db, const EntitySpec &spec)
    : m_db(db)
    , m_spec(spec)
{
    m_idToRef = [this](const QString &kind, RecordId id) -> QString {
        auto cached = m_refs.find(kind);
        if (cached == m_refs.end()) {
            QHash<qint64, QString> refs;
            if (const EntitySpec *target = Entities::find(kind)) {
                const auto ids = RecordRepository(m_db, *target).idsByRef();
                if (ids) {
                    for (auto it = ids->constBegin(); it != ids->constEnd(); ++it) {
                        refs.insert(it.value().value, it.key());
                    }
                }
            }
            cached = m_refs.insert(kind, refs);
        }
        return cached->value(id.value);
    };
}

Result<void> RecordOutput::loadExtras()
{
    auto extras = RecordExtras::of(m_db, m_spec);
    if (!extras) {
        return extras.error();
    }
    m_extras = *extras;
    return {};
}

const QList<LinkValues> &RecordOutput::links() const
{
    if (!m_links) {
        auto read = RecordLinks::read(m_db, m_spec);
        m_links = read ? *read : QList<LinkValues>();
    }
    return *m_links;
}

QString RecordOutput::formatted(const FieldSpec &field, const QVariant &value) const
{
    return FieldText::format(field, value, m_idToRef);
}

QList<Record> RecordOutput::filtered(const QList<Record> &records, const QList<WhereFilter> &filters) const
{
    if (filters.isEmpty()) {
        return records;
    }
    QList<Record> kept;
    for (const Record &record : records) {
        const bool matches = std::all_of(filters.cbegin(), filters.cend(), [&](const WhereFilter &filter) {
            const FieldSpec &field = m_spec.fields.at(filter.fieldIndex);
            return formatted(field, record.values.at(filter.fieldIndex))
                       .compare(filter.wanted, Qt::CaseInsensitive)
                   == 0;
        });
        if (matches) {
            kept.append(record);
        }
    }
    return kept;
}

void RecordOutput::printTable(const QList<Record> &records, Console &console) const
{
    QStringList header;
    QList<int> columns;
    for (int i = 0; i < m_spec.fields.size(); ++i) {
        if (m_spec.fields.at(i).has(InTable)) {
            columns.append(i);
            header.append(m_spec.fields.at(i).labelText());
        }
    }
    for (const LinkColumn &link : m_spec.links) {
        header.append(link.labelText());
    }
    for (const ExtraColumn &extra : m_extras) {
        header.append(extra.labelText());
    }
    QList<QStringList> rows;
    rows.reserve(records.size());
    for (const Record &record : records) {
        QStringList row;
        for (const int column : columns) {
            const FieldSpec &field = m_spec.fields.at(column);
            const QString shown = FieldText::display(field, record.values.at(column), m_idToRef);
            row.append(elided(printable(column == 0 ? m_spec.shownRef(shown) : shown), MaxCellLength));
        }
        for (const LinkValues &link : links()) {
            row.append(
                elided(printable(link.values.value(record.id).join(QStringLiteral(", "))), MaxCellLength));
        }
        for (const ExtraColumn &extra : m_extras) {
            row.append(elided(printable(extra.text(record.id)), MaxCellLength));
        }
        rows.append(row);
    }
    console.out() << alignedTable(header, rows);
    console.out() << RecordOutputText::tr("%n record(s)", nullptr, static_cast<int>(records.size())) << u'\n';
}

void RecordOutput::printCsv(const QList<Record> &records, QTextStream &out) const
{
    RecordExport::writeCsv(m_spec, records, m_idToRef, out, links());
}

void RecordOutput::printJson(const QList<Record> &records, QTextStream &out) const
{
    RecordExport::writeJson(m_spec, records, m_idToRef, out, m_extras, links());
}

Result<void> RecordOutput::writeXlsx(const QString &path, const QList<Record> &records) const
{
    QList<RecordExport::RegisterRecords> registers{{&m_spec, records, links()}};
    for (const EntitySpec *spec : RecordExport::workbookRegisters(m_spec)) {
        if (spec == &m_spec) {
            continue;
        }
        auto children = RecordRepository(m_db, *spec).all();
        if (!children) {
            return children.error();
        }
        auto childLinks = RecordLinks::read(m_db, *spec);
        if (!childLinks) {
            return childLinks.error();
        }
        registers.append({spec, std::move(children).value(), std::move(childLinks).value()});
    }
    return RecordExport::writeXlsx(path, registers, m_idToRef);
}

void RecordOutput::printRecord(const Record &record, Console &console) const
{
    QList<QStringList> rows;
    for (int i = 0; i < m_spec.fields.size(); ++i) {
        const FieldSpec &field = m_spec.fields.at(i);
        QString shown = FieldText::display(field, record.values.at(i), m_idToRef);
        if (i == 0) {
            shown = m_spec.shownRef(shown); // "A.5.1"
        }
        const QStringList lines =
            shown.isEmpty() ? QStringList{RecordOutputText::tr("(none)")} : shown.split(u'\n');
        rows.append({field.labelText() + u':', printable(lines.constFirst())});
        for (qsizetype line = 1; line < lines.size(); ++line) {
            rows.append({QString(), printable(lines.at(line))});
        }
    }
    for (qsizetype l = 0; l < links().size(); ++l) {
        const QString shown = links().at(l).values.value(record.id).join(QStringLiteral(", "));
        rows.append({m_spec.links.at(l).labelText() + u':',
                     shown.isEmpty() ? RecordOutputText::tr("(none)") : printable(shown)});
    }
    for (const ExtraColumn &extra : m_extras) {
        const QString shown = extra.text(record.id);
        rows.append(
            {extra.labelText() + u':', shown.isEmpty() ? RecordOutputText::tr("(none)") : printable(shown)});
    }
    console.out() << alignedTable({}, rows);
}

} // namespace isms::cli
