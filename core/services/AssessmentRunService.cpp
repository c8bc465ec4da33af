// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/AssessmentRunService.h"

#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "services/FrozenSnapshot.h"
#include "services/RecordService.h"
#include "services/RiskReportJson.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SqlHelpers.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

QVariant valueOf(const Record &record, QStringView key)
{
    return record.values.value(assessmentRunSpec().indexOf(key));
}

/// The record the change log holds when a snapshot is frozen: the run's reference and the hash.
QString frozenRecord(const QString &ref, const QString &sha256)
{
    const QJsonObject object{{u"ref"_s, ref}, {u"sha256"_s, sha256}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString problemText(FrozenProblem problem, const QString &run)
{
    switch (problem) {
    case FrozenProblem::HashMismatch:
        return AssessmentRunService::tr("The frozen register of assessment run %1 no longer matches its "
                                        "SHA-256; it was changed outside ISMS Workbench.")
            .arg(run);
    case FrozenProblem::Unreadable:
        return AssessmentRunService::tr("The frozen register of assessment run %1 is not readable.").arg(run);
    case FrozenProblem::NotLogged:
        return AssessmentRunService::tr("The frozen register of assessment run %1 has no entry in the "
                                        "change log; it was added outside ISMS Workbench.")
            .arg(run);
    case FrozenProblem::LoggedTwice:
        return AssessmentRunService::tr("Assessment run %1 is logged as frozen more than once; the change "
                                        "log was written outside ISMS Workbench.")
            .arg(run);
    case FrozenProblem::DiffersFromLog:
        return AssessmentRunService::tr("The frozen register of assessment run %1 differs from the record "
                                        "logged when it was frozen; it was changed outside ISMS Workbench.")
            .arg(run);
    case FrozenProblem::Missing:
        return AssessmentRunService::tr("The frozen register of assessment run %1 is missing from the "
                                        "project; it was removed outside ISMS Workbench.")
            .arg(run);
    }
    return {};
}

/// Runs as frozen snapshots; `refs` names each run by its reference in the messages.
FrozenKind frozenKind(const QHash<QString, QString> &refs = {})
{
    return FrozenKind{
        .table = u"assessment_run_snapshot"_s,
        .idColumn = u"run"_s,
        .columns = {u"(SELECT ref FROM assessment_run WHERE assessment_run.id = run)"_s},
        .contentColumn = u"content"_s,
        .hashColumn = u"sha256"_s,
        .logEntity = AssessmentRunService::logEntity(),
        .logField = AssessmentRunService::logField(),
        .contentIsArray = false,
        .logRecord =
            [](const FrozenRow &row) { return frozenRecord(row.values.value(0).toString(), row.sha256); },
        .message = [refs](FrozenProblem problem,
                          const QString &id) { return problemText(problem, refs.value(id, u"#"_s + id)); },
    };
}

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

} // namespace

AssessmentRunService::AssessmentRunService(Database &db)
    : m_db(db)
{}

Result<AssessmentRun> AssessmentRunService::record(const AssessmentRunRequest &request)
{
    const EntitySpec &spec = assessmentRunSpec();
    const QDate today = QDate::currentDate();
    const QDate date = request.date.isValid() ? request.date : today;
    if (request.scope.trimmed().isEmpty()) {
        return invalid(tr("Say what the assessment covered in its scope (the whole ISMS, or a part of it); "
                          "a run is recorded only with its scope."));
    }
    if (request.performedBy.trimmed().isEmpty()) {
        return invalid(tr("Name who performed the assessment; a run is recorded only with its assessor."));
    }
    if (date > today) {
        return invalid(tr("The assessment date %1 lies in the future; give the date on which the risks were "
                          "assessed.")
                           .arg(date.toString(Qt::ISODate)));
    }
    Record run = spec.newRecord();
    const auto set = [&](QStringView key, const QVariant &value) { run.values[spec.indexOf(key)] = value; };
    set(u"run_date", date);
    set(u"scope", request.scope.trimmed());
    set(u"performed_by", request.performedBy.trimmed());
    set(u"notes", request.notes.trimmed());
    for (const QString &key : {u"run_date"_s, u"scope"_s, u"performed_by"_s, u"notes"_s}) {
        if (auto valid = spec.field(key)->validate(valueOf(run, key)); !valid) {
            return valid.error();
        }
    }

    auto data = RiskReportData::load(m_db, date);
    if (!data) {
        return data.error();
    }
    const QByteArray json = FrozenSnapshot::canonicalJson(RiskReportJson::toJson(*data));
    const QString sha256 = FrozenSnapshot::sha256Of(json);
    set(u"risk_count", qint64(data->overview.total));
    set(u"above_threshold", qint64(data->overview.aboveThreshold.size()));
    set(u"sha256", sha256);

    RecordService service(m_db, spec);
    QList<RecordId> ids;
    auto done = m_db.transaction([&]() -> Result<void> {
        QList<FieldChange> logged;
        if (auto inserted = service.insertWithin({run}, false, ids, logged); !inserted) {
            return inserted;
        }
        if (auto written = ChangeLog::append(m_db, logged); !written) {
            return written;
        }
        QSqlQuery insert(m_db.connection());
        if (auto stored =
                sql::exec(insert,
                          u"INSERT INTO assessment_run_snapshot (run, content, sha256) VALUES (?, ?, ?)"_s,
                          {ids.constFirst().value, QString::fromUtf8(json), sha256});
            !stored) {
            return stored;
        }
        const auto created = RecordRepository(m_db, spec).find(ids.constFirst());
        if (!created) {
            return created.error();
        }
        return FrozenSnapshot::logFrozen(
            m_db,
            frozenKind(),
            FrozenRow{QString::number(ids.constFirst().value), {EntitySpec::refOf(**created)}, json, sha256});
    });
    if (!done) {
        return done.error();
    }
    Q_EMIT m_db.notifier()->recordsAdded(spec.key, ids);
    Q_EMIT m_db.notifier()->changeLogAppended();
    return get(ids.constFirst());
}

Result<AssessmentRun> AssessmentRunService::get(RecordId id) const
{
    const EntitySpec &spec = assessmentRunSpec();
    auto record = RecordService(m_db, spec).get(id);
    if (!record) {
        return record.error();
    }
    AssessmentRun run;
    run.record = *record;
    run.ref = EntitySpec::refOf(*record);
    run.date = valueOf(*record, u"run_date").toDate();
    run.scope = valueOf(*record, u"scope").toString();
    run.performedBy = valueOf(*record, u"performed_by").toString();
    run.notes = valueOf(*record, u"notes").toString();
    run.sha256 = valueOf(*record, u"sha256").toString();
    const auto content = sql::scalar(m_db.connection(),
                                     u"SELECT content FROM assessment_run_snapshot WHERE run = ?"_s,
                                     {id.value});
    if (!content) {
        return content.error();
    }
    const QByteArray json = content->toString().toUtf8();
    const auto unreadable = [&run](const QString &detail) {
        return Error{
            ErrorCode::InvalidArgument,
            tr("The frozen register of assessment run %1 cannot be read; it was damaged outside ISMS "
               "Workbench. Run \"isms-cli check\" on the project.")
                .arg(run.ref),
            detail};
    };
    if (FrozenSnapshot::sha256Of(json) != run.sha256) {
        return unreadable(u"hash mismatch"_s);
    }
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        return unreadable(u"not a JSON object"_s);
    }
    auto data = RiskReportJson::fromJson(document.object());
    if (!data) {
        return unreadable(data.error().detail);
    }
    run.data = std::move(data).value();
    return run;
}

