// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RaciMatrix.h"

#include "domain/Entities.h"
#include "services/RecordService.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace isms {

namespace {

RecordId idOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    const QVariant value = record.values.at(spec.indexOf(key));
    return value.isValid() ? RecordId{value.toLongLong()} : RecordId{};
}

QString textOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key)).toString().trimmed();
}

/// The references of a register's records by id. Errors: Database.
Result<QHash<RecordId, QString>> refsOf(const Database &db, const EntitySpec &spec)
{
    const auto records = RecordRepository(db, spec).all();
    if (!records) {
        return records.error();
    }
    QHash<RecordId, QString> refs;
    for (const Record &record : *records) {
        refs.insert(record.id, EntitySpec::refOf(record));
    }
    return refs;
}

/// The assignments as (process, role) pairs with their ids. Errors: Database.
Result<QHash<std::pair<qint64, qint64>, RecordId>> assignmentPairs(const Database &db)
{
    const EntitySpec &spec = raciAssignmentSpec();
    const auto links = RecordRepository(db, spec).all();
    if (!links) {
        return links.error();
    }
    QHash<std::pair<qint64, qint64>, RecordId> pairs;
    for (const Record &record : *links) {
        pairs.insert({idOf(spec, record, u"process").value, idOf(spec, record, u"role").value}, record.id);
    }
    return pairs;
}

Result<void> checkPair(const Database &db,
                       const QHash<std::pair<qint64, qint64>, RecordId> &pairs,
                       RecordId process,
                       RecordId role,
                       RecordId self)
{
    const auto existing = pairs.constFind({process.value, role.value});
    if (existing == pairs.cend() || (self.isValid() && *existing == self)) {
        return {};
    }
    const auto processes = refsOf(db, processSpec());
    const auto roles = refsOf(db, roleSpec());
    if (!processes || !roles) {
        return !processes ? processes.error() : roles.error();
    }
    return Error{ErrorCode::InvalidArgument,
                 QCoreApplication::translate("isms::RaciMatrix",
                                             "Role %1 already has a letter for process %2; change that "
                                             "assignment instead of adding a second one.")
                     .arg(roles->value(role), processes->value(process)),
                 {}};
}

} // namespace

Result<RaciMatrix> RaciMatrix::load(const Database &db)
{
    RaciMatrix matrix;
    const auto exists = RecordRepository(db, raciAssignmentSpec()).tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return matrix;
    }
    const EntitySpec &process = processSpec();
    const auto processes = RecordRepository(db, process).all();
    if (!processes) {
        return processes.error();
    }
    for (const Record &record : *processes) {
        if (textOf(process, record, u"status") != u"retired") {
            matrix.m_activities.append(
                {record.id, EntitySpec::refOf(record), textOf(process, record, u"name")});
        }
    }
    const EntitySpec &person = personSpec();
    const auto people = RecordRepository(db, person).all();
    if (!people) {
        return people.error();
    }
    QHash<RecordId, QString> names;
    for (const Record &record : *people) {
        names.insert(record.id, textOf(person, record, u"name"));
    }
    const EntitySpec &role = roleSpec();
    const auto roles = RecordRepository(db, role).all();
    if (!roles) {
        return roles.error();
    }
    for (const Record &record : *roles) {
        matrix.m_roles.append({record.id,
                               EntitySpec::refOf(record),
                               textOf(role, record, u"name"),
                               names.value(idOf(role, record, u"holder"))});
    }
    const auto byRef = [](const auto &a, const auto &b) {
        return a.ref.size() != b.ref.size() ? a.ref.size() < b.ref.size() : a.ref < b.ref;
    };
    std::stable_sort(matrix.m_activities.begin(), matrix.m_activities.end(), byRef);
    std::stable_sort(matrix.m_roles.begin(), matrix.m_roles.end(), byRef);

    const EntitySpec &link = raciAssignmentSpec();
    const auto links = RecordRepository(db, link).all();
    if (!links) {
        return links.error();
    }
    for (const Record &record : *links) {
        matrix.m_cells.insert(
            {idOf(link, record, u"process").value, idOf(link, record, u"role").value},
            RaciCell{record.id, EntitySpec::refOf(record), textOf(link, record, u"letter")});
    }
    return matrix;
}

RaciCell RaciMatrix::cell(qsizetype row, qsizetype column) const
{
    if (row < 0 || row >= m_activities.size() || column < 0 || column >= m_roles.size()) {
        return {};
    }
    return m_cells.value({m_activities.at(row).process.value, m_roles.at(column).role.value});
}

int RaciMatrix::accountableCount(qsizetype row) const
{
    int count = 0;
    for (qsizetype column = 0; column < m_roles.size(); ++column) {
        count += cell(row, column).letter == u"A" ? 1 : 0;
    }
    return count;
}

Result<void> RaciMatrix::validateAssignment(const EntitySpec &spec,
                                            const Record &assignment,
                                            const RecordContext &context)
{
    const RecordId process = idOf(spec, assignment, u"process");
    const RecordId role = idOf(spec, assignment, u"role");
    if (!process.isValid() || !role.isValid() || !context.db) {
        return {}; // the fields' own rules report a missing end
    }
    const auto pairs = assignmentPairs(*context.db);
    if (!pairs) {
        return pairs.error();
    }
    return checkPair(*context.db, *pairs, process, role, assignment.id);
}

QList<std::pair<qsizetype, Error>> RaciMatrix::validateAssignments(const EntitySpec &spec,
                                                                   const QList<Record> &assignments,
                                                                   const RecordContext &context)
{
    QList<std::pair<qsizetype, Error>> problems;
    if (!context.db || assignments.isEmpty()) {
        return problems;
    }
    auto pairs = assignmentPairs(*context.db);
    if (!pairs) {
        problems.append({0, pairs.error()});
        return problems;
    }
    for (qsizetype i = 0; i < assignments.size(); ++i) {
        const RecordId process = idOf(spec, assignments.at(i), u"process");
        const RecordId role = idOf(spec, assignments.at(i), u"role");
        if (!process.isValid() || !role.isValid()) {
            continue;
        }
        if (auto valid = checkPair(*context.db, *pairs, process, role, assignments.at(i).id); !valid) {
            problems.append({i, valid.error()});
            continue;
        }
        pairs->insert({process.value, role.value}, RecordId{});
    }
    return problems;
}

} // namespace isms
