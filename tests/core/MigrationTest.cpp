// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/AssessmentRunService.h"
#include "services/IntegrityService.h"
#include "services/RecordService.h"
#include "services/RequirementService.h"
#include "services/SoaVersionService.h"
#include "storage/ChangeLog.h"
#include "storage/ChangeLogHead.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

TEST(MigrationTest, ExpectedSchemaGrowsWithEachVersion)
{
    const auto v1 = Migrations::expectedSchema(1);
    const auto v2 = Migrations::expectedSchema(2);
    ASSERT_TRUE(v1.hasValue());
    ASSERT_TRUE(v2.hasValue());
    EXPECT_LT(v1->size(), v2->size());
    const auto hasTable = [](const QList<SchemaObject> &schema, const QString &name) {
        return std::any_of(schema.cbegin(), schema.cend(), [&](const SchemaObject &o) {
            return o.name == name;
        });
    };
    EXPECT_TRUE(hasTable(*v1, u"change_log"_s));
    EXPECT_FALSE(hasTable(*v1, u"annex_a_2013_mapping"_s));
    EXPECT_TRUE(hasTable(*v2, u"annex_a_2013_mapping"_s));
}

TEST(MigrationTest, SchemaSnapshotIsWhatTheMigrationsMake)
{
    const auto snapshot = Migrations::schemaSnapshot();
    ASSERT_TRUE(snapshot.has_value())
        << "core/storage/migrations/schema.json is missing or not of schema version "
        << Migrations::latestVersion()
        << "; write it again with: cmake --build --preset dev --target schema-snapshot";
    const auto replayed = Migrations::replayedSchema(Migrations::latestVersion());
    ASSERT_TRUE(replayed.hasValue());
    EXPECT_TRUE(*snapshot == *replayed)
        << "core/storage/migrations/schema.json differs from what the migrations make ("
        << qPrintable(Migrations::compareSchema(*snapshot, *replayed).join(u' '))
        << "); write it again with: cmake --build --preset dev --target schema-snapshot";
    const auto expected = Migrations::expectedSchema(Migrations::latestVersion());
    ASSERT_TRUE(expected.hasValue());
    EXPECT_TRUE(*expected == *snapshot);
}

TEST(MigrationTest, AFileThatDiffersFromTheSnapshotIsJudgedByTheMigrations)
{
    auto schema = Migrations::replayedSchema(Migrations::latestVersion());
    ASSERT_TRUE(schema.hasValue());
    EXPECT_TRUE(Migrations::schemaProblems(*schema, Migrations::latestVersion())->isEmpty());
    schema->append(SchemaObject{u"trigger"_s, u"stray"_s, u"risk"_s, u"CREATE TRIGGER stray ..."_s});
    const auto problems = Migrations::schemaProblems(*schema, Migrations::latestVersion());
    ASSERT_TRUE(problems.hasValue());
    ASSERT_EQ(problems->size(), 1);
    EXPECT_TRUE(problems->first().contains(u"stray"_s));
}

