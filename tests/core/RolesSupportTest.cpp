// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Roles (5.3), the RACI matrix and support (7.2 to 7.4): the registers' validation and the rules.
#include "RecordValues.h"
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/IntegrityService.h"
#include "services/PeopleRules.h"
#include "services/RaciMatrix.h"
#include "services/ReadinessCheck.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

using test::recordOf;
using test::Values;

RecordId create(Database &db, const EntitySpec &spec, const Values &values)
{
    const auto id = RecordService(db, spec).create(recordOf(spec, values));
    EXPECT_TRUE(id.hasValue()) << qPrintable(id ? QString() : id.error().message);
    return id ? *id : RecordId{};
}

QString refusal(Database &db, const EntitySpec &spec, const Values &values)
{
    const auto id = RecordService(db, spec).create(recordOf(spec, values));
    EXPECT_FALSE(id.hasValue()) << "accepted: " << qPrintable(spec.key);
    return id ? QString() : id.error().message;
}

RecordId person(Database &db, const QString &name, const QString &status = u"active"_s)
{
    return create(db, personSpec(), {{u"name"_s, name}, {u"status"_s, status}});
}

RecordId role(Database &db,
              const QString &name,
              RecordId holder,
              bool conformity = false,
              bool reporting = false)
{
    Values values{{u"name"_s, name},
                  {u"ensures_conformity"_s, conformity},
                  {u"reports_performance"_s, reporting}};
    if (holder.isValid()) {
        values.append({u"holder"_s, holder.value});
    }
    return create(db, roleSpec(), values);
}

RecordId process(Database &db, const QString &name)
{
    return create(db,
                  processSpec(),
                  {{u"name"_s, name}, {u"owner"_s, u"Owner"_s}, {u"criteria"_s, u"KPI"_s}});
}

RecordId raci(Database &db, RecordId processId, RecordId roleId, const QString &letter)
{
    return create(db,
                  raciAssignmentSpec(),
                  {{u"process"_s, processId.value}, {u"role"_s, roleId.value}, {u"letter"_s, letter}});
}

/// "RULE REF" (or "RULE" for a point about a missing record) of every finding of `rule`.
QStringList pointsOf(const Database &db, const QString &rule, const QDate &today = QDate::currentDate())
{
    const auto findings = PeopleRules::findings(db, today);
    EXPECT_TRUE(findings.hasValue());
    QStringList points;
    if (!findings) {
        return points;
    }
    for (const PeopleFinding &finding : *findings) {
        if (finding.rule == rule) {
            points.append(finding.ref.isEmpty() ? finding.rule : finding.rule + u' ' + finding.ref);
            EXPECT_FALSE(finding.message.isEmpty());
        }
    }
    return points;
}

} // namespace

// Validation of the registers.

TEST(RolesSupportTest, ARoleDeputyIsNotItsHolder)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId dana = person(*db, u"Dana Reyes"_s);
    const QString message =
        refusal(*db,
                roleSpec(),
                {{u"name"_s, u"ISMS Manager"_s}, {u"holder"_s, dana.value}, {u"deputy"_s, dana.value}});
    EXPECT_TRUE(message.contains(u"deputy"_s)) << qPrintable(message);
    EXPECT_TRUE(role(*db, u"<b>ISMS Manager</b>"_s, dana).isValid());
    const auto roles = RecordService(*db, roleSpec()).all();
    ASSERT_TRUE(roles.hasValue());
    ASSERT_EQ(roles->size(), 1);
    EXPECT_EQ(roles->first().values.at(roleSpec().indexOf(u"name")).toString(), u"<b>ISMS Manager</b>"_s)
        << "markup is kept as text";
    EXPECT_EQ(EntitySpec::refOf(roles->first()), u"RL-001"_s);
}

