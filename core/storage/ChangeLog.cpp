// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/ChangeLog.h"

#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QStringEncoder>

#include <array>
#include <charconv>

#ifdef ISMS_OPENSSL_SHA256
#include <openssl/evp.h>
#endif

namespace isms {

namespace {

const QByteArray GenesisHash(64, '0');

/// From about this many rows an action's hashes go through libcrypto (see ChangeLogWriter::open()).
constexpr qsizetype ManyRows = 64;

/// One value of a row as the hash covers it: length-prefixed, so that no two different rows serialise
/// to the same bytes ("~;" for NULL).
void addBytes(QByteArray &serialised, QByteArrayView bytes)
{
    char digits[24];
    const auto written = std::to_chars(std::begin(digits), std::end(digits), bytes.size());
    serialised.append(digits, written.ptr - digits);
    serialised.append(':');
    serialised.append(bytes);
    serialised.append(';');
}

void addField(QByteArray &serialised, const std::optional<QString> &value)
{
    if (!value) {
        serialised.append("~;");
        return;
    }
    addBytes(serialised, value->toUtf8());
}

/// sha256Hex() into `hex`, which keeps its capacity (a change log of thousands of rows is hashed row by
/// row).
void sha256HexInto(QByteArray &hex, QByteArrayView bytes, bool manyRows)
{
#ifdef ISMS_OPENSSL_SHA256
    if (manyRows) {
        static EVP_MD *const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (algorithm
            && EVP_Digest(bytes.data(),
                          static_cast<size_t>(bytes.size()),
                          digest,
                          &length,
                          algorithm,
                          nullptr)
                   == 1) {
            static constexpr char Digits[] = "0123456789abcdef";
            hex.resize(static_cast<qsizetype>(length) * 2);
            char *out = hex.data();
            for (unsigned int i = 0; i < length; ++i) {
                *out++ = Digits[digest[i] >> 4];
                *out++ = Digits[digest[i] & 0xF];
            }
            return;
        }
    }
#else
    Q_UNUSED(manyRows)
#endif
    hex = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// The SHA-256 of `bytes` in lower-case hex. With libcrypto it runs on the processor's SHA instructions
/// where it has them, about ten times fewer instructions than Qt's own code (an import hashes a row per
/// record); the digest is the same either way.
QByteArray sha256Hex(QByteArrayView bytes)
{
    QByteArray hex;
    sha256HexInto(hex, bytes, true);
    return hex;
}

/// `text` as UTF-8 into `utf8`, which keeps its capacity from row to row.
void utf8Into(QByteArray &utf8, QStringView text)
{
    utf8.resize(text.size() * 3);
    // Stateless, as toUtf8(): a lone surrogate at the end is converted like one anywhere else.
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    char *const end = encoder.appendToBuffer(utf8.data(), text);
    utf8.truncate(end - utf8.constData());
}

QString timestampText(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

ChangeLogEntry entryFrom(const QSqlQuery &query)
{
    ChangeLogEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.timestampUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.timestampUtc.setTimeSpec(Qt::UTC);
    entry.actor = query.value(2).toString();
    entry.entity = query.value(3).toString();
    entry.entityId = query.value(4).toString();
    entry.field = query.value(5).toString();
    entry.oldValue = sql::optionalString(query.value(6));
    entry.newValue = sql::optionalString(query.value(7));
    entry.previousHash = query.value(8).toString().toLatin1();
    entry.hash = query.value(9).toString().toLatin1();
    return entry;
}

const QString EntryColumns =
    QStringLiteral("seq, at_utc, actor, entity, entity_id, field, old_value, new_value, "
                   "prev_hash, hash");
const QString SelectColumns = QStringLiteral("SELECT ") + EntryColumns + QStringLiteral(" FROM change_log");

} // namespace

QByteArray ChangeLog::computeHash(const ChangeLogEntry &entry)
{
    return hashWithTime(entry, timestampText(entry.timestampUtc));
}

QByteArray ChangeLog::hashWithTime(const ChangeLogEntry &entry, const QString &timestamp)
{
    // The row is serialised first and hashed in one call: feeding the hash piece by piece cost an
    // import of thousands of rows more than the hashing itself.
    QByteArray serialised;
    serialised.reserve(256 + (entry.oldValue ? entry.oldValue->size() * 3 : 0)
                       + (entry.newValue ? entry.newValue->size() * 3 : 0));
    addField(serialised, QString::fromLatin1(entry.previousHash));
    addField(serialised, QString::number(entry.sequence));
    addField(serialised, timestamp);
    addField(serialised, entry.actor);
    addField(serialised, entry.entity);
    addField(serialised, entry.entityId);
    addField(serialised, entry.field);
    addField(serialised, entry.oldValue);
    addField(serialised, entry.newValue);
    return sha256Hex(serialised);
}

Result<void> ChangeLog::append(Database &db, const QList<FieldChange> &changes)
{
    QSqlDatabase connection = db.connection();
    return appendTo(connection, db.actor(), changes);
}

Result<void> ChangeLog::appendTo(QSqlDatabase &db, const QString &actor, const QList<FieldChange> &changes)
{
    if (changes.isEmpty()) {
        return {};
    }
    auto writer = ChangeLogWriter::open(db, actor, changes.size());
    if (!writer) {
        return writer.error();
    }
    return (*writer)->write(changes);
}

ChangeLogWriter::~ChangeLogWriter() = default;

Result<std::unique_ptr<ChangeLogWriter>> ChangeLogWriter::open(QSqlDatabase &db,
                                                               const QString &actor,
                                                               qsizetype expectedRows)
{
    QSqlQuery last(db);
    if (auto done =
            sql::exec(last, QStringLiteral("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1"));
        !done) {
        return done.error();
    }
    std::unique_ptr<ChangeLogWriter> writer(new ChangeLogWriter);
    writer->m_manyRows = expectedRows >= ManyRows;
    writer->m_previous = GenesisHash;
    if (last.next()) {
        writer->m_sequence = last.value(0).toLongLong();
        writer->m_previous = last.value(1).toString().toLatin1();
    }
    last.finish();
    // All rows of one action share one timestamp, to the millisecond (formatted once: a bulk change
    // writes thousands of rows).
    writer->m_now = timestampText(QDateTime::currentDateTimeUtc()).toUtf8();
    writer->m_actor = actor.toUtf8();
    auto insert = SqlDialect::sqlite().prepareBulk(
        db,
        QStringLiteral("INSERT INTO change_log (seq, at_utc, actor, entity, entity_id, field, "
                       "old_value, new_value, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        10);
    if (!insert) {
        return insert.error();
    }
    writer->m_statement = std::move(insert).value();
    return writer;
}

Result<void> ChangeLogWriter::write(const QList<FieldChange> &changes)
{
    for (const FieldChange &change : changes) {
        if (auto done = write(change); !done) {
            return done;
        }
    }
    return {};
}

Result<void> ChangeLogWriter::write(const FieldChange &change)
{
    prepareInto(m_row, change);
    return insertRow(m_row);
}

QList<ChangeLogWriter::PreparedRow> ChangeLogWriter::prepare(const QList<FieldChange> &changes)
{
    QList<PreparedRow> rows(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        prepareInto(rows[i], changes.at(i));
    }
    return rows;
}

Result<void> ChangeLogWriter::insert(const QList<PreparedRow> &rows)
{
    for (const PreparedRow &row : rows) {
        if (auto done = insertRow(row); !done) {
            return done;
        }
    }
    return {};
}

void ChangeLogWriter::prepareInto(PreparedRow &row, const FieldChange &change)
{
    // Each value is converted to UTF-8 once, for its hash and for its column.
    utf8Into(row.texts[0], change.entity);
    utf8Into(row.texts[1], change.entityId);
    utf8Into(row.texts[2], change.field);
    utf8Into(row.texts[3], change.oldValue ? QStringView(*change.oldValue) : QStringView());
    utf8Into(row.texts[4], change.newValue ? QStringView(*change.newValue) : QStringView());
    row.hasValue = {change.oldValue.has_value(), change.newValue.has_value()};
    row.sequence = ++m_sequence;
    m_sequenceText.setNum(row.sequence);
    m_serialised.truncate(0); // keeps its capacity for the next row
    addBytes(m_serialised, m_previous);
    addBytes(m_serialised, m_sequenceText);
    addBytes(m_serialised, m_now);
    addBytes(m_serialised, m_actor);
    addBytes(m_serialised, row.texts[0]);
    addBytes(m_serialised, row.texts[1]);
    addBytes(m_serialised, row.texts[2]);
    for (size_t i = 0; i < row.hasValue.size(); ++i) {
        if (row.hasValue.at(i)) {
            addBytes(m_serialised, row.texts.at(3 + i));
        } else {
            m_serialised.append("~;");
        }
    }
    sha256HexInto(m_hash, m_serialised, m_manyRows);
    row.previous = m_previous;
    row.hash = m_hash;
    m_previous.swap(m_hash); // both keep their capacity when no row shares them
}

Result<void> ChangeLogWriter::insertRow(const PreparedRow &row)
{
    BulkStatement &statement = *m_statement;
    statement.bindInteger(0, row.sequence);
    statement.bindUtf8(1, m_now);
    statement.bindUtf8(2, m_actor);
    for (int i = 0; i < 3; ++i) {
        statement.bindUtf8(3 + i, row.texts.at(static_cast<size_t>(i)));
    }
    for (int i = 0; i < 2; ++i) {
        if (row.hasValue.at(static_cast<size_t>(i))) {
            statement.bindUtf8(6 + i, row.texts.at(static_cast<size_t>(3 + i)));
        } else {
            statement.bindNull(6 + i);
        }
    }
    statement.bindUtf8(8, row.previous);
    statement.bindUtf8(9, row.hash);
    if (auto done = statement.exec(); !done) {
        return done.error();
    }
    return {};
}

Result<QList<ChangeLogEntry>> ChangeLog::entries(const Database &db, const ChangeLogQuery &query)
{
    QString sqlText = SelectColumns;
    QVariantList values;
    QStringList conditions;
    if (!query.entity.isEmpty()) {
        conditions.append(QStringLiteral("entity = ?"));
        values.append(query.entity);
    }
    if (!query.entityId.isEmpty()) {
        conditions.append(QStringLiteral("entity_id = ?"));
        values.append(query.entityId);
    }
    if (!conditions.isEmpty()) {
        sqlText += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    sqlText += QStringLiteral(" ORDER BY seq DESC");
    if (query.limit > 0) {
        sqlText += QStringLiteral(" LIMIT %1").arg(query.limit);
    }
    QSqlQuery select(db.connection());
    select.setForwardOnly(true);
    if (!select.prepare(sqlText)) {
        return sql::queryError(select, QStringLiteral("prepare change log select"));
    }
    for (const QVariant &value : std::as_const(values)) {
        select.addBindValue(value);
    }
    if (!select.exec()) {
        return sql::queryError(select, QStringLiteral("read change log"));
    }
    QList<ChangeLogEntry> result;
    while (select.next()) {
        result.append(entryFrom(select));
    }
    // Oldest first for readers; the query took the newest rows when limited.
    std::reverse(result.begin(), result.end());
    return result;
}

Result<qint64> ChangeLog::count(const Database &db)
{
    const auto rows = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM change_log"));
    if (!rows) {
        return rows.error();
    }
    return rows->toLongLong();
}

Result<QList<ChangeLogProblem>> ChangeLog::verifyChain(const Database &db)
{
    auto problems = verifyChainUnlessCancelled(db, {});
    if (!problems) {
        return problems.error();
    }
    return std::move(**problems);
}

Result<bool> ChangeLog::eachRow(const Database &db,
                                const QString &columns,
                                const std::function<bool(const QSqlQuery &)> &row,
                                qint64 partRows)
{
    const QString sql = QStringLiteral("SELECT ") + columns
                        + QStringLiteral(" FROM change_log WHERE seq > ? ORDER BY seq LIMIT ")
                        + QString::number(partRows);
    qint64 last = 0;
    for (;;) {
        QSqlQuery part(db.connection());
        part.setForwardOnly(true);
        if (auto done = sql::exec(part, sql, {last}); !done) {
            return done.error();
        }
        qint64 rows = 0;
        while (part.next()) {
            ++rows;
            last = part.value(0).toLongLong();
            if (!row(part)) {
                return false;
            }
        }
        if (rows < partRows) {
            return true;
        }
    }
}

Result<std::optional<QList<ChangeLogProblem>>> ChangeLog::verifyChainUnlessCancelled(
    const Database &db,
    const std::function<bool()> &isCancelled)
{
    constexpr qint64 RowsBetweenQuestions = 1000;
    QList<ChangeLogProblem> problems;
    QByteArray previous = GenesisHash;
    qint64 expectedSequence = 1;
    const auto read = eachRow(db, EntryColumns, [&](const QSqlQuery &select) {
        const ChangeLogEntry entry = entryFrom(select);
        if (isCancelled && entry.sequence % RowsBetweenQuestions == 0 && isCancelled()) {
            return false;
        }
        if (entry.sequence != expectedSequence) {
            problems.append(
                {entry.sequence,
                 QCoreApplication::translate("isms::ChangeLog", "Change-log rows before row %1 are missing.")
                     .arg(entry.sequence)});
        }
        if (entry.previousHash != previous) {
            problems.append(
                {entry.sequence,
                 QCoreApplication::translate("isms::ChangeLog",
                                             "Change-log row %1 does not follow the row before it; "
                                             "rows were removed or reordered.")
                     .arg(entry.sequence)});
        }
        if (computeHash(entry) != entry.hash) {
            problems.append(
                {entry.sequence,
                 QCoreApplication::translate("isms::ChangeLog",
                                             "Change-log row %1 was altered after it was written.")
                     .arg(entry.sequence)});
        }
        previous = entry.hash;
        expectedSequence = entry.sequence + 1;
        return true;
    });
    if (!read) {
        return read.error();
    }
    if (!*read) {
        return std::optional<QList<ChangeLogProblem>>(); // cancelled: the rows not read are unknown
    }
    return std::optional<QList<ChangeLogProblem>>(std::move(problems));
}

} // namespace isms
