// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Planning (clause 6) beside the risk register: ISMS risks and opportunities, objectives and planned
// changes as registers, with their validation and the readiness rules that span records and dates.
#include "RecordValues.h"
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/IntegrityService.h"
#include "services/PlanningRules.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

using test::recordOf;
using test::Values;

QStringList rulesOf(const Database &db, const QDate &today = QDate::currentDate())
{
    const auto findings = PlanningRules::findings(db, today);
    EXPECT_TRUE(findings.hasValue());
    QStringList rules;
    if (!findings) {
        return rules;
    }
    for (const PlanningFinding &finding : *findings) {
        rules.append(finding.rule + u' ' + finding.ref);
    }
    return rules;
}

QString errorOf(const Result<RecordId> &result)
{
    return result ? QString() : result.error().message;
}

} // namespace

TEST(PlanningTest, AnEmptyProjectHasNothingToPlanYet)
{
    test::TempProject temp;
    auto db = temp.create();
    EXPECT_TRUE(rulesOf(*db).isEmpty());
    for (const EntitySpec *spec : {&ismsRiskSpec(), &objectiveSpec(), &plannedChangeSpec()}) {
        EXPECT_EQ(Entities::find(spec->key), spec);
        EXPECT_TRUE(RecordService(*db, *spec).all()->isEmpty()) << qPrintable(spec->key);
    }
}

TEST(PlanningTest, AReviewOfAnIsmsRiskActionSaysWhatItFoundOnAPastDate)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService risks(*db, ismsRiskSpec());
    const QDate today = QDate::currentDate();
    const Values base{{u"type"_s, u"opportunity"_s}, {u"title"_s, u"Customers ask for certification"_s}};

    Values unexplained = base;
    unexplained.append({u"effective"_s, u"yes"_s});
    const auto noNote = risks.create(recordOf(ismsRiskSpec(), unexplained));
    ASSERT_FALSE(noNote.hasValue());
    EXPECT_TRUE(errorOf(noNote).contains(u"Review note"_s)) << qPrintable(errorOf(noNote));

    Values future = base;
    future.append({u"review_date"_s, today.addDays(5)});
    const auto ahead = risks.create(recordOf(ismsRiskSpec(), future));
    ASSERT_FALSE(ahead.hasValue());
    EXPECT_TRUE(errorOf(ahead).contains(u"future"_s)) << qPrintable(errorOf(ahead));

    Values reviewed = base;
    reviewed.append({u"effective"_s, u"no"_s});
    reviewed.append({u"review_date"_s, today});
    reviewed.append({u"review_note"_s, u"<i>Two</i> customers still asked for the report."_s});
    const auto created = risks.create(recordOf(ismsRiskSpec(), reviewed));
    ASSERT_TRUE(created.hasValue()) << qPrintable(errorOf(created));
    const Record stored = *risks.get(*created);
    EXPECT_EQ(EntitySpec::refOf(stored), u"RO-001"_s);
    EXPECT_EQ(stored.values.at(ismsRiskSpec().indexOf(u"status")).toString(), u"open"_s);
    EXPECT_EQ(stored.values.at(ismsRiskSpec().indexOf(u"review_note")).toString(),
              u"<i>Two</i> customers still asked for the report."_s)
        << "markup is kept as typed, as text";
}

TEST(PlanningTest, AConcludedObjectiveRecordsItsEvaluationAndItsDatesRunInOrder)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService objectives(*db, objectiveSpec());
    const QDate today = QDate::currentDate();
    const Values base{{u"objective"_s, u"Patch critical vulnerabilities quickly"_s},
                      {u"target"_s, u"95 % within 14 days"_s}};

    Values achieved = base;
    achieved.append({u"status"_s, u"achieved"_s});
    const auto noEvaluation = objectives.create(recordOf(objectiveSpec(), achieved));
    ASSERT_FALSE(noEvaluation.hasValue());
    EXPECT_TRUE(errorOf(noEvaluation).contains(u"Evaluation of results"_s))
        << qPrintable(errorOf(noEvaluation));
    Values missed = base;
    missed.append({u"status"_s, u"missed"_s});
    EXPECT_FALSE(objectives.create(recordOf(objectiveSpec(), missed)).hasValue());

    Values backwards = base;
    backwards.append({u"start_date"_s, today});
    backwards.append({u"due_date"_s, today.addDays(-1)});
    const auto dueFirst = objectives.create(recordOf(objectiveSpec(), backwards));
    ASSERT_FALSE(dueFirst.hasValue());
    EXPECT_TRUE(errorOf(dueFirst).contains(u"lies before"_s)) << qPrintable(errorOf(dueFirst));

    Values reviewedEarly = base;
    reviewedEarly.append({u"start_date"_s, today});
    reviewedEarly.append({u"last_reviewed"_s, today.addDays(-3)});
    EXPECT_FALSE(objectives.create(recordOf(objectiveSpec(), reviewedEarly)).hasValue());

    achieved.append({u"evaluation"_s, u"97 % in the last quarter, from the patch report."_s});
    achieved.append({u"start_date"_s, today.addDays(-90)});
    achieved.append({u"due_date"_s, today});
    const auto created = objectives.create(recordOf(objectiveSpec(), achieved));
    ASSERT_TRUE(created.hasValue()) << qPrintable(errorOf(created));
    EXPECT_EQ(EntitySpec::refOf(*objectives.get(*created)), u"OBJ-001"_s);
    // A change that would leave it concluded without evaluation is refused as a whole.
    EXPECT_FALSE(objectives.update(*created, {{u"evaluation"_s, QString()}}).hasValue());
}

