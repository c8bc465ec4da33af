// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/AuditIndependence.h"

#include "domain/Entities.h"
#include "services/AuditCoverage.h"
#include "storage/RecordRepository.h"

#include <QHash>
#include <QRegularExpression>

namespace isms {

namespace {

struct Person
{
    QString ref;
    QString name;
    QStringList keys; ///< lower-case reference, name and job title
};

/// A record someone owns.
struct Owned
{
    QString kind;
    QString storedRef;
    QString shownRef;
    QString title;
    QStringList owners; ///< lower-case parts of the owner field
};

QStringList ownerParts(const QString &owner)
{
    static const QRegularExpression separators(QStringLiteral("[,;/]"));
    QStringList parts;
    for (const QString &part : owner.split(separators, Qt::SkipEmptyParts)) {
        if (const QString trimmed = part.trimmed().toLower(); !trimmed.isEmpty()) {
            parts.append(trimmed);
        }
    }
    return parts;
}

Result<QList<Owned>> ownedRecords(const Database &db)
{
    QList<Owned> owned;
    for (const EntitySpec *spec : {&clauseSpec(), &controlSpec(), &processSpec(), &assetSpec()}) {
        const RecordRepository repository(db, *spec);
        const auto exists = repository.tableExists();
        if (!exists) {
            return exists.error();
        }
        if (!*exists) {
            continue;
        }
        const auto rows = repository.all();
        if (!rows) {
            return rows.error();
        }
        const int titleIndex =
            spec->indexOf(u"title") >= 0 ? spec->indexOf(u"title") : spec->indexOf(u"name");
        for (const Record &row : *rows) {
            const QStringList owners = ownerParts(row.values.at(spec->indexOf(u"owner")).toString());
            if (owners.isEmpty()) {
                continue;
            }
            const QString ref = EntitySpec::refOf(row);
            owned.append({spec->key, ref, spec->shownRef(ref), row.values.at(titleIndex).toString(), owners});
        }
    }
    return owned;
}

bool audits(const AuditScope &scope, const Owned &record)
{
    if (record.kind == u"clauses") {
        return scope.coversClause(record.storedRef);
    }
    if (record.kind == u"controls") {
        return scope.coversControl(record.storedRef);
    }
    return scope.fullScope
           || (!record.title.trimmed().isEmpty()
               && (scope.scopeText.contains(record.title.trimmed(), Qt::CaseInsensitive)
                   || scope.scopeText.contains(record.shownRef, Qt::CaseInsensitive)));
}

Result<QList<IndependenceConflict>> check(const Database &db,
                                          bool (*wanted)(const AuditScope &, RecordId),
                                          RecordId id)
{
    QList<IndependenceConflict> found;
    const RecordRepository auditRepository(db, auditSpec());
    const auto exists = auditRepository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return found;
    }
    const auto scopes = AuditCoverage::audits(db);
    const auto people = RecordRepository(db, personSpec()).all();
    const auto owned = ownedRecords(db);
    if (!scopes || !people || !owned) {
        return !scopes ? scopes.error() : !people ? people.error() : owned.error();
    }
    const EntitySpec &personKind = personSpec();
    QHash<qint64, Person> byId;
    for (const Record &row : *people) {
        Person person{EntitySpec::refOf(row), row.values.at(personKind.indexOf(u"name")).toString(), {}};
        for (const QString &key :
             {person.ref, person.name, row.values.at(personKind.indexOf(u"job_title")).toString()}) {
            if (!key.trimmed().isEmpty()) {
                person.keys.append(key.trimmed().toLower());
            }
        }
        byId.insert(row.id.value, person);
    }
    for (const AuditScope &scope : *scopes) {
        if (!wanted(scope, id)) {
            continue;
        }
        for (const qint64 member : scope.team()) {
            const Person person = byId.value(member);
            for (const Owned &record : *owned) {
                const bool owns = std::ranges::any_of(record.owners, [&person](const QString &owner) {
                    return person.keys.contains(owner);
                });
                if (owns && audits(scope, record)) {
                    found.append({scope.id,
                                  scope.ref,
                                  person.ref,
                                  person.name,
                                  record.kind,
                                  record.shownRef,
                                  record.title});
                }
            }
        }
    }
    return found;
}

} // namespace

QString IndependenceConflict::sentence() const
{
    return AuditIndependence::tr("%1 (%2) audits %3 %4 in %5 but owns it; give that part of the audit to "
                                 "someone who does not own it.")
        .arg(auditorName, auditorRef, ownedRef, ownedTitle, auditRef);
}

Result<QList<IndependenceConflict>> AuditIndependence::conflicts(const Database &db)
{
    return check(
        db,
        [](const AuditScope &scope, RecordId) { return scope.status != u"closed"; },
        RecordId{});
}

Result<QList<IndependenceConflict>> AuditIndependence::conflictsOf(const Database &db, RecordId audit)
{
    return check(
        db,
        [](const AuditScope &scope, RecordId id) { return scope.id == id; },
        audit);
}

} // namespace isms
