// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/Migrations.h"

#include "catalog/Catalogue.h"
#include "catalog/RegisterCatalogue.h"
#include "common/Logging.h"
#include "domain/Entities.h"
#include "services/RiskMethodService.h"
#include "storage/ChangeLog.h"
#include "storage/RecordRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteLibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <functional>
#include <map>

namespace isms {

namespace {

using DataStep = std::function<Result<void>(QSqlDatabase &)>;

struct Migration
{
    int version;
    const char16_t *resource;
    DataStep dataStep;
    /// The migration rebuilds a table that other tables name in foreign keys (SQLite's way to change a
    /// constraint): it runs with foreign keys off and commits only when PRAGMA foreign_key_check finds
    /// every reference intact.
    bool rebuildsReferencedTable = false;
};

/// Turns foreign-key enforcement off for a table rebuild and back on (when it was on) at the end of the
/// scope; SQLite takes the setting only outside a transaction.
class ForeignKeysOff final
{
public:
    explicit ForeignKeysOff(QSqlDatabase &db, bool active)
        : m_db(db)
    {
        if (!active) {
            return;
        }
        QSqlQuery query(m_db);
        m_wasOn =
            query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next() && query.value(0).toInt() == 1;
        query.finish();
        if (m_wasOn) {
            m_wasOn = query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        }
    }

    ~ForeignKeysOff()
    {
        if (m_wasOn) {
            QSqlQuery query(m_db);
            if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
                qCWarning(lcStorage) << "foreign keys could not be turned on again:"
                                     << query.lastError().text();
            }
        }
    }

    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase &m_db;
    bool m_wasOn = false;
};

/// Every foreign key of the file still names an existing row (after a table rebuild).
Result<void> checkForeignKeys(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return sql::queryError(query, QStringLiteral("foreign key check"));
    }
    if (query.next()) {
        return Error{ErrorCode::Database,
                     QStringLiteral("foreign key check"),
                     QStringLiteral("a row of %1 names a missing row of %2")
                         .arg(query.value(0).toString(), query.value(2).toString())};
    }
    return {};
}

