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
    RecordService ncService(m_db, ncs);
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
        const RecordChange link{incident->id, {{QStringLiteral("nonconformity"), ids.constFirst().value}}};
        if (auto updated = incidentService.updateWithin({link}, changed, fields, logged); !updated) {
            return updated;
        }
        return ChangeLog::append(m_db, logged);
    });
    if (!done) {
        return done.error();
    }
    Q_EMIT m_db.notifier()->recordsAdded(ncs.key, ids);
    Q_EMIT m_db.notifier()->recordsChanged(incidents.key, {incident->id}, {QStringLiteral("nonconformity")});
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
