// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// Upgrades from schema version 22 on: the document control of every report, and the registers of
// internal audit, management review and improvement, and the risk table without IN lists. (Earlier
// versions: MigrationTest.cpp.)
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/IntegrityService.h"
#include "services/RecordService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

// Version 23 rebuilt the document-control table: its rows stay, and the reports added since version
// 14 can be put under document control.

TEST(MigrationToAuditsTest, Version22KeepsItsDocumentControlsAndTakesEveryReport)
{
    test::TempProject temp;
    const QString path = temp.path(u"v22.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 22).hasValue());
    test::TempProject::runSql(
        path,
        {u"INSERT INTO document_control (id, ref, report, document_id, version, status, approved_by, "
         "approval_date) VALUES (7, 'DC-007', 'risk-report', 'ISMS-RSK', '2.0', 'approved', "
         "'Ruth Calder', '2026-10-01')"_s});

    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
    EXPECT_GE(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(), 23);
    RecordService controls(**db, documentControlSpec());
    const auto kept = controls.all();
    ASSERT_TRUE(kept.hasValue());
    ASSERT_EQ(kept->size(), 1);
    const EntitySpec &spec = documentControlSpec();
    EXPECT_EQ(kept->constFirst().values.at(spec.indexOf(u"ref")).toString(), u"DC-007"_s);
    EXPECT_EQ(kept->constFirst().values.at(spec.indexOf(u"document_id")).toString(), u"ISMS-RSK"_s);
    EXPECT_EQ(kept->constFirst().values.at(spec.indexOf(u"approved_by")).toString(), u"Ruth Calder"_s);

    for (const QString &report : {u"raci"_s, u"processes"_s, u"metrics"_s, u"audit-pack"_s}) {
        Record control = spec.newRecord();
        control.values[spec.indexOf(u"report")] = report;
        control.values[spec.indexOf(u"document_id")] = QString(u"ISMS-"_s + report.toUpper());
        control.values[spec.indexOf(u"version")] = u"1.0"_s;
        control.values[spec.indexOf(u"status")] = u"draft"_s;
        const auto created = controls.create(control);
        ASSERT_TRUE(created.hasValue()) << qPrintable(report + u": "_s + created.error().message);
        EXPECT_GT(created->value, 7) << "the id sequence continues after the kept row";
    }
}

// The version before the audit pack's per-file evidence setting (version 23).

TEST(MigrationToAuditsTest, Version23EvidenceIsIncludedInTheAuditPackAndTakesTheSetting)
{
    test::TempProject temp;
    const QString path = temp.path(u"v23.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 23).hasValue());
    const QString hash = QString(64, u'a');
    test::TempProject::runSql(
        path,
        {u"INSERT INTO evidence_blob (sha256, size, data) VALUES ('%1', 3, x'616263')"_s.arg(hash),
         u"INSERT INTO evidence (ref, kind, record_ref, name, size, sha256) "
         "VALUES ('EV-001', 'risks', 'R-001', 'a.txt', 3, '%1')"_s.arg(hash)});
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
    EXPECT_GE(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(), 24);
    RecordService evidence(**db, evidenceSpec());
    const auto stored = evidence.getByRef(u"EV-001"_s);
    ASSERT_TRUE(stored.hasValue()) << qPrintable(stored.error().message);
    EXPECT_EQ(stored->values.at(evidenceSpec().indexOf(u"pack_export")).toString(), u"include"_s);
    ASSERT_TRUE(evidence.update(stored->id, {{u"pack_export"_s, u"redact"_s}}).hasValue());
    const auto wrong = evidence.update(stored->id, {{u"pack_export"_s, u"shred"_s}});
    EXPECT_FALSE(wrong.hasValue());
    EXPECT_EQ(evidence.getByRef(u"EV-001"_s)->values.at(evidenceSpec().indexOf(u"pack_export")).toString(),
              u"redact"_s);
}

// The version before internal audit (version 24).

TEST(MigrationToAuditsTest, Version24GetsEmptyAuditRegistersThatTakeRecords)
{
    test::TempProject temp;
    const QString path = temp.path(u"v24.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 24).hasValue());
    {
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
        EXPECT_GE(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(), 25);
        for (const EntitySpec *spec : {&auditProgrammeSpec(),
                                       &auditSpec(),
                                       &auditClauseSpec(),
                                       &auditControlSpec(),
                                       &auditAuditorSpec(),
                                       &checklistItemSpec(),
                                       &findingSpec()}) {
            const auto none = RecordService(**db, *spec).all();
            ASSERT_TRUE(none.hasValue()) << qPrintable(spec->key);
            EXPECT_TRUE(none->isEmpty()) << qPrintable(spec->key);
        }
        Record audit = auditSpec().newRecord();
        audit.values[auditSpec().indexOf(u"title")] = u"First internal audit"_s;
        const auto created = RecordService(**db, auditSpec()).create(audit);
        ASSERT_TRUE(created.hasValue()) << qPrintable(created.error().message);
    }
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
    QStringList audits;
    for (const CheckFinding &point : report->readiness) {
        if (point.area == CheckFinding::Area::Audits) {
            audits.append(point.message);
        }
    }
    EXPECT_EQ(audits.size(), 1) << "no audit programme yet";
}

// The version before nonconformities, incidents and suppliers (version 25).

TEST(MigrationToAuditsTest, Version25GetsEmptyNonconformityIncidentAndSupplierRegistersThatTakeRecords)
{
    test::TempProject temp;
    const QString path = temp.path(u"v25.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 25).hasValue());
    {
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
        EXPECT_GE(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(), 26);
        for (const EntitySpec *spec : {&nonconformitySpec(),
                                       &correctiveActionSpec(),
                                       &nonconformityChangeSpec(),
                                       &incidentSpec(),
                                       &incidentAssetSpec(),
                                       &incidentRiskSpec(),
                                       &supplierSpec(),
                                       &supplierRiskSpec(),
                                       &supplierAssetSpec()}) {
            const auto none = RecordService(**db, *spec).all();
            ASSERT_TRUE(none.hasValue()) << qPrintable(spec->key);
            EXPECT_TRUE(none->isEmpty()) << qPrintable(spec->key);
        }
        Record nc = nonconformitySpec().newRecord();
        nc.values[nonconformitySpec().indexOf(u"title")] = u"No restore test"_s;
        const auto created = RecordService(**db, nonconformitySpec()).create(nc);
        ASSERT_TRUE(created.hasValue()) << qPrintable(created.error().message);
        Record action = correctiveActionSpec().newRecord();
        action.values[correctiveActionSpec().indexOf(u"nonconformity")] = created->value;
        action.values[correctiveActionSpec().indexOf(u"action")] = u"Schedule the test"_s;
        ASSERT_TRUE(RecordService(**db, correctiveActionSpec()).create(action).hasValue());
    }
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

// The version before management reviews (version 26).

TEST(MigrationToAuditsTest, Version26GetsEmptyReviewRegistersThatHoldAndCheckReviews)
{
    test::TempProject temp;
    const QString path = temp.path(u"v26.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 26).hasValue());
    {
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
        EXPECT_GE(sql::scalar((*db)->connection(), u"PRAGMA user_version"_s)->toInt(), 27);
        for (const EntitySpec *spec : {&managementReviewSpec(), &reviewAttendeeSpec(), &reviewActionSpec()}) {
            const auto none = RecordService(**db, *spec).all();
            ASSERT_TRUE(none.hasValue()) << qPrintable(spec->key);
            EXPECT_TRUE(none->isEmpty()) << qPrintable(spec->key);
        }
        Record review = managementReviewSpec().newRecord();
        review.values[managementReviewSpec().indexOf(u"title")] = u"First review"_s;
        review.values[managementReviewSpec().indexOf(u"status")] = u"held"_s;
        review.values[managementReviewSpec().indexOf(u"held_on")] = QDate::currentDate();
        const auto created = RecordService(**db, managementReviewSpec()).create(review);
        ASSERT_TRUE(created.hasValue()) << qPrintable(created.error().message);
    }
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

// The version before the risk table's checks without IN lists (version 28): version 29 rebuilds the
// table, keeping every row, id and the id sequence, and the links and tasks that name them.

TEST(MigrationToAuditsTest, Version28KeepsItsRisksWithTheirIdsLinksAndTasks)
{
    test::TempProject temp;
    const QString path = temp.path(u"v28.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 28).hasValue());
    test::TempProject::runSql(
        path,
        {u"INSERT INTO risk (id, ref, title, owner, likelihood, impact, treatment, status) VALUES "
         "(3, 'R-003', 'Laptop theft', 'Ruth Calder', 3, 4, 'modify', 'in-treatment'), "
         "(5, 'R-005', 'Supplier outage', '', NULL, NULL, '', 'identified'), "
         "(9, 'R-009', 'Removed later', '', NULL, NULL, 'retain', 'closed')"_s,
         u"DELETE FROM risk WHERE id = 9"_s,
         u"INSERT INTO treatment_task (id, ref, risk, title, status) VALUES (4, 'TT-004', 5, 'Second "
         "supplier', 'open')"_s,
         u"INSERT INTO risk_control (ref, risk, control, role) VALUES ('RC-001', 3, '8.1', 'planned')"_s});

    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
    const QSqlDatabase connection = (*db)->connection();
    EXPECT_GE(sql::scalar(connection, u"PRAGMA user_version"_s)->toInt(), 29);
    EXPECT_EQ(sql::scalar(connection, u"PRAGMA foreign_keys"_s)->toInt(), 1) << "enforced again";
    EXPECT_FALSE(sql::scalar(connection, u"PRAGMA foreign_key_check"_s)->isValid());
    EXPECT_FALSE(sql::scalar(connection, u"SELECT sql FROM sqlite_master WHERE name = 'risk'"_s)
                     ->toString()
                     .contains(u" IN ("_s));

    const EntitySpec &spec = riskSpec();
    RecordService risks(**db, spec);
    const auto kept = risks.all();
    ASSERT_TRUE(kept.hasValue());
    ASSERT_EQ(kept->size(), 2);
    EXPECT_EQ(kept->at(0).id.value, 3);
    EXPECT_EQ(kept->at(0).values.at(spec.indexOf(u"title")).toString(), u"Laptop theft"_s);
    EXPECT_EQ(kept->at(0).values.at(spec.indexOf(u"treatment")).toString(), u"modify"_s);
    EXPECT_EQ(kept->at(0).values.at(spec.indexOf(u"owner")).toString(), u"Ruth Calder"_s);
    EXPECT_EQ(kept->at(1).id.value, 5);
    EXPECT_EQ(kept->at(1).values.at(spec.indexOf(u"status")).toString(), u"identified"_s);
    EXPECT_EQ(sql::scalar(connection, u"SELECT risk FROM treatment_task WHERE ref = 'TT-004'"_s)->toInt(), 5);
    EXPECT_EQ(sql::scalar(connection, u"SELECT risk FROM risk_control WHERE ref = 'RC-001'"_s)->toInt(), 3);

    // The sequence continues after the removed risk 9, so no id is given twice.
    Record risk = spec.newRecord();
    risk.values[spec.indexOf(u"title")] = u"After the upgrade"_s;
    const auto created = risks.create(risk);
    ASSERT_TRUE(created.hasValue()) << qPrintable(created.error().message);
    EXPECT_EQ(created->value, 10);

    // The checks still refuse a value outside the list, and a task still cannot name a missing risk.
    EXPECT_FALSE(sql::scalar(connection, u"UPDATE risk SET treatment = 'ignore' WHERE id = 3"_s).hasValue());
    EXPECT_FALSE(sql::scalar(connection, u"UPDATE risk SET status = '' WHERE id = 3"_s).hasValue());
    EXPECT_FALSE(sql::scalar(connection, u"UPDATE treatment_task SET risk = 77 WHERE id = 4"_s).hasValue());
    const auto chain = ChangeLog::verifyChain(**db);
    ASSERT_TRUE(chain.hasValue());
    EXPECT_TRUE(chain->isEmpty());
}