/// Version 1 copies the Annex A 2022 and clause catalogues in and gives each a tracking row.
Result<void> fillCatalogue2022(QSqlDatabase &db)
{
    const auto controls = Catalogue::annexA2022();
    if (!controls) {
        return controls.error();
    }
    const auto clauses = Catalogue::clauses();
    if (!clauses) {
        return clauses.error();
    }
    QSqlQuery insertControl(db);
    if (!insertControl.prepare(QStringLiteral(
            "INSERT INTO annex_a_control (ref, position, title, theme, control_types, security_properties, "
            "cybersecurity_concepts, operational_capabilities, security_domains, new_in_2022) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return sql::queryError(insertControl, QStringLiteral("prepare control insert"));
    }
    QSqlQuery insertRequirement(db);
    if (!insertRequirement.prepare(QStringLiteral("INSERT INTO requirement (kind, ref) VALUES (?, ?)"))) {
        return sql::queryError(insertRequirement, QStringLiteral("prepare requirement insert"));
    }
    int position = 0;
    for (const Control &control : *controls) {
        const QVariantList values{control.ref,
                                  ++position,
                                  control.title,
                                  themeKeyword(control.theme),
                                  sql::text(control.controlTypes.join(u';')),
                                  sql::text(control.securityProperties.join(u';')),
                                  sql::text(control.cybersecurityConcepts.join(u';')),
                                  sql::text(control.operationalCapabilities.join(u';')),
                                  sql::text(control.securityDomains.join(u';')),
                                  control.isNewIn2022 ? 1 : 0};
        for (int i = 0; i < values.size(); ++i) {
            insertControl.bindValue(i, values.at(i));
        }
        if (!insertControl.exec()) {
            return sql::queryError(insertControl, QStringLiteral("insert control"));
        }
        insertRequirement.bindValue(0, QStringLiteral("control"));
        insertRequirement.bindValue(1, control.ref);
        if (!insertRequirement.exec()) {
            return sql::queryError(insertRequirement, QStringLiteral("insert requirement"));
        }
    }
    QSqlQuery insertClause(db);
    if (!insertClause.prepare(QStringLiteral("INSERT INTO clause (ref, position, title, parent_ref, "
                                             "documented_information) VALUES (?, ?, ?, ?, ?)"))) {
        return sql::queryError(insertClause, QStringLiteral("prepare clause insert"));
    }
    position = 0;
    for (const Clause &clause : *clauses) {
        insertClause.bindValue(0, clause.ref);
        insertClause.bindValue(1, ++position);
        insertClause.bindValue(2, clause.title);
        insertClause.bindValue(3,
                               clause.parentRef.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                          : QVariant(clause.parentRef));
        insertClause.bindValue(4, sql::text(clause.documentedInformation));
        if (!insertClause.exec()) {
            return sql::queryError(insertClause, QStringLiteral("insert clause"));
        }
        insertRequirement.bindValue(0, QStringLiteral("clause"));
        insertRequirement.bindValue(1, clause.ref);
        if (!insertRequirement.exec()) {
            return sql::queryError(insertRequirement, QStringLiteral("insert requirement"));
        }
    }
    return {};
}

/// Version 2 adds the ISO/IEC 27001:2013 controls and their mapping to 2022.
Result<void> fillCatalogue2013(QSqlDatabase &db)
{
    const auto controls = Catalogue::annexA2013();
    if (!controls) {
        return controls.error();
    }
    QSqlQuery insertControl(db);
    QSqlQuery insertMapping(db);
    if (!insertControl.prepare(
            QStringLiteral("INSERT INTO annex_a_2013_control (ref, position, title) VALUES (?, ?, ?)"))) {
        return sql::queryError(insertControl, QStringLiteral("prepare 2013 insert"));
    }
    if (!insertMapping.prepare(
            QStringLiteral("INSERT INTO annex_a_2013_mapping (ref_2013, ref_2022) VALUES (?, ?)"))) {
        return sql::queryError(insertMapping, QStringLiteral("prepare mapping insert"));
    }
    int position = 0;
    for (const Control2013 &control : *controls) {
        insertControl.bindValue(0, control.ref);
        insertControl.bindValue(1, ++position);
        insertControl.bindValue(2, control.title);
        if (!insertControl.exec()) {
            return sql::queryError(insertControl, QStringLiteral("insert 2013 control"));
        }
        for (const QString &ref2022 : control.refs2022) {
            insertMapping.bindValue(0, control.ref);
            insertMapping.bindValue(1, ref2022);
            if (!insertMapping.exec()) {
                return sql::queryError(insertMapping, QStringLiteral("insert mapping"));
            }
        }
    }
    return {};
}

/// Version 3 gives the project a random id (new files and migrated ones alike).
Result<void> assignProjectId(QSqlDatabase &db)
{
    QSqlQuery insert(db);
    return sql::exec(insert,
                     QStringLiteral("INSERT INTO project_identity (id, project_id) VALUES (1, ?)"),
                     {QUuid::createUuid().toString(QUuid::WithoutBraces)});
}

/// Copies the program's starting catalogue of each register of `specs` in, each record logged as a
/// creation so that `check` can hold every record to its history.
Result<void> seedCatalogues(QSqlDatabase &db, std::initializer_list<const EntitySpec *> specs)
{
    for (const EntitySpec *spec : specs) {
        const auto records = RegisterCatalogue::records(*spec);
        if (!records) {
            return records.error();
        }
        const RecordRepository repository(db, *spec);
        QList<FieldChange> changes;
        qint64 highest = 0;
        for (Record record : *records) {
            const auto id = repository.insert(record);
            if (!id) {
                return id.error();
            }
            record.id = *id;
            highest = std::max(highest, spec->refNumber(EntitySpec::refOf(record)).value_or(0));
            changes.append(FieldChange{spec->entity,
                                       QString::number(id->value),
                                       EntitySpec::recordLogField(),
                                       std::nullopt,
                                       spec->snapshot(record)});
        }
        if (auto noted = repository.noteRefNumber(highest); !noted) {
            return noted;
        }
        if (auto logged = ChangeLog::appendTo(db, RegisterCatalogue::actor(), changes); !logged) {
            return logged;
        }
    }
    return {};
}

/// Version 4: the threat and vulnerability catalogues.
Result<void> seedRegisterCatalogues(QSqlDatabase &db)
{
    return seedCatalogues(db, {&threatSpec(), &vulnerabilitySpec()});
}

/// Version 22: top management's duties of 5.1 as a checklist, in every project.
Result<void> seedLeadershipDuties(QSqlDatabase &db)
{
    return seedCatalogues(db, {&leadershipDutySpec()});
}

/// Version 6 stores the default risk assessment method, logged like a field so that `check` holds it to
/// its history.
Result<void> seedRiskMethod(QSqlDatabase &db)
{
    return RiskMethodService::seed(db, RegisterCatalogue::actor());
}

/// Version 17 sets clauses marked "not applicable" back to "not started", each change logged: clauses
/// 4 to 10 apply to every ISMS.
Result<void> clausesAlwaysApply(QSqlDatabase &db)
{
    QSqlQuery select(db);
    if (auto done = sql::exec(select,
                              QStringLiteral("SELECT ref FROM requirement WHERE kind = 'clause' "
                                             "AND status = 'not-applicable' ORDER BY id"));
        !done) {
        return done;
    }
    QList<FieldChange> changes;
    while (select.next()) {
        changes.append(FieldChange{QStringLiteral("clause"),
                                   select.value(0).toString(),
                                   QStringLiteral("status"),
                                   QStringLiteral("not-applicable"),
                                   QStringLiteral("not-started")});
    }
    if (changes.isEmpty()) {
        return {};
    }
    QSqlQuery update(db);
    if (auto done = sql::exec(update,
                              QStringLiteral("UPDATE requirement SET status = 'not-started' "
                                             "WHERE kind = 'clause' AND status = 'not-applicable'"));
        !done) {
        return done;
    }
    return ChangeLog::appendTo(db, RegisterCatalogue::actor(), changes);
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list{
        {1, u"0001_initial.sql", fillCatalogue2022},
        {2, u"0002_catalogue_2013.sql", fillCatalogue2013},
        {3, u"0003_project_identity.sql", assignProjectId},
        {4, u"0004_threats_vulnerabilities.sql", seedRegisterCatalogues},
        {5, u"0005_assets.sql", nullptr},
        {6, u"0006_risks.sql", seedRiskMethod},
        {7, u"0007_applicability.sql", nullptr},
        {8, u"0008_evidence.sql", nullptr},
        {9, u"0009_additional_controls.sql", nullptr},
        {10, u"0010_soa_versions.sql", nullptr},
        {11, u"0011_context.sql", nullptr},
        {12, u"0012_related_documents.sql", nullptr},
        {13, u"0013_planning.sql", nullptr},
        {14, u"0014_document_control.sql", nullptr},
        {15, u"0015_processes.sql", nullptr},
        {16, u"0016_people.sql", nullptr},
        {17, u"0017_clauses_apply.sql", clausesAlwaysApply},
        {18, u"0018_resources.sql", nullptr},
        {19, u"0019_roles_support.sql", nullptr},
        {20, u"0020_assessment_runs.sql", nullptr},
        {21, u"0021_performance.sql", nullptr},
        {22, u"0022_documents.sql", seedLeadershipDuties},
        {23, u"0023_document_control_reports.sql", nullptr},
        {24, u"0024_audit_pack.sql", nullptr},
        {25, u"0025_audits.sql", nullptr},
        {26, u"0026_nonconformities.sql", nullptr},
        {27, u"0027_management_reviews.sql", nullptr},
        {28, u"0028_finding_nonconformity.sql", nullptr},
        {29, u"0029_risk_checks.sql", nullptr, true},
    };
    return list;
}

Result<QStringList> statementsOf(const Migration &migration)
{
    QFile file(QStringLiteral(":/migrations/") + QString::fromUtf16(migration.resource));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("isms::Migrations",
                                                 "The program's schema migration %1 is missing; reinstall "
                                                 "ISMS Workbench.")
                         .arg(migration.version),
                     file.errorString()};
    }
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.trimmed().startsWith(u"--")) {
            lines.append(line);
        }
    }
    // Our migrations end every statement with a semicolon at the end of a line.
    QStringList statements;
    for (const QString &part : lines.join(u'\n').split(QStringLiteral(";\n"))) {
        QString statement = part.trimmed();
        if (statement.endsWith(u';')) {
            statement.chop(1);
        }
        if (!statement.isEmpty()) {
            statements.append(statement);
        }
    }
    return statements;
}

