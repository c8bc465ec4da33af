// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ClauseRecords.h"

#include "domain/Entities.h"
#include "services/MandatoryInformation.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace isms {

namespace {

/// Each clause's own registers, by key. Registers of later work (audits, reviews, nonconformities)
/// join here when they exist.
const QHash<QString, QStringList> &servingRegisters()
{
    static const QHash<QString, QStringList> map{
        {QStringLiteral("4.1"), {QStringLiteral("context-issues")}},
        {QStringLiteral("4.2"), {QStringLiteral("interested-parties")}},
        {QStringLiteral("4.3"), {QStringLiteral("scope")}},
        {QStringLiteral("4.4"), {QStringLiteral("processes"), QStringLiteral("process-interactions")}},
        {QStringLiteral("5.1"), {QStringLiteral("leadership-duties")}},
        {QStringLiteral("5.3"), {QStringLiteral("roles"), QStringLiteral("people")}},
        {QStringLiteral("6.1.1"), {QStringLiteral("isms-risks")}},
        {QStringLiteral("6.1.2"),
         {QStringLiteral("risks"),
          QStringLiteral("assets"),
          QStringLiteral("threats"),
          QStringLiteral("vulnerabilities")}},
        {QStringLiteral("6.1.3"),
         {QStringLiteral("risks"), QStringLiteral("treatment-tasks"), QStringLiteral("additional-controls")}},
        {QStringLiteral("6.2"), {QStringLiteral("objectives")}},
        {QStringLiteral("6.3"), {QStringLiteral("planned-changes")}},
        {QStringLiteral("7.1"), {QStringLiteral("resources")}},
        {QStringLiteral("7.2"), {QStringLiteral("competences"), QStringLiteral("trainings")}},
        {QStringLiteral("7.3"), {QStringLiteral("trainings")}},
        {QStringLiteral("7.4"), {QStringLiteral("communications")}},
        {QStringLiteral("7.5.2"), {QStringLiteral("document-versions")}},
        {QStringLiteral("7.5.3"), {QStringLiteral("document-controls")}},
        {QStringLiteral("8.1"), {QStringLiteral("processes")}},
        {QStringLiteral("8.2"), {QStringLiteral("assessment-runs"), QStringLiteral("risks")}},
        {QStringLiteral("8.3"), {QStringLiteral("treatment-tasks"), QStringLiteral("risks")}},
        {QStringLiteral("9.1"), {QStringLiteral("metrics"), QStringLiteral("measurements")}},
        {QStringLiteral("10.1"), {QStringLiteral("improvements")}},
    };
    return map;
}

bool within(const QString &clause, const QString &candidate)
{
    return candidate == clause || candidate.startsWith(clause + u'.');
}

/// Whether a document's "clauses" field serves `clause`: it names it, a clause containing it, or one
/// of its subclauses.
bool serves(const QString &named, const QString &clause)
{
    if (MandatoryInformation::names(named, clause)) {
        return true;
    }
    static const QRegularExpression separators(QStringLiteral(R"([,;\s]+)"));
    const QStringList parts = named.split(separators, Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(), [&](const QString &part) {
        return within(clause, part);
    });
}

/// The first plain text field after the reference: what a person reads as the record's name.
int captionIndex(const EntitySpec &spec)
{
    for (int i = 1; i < spec.fields.size(); ++i) {
        if (spec.fields.at(i).type == FieldType::Text) {
            return i;
        }
    }
    return -1;
}

} // namespace

QStringList ClauseRecords::registersOf(const QString &clause)
{
    QStringList keys;
    for (const QString &key : servingRegisters().value(clause)) {
        if (Entities::find(key)) {
            keys.append(key);
        }
    }
    return keys;
}

Result<QList<ClauseRecordGroup>> ClauseRecords::read(const Database &db, const QString &clause)
{
    QStringList wanted;
    for (auto it = servingRegisters().cbegin(); it != servingRegisters().cend(); ++it) {
        if (within(clause, it.key())) {
            wanted.append(registersOf(it.key()));
        }
    }
    QList<ClauseRecordGroup> groups;
    for (const EntitySpec *spec : Entities::all()) {
        const bool documents = spec->key == u"documents";
        if (!documents && !wanted.contains(spec->key)) {
            continue;
        }
        const RecordRepository repository(db, *spec);
        const auto exists = repository.tableExists();
        if (!exists) {
            return exists.error();
        }
        if (!*exists) {
            continue;
        }
        const auto records = repository.all();
        if (!records) {
            return records.error();
        }
        ClauseRecordGroup group{.kind = spec->key,
                                .label = spec->pluralLabel(),
                                .entity = spec->entity,
                                .refs = {},
                                .logIds = {},
                                .captions = {},
                                .namingOnly = documents};
        const int clauses = documents ? spec->indexOf(u"clauses") : -1;
        const int caption = captionIndex(*spec);
        for (const Record &record : *records) {
            if (documents && (clauses < 0 || !serves(record.values.at(clauses).toString(), clause))) {
                continue;
            }
            group.refs.append(EntitySpec::refOf(record));
            group.captions.append(caption > 0 ? record.values.at(caption).toString() : QString());
            group.logIds.append(spec->isCatalogue() ? EntitySpec::refOf(record)
                                                    : QString::number(record.id.value));
        }
        if (!group.refs.isEmpty()) {
            groups.append(group);
        }
    }
    return groups;
}

} // namespace isms
