// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/IntegrityService.h"

#include "domain/Entities.h"
#include "services/AssessmentRunService.h"
#include "services/AssetGraph.h"
#include "services/CatalogueCheck.h"
#include "services/DocumentRules.h"
#include "services/EvidenceService.h"
#include "services/HistoryAnchor.h"
#include "services/HistoryPlausibility.h"
#include "services/ReadinessCheck.h"
#include "services/RecordHistoryCheck.h"
#include "services/ReviewService.h"
#include "services/RiskMethodService.h"
#include "services/SoaVersionService.h"
#include "services/TextLimitCheck.h"
#include "storage/ChangeLog.h"
#include "storage/ChangeLogHead.h"
#include "storage/Database.h"
#include "storage/FileRecovery.h"
#include "storage/ProjectLock.h"
#include "storage/SqlDialect.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace isms {

namespace {

/// Current values of every field the change log tracks, keyed like the log's rows.
Result<QHash<QString, std::optional<QString>>> currentValues(const Database &db, int schemaVersion)
{
    QHash<QString, std::optional<QString>> values;
    const auto key = [](const QString &entity, const QString &id, const QString &field) -> QString {
        return entity + u'\x1f' + id + u'\x1f' + field;
    };
    // Clauses and controls: every logged field of their specs, read as stored (not cut for display),
    // keyed by reference as the log names them.
    for (const EntitySpec *spec : Entities::all()) {
        if (!spec->isCatalogue()) {
            continue;
        }
        // A file of an older format lacks the columns of later fields (and SQLite would read an unknown
        // quoted name as text): only the columns the file has are compared.
        QSqlQuery info(db.connection());
        if (auto done = sql::exec(
                info,
                QStringLiteral("PRAGMA table_info(%1)").arg(SqlDialect::sqlite().quote(spec->table)));
            !done) {
            return done.error();
        }
        QSet<QString> present;
        while (info.next()) {
            present.insert(info.value(1).toString());
        }
        QStringList columns;
        QList<const FieldSpec *> fields;
        for (const FieldSpec &field : spec->fields) {
            if (field.has(Logged) && !field.has(FromCatalogue) && present.contains(field.key)) {
                columns.append(SqlDialect::sqlite().quote(field.key));
                fields.append(&field);
            }
        }
        QSqlQuery rows(db.connection());
        rows.setForwardOnly(true);
        if (auto done = sql::exec(rows,
                                  QStringLiteral("SELECT ref, %1 FROM %2 WHERE %3 = ?")
                                      .arg(columns.join(QStringLiteral(", ")),
                                           SqlDialect::sqlite().quote(spec->table),
                                           SqlDialect::sqlite().quote(spec->catalogue->kindColumn)),
                                  {spec->catalogue->kindValue});
            !done) {
            return done.error();
        }
        while (rows.next()) {
            const QString id = rows.value(0).toString();
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const FieldSpec &field = *fields.at(i);
                const QVariant column = rows.value(static_cast<int>(i + 1));
                values.insert(key(spec->entity, id, field.key),
                              field.isText() || field.type == FieldType::Enum
                                  ? std::optional<QString>(column.toString())
                                  : sql::optionalString(column));
            }
        }
    }
    QSqlQuery project(db.connection());
    if (auto done =
            sql::exec(project,
                      QStringLiteral("SELECT organisation, catalogue_edition, created_utc FROM project "
                                     "WHERE id = 1"));
        !done) {
        return done.error();
    }
    if (project.next()) {
        const QStringList fields{QStringLiteral("organisation"),
                                 ProjectIdentity::catalogueEditionField(),
                                 ProjectIdentity::createdUtcField()};
        for (int i = 0; i < fields.size(); ++i) {
            values.insert(key(QStringLiteral("project"), QStringLiteral("1"), fields.at(i)),
                          sql::optionalString(project.value(i)));
        }
    }
    if (schemaVersion >= 3) {
        const auto id = sql::scalar(db.connection(),
                                    QStringLiteral("SELECT project_id FROM project_identity WHERE id = 1"));
        if (!id) {
            return id.error();
        }
        values.insert(key(QStringLiteral("project"), QStringLiteral("1"), ProjectIdentity::projectIdField()),
                      sql::optionalString(*id));
    }
    return values;
}

