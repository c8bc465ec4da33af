// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/RecordRepository.h"

#include "common/TextRules.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/ReadCache.h"
#include "storage/RowCursor.h"
#include "storage/SqlDialect.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace isms {

namespace {

/// The value of field `index` of `record` (an invalid QVariant past its values), without a copy.
const QVariant &valueOf(const Record &record, qsizetype index)
{
    static const QVariant none;
    return index < record.values.size() ? record.values.at(index) : none;
}

/// Binds the stored value of `field` at `index`: text as UTF-8, booleans, numbers and references as
/// integers, dates as their canonical text, and an empty date, number or reference as NULL.
void bindStored(BulkStatement &statement, int index, const FieldSpec &field, const QVariant &value)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::MultilineText:
    case FieldType::Enum:
        // A text field holds a QString: bound from the variant itself, without a copy.
        if (value.typeId() == QMetaType::QString) {
            statement.bindText(index, *static_cast<const QString *>(value.constData()));
        } else {
            statement.bindText(index, value.toString());
        }
        return;
    case FieldType::Boolean:
        statement.bindInteger(index, value.toBool() ? 1 : 0);
        return;
    case FieldType::Date:
        statement.bindOptionalText(index, field.canonical(value));
        return;
    case FieldType::Integer:
    case FieldType::Reference:
        if (!value.isValid() || value.isNull()) {
            statement.bindNull(index);
        } else {
            statement.bindInteger(index, value.toLongLong());
        }
        return;
    }
    statement.bindNull(index);
}

Error fixedRecords()
{
    return Error{ErrorCode::InvalidArgument, QStringLiteral("the records of a catalogue are fixed"), {}};
}

} // namespace

RecordRepository::RecordRepository(const Database &db, const EntitySpec &spec)
    : RecordRepository(db.connection(), spec)
{
    m_db = &db;
}

RecordRepository::RecordRepository(QSqlDatabase connection, const EntitySpec &spec)
    : m_connection(std::move(connection))
    , m_spec(spec)
    , m_dialect(SqlDialect::sqlite())
{}

namespace {

/// Runs `statement` and calls `use` with the cursor on each row.
template <typename Use>
Result<void> eachRow(const SqlDialect &dialect,
                     const QSqlDatabase &connection,
                     const QString &statement,
                     const QList<QVariant> &values,
                     Use &&use)
{
    auto cursor = dialect.openCursor(connection, statement, values);
    if (!cursor) {
        return cursor.error();
    }
    for (;;) {
        const Result<bool> more = (*cursor)->next();
        if (!more) {
            return more.error();
        }
        if (!*more) {
            return {};
        }
        use(std::as_const(**cursor));
    }
}

/// A text field's stored value. A file edited outside the program may hold a value past its limits
/// (too long, forbidden characters): it reaches no widget, report or export like that; `check` names it.
QVariant storedText(const FieldSpec &field, const QString &text)
{
    const auto shape = field.type == FieldType::Text ? text::Shape::SingleLine : text::Shape::MultiLine;
    return text::breaksLimits(text, shape, field.maxLength) ? text::forDisplay(text, shape, field.maxLength)
                                                            : text;
}

} // namespace

QVariant RecordRepository::fromRow(const FieldSpec &field, const RowCursor &row, int column)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::MultilineText:
        return storedText(field, row.text(column));
    case FieldType::Enum:
        return row.text(column);
    case FieldType::Boolean:
        return row.integer(column) != 0;
    case FieldType::Date:
    case FieldType::Integer:
    case FieldType::Reference:
        return field.fromCanonical(row.isNull(column) ? std::nullopt
                                                      : std::optional<QString>(row.text(column)));
    }
    return QVariant();
}

QString RecordRepository::column(const FieldSpec &field) const
{
    return (field.has(FromCatalogue) ? QStringLiteral("c.") : QStringLiteral("r."))
           + m_dialect.quote(field.key);
}

QString RecordRepository::fromClause() const
{
    QString from = QStringLiteral(" FROM %1 AS r").arg(m_dialect.quote(m_spec.table));
    if (m_spec.catalogue) {
        from += QStringLiteral(" JOIN %1 AS c ON c.ref = r.ref AND r.%2 = %3")
                    .arg(m_dialect.quote(m_spec.catalogue->table),
                         m_dialect.quote(m_spec.catalogue->kindColumn),
                         m_dialect.literal(m_spec.catalogue->kindValue));
    }
    return from;
}