TEST(RolesSupportTest, ARaciCellIsUniquePerRoleAndProcessAndGoesWithItsProcess)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId dana = person(*db, u"Dana Reyes"_s);
    const RecordId manager = role(*db, u"ISMS Manager"_s, dana);
    const RecordId incidents = process(*db, u"Incident management"_s);
    const RecordId cell = raci(*db, incidents, manager, u"A"_s);
    ASSERT_TRUE(cell.isValid());
    const QString message =
        refusal(*db,
                raciAssignmentSpec(),
                {{u"process"_s, incidents.value}, {u"role"_s, manager.value}, {u"letter"_s, u"R"_s}});
    EXPECT_TRUE(message.contains(u"RL-001"_s) && message.contains(u"PR-001"_s)) << qPrintable(message);
    EXPECT_FALSE(RecordService(*db, raciAssignmentSpec()).update(cell, {{u"letter"_s, u"X"_s}}).hasValue());
    ASSERT_TRUE(RecordService(*db, raciAssignmentSpec()).update(cell, {{u"letter"_s, u"C"_s}}).hasValue());

    auto matrix = RaciMatrix::load(*db);
    ASSERT_TRUE(matrix.hasValue());
    ASSERT_EQ(matrix->activities().size(), 1);
    ASSERT_EQ(matrix->roles().size(), 1);
    EXPECT_EQ(matrix->cell(0, 0).letter, u"C"_s);
    EXPECT_EQ(matrix->roles().first().holder, u"Dana Reyes"_s);
    EXPECT_EQ(matrix->accountableCount(0), 0);

    ASSERT_TRUE(RecordService(*db, processSpec()).remove({incidents}).hasValue());
    EXPECT_TRUE(RecordService(*db, raciAssignmentSpec()).all()->isEmpty())
        << "the cell goes with its process";
}

TEST(RolesSupportTest, ACompetenceNamesItsRoleAndPerson)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId dana = person(*db, u"Dana Reyes"_s);
    const RecordId manager = role(*db, u"ISMS Manager"_s, dana);
    const QString message =
        refusal(*db, competenceSpec(), {{u"role"_s, manager.value}, {u"competence"_s, u"Risk assessment"_s}});
    EXPECT_TRUE(message.contains(u"Person"_s)) << qPrintable(message);
    const RecordId id = create(
        *db,
        competenceSpec(),
        {{u"role"_s, manager.value}, {u"competence"_s, u"Risk assessment"_s}, {u"person"_s, dana.value}});
    ASSERT_TRUE(id.isValid());
    EXPECT_EQ(RecordService(*db, competenceSpec())
                  .get(id)
                  ->values.at(competenceSpec().indexOf(u"level"))
                  .toString(),
              u"missing"_s)
        << "a competence is missing until someone says otherwise";
}

TEST(RolesSupportTest, ATrainingIsEvaluatedOnADateOnOrAfterIt)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId dana = person(*db, u"Dana Reyes"_s);
    const QDate held(2026, 3, 10);
    const Values base{{u"person"_s, dana.value},
                      {u"title"_s, u"Phishing awareness"_s},
                      {u"kind"_s, u"awareness"_s},
                      {u"campaign"_s, u"Spring campaign"_s},
                      {u"training_date"_s, held}};
    Values undated = base;
    undated.append({u"effectiveness"_s, u"effective"_s});
    const QString noDate = refusal(*db, trainingSpec(), undated);
    EXPECT_TRUE(noDate.contains(u"Evaluated on"_s)) << qPrintable(noDate);

    Values early = undated;
    early.append({u"evaluated_on"_s, held.addDays(-1)});
    const QString wrongOrder = refusal(*db, trainingSpec(), early);
    EXPECT_TRUE(wrongOrder.contains(u"2026-03-09"_s) && wrongOrder.contains(u"2026-03-10"_s))
        << qPrintable(wrongOrder);

    Values sameDay = undated;
    sameDay.append({u"evaluated_on"_s, held});
    EXPECT_TRUE(create(*db, trainingSpec(), sameDay).isValid());
    EXPECT_TRUE(create(*db, trainingSpec(), base).isValid()) << "not yet evaluated needs no date";
    EXPECT_EQ(RecordService(*db, trainingSpec()).all()->size(), 2) << "nothing half-saved";
}

TEST(RolesSupportTest, ACommunicationWasNotDoneInTheFuture)
{
    test::TempProject temp;
    auto db = temp.create();
    const QString message =
        refusal(*db,
                communicationSpec(),
                {{u"subject"_s, u"Policy"_s}, {u"last_done"_s, QDate::currentDate().addDays(3)}});
    EXPECT_TRUE(message.contains(u"Last done"_s)) << qPrintable(message);
    EXPECT_TRUE(create(*db,
                       communicationSpec(),
                       {{u"subject"_s, u"Policy"_s},
                        {u"timing"_s, u"Yearly"_s},
                        {u"audience"_s, u"All staff"_s},
                        {u"channel"_s, u"Intranet"_s},
                        {u"last_done"_s, QDate::currentDate()}})
                    .isValid());
}