/// The field `key` of the register whose change-log entity is `entity`, or nullptr.
const FieldSpec *loggedField(const QString &entity, const QString &key)
{
    const EntitySpec *spec = Entities::findByEntity(entity);
    return spec ? spec->field(key) : nullptr;
}

/// The value a tracked field of a clause or control has before any change is logged.
std::optional<QString> initialValue(const QString &entity, const QString &key)
{
    const FieldSpec *field = loggedField(entity, key);
    return field ? field->canonical(field->defaultValue()) : std::optional<QString>(QString());
}

/// The translated label of a logged field ("owner" becomes "Owner"); the keyword when unknown.
QString fieldLabel(const QString &entity, const QString &key)
{
    const FieldSpec *field = loggedField(entity, key);
    return field ? field->labelText() : key;
}

QString displayRecord(const QString &entity, const QString &id)
{
    if (entity == u"control") {
        return QCoreApplication::translate("isms::IntegrityService", "control A.%1").arg(id);
    }
    if (entity == u"clause") {
        return QCoreApplication::translate("isms::IntegrityService", "clause %1").arg(id);
    }
    return QCoreApplication::translate("isms::IntegrityService", "the project");
}

/// What a changed project field is called in a finding.
QString projectFieldMessage(const QString &field)
{
    if (field == ProjectIdentity::createdUtcField()) {
        return QCoreApplication::translate("isms::IntegrityService",
                                           "The project's creation date differs from the one logged when it "
                                           "was created; it was changed outside ISMS Workbench.");
    }
    if (field == ProjectIdentity::catalogueEditionField()) {
        return QCoreApplication::translate("isms::IntegrityService",
                                           "The project's catalogue edition differs from the one logged when "
                                           "it was created; it was changed outside ISMS Workbench.");
    }
    if (field == ProjectIdentity::projectIdField()) {
        return QCoreApplication::translate(
            "isms::IntegrityService",
            "The project's id differs from the one logged when it was created; "
            "it was changed outside ISMS Workbench.");
    }
    return {};
}

/// The area word of a readiness rule in `check`'s table: that of its provider.
CheckFinding::Area readinessArea(const QString &rule)
{
    const ReadinessProvider *provider = ReadinessCheck::providerOf(rule);
    const QString area = provider ? provider->area : QString();
    if (area == u"context") {
        return CheckFinding::Area::Context;
    }
    if (area == u"planning") {
        return CheckFinding::Area::Planning;
    }
    if (area == u"processes") {
        return CheckFinding::Area::Processes;
    }
    if (area == u"people") {
        return CheckFinding::Area::People;
    }
    if (area == u"assessment-runs") {
        return CheckFinding::Area::AssessmentRuns;
    }
    if (area == u"performance") {
        return CheckFinding::Area::Performance;
    }
    if (area == u"reviews") {
        return CheckFinding::Area::Reviews;
    }
    if (area == u"documents") {
        return CheckFinding::Area::Documents;
    }
    if (area == u"audits") {
        return CheckFinding::Area::Audits;
    }
    if (area == u"improvement") {
        return CheckFinding::Area::Improvement;
    }
    if (area == u"applicability") {
        return CheckFinding::Area::Applicability;
    }
    if (area == u"clauses") {
        return CheckFinding::Area::Clauses;
    }
    if (area == u"evidence") {
        return CheckFinding::Area::Evidence;
    }
    return CheckFinding::Area::Risks;
}