TEST(PlanningTest, AnIsmsRiskNeedsAnActionThatIsDoneByItsDueDate)
{
    test::TempProject temp;
    auto db = temp.create();
    const QDate today(2026, 6, 15);
    RecordService risks(*db, ismsRiskSpec());
    const auto bare =
        risks.create(recordOf(ismsRiskSpec(),
                              {{u"type"_s, u"risk"_s}, {u"title"_s, u"Key people leave the ISMS team"_s}}));
    ASSERT_TRUE(bare.hasValue()) << qPrintable(errorOf(bare));
    const auto late = risks.create(recordOf(ismsRiskSpec(),
                                            {{u"type"_s, u"risk"_s},
                                             {u"title"_s, u"Audit findings pile up"_s},
                                             {u"action"_s, u"Monthly follow-up of open findings"_s},
                                             {u"due_date"_s, today.addDays(-1)},
                                             {u"status"_s, u"in-progress"_s}}));
    ASSERT_TRUE(late.hasValue()) << qPrintable(errorOf(late));
    EXPECT_EQ(rulesOf(*db, today),
              (QStringList{u"R-ISMSRISK-NO-ACTION RO-001"_s, u"R-ISMSRISK-OVERDUE RO-002"_s}));
    const auto findings = PlanningRules::findings(*db, today);
    ASSERT_TRUE(findings.hasValue());
    EXPECT_EQ(findings->at(1).kind, u"isms-risks"_s);
    EXPECT_TRUE(findings->at(1).message.startsWith(u"RO-002 Audit findings pile up: "_s))
        << qPrintable(findings->at(1).message);
    EXPECT_TRUE(findings->at(1).message.contains(u"2026-06-14"_s));

    // Due today is not overdue; done or cancelled is settled.
    EXPECT_TRUE(rulesOf(*db, today.addDays(-1)).size() == 1);
    ASSERT_TRUE(risks.update(*bare, {{u"action"_s, u"Deputy for each ISMS role"_s}}).hasValue());
    ASSERT_TRUE(risks.update(*late, {{u"status"_s, u"done"_s}}).hasValue());
    EXPECT_TRUE(rulesOf(*db, today).isEmpty());
    ASSERT_TRUE(risks.update(*bare, {{u"action"_s, QString()}, {u"status"_s, u"cancelled"_s}}).hasValue());
    EXPECT_TRUE(rulesOf(*db, today).isEmpty());
}

TEST(PlanningTest, AnObjectiveNeedsAMeasurableTargetAndIsAchievedByItsDueDate)
{
    test::TempProject temp;
    auto db = temp.create();
    const QDate today(2026, 6, 15);
    RecordService objectives(*db, objectiveSpec());
    const auto vague = objectives.create(
        recordOf(objectiveSpec(),
                 {{u"objective"_s, u"Improve security awareness"_s}, {u"status"_s, u"on-track"_s}}));
    ASSERT_TRUE(vague.hasValue()) << qPrintable(errorOf(vague));
    const auto late = objectives.create(recordOf(objectiveSpec(),
                                                 {{u"objective"_s, u"Test the restore of every system"_s},
                                                  {u"target"_s, u"12 of 12 systems restored once a year"_s},
                                                  {u"due_date"_s, today.addDays(-30)},
                                                  {u"status"_s, u"at-risk"_s}}));
    ASSERT_TRUE(late.hasValue()) << qPrintable(errorOf(late));
    EXPECT_EQ(rulesOf(*db, today),
              (QStringList{u"R-OBJECTIVE-NO-MEASURE OBJ-001"_s, u"R-OBJECTIVE-OVERDUE OBJ-002"_s}));

    ASSERT_TRUE(
        objectives.update(*vague, {{u"target"_s, u"90 % of staff pass the yearly quiz"_s}}).hasValue());
    ASSERT_TRUE(objectives
                    .update(*late,
                            {{u"status"_s, u"missed"_s},
                             {u"evaluation"_s, u"Nine of twelve restored; two lacked test systems."_s}})
                    .hasValue());
    EXPECT_TRUE(rulesOf(*db, today).isEmpty()) << "a missed objective is evaluated, not overdue";
    ASSERT_TRUE(
        objectives.update(*vague, {{u"target"_s, QString()}, {u"status"_s, u"withdrawn"_s}}).hasValue());
    EXPECT_TRUE(rulesOf(*db, today).isEmpty()) << "a withdrawn objective is no longer pursued";
}