QString RecordRepository::selectColumns() const
{
    QStringList columns{QStringLiteral("r.id")};
    for (const FieldSpec &field : m_spec.fields) {
        columns.append(column(field));
    }
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + fromClause();
}

Result<QList<Record>> RecordRepository::select(const QString &condition,
                                               const QList<QVariant> &values,
                                               const QString &limit) const
{
    const QString where = condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
    const QString order =
        m_spec.catalogue ? QStringLiteral(" ORDER BY c.position") : QStringLiteral(" ORDER BY r.id");
    QList<Record> records;
    const qsizetype fieldCount = m_spec.fields.size();
    auto read =
        eachRow(m_dialect,
                m_connection,
                selectColumns() + where + order + limit,
                values,
                [&](const RowCursor &row) {
                    Record record;
                    record.id = RecordId{row.integer(0)};
                    record.values.reserve(fieldCount);
                    for (qsizetype i = 0; i < fieldCount; ++i) {
                        record.values.append(fromRow(m_spec.fields.at(i), row, static_cast<int>(i + 1)));
                    }
                    records.append(std::move(record));
                });
    if (!read) {
        return read.error();
    }
    return records;
}

Result<bool> RecordRepository::tableExists() const
{
    const auto found =
        sql::scalar(m_connection,
                    QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                    {m_spec.table});
    if (!found) {
        return found.error();
    }
    return found->toLongLong() > 0;
}

Result<QList<Record>> RecordRepository::all() const
{
    ScopedReadCache *cache = m_db ? m_db->readCache() : nullptr;
    if (cache) {
        if (const QList<Record> *known = cache->find(m_spec)) {
            return *known;
        }
    }
    auto records = select({}, {});
    if (cache && records) {
        cache->insert(m_spec, *records);
    }
    return records;
}

Result<QList<Record>> RecordRepository::after(RecordId id, qsizetype limit) const
{
    return select(QStringLiteral("r.id > ?"), {id.value}, QStringLiteral(" LIMIT %1").arg(limit));
}

Result<QList<Record>> RecordRepository::byIds(const QList<RecordId> &ids) const
{
    return selectIn(QStringLiteral("r.id"), ids);
}

Result<QList<Record>> RecordRepository::referencing(const QString &fieldKey, const QList<RecordId> &ids) const
{
    const FieldSpec *field = m_spec.field(fieldKey);
    if (!field || field->type != FieldType::Reference) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("not a reference field"), fieldKey};
    }
    return selectIn(column(*field), ids);
}

Result<QList<Record>> RecordRepository::selectIn(const QString &column, const QList<RecordId> &ids) const
{
    QList<Record> found;
    // Bounded batches: SQLite limits the number of bound values per statement.
    constexpr qsizetype Batch = 500;
    for (qsizetype start = 0; start < ids.size(); start += Batch) {
        const QList<RecordId> batch = ids.mid(start, Batch);
        QStringList placeholders;
        QList<QVariant> values;
        for (const RecordId id : batch) {
            placeholders.append(QStringLiteral("?"));
            values.append(id.value);
        }
        auto records =
            select(QStringLiteral("%1 IN (%2)").arg(column, placeholders.join(QStringLiteral(", "))), values);
        if (!records) {
            return records.error();
        }
        found.append(*records);
    }
    std::sort(found.begin(), found.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
    return found;
}

Result<QList<Record>> RecordRepository::naming(const QString &kind, const QStringList &refs) const
{
    const FieldSpec *kindField = m_spec.target ? m_spec.field(m_spec.target->kindField) : nullptr;
    const FieldSpec *recordField = m_spec.target ? m_spec.field(m_spec.target->recordField) : nullptr;
    if (!kindField || !recordField) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::RecordRepository",
                                                 "The register does not name records of other registers."),
                     m_spec.key};
    }
    const QString kindCondition = column(*kindField) + QStringLiteral(" = ?");
    if (refs.isEmpty()) {
        return select(kindCondition, {kind});
    }
    QList<Record> found;
    constexpr qsizetype Batch = 500;
    for (qsizetype start = 0; start < refs.size(); start += Batch) {
        const QStringList batch = refs.mid(start, Batch);
        QStringList placeholders;
        QList<QVariant> values{kind};
        for (const QString &ref : batch) {
            placeholders.append(QStringLiteral("?"));
            values.append(ref);
        }
        auto records = select(kindCondition
                                  + QStringLiteral(" AND %1 IN (%2)")
                                        .arg(column(*recordField), placeholders.join(QStringLiteral(", "))),
                              values);
        if (!records) {
            return records.error();
        }
        found.append(*records);
    }
    std::sort(found.begin(), found.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
    return found;
}