Result<QList<CheckFinding>> compareWithLog(const Database &db, int schemaVersion)
{
    auto current = currentValues(db, schemaVersion);
    if (!current) {
        return current.error();
    }
    QSqlQuery latest(db.connection());
    latest.setForwardOnly(true);
    if (auto done =
            sql::exec(latest,
                      QStringLiteral("SELECT l.entity, l.entity_id, l.field, l.new_value FROM change_log l "
                                     "JOIN (SELECT entity, entity_id, field, MAX(seq) AS seq FROM change_log "
                                     "GROUP BY entity, entity_id, field) m ON m.seq = l.seq"));
        !done) {
        return done.error();
    }
    QList<CheckFinding> findings;
    QSet<QString> logged;
    while (latest.next()) {
        const QString entity = latest.value(0).toString();
        const QString id = latest.value(1).toString();
        const QString field = latest.value(2).toString();
        const QString key = entity + u'\x1f' + id + u'\x1f' + field;
        const auto found = current->constFind(key);
        if (found == current->constEnd()) {
            continue; // a field of a record kind this check does not know (yet): nothing to compare
        }
        logged.insert(key);
        if (*found != sql::optionalString(latest.value(3))) {
            if (const QString message = projectFieldMessage(field);
                entity == u"project" && !message.isEmpty()) {
                findings.append({CheckFinding::Area::ValueHistory, message});
                continue;
            }
            findings.append(
                {CheckFinding::Area::ValueHistory,
                 QCoreApplication::translate(
                     "isms::IntegrityService",
                     "The field \"%1\" of %2 differs from its last logged value; it was changed outside "
                     "ISMS Workbench.")
                     .arg(fieldLabel(entity, field), displayRecord(entity, id))});
        }
    }
    for (auto it = current->constBegin(); it != current->constEnd(); ++it) {
        if (logged.contains(it.key())) {
            continue;
        }
        const QStringList parts = it.key().split(u'\x1f');
        if (parts.at(0) == u"project" && parts.at(2) != u"organisation") {
            // Projects created before version 3 logged only the organisation at creation; their creation
            // date is compared with the first change-log entry instead (HistoryPlausibility).
            continue;
        }
        if (parts.at(0) == u"project") {
            findings.append({CheckFinding::Area::ValueHistory,
                             QCoreApplication::translate(
                                 "isms::IntegrityService",
                                 "The project's organisation name has no entry in the change log.")});
        } else if (it.value() != initialValue(parts.at(0), parts.at(2))) {
            findings.append(
                {CheckFinding::Area::ValueHistory,
                 QCoreApplication::translate(
                     "isms::IntegrityService",
                     "The field \"%1\" of %2 was set without an entry in the change log; it was changed "
                     "outside ISMS Workbench.")
                     .arg(fieldLabel(parts.at(0), parts.at(2)), displayRecord(parts.at(0), parts.at(1)))});
        }
    }
    return findings;
}

} // namespace