TEST(PlanningTest, ADoneChangeWasReviewedAndASignificantOneReassessed)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService changes(*db, plannedChangeSpec());
    const auto change = changes.create(recordOf(plannedChangeSpec(),
                                                {{u"title"_s, u"Move the planning service to the cloud"_s},
                                                 {u"purpose"_s, u"Offer the service to customers"_s},
                                                 {u"triggers_reassessment"_s, u"yes"_s},
                                                 {u"status"_s, u"in-progress"_s}}));
    ASSERT_TRUE(change.hasValue()) << qPrintable(errorOf(change));
    const Record stored = *changes.get(*change);
    EXPECT_EQ(stored.values.at(plannedChangeSpec().indexOf(u"consequences_reviewed")).toString(), u"no"_s);
    EXPECT_TRUE(rulesOf(*db).isEmpty()) << "a change under way is not judged yet";

    ASSERT_TRUE(changes.update(*change, {{u"status"_s, u"done"_s}}).hasValue());
    EXPECT_EQ(rulesOf(*db),
              (QStringList{u"R-CHANGE-REASSESSMENT PC-001"_s, u"R-CHANGE-UNREVIEWED PC-001"_s}));
    ASSERT_TRUE(changes
                    .update(*change,
                            {{u"consequences_reviewed"_s, u"yes"_s},
                             {u"review_note"_s, u"Backups of the old servers kept for three months."_s},
                             {u"reassessment"_s, u"Risks R-001 and R-004 reassessed in the spring run."_s}})
                    .hasValue());
    EXPECT_TRUE(rulesOf(*db).isEmpty());
    ASSERT_TRUE(
        changes.update(*change, {{u"triggers_reassessment"_s, u"no"_s}, {u"reassessment"_s, QString()}})
            .hasValue());
    EXPECT_TRUE(rulesOf(*db).isEmpty()) << "a change that is not significant needs no reassessment";
}

TEST(PlanningTest, CheckReportsPlanningPointsAsReadinessNotAsFaults)
{
    test::TempProject temp;
    {
        auto db = temp.create();
        ASSERT_TRUE(RecordService(*db, objectiveSpec())
                        .create(recordOf(objectiveSpec(), {{u"objective"_s, u"Fewer incidents"_s}}))
                        .hasValue());
        ASSERT_TRUE(
            RecordService(*db, ismsRiskSpec())
                .create(recordOf(ismsRiskSpec(), {{u"type"_s, u"risk"_s}, {u"title"_s, u"Budget cut"_s}}))
                .hasValue());
    }
    const auto report = IntegrityService::check(temp.path(u"test.isms"_s));
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
    QStringList planning;
    for (const CheckFinding &point : report->readiness) {
        if (point.area == CheckFinding::Area::Planning) {
            planning.append(point.message);
        }
    }
    ASSERT_EQ(planning.size(), 2) << qPrintable(planning.join(u'\n'));
    EXPECT_TRUE(planning.at(0).startsWith(u"RO-001 Budget cut: no action"_s)) << qPrintable(planning.at(0));
    EXPECT_TRUE(planning.at(1).startsWith(u"OBJ-001 Fewer incidents: it has no measurable target"_s));
}

TEST(PlanningTest, TheDemoLeavesOneDeliberateGap)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue());
    EXPECT_EQ(rulesOf(**db), QStringList{u"R-OBJECTIVE-NO-MEASURE OBJ-004"_s});
    EXPECT_EQ(RecordService(**db, ismsRiskSpec()).all()->size(), 4);
    EXPECT_EQ(RecordService(**db, objectiveSpec()).all()->size(), 5);
    EXPECT_EQ(RecordService(**db, plannedChangeSpec()).all()->size(), 5) << "one came from a review action";
}
