// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RequirementService.h"

#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "services/RecordService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace isms {

namespace {

QStringList splitValues(const QString &cell)
{
    return cell.isEmpty() ? QStringList() : cell.split(u';');
}

const EntitySpec &specOf(RequirementKind kind)
{
    return kind == RequirementKind::Control ? controlSpec() : clauseSpec();
}

/// Reads a record's values by field key.
class Values
{
public:
    Values(const EntitySpec &spec, const Record &record)
        : m_spec(spec)
        , m_record(record)
    {}

    QVariant operator[](QStringView key) const { return m_record.values.value(m_spec.indexOf(key)); }

    QString text(QStringView key) const { return (*this)[key].toString(); }

private:
    const EntitySpec &m_spec;
    const Record &m_record;
};

RequirementTracking trackingOf(const EntitySpec &spec, const Record &record)
{
    const Values values(spec, record);
    RequirementTracking tracking;
    tracking.status = statusFromKeyword(values.text(u"status")).value_or(ImplementationStatus::NotStarted);
    tracking.owner = values.text(u"owner");
    tracking.notes = values.text(u"notes");
    tracking.targetDate = values[u"target_date"].toDate();
    return tracking;
}

Control controlOf(const Record &record)
{
    const EntitySpec &spec = controlSpec();
    const Values values(spec, record);
    Control control;
    control.ref = EntitySpec::refOf(record);
    control.title = values.text(u"title");
    control.theme = themeFromKeyword(values.text(u"theme")).value_or(Theme::Organizational);
    control.controlTypes = splitValues(values.text(u"control_types"));
    control.securityProperties = splitValues(values.text(u"security_properties"));
    control.cybersecurityConcepts = splitValues(values.text(u"cybersecurity_concepts"));
    control.operationalCapabilities = splitValues(values.text(u"operational_capabilities"));
    control.securityDomains = splitValues(values.text(u"security_domains"));
    control.isNewIn2022 = values[u"new_in_2022"].toBool();
    control.tracking = trackingOf(spec, record);
    return control;
}

Clause clauseOf(const Record &record)
{
    const EntitySpec &spec = clauseSpec();
    const Values values(spec, record);
    Clause clause;
    clause.ref = EntitySpec::refOf(record);
    clause.title = values.text(u"title");
    clause.parentRef = values.text(u"parent_ref");
    clause.documentedInformation = values.text(u"documented_information");
    clause.tracking = trackingOf(spec, record);
    return clause;
}

Error notFound(const RequirementKey &key)
{
    if (key.kind == RequirementKind::Control) {
        return Error{
            ErrorCode::NotFound,
            QCoreApplication::translate("isms::RequirementService",
                                        "There is no Annex A control \"%1\"; use an id from A.5.1 to A.8.34.")
                .arg(key.ref),
            {}};
    }
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate(
                     "isms::RequirementService",
                     "There is no clause \"%1\"; use a clause number from 4 to 10.3, such as 6.1.2.")
                     .arg(key.ref),
                 {}};
}

Result<Record> recordOf(const Database &db, const RequirementKey &key)
{
    auto found = RecordRepository(db, specOf(key.kind)).findByRef(key.ref);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return notFound({key.kind, key.ref.trimmed()});
    }
    return **found;
}

/// The field values of a change, by field key, in stored form.
QHash<QString, QVariant> valuesOf(const RequirementChange &change)
{
    QHash<QString, QVariant> values;
    if (change.status) {
        values.insert(QStringLiteral("status"), statusKeyword(*change.status));
    }
    if (change.owner) {
        values.insert(QStringLiteral("owner"), *change.owner);
    }
    if (change.notes) {
        values.insert(QStringLiteral("notes"), *change.notes);
    }
    if (change.targetDate) {
        values.insert(QStringLiteral("target_date"),
                      change.targetDate->isValid() ? QVariant(*change.targetDate) : QVariant());
    }
    return values;
}

} // namespace

