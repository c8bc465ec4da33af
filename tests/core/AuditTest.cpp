// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Internal audit (9.2): the registers' validation, the independence check, the checklist generator,
// auditor competence, findings from checklist answers, the coverage matrix and the readiness rules.
#include "RecordValues.h"
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/AuditChecklist.h"
#include "services/AuditCoverage.h"
#include "services/AuditIndependence.h"
#include "services/AuditRules.h"
#include "services/AuditorCompetence.h"
#include "services/MandatoryInformation.h"
#include "services/RecordService.h"
#include "services/ReviewCycle.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

using test::recordOf;
using test::Values;

RecordId add(Database &db, const EntitySpec &spec, const Values &values)
{
    const auto id = RecordService(db, spec).create(recordOf(spec, values));
    EXPECT_TRUE(id.hasValue()) << qPrintable(id ? QString() : id.error().message);
    return id ? *id : RecordId{};
}

QString refusal(Database &db, const EntitySpec &spec, const Values &values)
{
    const auto id = RecordService(db, spec).create(recordOf(spec, values));
    return id ? QString() : id.error().message;
}

QStringList rulesOf(const Database &db, const QDate &today = QDate(2026, 11, 1))
{
    const auto findings = AuditRules::findings(db, today);
    EXPECT_TRUE(findings.hasValue());
    QStringList rules;
    for (const AuditFinding &finding : findings ? *findings : QList<AuditFinding>()) {
        rules.append(finding.ref.isEmpty() ? finding.rule : finding.rule + u' ' + finding.ref);
    }
    return rules;
}

struct Fixture
{
    RecordId owner;
    RecordId auditor;
    RecordId programme;
};

Fixture basics(Database &db)
{
    Fixture f;
    f.owner =
        add(db, personSpec(), {{u"name"_s, u"Priya Nair"_s}, {u"job_title"_s, u"IT Operations Manager"_s}});
    f.auditor =
        add(db, personSpec(), {{u"name"_s, u"Nora Eklund"_s}, {u"job_title"_s, u"Internal Auditor"_s}});
    f.programme = add(db,
                      auditProgrammeSpec(),
                      {{u"title"_s, u"Cycle"_s},
                       {u"cycle_start"_s, QDate(2025, 1, 1)},
                       {u"cycle_end"_s, QDate(2027, 12, 31)},
                       {u"owner"_s, f.owner.value}});
    return f;
}

} // namespace

TEST(AuditTest, ReversedDatesAndMissingCompanionsAreRefusedInOneSentence)
{
    test::TempProject temp;
    auto db = temp.create();
    const Fixture f = basics(*db);
    EXPECT_TRUE(refusal(*db,
                        auditProgrammeSpec(),
                        {{u"title"_s, u"Backwards"_s},
                         {u"cycle_start"_s, QDate(2027, 1, 1)},
                         {u"cycle_end"_s, QDate(2025, 1, 1)}})
                    .contains(u"before it starts"_s));
    EXPECT_TRUE(refusal(*db,
                        auditProgrammeSpec(),
                        {{u"title"_s, u"Reported"_s},
                         {u"cycle_start"_s, QDate(2025, 1, 1)},
                         {u"cycle_end"_s, QDate(2025, 12, 31)},
                         {u"reported_on"_s, QDate(2025, 6, 1)}})
                    .contains(u"Reported to"_s));
    EXPECT_TRUE(refusal(*db,
                        auditSpec(),
                        {{u"title"_s, u"A"_s},
                         {u"planned_start"_s, QDate(2026, 3, 5)},
                         {u"planned_end"_s, QDate(2026, 3, 1)}})
                    .contains(u"planned end"_s));
    EXPECT_TRUE(refusal(*db,
                        auditSpec(),
                        {{u"title"_s, u"A"_s},
                         {u"actual_start"_s, QDate(2026, 3, 5)},
                         {u"actual_end"_s, QDate(2026, 3, 1)}})
                    .contains(u"ended"_s));
    EXPECT_TRUE(refusal(*db, auditSpec(), {{u"title"_s, u"A"_s}, {u"status"_s, u"reported"_s}})
                    .contains(u"Report date"_s));
    const RecordId audit = add(*db, auditSpec(), {{u"title"_s, u"A"_s}, {u"programme"_s, f.programme.value}});
    EXPECT_TRUE(refusal(*db, auditClauseSpec(), {{u"audit"_s, audit.value}, {u"clause"_s, u"11.1"_s}})
                    .contains(u"not a clause"_s));
    const Values item{{u"audit"_s, audit.value}, {u"requirement"_s, u"9.2"_s}, {u"question"_s, u"Q?"_s}};
    EXPECT_TRUE(refusal(*db, checklistItemSpec(), item + Values{{u"result"_s, u"nonconformity"_s}})
                    .contains(u"graded"_s));
    EXPECT_TRUE(refusal(*db,
                        checklistItemSpec(),
                        item + Values{{u"result"_s, u"observation"_s}, {u"grade"_s, u"minor"_s}})
                    .contains(u"Only a nonconformity"_s));
    EXPECT_TRUE(refusal(*db,
                        checklistItemSpec(),
                        item + Values{{u"result"_s, u"nonconformity"_s}, {u"grade"_s, u"minor"_s}})
                    .isEmpty());
    const auto audits = RecordService(*db, auditSpec()).all();
    ASSERT_TRUE(audits.hasValue());
    EXPECT_EQ(audits->size(), 1) << "nothing half-saved";
}