Result<void> runStatements(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            return sql::queryError(query, QStringLiteral("migration statement"));
        }
    }
    return {};
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().back().version;
}

Result<void> Migrations::migrate(QSqlDatabase &db, int fromVersion, int toVersion)
{
    for (const Migration &migration : migrations()) {
        if (migration.version <= fromVersion || migration.version > toVersion) {
            continue;
        }
        const auto statements = statementsOf(migration);
        if (!statements) {
            return statements.error();
        }
        const ForeignKeysOff foreignKeysOff(db, migration.rebuildsReferencedTable);
        if (!db.transaction()) {
            return Error{ErrorCode::Database,
                         QCoreApplication::translate("isms::Migrations",
                                                     "The project could not be upgraded because a "
                                                     "transaction could not start; try again."),
                         db.lastError().text()};
        }
        auto step = runStatements(db, *statements);
        if (step && migration.dataStep) {
            step = migration.dataStep(db);
        }
        if (step && migration.rebuildsReferencedTable) {
            step = checkForeignKeys(db);
        }
        if (step) {
            QSqlQuery pragma(db);
            if (!pragma.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
                step = sql::queryError(pragma, QStringLiteral("set user_version"));
            }
        }
        if (!step || !db.commit()) {
            const QString detail = step ? db.lastError().text() : step.error().detail;
            db.rollback();
            qCWarning(lcStorage) << "migration" << migration.version << "failed:" << detail;
            return Error{step ? ErrorCode::Database : step.error().code,
                         QCoreApplication::translate("isms::Migrations",
                                                     "Upgrading the project to schema version %1 failed; "
                                                     "the file was left as it was.")
                             .arg(migration.version),
                         detail};
        }
        qCInfo(lcStorage) << "migrated to schema version" << migration.version;
    }
    return {};
}

