// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/Logging.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isms {

namespace {

constexpr auto snapshotResource = u":/schema/schema.json";

std::optional<QList<SchemaObject>> readSnapshot()
{
    QFile file(QString::fromUtf16(snapshotResource));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcStorage) << "the schema snapshot is missing; the schema is replayed instead";
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError
        || root.value(u"version").toInt() != Migrations::latestVersion()) {
        qCWarning(lcStorage) << "the schema snapshot is unreadable or of another version; the schema is "
                                "replayed instead";
        return std::nullopt;
    }
    QList<SchemaObject> objects;
    const QJsonArray array = root.value(u"objects").toArray();
    objects.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        objects.append(SchemaObject{object.value(u"type").toString(),
                                    object.value(u"name").toString(),
                                    object.value(u"table").toString(),
                                    object.value(u"sql").toString()});
    }
    return objects;
}

} // namespace

std::optional<QList<SchemaObject>> Migrations::schemaSnapshot()
{
    // Read once per process; the resource never changes while it runs.
    static const std::optional<QList<SchemaObject>> snapshot = readSnapshot();
    return snapshot;
}

QByteArray Migrations::snapshotJson(const QList<SchemaObject> &objects, int version)
{
    QJsonArray array;
    for (const SchemaObject &object : objects) {
        array.append(QJsonObject{{QStringLiteral("type"), object.type},
                                 {QStringLiteral("name"), object.name},
                                 {QStringLiteral("table"), object.tableName},
                                 {QStringLiteral("sql"), object.sql}});
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("version"), version}, {QStringLiteral("objects"), array}})
        .toJson(QJsonDocument::Indented);
}

Result<QList<SchemaObject>> Migrations::expectedSchema(int version)
{
    if (version == latestVersion()) {
        if (std::optional<QList<SchemaObject>> snapshot = schemaSnapshot()) {
            return *std::move(snapshot);
        }
    }
    return replayedSchema(version);
}

Result<QStringList> Migrations::schemaProblems(const QList<SchemaObject> &actual, int version)
{
    const auto expected = expectedSchema(version);
    if (!expected) {
        return expected.error();
    }
    QStringList problems = compareSchema(actual, *expected);
    if (problems.isEmpty() || version != latestVersion()) {
        return problems;
    }
    // The snapshot spares the replay for the files that match it; a difference is confirmed against the
    // migrations themselves, so it never rests on the snapshot alone.
    const auto replayed = replayedSchema(version);
    if (!replayed) {
        return replayed.error();
    }
    return compareSchema(actual, *replayed);
}

} // namespace isms