TEST(AuditTest, IndependenceNamesTheAuditTheAuditorAndTheOwnedRecord)
{
    test::TempProject temp;
    auto db = temp.create();
    const Fixture f = basics(*db);
    // Priya owns backups by her job title, a process by her reference and an asset by her name.
    RecordService controls(*db, controlSpec());
    const auto backup = controls.getByRef(u"8.13"_s);
    ASSERT_TRUE(backup.hasValue());
    ASSERT_TRUE(controls.update(backup->id, {{u"owner"_s, u"it operations manager"_s}}).hasValue());
    add(*db, processSpec(), {{u"name"_s, u"Cloud operations"_s}, {u"owner"_s, u"Head of X; P-001"_s}});

    const RecordId clean = add(*db,
                               auditSpec(),
                               {{u"title"_s, u"Backups"_s},
                                {u"programme"_s, f.programme.value},
                                {u"lead_auditor"_s, f.auditor.value}});
    add(*db, auditControlSpec(), {{u"audit"_s, clean.value}, {u"control"_s, u"8.13"_s}});
    auto none = AuditIndependence::conflictsOf(*db, clean);
    ASSERT_TRUE(none.hasValue());
    EXPECT_TRUE(none->isEmpty());

    add(*db, auditAuditorSpec(), {{u"audit"_s, clean.value}, {u"person"_s, f.owner.value}});
    auto found = AuditIndependence::conflictsOf(*db, clean);
    ASSERT_TRUE(found.hasValue());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->constFirst().ownedRef, u"A.8.13"_s);
    EXPECT_EQ(found->constFirst().auditorRef, u"P-001"_s);
    EXPECT_TRUE(found->constFirst().sentence().contains(u"AUD-001"_s));
    EXPECT_TRUE(found->constFirst().sentence().contains(u"Priya Nair"_s));

    // A process is audited when the scope names it.
    const RecordId ops = add(*db,
                             auditSpec(),
                             {{u"title"_s, u"Operations"_s},
                              {u"scope"_s, u"The cloud operations process"_s},
                              {u"lead_auditor"_s, f.owner.value}});
    found = AuditIndependence::conflictsOf(*db, ops);
    ASSERT_TRUE(found.hasValue());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->constFirst().ownedKind, u"processes"_s);
    EXPECT_TRUE(rulesOf(*db).contains(u"R-AUDIT-INDEPENDENCE AUD-002"_s));
}