Result<QList<SchemaObject>> Migrations::replayedSchema(int version)
{
    static QMutex mutex;
    static std::map<int, QList<SchemaObject>> cache;
    const QMutexLocker locker(&mutex);
    if (const auto found = cache.find(version); found != cache.end()) {
        return found->second;
    }

    const QString name = QStringLiteral("isms-schema-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QList<SchemaObject>> result = QList<SchemaObject>();
    {
        prepareSqliteLibrary();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            result =
                Error{ErrorCode::Database,
                      QCoreApplication::translate("isms::Migrations",
                                                  "SQLite could not be started; reinstall ISMS Workbench."),
                      db.lastError().text()};
        } else {
            for (const Migration &migration : migrations()) {
                if (migration.version > version) {
                    break;
                }
                auto statements = statementsOf(migration);
                if (!statements) {
                    result = statements.error();
                    break;
                }
                if (auto ran = runStatements(db, *statements); !ran) {
                    result = ran.error();
                    break;
                }
            }
            if (result) {
                result = actualSchema(db);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (result) {
        cache.emplace(version, *result);
    }
    return result;
}

Result<QList<SchemaObject>> Migrations::actualSchema(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    // sqlite_stat tables appear after ANALYZE; they hold statistics, never code.
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                   "WHERE NOT (type = 'table' AND name LIKE 'sqlite\\_stat%' ESCAPE '\\') "
                                   "ORDER BY type, name"))) {
        return sql::queryError(query, QStringLiteral("read schema"));
    }
    QList<SchemaObject> objects;
    while (query.next()) {
        objects.append(SchemaObject{query.value(0).toString(),
                                    query.value(1).toString(),
                                    query.value(2).toString(),
                                    query.value(3).toString()});
    }
    return objects;
}

QStringList Migrations::compareSchema(const QList<SchemaObject> &actual, const QList<SchemaObject> &expected)
{
    QHash<QString, SchemaObject> expectedByName;
    for (const SchemaObject &object : expected) {
        expectedByName.insert(object.type + u'/' + object.name, object);
    }
    QStringList problems;
    QSet<QString> seen;
    for (const SchemaObject &object : actual) {
        const QString key = object.type + u'/' + object.name;
        seen.insert(key);
        const auto found = expectedByName.constFind(key);
        if (found == expectedByName.constEnd()) {
            problems.append(
                QCoreApplication::translate("isms::Migrations",
                                            "The file holds a %1 named \"%2\" that ISMS Workbench "
                                            "does not create.")
                    .arg(object.type, object.name));
        } else if (*found != object) {
            problems.append(
                QCoreApplication::translate("isms::Migrations",
                                            "The %1 named \"%2\" differs from the definition ISMS "
                                            "Workbench creates.")
                    .arg(object.type, object.name));
        }
    }
    for (const SchemaObject &object : expected) {
        if (!seen.contains(object.type + u'/' + object.name)) {
            problems.append(QCoreApplication::translate("isms::Migrations",
                                                        "The %1 named \"%2\" is missing from the file.")
                                .arg(object.type, object.name));
        }
    }
    return problems;
}

} // namespace isms