Result<std::optional<Record>> RecordRepository::find(RecordId id) const
{
    auto records = select(QStringLiteral("r.id = ?"), {id.value});
    if (!records) {
        return records.error();
    }
    return records->isEmpty() ? std::nullopt : std::optional<Record>(records->constFirst());
}

Result<std::optional<Record>> RecordRepository::findByRef(const QString &ref) const
{
    const QString stored = m_spec.storedRef(ref);
    // The exact reference first, through the index on ref; a reference written in other letter case
    // then needs a scan of the register.
    auto records = select(QStringLiteral("r.ref = ?"), {stored});
    if (records && records->isEmpty()) {
        records = select(QStringLiteral("UPPER(r.ref) = UPPER(?)"), {stored});
    }
    if (!records) {
        return records.error();
    }
    return records->isEmpty() ? std::nullopt : std::optional<Record>(records->constFirst());
}

Result<TextHash<RecordId>> RecordRepository::idsByRef() const
{
    TextHash<RecordId> ids;
    auto read =
        eachRow(m_dialect,
                m_connection,
                QStringLiteral("SELECT r.id, r.ref") + fromClause(),
                {},
                [&](const RowCursor &row) { ids.insert(row.text(1).toUpper(), RecordId{row.integer(0)}); });
    if (!read) {
        return read.error();
    }
    return ids;
}

Result<QList<RecordRepository::Named>> RecordRepository::named(const QString &fieldKey) const
{
    const FieldSpec *field = m_spec.field(fieldKey);
    if (!field) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("no such field"), fieldKey};
    }
    const QString order =
        m_spec.catalogue ? QStringLiteral(" ORDER BY c.position") : QStringLiteral(" ORDER BY r.id");
    QList<Named> found;
    auto read = eachRow(
        m_dialect,
        m_connection,
        QStringLiteral("SELECT r.id, r.ref, ") + column(*field) + fromClause() + order,
        {},
        [&](const RowCursor &row) {
            found.append(Named{RecordId{row.integer(0)}, row.text(1), fromRow(*field, row, 2).toString()});
        });
    if (!read) {
        return read.error();
    }
    return found;
}

Result<qint64> RecordRepository::count() const
{
    const auto counted = sql::scalar(m_connection, QStringLiteral("SELECT COUNT(*)") + fromClause());
    if (!counted) {
        return counted.error();
    }
    return counted->toLongLong();
}

