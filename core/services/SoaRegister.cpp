// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/SoaRegister.h"

#include "domain/Entities.h"
#include "services/ApplicabilityRules.h"
#include "services/EvidenceService.h"
#include "storage/RecordRepository.h"

#include <QHash>

namespace isms {

namespace {

Result<void> appendRegister(Database &db,
                            const EntitySpec &spec,
                            const ControlUse &use,
                            QList<SoaEntry> &entries)
{
    const auto records = RecordRepository(db, spec).all();
    if (!records) {
        return records.error();
    }
    const auto counts = EvidenceService(db).countsByRecord(spec.key);
    if (!counts) {
        return counts.error();
    }
    const auto text = [&spec](const Record &record, QStringView key) {
        const int index = spec.indexOf(key);
        return index < 0 ? QString() : record.values.at(index).toString();
    };
    const bool additional = !spec.isCatalogue();
    for (const Record &record : *records) {
        SoaEntry entry;
        entry.ref = EntitySpec::refOf(record);
        entry.id = spec.shownRef(entry.ref);
        entry.additional = additional;
        entry.title = text(record, u"title");
        entry.theme = text(record, u"theme");
        entry.source = text(record, u"source");
        entry.sourceRef = text(record, u"source_ref");
        entry.status = text(record, u"status");
        entry.applicable = entry.status != u"not-applicable";
        entry.reasons = ApplicabilityRules::reasons(text(record, u"reasons"),
                                                    !additional && use.namingRisks.contains(entry.ref));
        entry.justification = text(record, u"justification");
        entry.owner = text(record, u"owner");
        entry.implementation = text(record, u"implementation");
        entry.documents = text(record, u"documents");
        entry.lastReviewed = record.values.at(spec.indexOf(u"last_reviewed")).toDate();
        entry.evidence = counts->value(entry.ref);
        entries.append(entry);
    }
    return {};
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

Result<QList<SoaEntry>> SoaRegister::read(Database &db)
{
    const auto use = ApplicabilityRules::controlUse(db);
    if (!use) {
        return use.error();
    }
    QList<SoaEntry> entries;
    entries.reserve(110);
    if (auto done = appendRegister(db, controlSpec(), *use, entries); !done) {
        return done.error();
    }
    if (auto done = appendRegister(db, additionalControlSpec(), *use, entries); !done) {
        return done.error();
    }
    return entries;
}

QJsonObject SoaRegister::toJson(const SoaEntry &entry)
{
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("title"), entry.title},
        {QStringLiteral("applicable"), entry.applicable},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(entry.reasons)},
        {QStringLiteral("justification"), entry.justification},
        {QStringLiteral("status"), entry.status},
        {QStringLiteral("owner"), entry.owner},
        {QStringLiteral("implementation"), entry.implementation},
        {QStringLiteral("documents"), entry.documents},
        {QStringLiteral("theme"), orNull(entry.theme)},
        {QStringLiteral("source"), orNull(entry.source)},
        {QStringLiteral("source_ref"), orNull(entry.sourceRef)},
        {QStringLiteral("last_reviewed"), orNull(dateText(entry.lastReviewed))},
        {QStringLiteral("evidence"), entry.evidence},
        {QStringLiteral("additional"), entry.additional},
    };
}

SoaEntry SoaRegister::fromJson(const QJsonObject &object)
{
    SoaEntry entry;
    entry.id = object.value(QStringLiteral("id")).toString();
    entry.additional = object.value(QStringLiteral("additional")).toBool();
    entry.ref = !entry.additional && entry.id.startsWith(QStringLiteral("A.")) ? entry.id.mid(2) : entry.id;
    entry.title = object.value(QStringLiteral("title")).toString();
    entry.theme = object.value(QStringLiteral("theme")).toString();
    entry.source = object.value(QStringLiteral("source")).toString();
    entry.sourceRef = object.value(QStringLiteral("source_ref")).toString();
    entry.applicable = object.value(QStringLiteral("applicable")).toBool(true);
    for (const QJsonValue &reason : object.value(QStringLiteral("reasons")).toArray()) {
        entry.reasons.append(reason.toString());
    }
    entry.justification = object.value(QStringLiteral("justification")).toString();
    entry.status = object.value(QStringLiteral("status")).toString();
    entry.owner = object.value(QStringLiteral("owner")).toString();
    entry.implementation = object.value(QStringLiteral("implementation")).toString();
    entry.documents = object.value(QStringLiteral("documents")).toString();
    entry.lastReviewed =
        QDate::fromString(object.value(QStringLiteral("last_reviewed")).toString(), Qt::ISODate);
    entry.evidence = object.value(QStringLiteral("evidence")).toInt();
    return entry;
}

QJsonArray SoaRegister::toJson(const QList<SoaEntry> &entries)
{
    QJsonArray array;
    for (const SoaEntry &entry : entries) {
        array.append(toJson(entry));
    }
    return array;
}

QList<SoaEntry> SoaRegister::fromJson(const QJsonArray &array)
{
    QList<SoaEntry> entries;
    entries.reserve(array.size());
    for (const QJsonValue &value : array) {
        entries.append(fromJson(value.toObject()));
    }
    return entries;
}

} // namespace isms