RequirementService::RequirementService(Database &db)
    : m_db(db)
{}

Result<QList<Control>> RequirementService::controls() const
{
    auto records = RecordRepository(m_db, controlSpec()).all();
    if (!records) {
        return records.error();
    }
    QList<Control> result;
    result.reserve(records->size());
    QHash<QString, qsizetype> indexByRef;
    for (const Record &record : std::as_const(*records)) {
        indexByRef.insert(EntitySpec::refOf(record), result.size());
        result.append(controlOf(record));
    }
    QSqlQuery mapping(m_db.connection());
    mapping.setForwardOnly(true);
    if (auto done = sql::exec(mapping,
                              QStringLiteral("SELECT m.ref_2022, m.ref_2013 FROM annex_a_2013_mapping m "
                                             "JOIN annex_a_2013_control c ON c.ref = m.ref_2013 "
                                             "ORDER BY c.position"));
        !done) {
        return done.error();
    }
    while (mapping.next()) {
        const auto found = indexByRef.constFind(mapping.value(0).toString());
        if (found != indexByRef.constEnd()) {
            result[*found].mapped2013Refs.append(mapping.value(1).toString());
        }
    }
    return result;
}

Result<Control> RequirementService::control(const QString &ref) const
{
    auto record = recordOf(m_db, {RequirementKind::Control, ref});
    if (!record) {
        return record.error();
    }
    Control result = controlOf(*record);
    auto mapped = mapped2013(m_db, result.ref);
    if (!mapped) {
        return mapped.error();
    }
    result.mapped2013Refs = *mapped;
    return result;
}

Result<QStringList> RequirementService::mapped2013(const Database &db, const QString &ref2022)
{
    QSqlQuery mapping(db.connection());
    if (auto done = sql::exec(mapping,
                              QStringLiteral("SELECT m.ref_2013 FROM annex_a_2013_mapping m "
                                             "JOIN annex_a_2013_control c ON c.ref = m.ref_2013 "
                                             "WHERE m.ref_2022 = ? ORDER BY c.position"),
                              {normaliseControlRef(ref2022)});
        !done) {
        return done.error();
    }
    QStringList refs;
    while (mapping.next()) {
        refs.append(mapping.value(0).toString());
    }
    return refs;
}

Result<QList<Clause>> RequirementService::clauses() const
{
    auto records = RecordRepository(m_db, clauseSpec()).all();
    if (!records) {
        return records.error();
    }
    QList<Clause> result;
    result.reserve(records->size());
    for (const Record &record : std::as_const(*records)) {
        result.append(clauseOf(record));
    }
    return result;
}

Result<Clause> RequirementService::clause(const QString &ref) const
{
    auto record = recordOf(m_db, {RequirementKind::Clause, ref});
    if (!record) {
        return record.error();
    }
    return clauseOf(*record);
}

Result<QList<Control2013>> RequirementService::controls2013() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto done = sql::exec(query,
                              QStringLiteral("SELECT c.ref, c.title, m.ref_2022 FROM annex_a_2013_control c "
                                             "JOIN annex_a_2013_mapping m ON m.ref_2013 = c.ref "
                                             "JOIN annex_a_control n ON n.ref = m.ref_2022 "
                                             "ORDER BY c.position, n.position"));
        !done) {
        return done.error();
    }
    QList<Control2013> result;
    while (query.next()) {
        const QString ref = query.value(0).toString();
        if (result.isEmpty() || result.constLast().ref != ref) {
            result.append(Control2013{ref, query.value(1).toString(), {}});
        }
        result.last().refs2022.append(query.value(2).toString());
    }
    return result;
}

Result<RequirementTracking> RequirementService::tracking(const RequirementKey &key) const
{
    auto record = recordOf(m_db, key);
    if (!record) {
        return record.error();
    }
    return trackingOf(specOf(key.kind), *record);
}

Result<void> RequirementService::update(const RequirementKey &key, const RequirementChange &change)
{
    return updateMany({{key, change}});
}