// The rules: one failing and one passing case each.

TEST(RolesSupportTest, RuleRoleConformity)
{
    test::TempProject temp;
    auto db = temp.create();
    EXPECT_EQ(pointsOf(*db, u"R-ROLE-CONFORMITY"_s), QStringList{u"R-ROLE-CONFORMITY"_s});
    const RecordId left = person(*db, u"Former Manager"_s, u"left"_s);
    const RecordId manager = role(*db, u"ISMS Manager"_s, left, true, false);
    EXPECT_EQ(pointsOf(*db, u"R-ROLE-CONFORMITY"_s), QStringList{u"R-ROLE-CONFORMITY RL-001"_s})
        << "assigned to a role held by someone who left";
    const RecordId dana = person(*db, u"Dana Reyes"_s);
    ASSERT_TRUE(RecordService(*db, roleSpec()).update(manager, {{u"holder"_s, dana.value}}).hasValue());
    EXPECT_TRUE(pointsOf(*db, u"R-ROLE-CONFORMITY"_s).isEmpty());
}

TEST(RolesSupportTest, RuleRoleReporting)
{
    test::TempProject temp;
    auto db = temp.create();
    role(*db, u"ISMS Manager"_s, {}, true, true);
    EXPECT_EQ(pointsOf(*db, u"R-ROLE-REPORTING"_s), QStringList{u"R-ROLE-REPORTING RL-001"_s})
        << "assigned to a role without a holder";
    const RecordId dana = person(*db, u"Dana Reyes"_s);
    role(*db, u"Reporting officer"_s, dana, false, true);
    EXPECT_TRUE(pointsOf(*db, u"R-ROLE-REPORTING"_s).isEmpty());
}

TEST(RolesSupportTest, RuleRoleNoHolder)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId dana = person(*db, u"Dana Reyes"_s);
    role(*db, u"ISMS Manager"_s, dana);
    EXPECT_TRUE(pointsOf(*db, u"R-ROLE-NO-HOLDER"_s).isEmpty());
    role(*db, u"Internal auditor"_s, {});
    EXPECT_EQ(pointsOf(*db, u"R-ROLE-NO-HOLDER"_s), QStringList{u"R-ROLE-NO-HOLDER RL-002"_s});
    ASSERT_TRUE(RecordService(*db, personSpec()).update(dana, {{u"status"_s, u"left"_s}}).hasValue());
    EXPECT_EQ(pointsOf(*db, u"R-ROLE-NO-HOLDER"_s),
              (QStringList{u"R-ROLE-NO-HOLDER RL-001"_s, u"R-ROLE-NO-HOLDER RL-002"_s}));
}

TEST(RolesSupportTest, RuleRaciAccountable)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId dana = person(*db, u"Dana Reyes"_s);
    const RecordId manager = role(*db, u"ISMS Manager"_s, dana);
    const RecordId director = role(*db, u"Director"_s, dana);
    const RecordId incidents = process(*db, u"Incident management"_s);
    raci(*db, incidents, manager, u"R"_s);
    EXPECT_EQ(pointsOf(*db, u"R-RACI-ACCOUNTABLE"_s), QStringList{u"R-RACI-ACCOUNTABLE PR-001"_s});
    const RecordId cell = raci(*db, incidents, director, u"A"_s);
    EXPECT_TRUE(pointsOf(*db, u"R-RACI-ACCOUNTABLE"_s).isEmpty());
    ASSERT_TRUE(RecordService(*db, raciAssignmentSpec())
                    .update(RaciMatrix::load(*db)->cell(0, 0).assignment, {{u"letter"_s, u"A"_s}})
                    .hasValue());
    EXPECT_EQ(pointsOf(*db, u"R-RACI-ACCOUNTABLE"_s), QStringList{u"R-RACI-ACCOUNTABLE PR-001"_s})
        << "two Accountable roles";
    ASSERT_TRUE(RecordService(*db, raciAssignmentSpec()).remove({cell}).hasValue());
    EXPECT_TRUE(pointsOf(*db, u"R-RACI-ACCOUNTABLE"_s).isEmpty());

    // A warning in the readiness check that names the process.
    const auto report = ReadinessCheck::run(*db, QDate::currentDate());
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->checkedRules.contains(u"R-RACI-ACCOUNTABLE"_s));
    EXPECT_EQ(ReadinessCheck::rule(u"R-RACI-ACCOUNTABLE")->severity, ReadinessSeverity::Minor);
}

