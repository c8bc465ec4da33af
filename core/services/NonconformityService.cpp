// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/NonconformityService.h"

#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "services/RecordService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"

namespace isms {

NonconformityService::NonconformityService(Database &db)
    : m_db(db)
{}

Result<Record> NonconformityService::raiseFromIncident(const QString &incidentRef, const QDate &today)
{
    const EntitySpec &incidents = incidentSpec();
    const EntitySpec &ncs = nonconformitySpec();
    RecordService incidentService(m_db, incidents);
    const auto incident = incidentService.getByRef(incidentRef.trimmed());
    if (!incident) {
        return incident.error();
    }
    const QString ref = EntitySpec::refOf(*incident);
    const QVariant existing = incident->values.at(incidents.indexOf(u"nonconformity"));
    if (existing.isValid() && existing.toLongLong() > 0) {
        const auto named = RecordService(m_db, ncs).get(RecordId{existing.toLongLong()});
        return Error{ErrorCode::InvalidArgument,
                     tr("Incident %1 has already raised nonconformity %2; open that one instead.")
                         .arg(ref, named ? EntitySpec::refOf(*named) : QString()),
                     {}};
    }
    Record nc = ncs.newRecord();
    auto set = [&](QStringView key, const QVariant &value) { nc.values[ncs.indexOf(key)] = value; };
    set(u"title", incident->values.at(incidents.indexOf(u"title")));
    set(u"raised_on", today);
    set(u"source", QStringLiteral("incident"));
    set(u"source_ref", ref);
    set(u"incident", incident->id.value);
    set(u"description", incident->values.at(incidents.indexOf(u"description")));
    if (const QString severity = incident->values.at(incidents.indexOf(u"severity")).toString();
        severity == u"high" || severity == u"critical") {
        set(u"classification", QStringLiteral("major"));
    }
    return insertLinked(nc, incidents, *incident);
}

Result<Record> NonconformityService::raiseFromFinding(const QString &findingRef, const QDate &today)
{
    const EntitySpec &findings = findingSpec();
    const EntitySpec &ncs = nonconformitySpec();
    const auto finding = RecordService(m_db, findings).getByRef(findingRef.trimmed());
    if (!finding) {
        return finding.error();
    }
    const QString ref = EntitySpec::refOf(*finding);
    const auto value = [&](QStringView key) { return finding->values.at(findings.indexOf(key)); };
    if (const QVariant existing = value(u"nonconformity"); existing.isValid() && existing.toLongLong() > 0) {
        const auto named = RecordService(m_db, ncs).get(RecordId{existing.toLongLong()});
        return Error{ErrorCode::InvalidArgument,
                     tr("Finding %1 has already raised nonconformity %2; open that one instead.")
                         .arg(ref, named ? EntitySpec::refOf(*named) : QString()),
                     {}};
    }
    const QString type = value(u"type").toString();
    if (type != u"major_nc" && type != u"minor_nc") {
        return Error{ErrorCode::InvalidArgument,
                     tr("Finding %1 is no nonconformity, so it raises none; record an observation or an "
                        "opportunity in the improvement log instead.")
                         .arg(ref),
                     {}};
    }
    QString audit;
    if (const auto parent = RecordService(m_db, auditSpec()).get(RecordId{value(u"audit").toLongLong()})) {
        audit = EntitySpec::refOf(*parent);
    }
    const QString description = value(u"description").toString();
    Record nc = ncs.newRecord();
    auto set = [&](QStringView key, const QVariant &field) { nc.values[ncs.indexOf(key)] = field; };
    const FieldSpec &title = *ncs.field(u"title");
    QString heading = description.section(u'\n', 0, 0).simplified();
    if (title.maxLength > 0 && heading.size() > title.maxLength) {
        heading = heading.left(title.maxLength - 1) + u'…';
    }
    set(u"title", heading);
    set(u"raised_on", today);
    set(u"source", QStringLiteral("audit-finding"));
    //: The source reference of a nonconformity raised by an audit finding: "AUD-001, finding F-003"
    set(u"source_ref", audit.isEmpty() ? ref : tr("%1, finding %2").arg(audit, ref));
    set(u"finding", finding->id.value);
    set(u"description", description);
    set(u"requirement", value(u"requirement"));
    set(u"classification", type == u"major_nc" ? QStringLiteral("major") : QStringLiteral("minor"));
    return insertLinked(nc, findings, *finding);
}

Result<Record> NonconformityService::insertLinked(const Record &nc,
                                                  const EntitySpec &sourceSpec,
                                                  const Record &source)
{
    const EntitySpec &ncs = nonconformitySpec();
    RecordService ncService(m_db, ncs);
    RecordService sourceService(m_db, sourceSpec);
    if (auto valid = ncService.validate(nc); !valid) {
        return valid.error();
    }
    QList<RecordId> ids;
    auto done = m_db.transaction([&]() -> Result<void> {
        QList<FieldChange> logged;
        if (auto inserted = ncService.insertWithin({nc}, false, ids, logged); !inserted) {
            return inserted;
        }
        QList<RecordId> changed;
        QSet<QString> fields;
        const RecordChange link{source.id, {{QStringLiteral("nonconformity"), ids.constFirst().value}}};
        if (auto updated = sourceService.updateWithin({link}, changed, fields, logged); !updated) {
            return updated;
        }
        return ChangeLog::append(m_db, logged);
    });
    if (!done) {
        return done.error();
    }
    Q_EMIT m_db.notifier()->recordsAdded(ncs.key, ids);
    Q_EMIT m_db.notifier()->recordsChanged(sourceSpec.key, {source.id}, {QStringLiteral("nonconformity")});
    Q_EMIT m_db.notifier()->changeLogAppended();
    return ncService.get(ids.constFirst());
}

QHash<QString, QVariant> NonconformityService::fiveWhysValues(const QStringList &answers,
                                                              const QString &rootCause)
{
    QHash<QString, QVariant> values;
    QString last;
    bool ended = false;
    for (int i = 0; i < 5; ++i) {
        QString answer = ended ? QString() : answers.value(i).simplified();
        if (answer.isEmpty()) {
            ended = true;
        } else {
            last = answer;
        }
        values.insert(QStringLiteral("why%1").arg(i + 1), answer.left(200));
    }
    const QString cause = rootCause.trimmed();
    values.insert(QStringLiteral("root_cause"), cause.isEmpty() ? last : cause);
    return values;
}

} // namespace isms
