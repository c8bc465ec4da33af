// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/AuditCoverage.h"

#include "catalog/Catalogue.h"
#include "domain/Entities.h"
#include "storage/RecordRepository.h"

#include <QHash>
#include <QSet>

namespace isms {

namespace {

/// The link records of `spec` by their audit: the other end as text (a clause, a control) or number.
Result<QHash<qint64, QList<QVariant>>> linksByAudit(const Database &db,
                                                    const EntitySpec &spec,
                                                    QStringView other)
{
    const auto rows = RecordRepository(db, spec).all();
    if (!rows) {
        return rows.error();
    }
    QHash<qint64, QList<QVariant>> links;
    for (const Record &row : *rows) {
        links[row.values.at(spec.indexOf(u"audit")).toLongLong()].append(row.values.at(spec.indexOf(other)));
    }
    return links;
}

} // namespace

QList<qint64> AuditScope::team() const
{
    QList<qint64> members;
    if (leadAuditor > 0) {
        members.append(leadAuditor);
    }
    for (const qint64 member : auditors) {
        if (!members.contains(member)) {
            members.append(member);
        }
    }
    return members;
}

bool AuditScope::coversClause(const QString &clause) const
{
    if (fullScope) {
        return true;
    }
    for (const QString &linked : clauses) {
        if (clause == linked || clause.startsWith(linked + u'.')) {
            return true;
        }
    }
    return false;
}

bool AuditScope::coversControl(const QString &control) const
{
    return fullScope || controls.contains(control);
}

bool CoverageRow::covered() const
{
    if (!undated.isEmpty()) {
        return true;
    }
    for (const QStringList &audits : auditsByYear) {
        if (!audits.isEmpty()) {
            return true;
        }
    }
    return false;
}

QStringList CoverageMatrix::gaps() const
{
    QStringList ids;
    for (const CoverageRow &row : rows) {
        if (!row.covered()) {
            ids.append(row.id);
        }
    }
    return ids;
}

Result<QList<AuditScope>> AuditCoverage::audits(const Database &db)
{
    const EntitySpec &spec = auditSpec();
    const auto rows = RecordRepository(db, spec).all();
    if (!rows) {
        return rows.error();
    }
    const auto clauses = linksByAudit(db, auditClauseSpec(), u"clause");
    const auto controls = linksByAudit(db, auditControlSpec(), u"control");
    const auto auditors = linksByAudit(db, auditAuditorSpec(), u"person");
    if (!clauses || !controls || !auditors) {
        return !clauses ? clauses.error() : !controls ? controls.error() : auditors.error();
    }
    QList<AuditScope> scopes;
    for (const Record &row : *rows) {
        const auto value = [&](QStringView key) { return row.values.at(spec.indexOf(key)); };
        AuditScope scope;
        scope.id = row.id;
        scope.ref = EntitySpec::refOf(row);
        scope.title = value(u"title").toString();
        scope.status = value(u"status").toString();
        scope.scopeText = value(u"scope").toString();
        scope.fullScope = value(u"full_scope").toBool();
        scope.programme = value(u"programme").toLongLong();
        scope.leadAuditor = value(u"lead_auditor").toLongLong();
        for (const QVariant &clause : clauses->value(row.id.value)) {
            scope.clauses.append(clause.toString());
        }
        for (const QVariant &control : controls->value(row.id.value)) {
            scope.controls.append(control.toString());
        }
        for (const QVariant &person : auditors->value(row.id.value)) {
            scope.auditors.append(person.toLongLong());
        }
        const QDate start = value(u"actual_start").toDate().isValid() ? value(u"actual_start").toDate()
                                                                      : value(u"planned_start").toDate();
        scope.year = start.isValid() ? start.year() : 0;
        scopes.append(scope);
    }
    return scopes;
}

Result<CoverageMatrix> AuditCoverage::of(const Database &db, const QString &programmeRef)
{
    const EntitySpec &spec = auditProgrammeSpec();
    const auto programmes = RecordRepository(db, spec).all();
    if (!programmes) {
        return programmes.error();
    }
    const Record *programme = nullptr;
    for (const Record &row : *programmes) {
        if (EntitySpec::refOf(row).compare(programmeRef.trimmed(), Qt::CaseInsensitive) == 0) {
            programme = &row;
        }
    }
    if (!programme) {
        return Error{ErrorCode::NotFound,
                     tr("There is no audit programme %1; \"isms-cli list audit-programme FILE\" lists them.")
                         .arg(programmeRef),
                     {}};
    }
    CoverageMatrix matrix;
    matrix.programmeRef = EntitySpec::refOf(*programme);
    matrix.programmeTitle = programme->values.at(spec.indexOf(u"title")).toString();
    const QDate start = programme->values.at(spec.indexOf(u"cycle_start")).toDate();
    const QDate end = programme->values.at(spec.indexOf(u"cycle_end")).toDate();
    for (int year = start.year(); start.isValid() && end.isValid() && year <= end.year(); ++year) {
        matrix.years.append(year);
    }
    auto scopes = audits(db);
    if (!scopes) {
        return scopes.error();
    }
    QList<AuditScope> ofProgramme;
    for (const AuditScope &scope : *scopes) {
        if (scope.programme == programme->id.value) {
            ofProgramme.append(scope);
        }
    }
    const auto place = [&](CoverageRow &row, const AuditScope &scope) {
        const auto year = matrix.years.indexOf(scope.year);
        if (year >= 0) {
            row.auditsByYear[year].append(scope.ref);
        } else {
            row.undated.append(scope.ref);
        }
    };

    const auto clauses = Catalogue::clauses();
    if (!clauses) {
        return clauses.error();
    }
    QSet<QString> parents;
    for (const Clause &clause : *clauses) {
        parents.insert(clause.parentRef);
    }
    for (const Clause &clause : *clauses) {
        if (parents.contains(clause.ref) || clause.parentRef.isEmpty()) {
            continue; // rows are the subclauses that hold requirements themselves
        }
        CoverageRow row{clause.ref, clause.title, false, QList<QStringList>(matrix.years.size()), {}};
        for (const AuditScope &scope : std::as_const(ofProgramme)) {
            if (scope.coversClause(clause.ref)) {
                place(row, scope);
            }
        }
        matrix.rows.append(row);
    }

    const EntitySpec &control = controlSpec();
    const auto controls = RecordRepository(db, control).all();
    if (!controls) {
        return controls.error();
    }
    for (const Record &record : *controls) {
        if (!record.values.at(control.indexOf(u"applicable")).toBool()) {
            continue;
        }
        const QString ref = EntitySpec::refOf(record);
        CoverageRow row{control.shownRef(ref),
                        record.values.at(control.indexOf(u"title")).toString(),
                        true,
                        QList<QStringList>(matrix.years.size()),
                        {}};
        for (const AuditScope &scope : std::as_const(ofProgramme)) {
            if (scope.coversControl(ref)) {
                place(row, scope);
            }
        }
        matrix.rows.append(row);
    }
    return matrix;
}

Result<std::optional<CoverageMatrix>> AuditCoverage::current(const Database &db, const QDate &today)
{
    const EntitySpec &spec = auditProgrammeSpec();
    const RecordRepository repository(db, spec);
    const auto exists = repository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return std::optional<CoverageMatrix>();
    }
    const auto programmes = repository.all();
    if (!programmes) {
        return programmes.error();
    }
    const Record *chosen = nullptr;
    int chosenRank = -1;
    QDate chosenStart;
    for (const Record &row : *programmes) {
        const QDate start = row.values.at(spec.indexOf(u"cycle_start")).toDate();
        const QDate end = row.values.at(spec.indexOf(u"cycle_end")).toDate();
        const int rank = (start <= today && today <= end) ? 2 : (start <= today ? 1 : 0);
        if (rank > chosenRank || (rank == chosenRank && start > chosenStart)) {
            chosen = &row;
            chosenRank = rank;
            chosenStart = start;
        }
    }
    if (!chosen) {
        return std::optional<CoverageMatrix>();
    }
    auto matrix = of(db, EntitySpec::refOf(*chosen));
    if (!matrix) {
        return matrix.error();
    }
    return std::optional<CoverageMatrix>(std::move(*matrix));
}

} // namespace isms