Result<AssessmentRun> AssessmentRunService::getByRef(const QString &ref) const
{
    auto record = RecordService(m_db, assessmentRunSpec()).getByRef(ref);
    if (!record) {
        return record.error();
    }
    return get(record->id);
}

Result<std::optional<QDate>> AssessmentRunService::latestDate(const Database &db)
{
    const RecordRepository repository(db, assessmentRunSpec());
    const auto exists = repository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return std::optional<QDate>();
    }
    const auto latest = sql::scalar(db.connection(), u"SELECT MAX(run_date) FROM assessment_run"_s);
    if (!latest) {
        return latest.error();
    }
    const QDate date = QDate::fromString(latest->toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::optional<QDate>();
}

Result<QStringList> AssessmentRunService::check(const Database &db)
{
    const RecordRepository repository(db, assessmentRunSpec());
    const auto exists = repository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return QStringList();
    }
    const auto runs = repository.all();
    if (!runs) {
        return runs.error();
    }
    QHash<QString, QString> refs;
    for (const Record &run : *runs) {
        refs.insert(QString::number(run.id.value), EntitySpec::refOf(run));
    }
    auto findings = FrozenSnapshot::check(db, frozenKind(refs));
    if (!findings) {
        return findings;
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (auto done = sql::exec(query, u"SELECT run, sha256 FROM assessment_run_snapshot"_s); !done) {
        return done.error();
    }
    QHash<qint64, QString> frozen;
    while (query.next()) {
        frozen.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    for (const Record &run : *runs) {
        const auto found = frozen.constFind(run.id.value);
        if (found == frozen.constEnd()) {
            findings->append(tr("Assessment run %1 has no frozen register; it was removed outside ISMS "
                                "Workbench.")
                                 .arg(EntitySpec::refOf(run)));
        } else if (*found != valueOf(run, u"sha256").toString()) {
            findings->append(tr("The SHA-256 of assessment run %1 differs from that of its frozen register; "
                                "one of them was changed outside ISMS Workbench.")
                                 .arg(EntitySpec::refOf(run)));
        }
    }
    return findings;
}

} // namespace isms