TEST(RolesSupportTest, RuleCompetenceGap)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId dana = person(*db, u"Dana Reyes"_s);
    const RecordId auditor = role(*db, u"Internal auditor"_s, dana);
    const RecordId gap = create(*db,
                                competenceSpec(),
                                {{u"role"_s, auditor.value},
                                 {u"competence"_s, u"Audit techniques"_s},
                                 {u"person"_s, dana.value},
                                 {u"level"_s, u"missing"_s}});
    create(*db,
           competenceSpec(),
           {{u"role"_s, auditor.value},
            {u"competence"_s, u"Reporting"_s},
            {u"person"_s, dana.value},
            {u"level"_s, u"held"_s}});
    EXPECT_EQ(pointsOf(*db, u"R-COMPETENCE-GAP"_s), QStringList{u"R-COMPETENCE-GAP CO-001"_s});
    create(*db,
           trainingSpec(),
           {{u"person"_s, dana.value},
            {u"title"_s, u"Auditing an ISMS"_s},
            {u"training_date"_s, QDate::currentDate().addDays(20)},
            {u"competence"_s, gap.value}});
    EXPECT_TRUE(pointsOf(*db, u"R-COMPETENCE-GAP"_s).isEmpty());
}

TEST(RolesSupportTest, RuleTrainingUnevaluated)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId dana = person(*db, u"Dana Reyes"_s);
    const QDate today(2026, 6, 30);
    const RecordId old =
        create(*db,
               trainingSpec(),
               {{u"person"_s, dana.value},
                {u"title"_s, u"Secure coding"_s},
                {u"training_date"_s, today.addDays(-PeopleRules::trainingEvaluationDays() - 1)}});
    create(*db,
           trainingSpec(),
           {{u"person"_s, dana.value},
            {u"title"_s, u"Recent awareness"_s},
            {u"training_date"_s, today.addDays(-10)}});
    EXPECT_EQ(pointsOf(*db, u"R-TRAINING-UNEVALUATED"_s, today),
              QStringList{u"R-TRAINING-UNEVALUATED TR-001"_s});
    ASSERT_TRUE(
        RecordService(*db, trainingSpec())
            .update(old, {{u"effectiveness"_s, u"not-effective"_s}, {u"evaluated_on"_s, today.addDays(-5)}})
            .hasValue());
    EXPECT_TRUE(pointsOf(*db, u"R-TRAINING-UNEVALUATED"_s, today).isEmpty());
}

TEST(RolesSupportTest, RuleCommunicationPlan)
{
    test::TempProject temp;
    auto db = temp.create();
    EXPECT_EQ(pointsOf(*db, u"R-COMMUNICATION-PLAN"_s), QStringList{u"R-COMMUNICATION-PLAN"_s});
    create(*db,
           communicationSpec(),
           {{u"subject"_s, u"Awareness newsletter"_s}, {u"timing"_s, u"Quarterly"_s}});
    EXPECT_TRUE(pointsOf(*db, u"R-COMMUNICATION-PLAN"_s).isEmpty());
}

TEST(RolesSupportTest, AnEmptyProjectsCheckNamesTheMissingAssignmentsAndPlan)
{
    test::TempProject temp;
    auto db = temp.create();
    db.reset();
    const auto report = IntegrityService::check(temp.path(u"test.isms"_s));
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << "readiness points leave the file sound";
    int people = 0;
    for (const CheckFinding &point : report->readiness) {
        people += point.area == CheckFinding::Area::People ? 1 : 0;
    }
    QStringList rules;
    for (const ReadinessFinding &finding : report->readinessReport.findings) {
        if (ReadinessCheck::providerOf(finding.rule)->area == u"people") {
            rules.append(finding.rule);
        }
    }
    EXPECT_EQ(people, rules.size());
    EXPECT_EQ(rules, (QStringList{u"R-ROLE-CONFORMITY"_s, u"R-ROLE-REPORTING"_s, u"R-COMMUNICATION-PLAN"_s}));
}
