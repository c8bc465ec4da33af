// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// Upgrades from schema version 22 on: the document control of every report, and the registers of
// internal audit, management review and improvement. (Earlier versions: MigrationTest.cpp.)
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/RecordService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

/// Runs `statement` on the file through a connection of its own, below the project's services (as a
/// program of the earlier version would have written it).
void writeRaw(const QString &path, const QString &statement)
{
    const QString name = u"raw-"_s + path;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(statement)) << qPrintable(statement);
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

// Version 23 rebuilt the document-control table: its rows stay, and the reports added since version
// 14 can be put under document control.

TEST(MigrationToAuditsTest, Version22KeepsItsDocumentControlsAndTakesEveryReport)
{
    test::TempProject temp;
    const QString path = temp.path(u"v22.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 22).hasValue());
    writeRaw(path,
             u"INSERT INTO document_control (id, ref, report, document_id, version, status, approved_by, "
             "approval_date) VALUES (7, 'DC-007', 'risk-report', 'ISMS-RSK', '2.0', 'approved', "
             "'Ruth Calder', '2026-10-01')"_s);

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