Result<void> RequirementService::updateMany(
    const QList<std::pair<RequirementKey, RequirementChange>> &changes)
{
    // One RecordService per kind, both inside one transaction, so that a mixed change is one action.
    RecordService clauses(m_db, clauseSpec());
    RecordService controls(m_db, controlSpec());
    QList<RecordChange> byKind[2];
    TextHash<RecordId> ids[2];
    for (const RequirementKind kind : {RequirementKind::Clause, RequirementKind::Control}) {
        auto read = RecordRepository(m_db, specOf(kind)).idsByRef();
        if (!read) {
            return read.error();
        }
        ids[static_cast<int>(kind)] = *read;
    }
    for (const auto &[key, change] : changes) {
        const int kind = static_cast<int>(key.kind);
        const RecordId id = ids[kind].value(specOf(key.kind).storedRef(key.ref).toUpper());
        if (!id.isValid()) {
            return notFound({key.kind, key.ref.trimmed()});
        }
        if (!change.isEmpty()) {
            byKind[kind].append(RecordChange{id, valuesOf(change)});
        }
    }
    QList<RecordId> changedIds[2];
    QSet<QString> changedFields[2];
    auto done = m_db.transaction([&]() -> Result<void> {
        QList<FieldChange> logged;
        for (const RequirementKind kind : {RequirementKind::Clause, RequirementKind::Control}) {
            const int index = static_cast<int>(kind);
            RecordService &service = kind == RequirementKind::Clause ? clauses : controls;
            if (auto updated =
                    service.updateWithin(byKind[index], changedIds[index], changedFields[index], logged);
                !updated) {
                return updated;
            }
        }
        return ChangeLog::append(m_db, logged);
    });
    if (!done) {
        return done;
    }
    clauses.notifyChanged(changedIds[static_cast<int>(RequirementKind::Clause)],
                          changedFields[static_cast<int>(RequirementKind::Clause)]);
    controls.notifyChanged(changedIds[static_cast<int>(RequirementKind::Control)],
                           changedFields[static_cast<int>(RequirementKind::Control)]);
    return {};
}

Result<SoaWriteOutcome> RequirementService::writeSoa(const QList<RecordChange> &controls,
                                                     const QList<Record> &additionalCreates,
                                                     const QList<RecordChange> &additionalUpdates)
{
    RecordService controlService(m_db, controlSpec());
    RecordService additionalService(m_db, additionalControlSpec());
    if (auto changeable = controlService.checkChangeable(controls); !changeable) {
        return changeable.error();
    }
    if (auto changeable = additionalService.checkChangeable(additionalUpdates); !changeable) {
        return changeable.error();
    }
    SoaWriteOutcome outcome;
    QSet<QString> controlFields;
    QSet<QString> additionalFields;
    auto done = m_db.transaction([&]() -> Result<void> {
        QList<FieldChange> logged;
        if (auto updated =
                controlService.updateWithin(controls, outcome.controlsChanged, controlFields, logged);
            !updated) {
            return updated;
        }
        if (auto inserted =
                additionalService.insertWithin(additionalCreates, false, outcome.additionalCreated, logged);
            !inserted) {
            return inserted;
        }
        if (auto updated = additionalService.updateWithin(additionalUpdates,
                                                          outcome.additionalChanged,
                                                          additionalFields,
                                                          logged);
            !updated) {
            return updated;
        }
        return ChangeLog::append(m_db, logged);
    });
    if (!done) {
        return done.error();
    }
    if (!outcome.additionalCreated.isEmpty()) {
        Q_EMIT m_db.notifier()->recordsAdded(additionalControlSpec().key, outcome.additionalCreated);
        Q_EMIT m_db.notifier()->changeLogAppended();
    }
    controlService.notifyChanged(outcome.controlsChanged, controlFields);
    additionalService.notifyChanged(outcome.additionalChanged, additionalFields);
    return outcome;
}

} // namespace isms