TEST(MigrationTest, MigratesTheVersion1FixtureWithABackupFirst)
{
    test::TempProject temp;
    const QString path = temp.copyFixture(u"schema-v1.isms"_s);
    const QByteArray original = test::TempProject::readAll(path);

    const auto inspection = Database::inspect(path);
    ASSERT_TRUE(inspection.hasValue());
    EXPECT_EQ(inspection->schemaVersion, 1);
    EXPECT_TRUE(inspection->schemaProblems.isEmpty()) << qPrintable(inspection->schemaProblems.join(u'\n'));

    // Read-only access reads an upgraded working copy; the file and its folder stay as they were.
    {
        const auto readOnly =
            Database::open(path, Database::OpenOptions{.access = Database::Access::ReadOnly});
        ASSERT_TRUE(readOnly.hasValue()) << qPrintable(readOnly.error().message);
        EXPECT_TRUE((*readOnly)->readsWorkingCopy());
        EXPECT_EQ(RequirementService(**readOnly).controls2013()->size(), 114);
        EXPECT_EQ((*readOnly)->notices().size(), 1);
    }
    EXPECT_EQ(test::TempProject::readAll(path), original);
    EXPECT_FALSE(QFileInfo::exists(Database::backupPathFor(path, 1)));

    // A front end that wants to ask first gets OlderSchema.
    const auto asked = Database::open(path, Database::OpenOptions{.allowMigration = false});
    ASSERT_FALSE(asked.hasValue());
    EXPECT_EQ(asked.error().code, ErrorCode::OlderSchema);
    EXPECT_EQ(test::TempProject::readAll(path), original);

    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
    EXPECT_EQ(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(),
              Database::currentSchemaVersion());

    const QString backup = Database::backupPathFor(path, 1);
    EXPECT_EQ(backup, path + u".v1.bak"_s);
    ASSERT_TRUE(QFileInfo::exists(backup));
    EXPECT_EQ(test::TempProject::readAll(backup), original);

    RequirementService service(**db);
    EXPECT_EQ(service.controls2013()->size(), 114);
    EXPECT_EQ(service.controls()->size(), 93);
    EXPECT_EQ(service.control(u"8.8"_s)->mapped2013Refs.size(), 2);
    EXPECT_EQ(ChangeLog::count(**db).value(), 1 + test::seededCatalogueRecords());
    db = Error{};

    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean());
}

namespace {

/// Migrates a copy of `fixture` and returns the project id the migration assigned.
QString migratedProjectId(test::TempProject &temp, const QString &fixture, int oldVersion)
{
    const QString path = temp.copyFixture(fixture);
    const QByteArray original = test::TempProject::readAll(path);
    {
        auto db = Database::open(path, {});
        EXPECT_TRUE(db.hasValue()) << qPrintable(db ? QString()
                                                    : db.error().message + u' ' + db.error().detail);
        if (!db) {
            return {};
        }
        EXPECT_EQ(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(),
                  Database::currentSchemaVersion());
        EXPECT_EQ(sql::scalar((*db)->connection(), u"SELECT COUNT(*) FROM project_identity"_s)->toInt(), 1);
    }
    EXPECT_EQ(test::TempProject::readAll(Database::backupPathFor(path, oldVersion)), original);
    const auto report = IntegrityService::check(path);
    EXPECT_TRUE(report.hasValue());
    EXPECT_TRUE(report && report->isClean()) << qPrintable(report->findings.value(0).message);
    auto db = Database::open(path, Database::OpenOptions{.access = Database::Access::ReadOnly});
    EXPECT_TRUE(db.hasValue());
    const auto id = db ? ProjectIdentity::projectId(**db) : Result<QString>(Error{});
    EXPECT_TRUE(id.hasValue());
    return id ? *id : QString();
}

} // namespace

TEST(MigrationTest, Version2GetsARandomProjectId)
{
    test::TempProject first;
    test::TempProject second;
    const QString id = migratedProjectId(first, u"schema-v2.isms"_s, 2);
    EXPECT_EQ(id.size(), 36);
    // Each migrated file gets its own id, even two copies of one fixture.
    EXPECT_NE(id, migratedProjectId(second, u"schema-v2.isms"_s, 2));
}

TEST(MigrationTest, Version1MigratesStraightToVersion3)
{
    test::TempProject temp;
    EXPECT_EQ(migratedProjectId(temp, u"schema-v1.isms"_s, 1).size(), 36);
}

TEST(MigrationTest, Version2FixtureMatchesTheVersion2AllowList)
{
    test::TempProject temp;
    const auto inspection = Database::inspect(temp.copyFixture(u"schema-v2.isms"_s));
    ASSERT_TRUE(inspection.hasValue());
    EXPECT_EQ(inspection->schemaVersion, 2);
    EXPECT_TRUE(inspection->schemaProblems.isEmpty()) << qPrintable(inspection->schemaProblems.join(u'\n'));
}

