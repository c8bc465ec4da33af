// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/AuditorCompetence.h"

#include "domain/Entities.h"
#include "services/AuditCoverage.h"
#include "storage/RecordRepository.h"

#include <QHash>

#include <functional>
#include <utility>

namespace isms {

namespace {

/// The rank of a competence level: the higher, the better.
int rankOf(const QString &level)
{
    if (level == u"held") {
        return 3;
    }
    if (level == u"partly") {
        return 2;
    }
    return level == u"missing" ? 1 : 0;
}

/// Per person (row id), the best auditing competence the register records: its level and reference.
Result<QHash<qint64, std::pair<QString, QString>>> bestAuditingCompetence(const Database &db)
{
    QHash<qint64, std::pair<QString, QString>> best;
    const EntitySpec &competence = competenceSpec();
    const EntitySpec &role = roleSpec();
    const auto competences = RecordRepository(db, competence).all();
    const auto roles = RecordRepository(db, role).all();
    if (!competences || !roles) {
        return !competences ? competences.error() : roles.error();
    }
    QHash<qint64, QString> roleNames;
    for (const Record &row : *roles) {
        roleNames.insert(row.id.value, row.values.at(role.indexOf(u"name")).toString());
    }
    for (const Record &row : *competences) {
        const QString wording = row.values.at(competence.indexOf(u"competence")).toString();
        const QString roleName = roleNames.value(row.values.at(competence.indexOf(u"role")).toLongLong());
        if (!wording.contains(u"audit", Qt::CaseInsensitive)
            && !roleName.contains(u"audit", Qt::CaseInsensitive)) {
            continue;
        }
        const qint64 person = row.values.at(competence.indexOf(u"person")).toLongLong();
        const QString level = row.values.at(competence.indexOf(u"level")).toString();
        if (!best.contains(person) || rankOf(level) > rankOf(best.value(person).first)) {
            best.insert(person, {level, EntitySpec::refOf(row)});
        }
    }
    return best;
}

Result<QList<AuditorStanding>> standings(const Database &db,
                                         const std::function<bool(const AuditScope &)> &wanted)
{
    QList<AuditorStanding> found;
    const auto exists = RecordRepository(db, auditSpec()).tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return found;
    }
    const auto scopes = AuditCoverage::audits(db);
    const auto people = RecordRepository(db, personSpec()).all();
    const auto best = bestAuditingCompetence(db);
    if (!scopes || !people || !best) {
        return !scopes ? scopes.error() : !people ? people.error() : best.error();
    }
    const EntitySpec &person = personSpec();
    QHash<qint64, std::pair<QString, QString>> names;
    for (const Record &row : *people) {
        names.insert(row.id.value,
                     {EntitySpec::refOf(row), row.values.at(person.indexOf(u"name")).toString()});
    }
    for (const AuditScope &scope : *scopes) {
        if (!wanted(scope)) {
            continue;
        }
        for (const qint64 member : scope.team()) {
            const auto [level, ref] = best->value(member);
            found.append(
                {scope.id, scope.ref, names.value(member).first, names.value(member).second, level, ref});
        }
    }
    return found;
}

} // namespace

QString AuditorStanding::sentence() const
{
    if (level == u"held") {
        return AuditorCompetence::tr("%1 (%2) holds the auditing competence %3.")
            .arg(auditorName, auditorRef, competenceRef);
    }
    if (level.isEmpty()) {
        return AuditorCompetence::tr("%1 (%2) audits in %3, but the competences register records no "
                                     "competence in auditing for them; record it with how it was shown, "
                                     "or choose a competent auditor.")
            .arg(auditorName, auditorRef, auditRef);
    }
    return AuditorCompetence::tr("%1 (%2) audits in %3, but their competence in auditing is recorded as "
                                 "\"%4\" (%5); close the gap with a training, or pair them with a competent "
                                 "auditor.")
        .arg(auditorName,
             auditorRef,
             auditRef,
             level == u"partly" ? AuditorCompetence::tr("partly held") : AuditorCompetence::tr("missing"),
             competenceRef);
}

Result<QList<AuditorStanding>> AuditorCompetence::gaps(const Database &db)
{
    auto all = standings(db, [](const AuditScope &scope) { return scope.status != u"closed"; });
    if (all) {
        all->removeIf([](const AuditorStanding &standing) { return standing.competent(); });
    }
    return all;
}

Result<QList<AuditorStanding>> AuditorCompetence::teamOf(const Database &db, RecordId audit)
{
    return standings(db, [audit](const AuditScope &scope) { return scope.id == audit; });
}

} // namespace isms
