// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/ChangeLog.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

namespace isms {

namespace {

const QByteArray GenesisHash(64, '0');

void addField(QByteArray &serialised, const std::optional<QString> &value)
{
    // Length-prefixed, so that no two different rows serialise to the same bytes.
    if (!value) {
        serialised.append("~;");
        return;
    }
    const QByteArray bytes = value->toUtf8();
    serialised.append(QByteArray::number(bytes.size()));
    serialised.append(':');
    serialised.append(bytes);
    serialised.append(';');
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

const QString SelectColumns = QStringLiteral("SELECT seq, at_utc, actor, entity, entity_id, field, "
                                             "old_value, new_value, prev_hash, hash FROM change_log");

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
    return QCryptographicHash::hash(serialised, QCryptographicHash::Sha256).toHex();
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
    QSqlQuery last(db);
    if (auto done =
            sql::exec(last, QStringLiteral("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1"));
        !done) {
        return done.error();
    }
    qint64 sequence = 0;
    QByteArray previous = GenesisHash;
    if (last.next()) {
        sequence = last.value(0).toLongLong();
        previous = last.value(1).toString().toLatin1();
    }
    // All rows of one action share one timestamp, to the millisecond (formatted once: a bulk change
    // writes thousands of rows).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString nowText = timestampText(now);
    QSqlQuery insert(db);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO change_log (seq, at_utc, actor, entity, entity_id, field, "
                           "old_value, new_value, prev_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return sql::queryError(insert, QStringLiteral("prepare change log insert"));
    }
    for (const FieldChange &change : changes) {
        ChangeLogEntry entry;
        entry.sequence = ++sequence;
        entry.timestampUtc = now;
        entry.actor = actor;
        entry.entity = change.entity;
        entry.entityId = change.entityId;
        entry.field = change.field;
        entry.oldValue = change.oldValue;
        entry.newValue = change.newValue;
        entry.previousHash = previous;
        entry.hash = hashWithTime(entry, nowText);
        const QVariantList values{entry.sequence,
                                  nowText,
                                  entry.actor,
                                  entry.entity,
                                  entry.entityId,
                                  entry.field,
                                  sql::nullable(entry.oldValue),
                                  sql::nullable(entry.newValue),
                                  QString::fromLatin1(entry.previousHash),
                                  QString::fromLatin1(entry.hash)};
        for (int i = 0; i < values.size(); ++i) {
            insert.bindValue(i, values.at(i));
        }
        if (!insert.exec()) {
            return sql::queryError(insert, QStringLiteral("insert change log row"));
        }
        previous = entry.hash;
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

Result<std::optional<QList<ChangeLogProblem>>> ChangeLog::verifyChainUnlessCancelled(
    const Database &db,
    const std::function<bool()> &isCancelled)
{
    constexpr qint64 RowsBetweenQuestions = 1000;
    QSqlQuery select(db.connection());
    select.setForwardOnly(true);
    if (auto done = sql::exec(select, SelectColumns + QStringLiteral(" ORDER BY seq")); !done) {
        return done.error();
    }
    QList<ChangeLogProblem> problems;
    QByteArray previous = GenesisHash;
    qint64 expectedSequence = 1;
    while (select.next()) {
        const ChangeLogEntry entry = entryFrom(select);
        if (isCancelled && entry.sequence % RowsBetweenQuestions == 0 && isCancelled()) {
            return std::optional<QList<ChangeLogProblem>>();
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
    }
    return std::optional<QList<ChangeLogProblem>>(std::move(problems));
}

} // namespace isms