Result<qint64> RecordRepository::lastRefNumber() const
{
    QSqlQuery query(m_connection);
    if (auto done = sql::exec(query,
                              QStringLiteral("SELECT last_number FROM record_counter WHERE entity = ?"),
                              {m_spec.entity});
        !done) {
        return done.error();
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<void> RecordRepository::noteRefNumber(qint64 number) const
{
    const auto last = lastRefNumber();
    if (!last) {
        return last.error();
    }
    if (number <= *last) {
        return {};
    }
    QSqlQuery query(m_connection);
    const QString statement =
        *last == 0 ? QStringLiteral("INSERT INTO record_counter (last_number, entity) VALUES (?, ?)")
                   : QStringLiteral("UPDATE record_counter SET last_number = ? WHERE entity = ?");
    return sql::exec(query, statement, {number, m_spec.entity});
}

Result<RecordId> RecordRepository::insert(const Record &record) const
{
    if (m_spec.catalogue) {
        return fixedRecords();
    }
    const bool withId = record.id.isValid();
    std::shared_ptr<BulkStatement> &statement = withId ? m_insertWithId : m_insert;
    if (!statement) {
        QStringList columns;
        if (withId) {
            columns.append(QStringLiteral("id"));
        }
        for (const FieldSpec &field : m_spec.fields) {
            columns.append(field.key);
        }
        auto prepared = m_dialect.prepareBulk(m_connection,
                                              m_dialect.insertReturningId(m_spec.table, columns),
                                              static_cast<int>(columns.size()));
        if (!prepared) {
            return prepared.error();
        }
        statement = std::move(*prepared);
    }
    int index = 0;
    if (withId) {
        statement->bindInteger(index++, record.id.value);
    }
    for (qsizetype i = 0; i < m_spec.fields.size(); ++i) {
        bindStored(*statement, index++, m_spec.fields.at(i), valueOf(record, i));
    }
    if (auto done = statement->exec(); !done) {
        return done.error();
    }
    return withId ? record.id : RecordId{statement->lastInsertId()};
}

Result<QList<RecordId>> RecordRepository::insertMany(const QList<Record> &records) const
{
    QList<RecordId> ids;
    ids.reserve(records.size());
    const bool withIds = std::any_of(records.cbegin(), records.cend(), [](const Record &record) {
        return record.id.isValid();
    });
    qsizetype at = 0;
    if (!m_spec.catalogue && !withIds && records.size() >= InsertBatchRows) {
        if (!m_insertRows) {
            QStringList columns;
            for (const FieldSpec &field : m_spec.fields) {
                columns.append(field.key);
            }
            const QString text = m_dialect.insertRows(m_spec.table, columns, InsertBatchRows);
            if (!text.isEmpty()) {
                auto prepared = m_dialect.prepareBulk(m_connection,
                                                      text,
                                                      static_cast<int>(columns.size() * InsertBatchRows));
                if (!prepared) {
                    return prepared.error();
                }
                m_insertRows = std::move(*prepared);
            }
        }
        // Whole batches through the statement of several rows, whose ids are consecutive and end at
        // the connection's last insert id; the rest one by one.
        for (; m_insertRows && records.size() - at >= InsertBatchRows; at += InsertBatchRows) {
            int index = 0;
            for (qsizetype row = at; row < at + InsertBatchRows; ++row) {
                const Record &record = records.at(row);
                for (qsizetype i = 0; i < m_spec.fields.size(); ++i) {
                    bindStored(*m_insertRows, index++, m_spec.fields.at(i), valueOf(record, i));
                }
            }
            if (auto done = m_insertRows->exec(); !done) {
                return done.error();
            }
            const qint64 last = m_insertRows->lastInsertId();
            for (qint64 id = last - InsertBatchRows + 1; id <= last; ++id) {
                ids.append(RecordId{id});
            }
        }
    }
    for (; at < records.size(); ++at) {
        auto id = insert(records.at(at));
        if (!id) {
            return id.error();
        }
        ids.append(*id);
    }
    return ids;
}

Result<void> RecordRepository::update(const Record &record, const QList<int> &fieldIndexes) const
{
    if (fieldIndexes.isEmpty()) {
        return {};
    }
    QStringList assignments;
    for (const int index : fieldIndexes) {
        assignments.append(m_dialect.quote(m_spec.fields.at(index).key) + QStringLiteral(" = ?"));
    }
    const QString text = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                             .arg(m_dialect.quote(m_spec.table), assignments.join(QStringLiteral(", ")));
    auto found = m_statements.find(text);
    if (found == m_statements.end()) {
        auto prepared = m_dialect.prepareBulk(m_connection, text, static_cast<int>(fieldIndexes.size() + 1));
        if (!prepared) {
            return prepared.error();
        }
        found = m_statements.insert(text, std::shared_ptr<BulkStatement>(std::move(*prepared)));
    }
    BulkStatement &statement = **found;
    int position = 0;
    for (const int index : fieldIndexes) {
        bindStored(statement, position++, m_spec.fields.at(index), valueOf(record, index));
    }
    statement.bindInteger(position, record.id.value);
    return statement.exec();
}

Result<void> RecordRepository::remove(RecordId id) const
{
    if (m_spec.catalogue) {
        return fixedRecords();
    }
    QSqlQuery query(m_connection);
    return sql::execWith(query,
                         QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_dialect.quote(m_spec.table)),
                         {id.value});
}

} // namespace isms