Result<CheckReport> IntegrityService::check(const QString &path, HistoryAnchor *anchor)
{
    // A file left half-saved is checked as its last complete save, restored in a working copy: the
    // check never writes the file, and SQLite cannot read it in place before the journal is played back.
    std::unique_ptr<WorkingCopy> copy;
    QString readable = path;
    if (recovery::hasJournal(path) && recovery::headerNamesProject(path)) {
        const std::optional<LockInfo> holder = ProjectLock::inspect(path);
        if (!holder || holder->isStale) {
            auto made = WorkingCopy::make(path);
            if (!made) {
                return made.error();
            }
            copy = std::move(made).value();
            readable = copy->path();
        }
    }
    const auto inspection = Database::inspect(readable);
    if (!inspection) {
        return inspection.error();
    }
    CheckReport report;
    report.schemaVersion = inspection->schemaVersion;
    report.restoredInterruptedSave = copy != nullptr;
    if (!inspection->isSqlite || !inspection->hasApplicationId || !inspection->integrityProblems.isEmpty()
        || inspection->schemaVersion < 1 || inspection->schemaVersion > Database::currentSchemaVersion()) {
        // Not a project, a damaged one, or a newer one: there is nothing this version can check.
        return openRefusal(path, *inspection).value_or(notAProjectError(path));
    }
    for (const QString &problem : inspection->schemaProblems) {
        report.findings.append({CheckFinding::Area::Schema, problem});
    }
    auto db = Database::openForInspection(readable);
    if (!db) {
        return db.error();
    }
    const auto rows = ChangeLog::count(**db);
    if (!rows) {
        return rows.error();
    }
    report.changeLogRows = *rows;
    const auto chain = ChangeLog::verifyChain(**db);
    if (!chain) {
        return chain.error();
    }
    for (const ChangeLogProblem &problem : *chain) {
        report.findings.append({CheckFinding::Area::ChangeLog, problem.message});
    }
    const bool chainIntact = chain->isEmpty();
    const auto plausibility = HistoryPlausibility::run(**db);
    if (!plausibility) {
        return plausibility.error();
    }
    report.findings.append(*plausibility);
    const auto values = compareWithLog(**db, report.schemaVersion);
    if (!values) {
        return values.error();
    }
    report.findings.append(*values);
    const auto records = RecordHistoryCheck::run(**db);
    if (!records) {
        return records.error();
    }
    for (const QString &problem : *records) {
        report.findings.append({CheckFinding::Area::ValueHistory, problem});
    }
    if (report.schemaVersion >= 6) {
        const auto method = RiskMethodService::checkHistory(**db);
        if (!method) {
            return method.error();
        }
        for (const QString &problem : *method) {
            report.findings.append({CheckFinding::Area::ValueHistory, problem});
        }
    }
    const auto limits = TextLimitCheck::run(**db);
    if (!limits) {
        return limits.error();
    }
    for (const QString &problem : *limits) {
        report.findings.append({CheckFinding::Area::TextLimits, problem});
    }
    if (report.schemaVersion >= 5) {
        const auto cycles = AssetGraph::cycles(**db);
        if (!cycles) {
            return cycles.error();
        }
        for (const QString &cycle : *cycles) {
            report.findings.append(
                {CheckFinding::Area::Dependencies,
                 QCoreApplication::translate("isms::IntegrityService",
                                             "The asset dependencies run in a circle: %1. Remove one of "
                                             "its links.")
                     .arg(cycle)});
        }
    }
    const auto evidence = EvidenceService::check(**db);
    if (!evidence) {
        return evidence.error();
    }
    for (const QString &problem : *evidence) {
        report.findings.append({CheckFinding::Area::Evidence, problem});
    }
    // What an auditor would raise (expired evidence, an unapproved scope...) leaves the file sound.
    const auto readiness = ReadinessCheck::run(**db, QDate::currentDate());
    if (!readiness) {
        return readiness.error();
    }
    report.readinessReport = *readiness;
    for (const ReadinessFinding &finding : readiness->findings) {
        report.readiness.append({readinessArea(finding.rule), finding.message});
    }
    const auto versions = SoaVersionService::check(**db);
    if (!versions) {
        return versions.error();
    }
    for (const QString &problem : *versions) {
        report.findings.append({CheckFinding::Area::SoaVersions, problem});
    }
    const auto runs = AssessmentRunService::check(**db);
    if (!runs) {
        return runs.error();
    }
    for (const QString &problem : *runs) {
        report.findings.append({CheckFinding::Area::AssessmentRuns, problem});
    }
    const auto documents = DocumentRules::check(**db);
    if (!documents) {
        return documents.error();
    }
    for (const QString &problem : *documents) {
        report.findings.append({CheckFinding::Area::Documents, problem});
    }
    const auto reviews = ReviewService::check(**db);
    if (!reviews) {
        return reviews.error();
    }
    for (const QString &problem : *reviews) {
        report.findings.append({CheckFinding::Area::Reviews, problem});
    }
    const auto catalogue = CatalogueCheck::run(**db, report.schemaVersion);
    if (catalogue) {
        report.findings.append(*catalogue);
    } else if (inspection->schemaProblems.isEmpty()) {
        return catalogue.error();
    } // else a catalogue table is missing or altered, which the schema findings already say

    if (anchor) {
        // A broken chain is not remembered as the head this computer saw.
        const auto outcome = chainIntact ? anchor->verify(**db) : anchor->compare(**db);
        if (!outcome) {
            return outcome.error();
        }
        if (outcome->isWarning()) {
            report.findings.append({CheckFinding::Area::HistoryAnchor, outcome->message});
        }
    }
    return report;
}

} // namespace isms
