// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/FrozenSnapshot.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace isms {

QByteArray FrozenSnapshot::canonicalJson(const QJsonValue &value)
{
    if (value.isArray()) {
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    }
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QString FrozenSnapshot::sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Result<void> FrozenSnapshot::logFrozen(Database &db, const FrozenKind &kind, const FrozenRow &row)
{
    return ChangeLog::append(
        db,
        {FieldChange{kind.logEntity, row.id, kind.logField, std::nullopt, kind.logRecord(row)}});
}

Result<QStringList> FrozenSnapshot::check(const Database &db, const FrozenKind &kind)
{
    QStringList findings;
    const auto found = sql::scalar(db.connection(),
                                   QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                                  "AND name = ?"),
                                   {kind.table});
    if (!found) {
        return found.error();
    }
    if (found->toInt() == 0) {
        return findings; // a file from before this kind of snapshot existed
    }
    QHash<QString, QString> logged;
    const auto entries = ChangeLog::entries(db, ChangeLogQuery{kind.logEntity, {}, 0});
    if (!entries) {
        return entries.error();
    }
    for (const ChangeLogEntry &entry : *entries) {
        if (entry.field != kind.logField) {
            continue;
        }
        if (logged.contains(entry.entityId)) {
            findings.append(kind.message(FrozenProblem::LoggedTwice, entry.entityId));
        }
        logged.insert(entry.entityId, entry.newValue.value_or(QString()));
    }
    QStringList selected{kind.idColumn};
    selected += kind.columns;
    selected << kind.contentColumn << kind.hashColumn;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    // The names come from our own FrozenKind descriptions, never from user text.
    if (auto done = sql::exec(query,
                              QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                  .arg(selected.join(QStringLiteral(", ")), kind.table, kind.idColumn));
        !done) {
        return done.error();
    }
    QSet<QString> stored;
    const qsizetype columns = kind.columns.size();
    while (query.next()) {
        FrozenRow row;
        row.id = query.value(0).toString();
        for (qsizetype i = 0; i < columns; ++i) {
            row.values.append(query.value(int(i + 1)));
        }
        row.content = query.value(int(columns + 1)).toString().toUtf8();
        row.sha256 = query.value(int(columns + 2)).toString();
        stored.insert(row.id);
        if (sha256Of(row.content) != row.sha256) {
            findings.append(kind.message(FrozenProblem::HashMismatch, row.id));
        } else {
            const QJsonDocument json = QJsonDocument::fromJson(row.content);
            if (kind.contentIsArray ? !json.isArray() : !json.isObject()) {
                findings.append(kind.message(FrozenProblem::Unreadable, row.id));
            }
        }
        const auto entry = logged.constFind(row.id);
        if (entry == logged.constEnd()) {
            findings.append(kind.message(FrozenProblem::NotLogged, row.id));
        } else if (*entry != kind.logRecord(row)) {
            findings.append(kind.message(FrozenProblem::DiffersFromLog, row.id));
        }
    }
    QStringList missing;
    for (auto it = logged.constBegin(); it != logged.constEnd(); ++it) {
        if (!stored.contains(it.key())) {
            missing.append(it.key());
        }
    }
    std::sort(missing.begin(), missing.end(), [](const QString &a, const QString &b) {
        return a.toLongLong() < b.toLongLong();
    });
    for (const QString &id : std::as_const(missing)) {
        findings.append(kind.message(FrozenProblem::Missing, id));
    }
    return findings;
}

} // namespace isms