TEST(AuditTest, GeneratingTheChecklistTwiceAddsNothingAndKeepsAnswers)
{
    test::TempProject temp;
    auto db = temp.create();
    const Fixture f = basics(*db);
    const RecordId audit =
        add(*db, auditSpec(), {{u"title"_s, u"Audit 9"_s}, {u"programme"_s, f.programme.value}});
    add(*db, auditClauseSpec(), {{u"audit"_s, audit.value}, {u"clause"_s, u"9"_s}});
    add(*db, auditControlSpec(), {{u"audit"_s, audit.value}, {u"control"_s, u"5.15"_s}});
    const auto first = AuditChecklist::generate(*db, u"aud-001"_s);
    ASSERT_TRUE(first.hasValue()) << qPrintable(first.error().message);
    EXPECT_EQ(first->added, 7) << "9.1, 9.2.1, 9.2.2, 9.3.1-9.3.3 and A.5.15";
    RecordService items(*db, checklistItemSpec());
    const auto control = items.getByRef(u"CL-0007"_s);
    ASSERT_TRUE(control.hasValue());
    EXPECT_EQ(control->values.at(checklistItemSpec().indexOf(u"requirement")).toString(), u"A.5.15"_s);
    EXPECT_TRUE(control->values.at(checklistItemSpec().indexOf(u"question"))
                    .toString()
                    .contains(u"Access control"_s));
    ASSERT_TRUE(
        items
            .update(
                control->id,
                {{u"result"_s, u"nonconformity"_s}, {u"grade"_s, u"major"_s}, {u"notes"_s, u"No rules"_s}})
            .hasValue());
    const auto second = AuditChecklist::generate(*db, u"AUD-001"_s);
    ASSERT_TRUE(second.hasValue());
    EXPECT_EQ(second->added, 0);
    EXPECT_EQ(second->kept, 7);
    EXPECT_EQ(items.all()->size(), 7);
    EXPECT_EQ(items.get(control->id)->values.at(checklistItemSpec().indexOf(u"result")).toString(),
              u"nonconformity"_s);

    // The answer becomes a finding in one step, linked to the item, and only once.
    const auto raised = AuditChecklist::raiseFinding(*db, u"CL-0007"_s);
    ASSERT_TRUE(raised.hasValue()) << qPrintable(raised.error().message);
    EXPECT_EQ(*raised, u"F-001"_s);
    const auto finding = RecordService(*db, findingSpec()).getByRef(*raised);
    ASSERT_TRUE(finding.hasValue());
    EXPECT_EQ(finding->values.at(findingSpec().indexOf(u"type")).toString(), u"major_nc"_s);
    EXPECT_EQ(finding->values.at(findingSpec().indexOf(u"description")).toString(), u"No rules"_s);
    EXPECT_EQ(*AuditChecklist::findingOf(*db, control->id.value), u"F-001"_s);
    const auto twice = AuditChecklist::raiseFinding(*db, u"CL-0007"_s);
    ASSERT_FALSE(twice.hasValue());
    EXPECT_TRUE(twice.error().message.contains(u"F-001"_s));
    EXPECT_FALSE(AuditChecklist::raiseFinding(*db, u"CL-0001"_s).hasValue()) << "not assessed";
    EXPECT_FALSE(AuditChecklist::generate(*db, u"AUD-099"_s).hasValue());
}

