// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RecordHistoryCheck.h"

#include "domain/Entities.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace isms {

namespace {

/// What the change log says about one record.
struct LoggedRecord
{
    bool exists = false;
    bool readable = true;
    QString ref;
    QHash<QString, std::optional<QString>> values;
};

QString named(const EntitySpec &spec, const QString &ref)
{
    return QCoreApplication::translate("isms::RecordHistoryCheck", "%1 %2").arg(spec.singularLabel(), ref);
}

Result<QHash<qint64, LoggedRecord>> replay(const Database &db, const EntitySpec &spec)
{
    QSqlQuery log(db.connection());
    log.setForwardOnly(true);
    if (auto done =
            sql::exec(log,
                      QStringLiteral("SELECT entity_id, field, new_value FROM change_log WHERE entity = ? "
                                     "ORDER BY seq"),
                      {spec.entity});
        !done) {
        return done.error();
    }
    QHash<qint64, LoggedRecord> records;
    while (log.next()) {
        LoggedRecord &record = records[log.value(0).toLongLong()];
        const QString field = log.value(1).toString();
        const std::optional<QString> value = sql::optionalString(log.value(2));
        if (field != EntitySpec::recordLogField()) {
            record.values.insert(field, value);
            continue;
        }
        if (!value) {
            record.exists = false; // a deletion
            continue;
        }
        record.exists = true;
        record.values.clear();
        QJsonParseError error{};
        const QJsonObject snapshot = QJsonDocument::fromJson(value->toUtf8(), &error).object();
        record.readable = error.error == QJsonParseError::NoError;
        for (auto it = snapshot.constBegin(); it != snapshot.constEnd(); ++it) {
            record.values.insert(it.key(),
                                 it.value().isNull() ? std::nullopt
                                                     : std::optional<QString>(it.value().toString()));
        }
    }
    for (LoggedRecord &record : records) {
        record.ref = record.values.value(QStringLiteral("ref")).value_or(QString());
    }
    return records;
}

} // namespace

Result<QStringList> RecordHistoryCheck::run(const Database &db)
{
    QStringList problems;
    for (const EntitySpec *spec : Entities::all()) {
        if (spec->isCatalogue()) {
            continue; // clauses and controls: IntegrityService holds them to their history by reference
        }
        const auto exists = RecordRepository(db, *spec).tableExists();
        if (!exists) {
            return exists.error();
        }
        if (!*exists) {
            continue; // a file of an older format, before this register existed
        }
        auto logged = replay(db, *spec);
        if (!logged) {
            return logged.error();
        }
        auto current = RecordRepository(db, *spec).all();
        if (!current) {
            return current.error();
        }
        for (const Record &record : std::as_const(*current)) {
            const QString ref = EntitySpec::refOf(record);
            const auto found = logged->constFind(record.id.value);
            if (found == logged->constEnd() || !found->exists) {
                problems.append(
                    QCoreApplication::translate("isms::RecordHistoryCheck",
                                                "%1 has no creation entry in the change log; it was "
                                                "added outside ISMS Workbench.")
                        .arg(named(*spec, ref)));
                continue;
            }
            if (!found->readable) {
                problems.append(
                    QCoreApplication::translate("isms::RecordHistoryCheck",
                                                "The creation entry of %1 in the change log cannot "
                                                "be read; it was changed outside ISMS Workbench.")
                        .arg(named(*spec, ref)));
                continue;
            }
            for (qsizetype i = 0; i < spec->fields.size(); ++i) {
                const FieldSpec &field = spec->fields.at(i);
                if (field.has(Logged)
                    && field.canonical(record.values.at(i)) != found->values.value(field.key)) {
                    problems.append(
                        QCoreApplication::translate("isms::RecordHistoryCheck",
                                                    "The field \"%1\" of %2 differs from its last logged "
                                                    "value; it was changed outside ISMS Workbench.")
                            .arg(field.labelText(), named(*spec, ref)));
                }
            }
        }
        QSet<qint64> present;
        for (const Record &record : std::as_const(*current)) {
            present.insert(record.id.value);
        }
        for (auto it = logged->constBegin(); it != logged->constEnd(); ++it) {
            if (it->exists && !present.contains(it.key())) {
                problems.append(
                    QCoreApplication::translate("isms::RecordHistoryCheck",
                                                "%1 is missing although the change log never "
                                                "recorded its deletion; it was deleted outside ISMS "
                                                "Workbench.")
                        .arg(named(*spec, it->ref)));
            }
        }
    }
    return problems;
}

} // namespace isms