TEST(MigrationTest, Version3GetsTheStartingThreatAndVulnerabilityCatalogues)
{
    test::TempProject temp;
    const QString path = temp.copyFixture(u"schema-v3.isms"_s);
    const QByteArray original = test::TempProject::readAll(path);
    {
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
        EXPECT_EQ(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(),
                  Database::currentSchemaVersion());
        EXPECT_EQ(RecordService(**db, threatSpec()).all()->size()
                      + RecordService(**db, vulnerabilitySpec()).all()->size()
                      + RecordService(**db, leadershipDutySpec()).all()->size() + 1, // and the method
                  test::seededCatalogueRecords());
    }
    EXPECT_EQ(test::TempProject::readAll(Database::backupPathFor(path, 3)), original);
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

TEST(MigrationTest, Version4GetsAnEmptyAssetRegister)
{
    test::TempProject temp;
    const QString path = temp.copyFixture(u"schema-v4.isms"_s);
    const QByteArray original = test::TempProject::readAll(path);
    {
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
        EXPECT_EQ(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(),
                  Migrations::latestVersion());
        EXPECT_TRUE(RecordService(**db, assetSpec()).all()->isEmpty());
        EXPECT_TRUE(RecordService(**db, assetDependencySpec()).all()->isEmpty());
    }
    EXPECT_EQ(test::TempProject::readAll(Database::backupPathFor(path, 4)), original);
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

TEST(MigrationTest, Version6GetsAnEmptyEvidenceStoreWithTheDefaultLimit)
{
    test::TempProject temp;
    const QString path = temp.path(u"v6.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 6).hasValue());
    const QByteArray original = test::TempProject::readAll(path);
    {
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
        EXPECT_EQ(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(),
                  Migrations::latestVersion());
        EXPECT_TRUE(RecordService(**db, evidenceSpec()).all()->isEmpty());
        EXPECT_EQ(
            sql::scalar((*db)->connection(), u"SELECT max_file_size FROM evidence_setting"_s)->toLongLong(),
            50LL * 1024 * 1024);
    }
    EXPECT_EQ(test::TempProject::readAll(Database::backupPathFor(path, 6)), original);
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

TEST(MigrationTest, Version9GetsAnEmptyVersionHistoryThatCanIssue)
{
    test::TempProject temp;
    const QString path = temp.path(u"v9.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 9).hasValue());
    {
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
        EXPECT_GE(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(), 10);
        SoaVersionService versions(**db);
        EXPECT_TRUE(versions.list()->isEmpty());
        ASSERT_TRUE(versions.issue({u"Dana Example"_s, u"First issue."_s, {}, false}).hasValue());
    }
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

TEST(MigrationTest, Version10GetsEmptyContextRegistersThatCheckAsksToFill)
{
    test::TempProject temp;
    const QString path = temp.path(u"v10.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 10).hasValue());
    {
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
        EXPECT_GE(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(), 11);
        for (const EntitySpec *spec : {&contextIssueSpec(), &interestedPartySpec(), &scopeSpec()}) {
            const auto records = RecordService(**db, *spec).all();
            ASSERT_TRUE(records.hasValue()) << qPrintable(spec->key);
            EXPECT_TRUE(records->isEmpty());
        }
    }
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
    int context = 0;
    for (const CheckFinding &point : report->readiness) {
        context += point.area == CheckFinding::Area::Context ? 1 : 0;
    }
    EXPECT_EQ(context, 3) << "scope, issues and interested parties are missing";
}

TEST(MigrationTest, Version12GetsEmptyPlanningRegistersThatTakeRecords)
{
    test::TempProject temp;
    const QString path = temp.path(u"v12.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 12).hasValue());
    {
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
        EXPECT_GE(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(), 13);
        for (const EntitySpec *spec : {&ismsRiskSpec(), &objectiveSpec(), &plannedChangeSpec()}) {
            const auto records = RecordService(**db, *spec).all();
            ASSERT_TRUE(records.hasValue()) << qPrintable(spec->key);
            EXPECT_TRUE(records->isEmpty());
        }
        Record objective = objectiveSpec().newRecord();
        objective.values[objectiveSpec().indexOf(u"objective")] = u"Fewer incidents"_s;
        ASSERT_TRUE(RecordService(**db, objectiveSpec()).create(objective).hasValue());
    }
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
    int planning = 0;
    for (const CheckFinding &point : report->readiness) {
        planning += point.area == CheckFinding::Area::Planning ? 1 : 0;
    }
    EXPECT_EQ(planning, 2) << "the new objective has no measurable target, and no ISMS risk is recorded";
}

// The version before the process registers (version 15).

TEST(MigrationTest, Version15GetsAnEmptyPeopleRegisterThatTakesRecords)
{
    test::TempProject temp;
    const QString path = temp.path(u"v15.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 15).hasValue());
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
    EXPECT_GE(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(), 16);
    RecordService people(**db, personSpec());
    const auto none = people.all();
    ASSERT_TRUE(none.hasValue());
    EXPECT_TRUE(none->isEmpty());
    Record person = personSpec().newRecord();
    person.values[personSpec().indexOf(u"name")] = u"Dana Reyes"_s;
    person.values[personSpec().indexOf(u"top_management")] = true;
    const auto created = people.create(person);
    ASSERT_TRUE(created.hasValue()) << qPrintable(created.error().message);
    person.values[personSpec().indexOf(u"email")] = u"Dana Reyes"_s;
    const auto refused = people.create(person);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"e-mail"_s)) << qPrintable(refused.error().message);
}

TEST(MigrationTest, Version17GetsAnEmptyResourceRegisterThatAsksForAnOwner)
{
    test::TempProject temp;
    const QString path = temp.path(u"v17.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 17).hasValue());
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
    EXPECT_GE(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(), 18);
    RecordService resources(**db, resourceSpec());
    const auto none = resources.all();
    ASSERT_TRUE(none.hasValue());
    EXPECT_TRUE(none->isEmpty());
    Record resource = resourceSpec().newRecord();
    resource.values[resourceSpec().indexOf(u"name")] = u"Security budget"_s;
    resource.values[resourceSpec().indexOf(u"type")] = u"budget"_s;
    resource.values[resourceSpec().indexOf(u"status")] = u"approved"_s;
    const auto refused = resources.create(resource);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"Owner"_s)) << qPrintable(refused.error().message);
    resource.values[resourceSpec().indexOf(u"owner")] = u"CFO"_s;
    const auto created = resources.create(resource);
    ASSERT_TRUE(created.hasValue()) << qPrintable(created.error().message);
}

// The version before roles, the RACI matrix and support (version 18).

TEST(MigrationTest, Version18GetsEmptyRoleAndSupportRegistersThatTakeRecords)
{
    test::TempProject temp;
    const QString path = temp.path(u"v18.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 18).hasValue());
    {
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
        EXPECT_GE(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(), 19);
        for (const EntitySpec *spec :
             {&roleSpec(), &raciAssignmentSpec(), &competenceSpec(), &trainingSpec(), &communicationSpec()}) {
            const auto records = RecordService(**db, *spec).all();
            ASSERT_TRUE(records.hasValue()) << qPrintable(spec->key);
            EXPECT_TRUE(records->isEmpty());
        }
        Record role = roleSpec().newRecord();
        role.values[roleSpec().indexOf(u"name")] = u"ISMS Manager"_s;
        role.values[roleSpec().indexOf(u"ensures_conformity")] = true;
        ASSERT_TRUE(RecordService(**db, roleSpec()).create(role).hasValue());
    }
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
    int people = 0;
    for (const CheckFinding &point : report->readiness) {
        people += point.area == CheckFinding::Area::People ? 1 : 0;
    }
    // The conformity role has no holder (twice: 5.3 a and the holder rule), no role reports performance,
    // and no communication is planned.
    EXPECT_EQ(people, 4);
}

// The version before the assessment runs (version 19).

TEST(MigrationTest, Version19GetsAnEmptyRunRegisterThatRecordsAndChecksRuns)
{
    test::TempProject temp;
    const QString path = temp.path(u"v19.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 19).hasValue());
    {
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
        EXPECT_GE(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(), 20);
        const auto none = RecordService(**db, assessmentRunSpec()).all();
        ASSERT_TRUE(none.hasValue());
        EXPECT_TRUE(none->isEmpty());
        Record change = plannedChangeSpec().newRecord();
        change.values[plannedChangeSpec().indexOf(u"title")] = u"New hosting"_s;
        change.values[plannedChangeSpec().indexOf(u"implemented_date")] = QDate::currentDate().addDays(-1);
        ASSERT_TRUE(RecordService(**db, plannedChangeSpec()).create(change).hasValue());
        const auto run = AssessmentRunService(**db).record(
            {.scope = u"Whole ISMS"_s, .performedBy = u"Dana Reyes"_s, .date = {}, .notes = {}});
        ASSERT_TRUE(run.hasValue()) << qPrintable(run.error().message);
        EXPECT_EQ(run->ref, u"RUN-001"_s);
    }
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

// The version before performance evaluation and the improvement log (version 20).

TEST(MigrationTest, Version20GetsEmptyMetricRegistersAndAnImprovementLogThatTakeRecords)
{
    test::TempProject temp;
    const QString path = temp.path(u"v20.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 20).hasValue());
    {
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
        EXPECT_GE(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(), 21);
        for (const EntitySpec *spec : {&metricSpec(),
                                       &metricObjectiveSpec(),
                                       &metricControlSpec(),
                                       &measurementSpec(),
                                       &metricEvaluationSpec(),
                                       &improvementSpec()}) {
            const auto records = RecordService(**db, *spec).all();
            ASSERT_TRUE(records.hasValue()) << qPrintable(spec->key);
            EXPECT_TRUE(records->isEmpty()) << qPrintable(spec->key);
        }
        Record metric = metricSpec().newRecord();
        metric.values[metricSpec().indexOf(u"name")] = u"Patch latency"_s;
        const auto created = RecordService(**db, metricSpec()).create(metric);
        ASSERT_TRUE(created.hasValue()) << qPrintable(created.error().message);
        Record measurement = measurementSpec().newRecord();
        measurement.values[measurementSpec().indexOf(u"metric")] = created->value;
        measurement.values[measurementSpec().indexOf(u"measured_on")] = QDate::currentDate();
        measurement.values[measurementSpec().indexOf(u"value")] = u"12.5"_s;
        ASSERT_TRUE(RecordService(**db, measurementSpec()).create(measurement).hasValue());
    }
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
    QStringList performance;
    for (const CheckFinding &point : report->readiness) {
        if (point.area == CheckFinding::Area::Performance) {
            performance.append(point.message);
        }
    }
    EXPECT_EQ(performance.size(), 1) << "the new metric has no target value";
}

// The version before documented information and leadership (version 21).

TEST(MigrationTest, Version21GetsTheDocumentRegistersAndTheSeededLeadershipDuties)
{
    test::TempProject temp;
    const QString path = temp.path(u"v21.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 21).hasValue());
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
    EXPECT_GE(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(), 22);
    for (const EntitySpec *spec : {&documentSpec(), &documentVersionSpec(), &acknowledgementSpec()}) {
        const auto none = RecordService(**db, *spec).all();
        ASSERT_TRUE(none.hasValue());
        EXPECT_TRUE(none->isEmpty()) << qPrintable(spec->key);
    }
    const auto duties = RecordService(**db, leadershipDutySpec()).all();
    ASSERT_TRUE(duties.hasValue());
    ASSERT_EQ(duties->size(), 8);
    EXPECT_EQ(duties->constFirst().values.at(leadershipDutySpec().indexOf(u"status")).toString(),
              u"not_shown"_s);
    Record document = documentSpec().newRecord();
    document.values[documentSpec().indexOf(u"title")] = u"Information security policy"_s;
    document.values[documentSpec().indexOf(u"clauses")] = u"5.2"_s;
    const auto created = RecordService(**db, documentSpec()).create(document);
    ASSERT_TRUE(created.hasValue()) << qPrintable(created.error().message);
    (*db).reset();
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}