TEST(AuditTest, CoverageMatrixPlacesAuditsByYearAndListsGapsAsAdvice)
{
    test::TempProject temp;
    auto db = temp.create();
    EXPECT_TRUE(rulesOf(*db).contains(u"R-AUDIT-PROGRAMME-NONE"_s));
    const Fixture f = basics(*db);
    const RecordId audit = add(*db,
                               auditSpec(),
                               {{u"title"_s, u"Clause 9"_s},
                                {u"programme"_s, f.programme.value},
                                {u"planned_start"_s, QDate(2026, 4, 1)}});
    add(*db, auditClauseSpec(), {{u"audit"_s, audit.value}, {u"clause"_s, u"9.2"_s}});
    add(*db, auditControlSpec(), {{u"audit"_s, audit.value}, {u"control"_s, u"5.1"_s}});
    const auto matrix = AuditCoverage::of(*db, u"AP-001"_s);
    ASSERT_TRUE(matrix.hasValue());
    EXPECT_EQ(matrix->years, (QList<int>{2025, 2026, 2027}));
    const auto row = [&](const QString &id) {
        for (const CoverageRow &r : matrix->rows) {
            if (r.id == id) {
                return r;
            }
        }
        return CoverageRow{};
    };
    EXPECT_EQ(row(u"9.2.1"_s).auditsByYear.value(1), QStringList{u"AUD-001"_s});
    EXPECT_EQ(row(u"A.5.1"_s).auditsByYear.value(1), QStringList{u"AUD-001"_s});
    EXPECT_FALSE(row(u"9.1"_s).covered());
    EXPECT_TRUE(row(u"9.2"_s).id.isEmpty()) << "rows are the subclauses that hold requirements";
    EXPECT_EQ(matrix->rows.size(), 30 + 93);
    EXPECT_EQ(matrix->gaps().size(), 30 + 93 - 3);
    const QStringList rules = rulesOf(*db);
    EXPECT_FALSE(rules.contains(u"R-AUDIT-PROGRAMME-NONE"_s));
    EXPECT_TRUE(rules.contains(u"R-AUDIT-COVERAGE AP-001"_s));

    ASSERT_TRUE(RecordService(*db, auditSpec()).update(audit, {{u"full_scope"_s, true}}).hasValue());
    EXPECT_TRUE(AuditCoverage::of(*db, u"AP-001"_s)->gaps().isEmpty());
    EXPECT_FALSE(rulesOf(*db).join(u' ').contains(u"R-AUDIT-COVERAGE"_s));
}

TEST(AuditTest, ACompletedAuditIsReportedToManagementAndDatesTheCycle)
{
    test::TempProject temp;
    auto db = temp.create();
    const Fixture f = basics(*db);
    const RecordId audit = add(*db,
                               auditSpec(),
                               {{u"title"_s, u"Full"_s},
                                {u"programme"_s, f.programme.value},
                                {u"full_scope"_s, true},
                                {u"actual_start"_s, QDate(2026, 9, 1)},
                                {u"actual_end"_s, QDate(2026, 9, 3)},
                                {u"status"_s, u"reported"_s},
                                {u"report_date"_s, QDate(2026, 9, 10)}});
    EXPECT_TRUE(rulesOf(*db).contains(u"R-AUDIT-NOT-REPORTED AUD-001"_s));
    const auto stateOf = [&db](const QString &item) {
        const auto states = MandatoryInformation::evaluate(*db, QDate(2026, 11, 1));
        EXPECT_TRUE(states.hasValue());
        for (const MandatoryItemState &state : states ? *states : QList<MandatoryItemState>()) {
            if (state.itemId == item) {
                return state.state;
            }
        }
        return InformationState::Missing;
    };
    EXPECT_EQ(stateOf(u"DI-9.2.2-PROGRAMME"_s), InformationState::Incomplete) << "a draft programme";
    EXPECT_EQ(stateOf(u"DI-9.2.2-RESULTS"_s), InformationState::Present) << "a reported audit";
    ASSERT_TRUE(RecordService(*db, auditProgrammeSpec())
                    .update(f.programme, {{u"status"_s, u"approved"_s}})
                    .hasValue());
    EXPECT_EQ(stateOf(u"DI-9.2.2-PROGRAMME"_s), InformationState::Present);
    ASSERT_TRUE(
        RecordService(*db, auditProgrammeSpec())
            .update(f.programme, {{u"reported_on"_s, QDate(2026, 9, 20)}, {u"reported_to"_s, f.owner.value}})
            .hasValue());
    EXPECT_TRUE(rulesOf(*db).isEmpty()) << qPrintable(rulesOf(*db).join(u", "_s));
    const auto latest = ReviewCycle::latestAudit(*db);
    ASSERT_TRUE(latest.hasValue());
    ASSERT_TRUE(latest->has_value());
    EXPECT_EQ((*latest)->ref, u"AUD-001"_s);
    EXPECT_EQ((*latest)->date, QDate(2026, 9, 3));
    Q_UNUSED(audit)
}

TEST(AuditTest, AuditorCompetenceComesFromTheCompetencesRegister)
{
    test::TempProject temp;
    auto db = temp.create();
    const Fixture f = basics(*db);
    const RecordId audit = add(*db,
                               auditSpec(),
                               {{u"title"_s, u"Backups"_s},
                                {u"programme"_s, f.programme.value},
                                {u"lead_auditor"_s, f.auditor.value}});
    auto team = AuditorCompetence::teamOf(*db, audit);
    ASSERT_TRUE(team.hasValue());
    ASSERT_EQ(team->size(), 1);
    EXPECT_TRUE(team->constFirst().level.isEmpty());
    EXPECT_TRUE(team->constFirst().sentence().contains(u"records no competence in auditing"_s));
    EXPECT_TRUE(rulesOf(*db).contains(u"R-AUDITOR-COMPETENCE AUD-001"_s));

    // A competence in something else does not count; one in auditing that is partly held is named.
    const RecordId engineer = add(*db, roleSpec(), {{u"name"_s, u"Engineering owner"_s}});
    const RecordId auditorRole = add(*db, roleSpec(), {{u"name"_s, u"Internal auditor"_s}});
    add(*db,
        competenceSpec(),
        {{u"role"_s, engineer.value},
         {u"competence"_s, u"Secure coding"_s},
         {u"person"_s, f.auditor.value},
         {u"level"_s, u"held"_s}});
    add(*db,
        competenceSpec(),
        {{u"role"_s, engineer.value},
         {u"competence"_s, u"Audit techniques for management systems"_s},
         {u"person"_s, f.auditor.value},
         {u"level"_s, u"partly"_s}});
    team = AuditorCompetence::teamOf(*db, audit);
    ASSERT_TRUE(team.hasValue() && team->size() == 1);
    EXPECT_EQ(team->constFirst().level, u"partly"_s);
    EXPECT_EQ(team->constFirst().competenceRef, u"CO-002"_s);
    EXPECT_TRUE(team->constFirst().sentence().contains(u"CO-002"_s));

    // The role's name may say it: the best level counts, and a held one settles the rule.
    add(*db,
        competenceSpec(),
        {{u"role"_s, auditorRole.value},
         {u"competence"_s, u"ISO/IEC 27001 lead auditor course"_s},
         {u"person"_s, f.auditor.value},
         {u"level"_s, u"held"_s}});
    team = AuditorCompetence::teamOf(*db, audit);
    ASSERT_TRUE(team.hasValue() && team->size() == 1);
    EXPECT_TRUE(team->constFirst().competent());
    EXPECT_EQ(team->constFirst().competenceRef, u"CO-003"_s);
    EXPECT_FALSE(rulesOf(*db).contains(u"R-AUDITOR-COMPETENCE AUD-001"_s));

    // A team member without it is named; a closed audit is left alone.
    add(*db, auditAuditorSpec(), {{u"audit"_s, audit.value}, {u"person"_s, f.owner.value}});
    const auto gaps = AuditorCompetence::gaps(*db);
    ASSERT_TRUE(gaps.hasValue());
    ASSERT_EQ(gaps->size(), 1);
    EXPECT_EQ(gaps->constFirst().auditorRef, u"P-001"_s);
    ASSERT_TRUE(RecordService(*db, auditSpec())
                    .update(audit,
                            {{u"status"_s, u"closed"_s},
                             {u"actual_start"_s, QDate(2026, 10, 1)},
                             {u"actual_end"_s, QDate(2026, 10, 2)},
                             {u"report_date"_s, QDate(2026, 10, 5)}})
                    .hasValue());
    const auto closed = AuditorCompetence::gaps(*db);
    ASSERT_TRUE(closed.hasValue());
    EXPECT_TRUE(closed->isEmpty());
}
