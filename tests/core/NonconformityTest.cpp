// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Nonconformities and corrective actions (10.2), incidents and suppliers (Annex A 5.19-5.28): the
// closure rule, the date orders, the chain nonconformity -> actions -> review, an incident raising a
// nonconformity in one step, the five-whys helper's values, and the readiness rules.
#include "RecordValues.h"
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/DemoData.h"
#include "services/ImprovementRules.h"
#include "services/IntegrityService.h"
#include "services/NonconformityService.h"
#include "services/ReadinessCheck.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

using test::recordOf;
using test::Values;

QString errorOf(const Result<RecordId> &result)
{
    return result ? QString() : result.error().message;
}

QStringList rulesOf(const Database &db, const QDate &today = QDate::currentDate())
{
    const auto findings = ImprovementRules::findings(db, today);
    EXPECT_TRUE(findings.hasValue());
    QStringList rules;
    if (findings) {
        for (const ImprovementFinding &finding : *findings) {
            rules.append(finding.rule + u' ' + finding.ref);
        }
    }
    return rules;
}

RecordId create(Database &db, const EntitySpec &spec, const Values &values)
{
    const auto id = RecordService(db, spec).create(recordOf(spec, values));
    EXPECT_TRUE(id.hasValue()) << qPrintable(errorOf(id));
    return id ? *id : RecordId{};
}

} // namespace

TEST(NonconformityTest, TheRegistersAreKnownAndEmptyInANewProject)
{
    test::TempProject temp;
    auto db = temp.create();
    EXPECT_TRUE(rulesOf(*db).isEmpty());
    for (const EntitySpec *spec :
         {&nonconformitySpec(), &correctiveActionSpec(), &incidentSpec(), &supplierSpec()}) {
        EXPECT_EQ(Entities::find(spec->key), spec);
        EXPECT_TRUE(RecordService(*db, *spec).all()->isEmpty()) << qPrintable(spec->key);
    }
}

TEST(NonconformityTest, ANonconformityIsClosedOnlyAfterAnEffectiveReview)
{
    test::TempProject temp;
    auto db = temp.create();
    const EntitySpec &spec = nonconformitySpec();
    RecordService ncs(*db, spec);
    const QDate today = QDate::currentDate();
    const Values base{{u"title"_s, u"Leavers kept VPN access"_s}, {u"raised_on"_s, today.addDays(-20)}};

    Values unreviewed = base;
    unreviewed.append({u"status"_s, u"closed"_s});
    const auto refused = ncs.create(recordOf(spec, unreviewed));
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(errorOf(refused).contains(u"effectiveness review"_s)) << qPrintable(errorOf(refused));

    Values notEffective = unreviewed;
    notEffective.append({u"review_date"_s, today});
    notEffective.append({u"review_result"_s, u"not-effective"_s});
    EXPECT_FALSE(ncs.create(recordOf(spec, notEffective)).hasValue());

    Values undated = base;
    undated.append({u"review_result"_s, u"effective"_s});
    const auto noDate = ncs.create(recordOf(spec, undated));
    ASSERT_FALSE(noDate.hasValue());
    EXPECT_TRUE(errorOf(noDate).contains(u"Reviewed on"_s)) << qPrintable(errorOf(noDate));

    Values backwards = base;
    backwards.append({u"correction_date"_s, today.addDays(-30)});
    const auto early = ncs.create(recordOf(spec, backwards));
    ASSERT_FALSE(early.hasValue());
    EXPECT_TRUE(errorOf(early).contains(u"before"_s)) << qPrintable(errorOf(early));

    const RecordId open = create(*db, spec, base);
    ASSERT_TRUE(open.isValid());
    const auto closeEarly = ncs.update(open, {{u"status"_s, u"closed"_s}});
    ASSERT_FALSE(closeEarly.hasValue());
    EXPECT_EQ(ncs.get(open)->values.at(spec.indexOf(u"status")).toString(), u"open"_s)
        << "nothing half-saved";
    ASSERT_TRUE(ncs.update(open,
                           {{u"review_date"_s, today},
                            {u"review_result"_s, u"effective"_s},
                            {u"status"_s, u"closed"_s},
                            {u"closed_on"_s, today}})
                    .hasValue());
    EXPECT_TRUE(rulesOf(*db).isEmpty());
}

TEST(NonconformityTest, TheChainRunsFromNonconformityToActionsAndGoesWithIt)
{
    test::TempProject temp;
    auto db = temp.create();
    const QDate today = QDate::currentDate();
    const RecordId nc =
        create(*db, nonconformitySpec(), {{u"title"_s, u"No restore test"_s}, {u"raised_on"_s, today}});
    const RecordId change = create(*db, plannedChangeSpec(), {{u"title"_s, u"Operations calendar"_s}});
    const RecordId action = create(*db,
                                   correctiveActionSpec(),
                                   {{u"nonconformity"_s, nc.value},
                                    {u"action"_s, u"Put the restore test on the calendar"_s},
                                    {u"due_date"_s, today.addDays(10)}});
    create(*db,
           nonconformityChangeSpec(),
           {{u"nonconformity"_s, nc.value}, {u"planned_change"_s, change.value}});
    ASSERT_TRUE(action.isValid());

    // The action names its nonconformity; the nonconformity finds its actions and changes.
    RecordService actions(*db, correctiveActionSpec());
    EXPECT_EQ(actions.get(action)->values.at(correctiveActionSpec().indexOf(u"nonconformity")).toLongLong(),
              nc.value);
    const auto children = RecordService(*db, nonconformitySpec()).childrenOf({nc});
    ASSERT_TRUE(children.hasValue());
    QStringList kinds;
    for (const RemovedRecords &removed : *children) {
        kinds.append(removed.spec->key);
    }
    EXPECT_TRUE(kinds.contains(u"corrective-actions"_s)) << qPrintable(kinds.join(u", "_s));
    EXPECT_TRUE(kinds.contains(u"nonconformity-changes"_s)) << qPrintable(kinds.join(u", "_s));

    // A done action says when; not in the future.
    const auto future = actions.update(action, {{u"status"_s, u"done"_s}, {u"done_on"_s, today.addDays(3)}});
    ASSERT_FALSE(future.hasValue());
    EXPECT_TRUE(future.error().message.contains(u"future"_s));
    const auto undone = actions.update(action, {{u"done_on"_s, today}});
    ASSERT_FALSE(undone.hasValue());
    EXPECT_TRUE(undone.error().message.contains(u"Done on"_s));

    ASSERT_TRUE(RecordService(*db, nonconformitySpec()).removeWithChildren({nc}).hasValue());
    EXPECT_TRUE(actions.all()->isEmpty());
    EXPECT_TRUE(RecordService(*db, nonconformityChangeSpec()).all()->isEmpty());
    EXPECT_EQ(RecordService(*db, plannedChangeSpec()).all()->size(), 1);
}

TEST(NonconformityTest, AnIncidentRaisesANonconformityInOneStep)
{
    test::TempProject temp;
    auto db = temp.create();
    const QDate today = QDate::currentDate();
    const RecordId incident = create(*db,
                                     incidentSpec(),
                                     {{u"title"_s, u"Credentials entered on a <b>fake</b> portal"_s},
                                      {u"description"_s, u"A support agent was phished."_s},
                                      {u"severity"_s, u"high"_s}});
    NonconformityService service(*db);
    const auto raised = service.raiseFromIncident(u"inc-001"_s, today);
    ASSERT_TRUE(raised.hasValue()) << qPrintable(raised.error().message);
    const EntitySpec &spec = nonconformitySpec();
    EXPECT_EQ(EntitySpec::refOf(*raised), u"NC-001"_s);
    EXPECT_EQ(raised->values.at(spec.indexOf(u"source")).toString(), u"incident"_s);
    EXPECT_EQ(raised->values.at(spec.indexOf(u"source_ref")).toString(), u"INC-001"_s);
    EXPECT_EQ(raised->values.at(spec.indexOf(u"incident")).toLongLong(), incident.value);
    EXPECT_EQ(raised->values.at(spec.indexOf(u"classification")).toString(), u"major"_s);
    EXPECT_EQ(raised->values.at(spec.indexOf(u"title")).toString(),
              u"Credentials entered on a <b>fake</b> portal"_s);
    const Record back = *RecordService(*db, incidentSpec()).get(incident);
    EXPECT_EQ(back.values.at(incidentSpec().indexOf(u"nonconformity")).toLongLong(), raised->id.value);

    const auto twice = service.raiseFromIncident(u"INC-001"_s, today);
    ASSERT_FALSE(twice.hasValue());
    EXPECT_TRUE(twice.error().message.contains(u"NC-001"_s)) << qPrintable(twice.error().message);
    EXPECT_EQ(RecordService(*db, spec).all()->size(), 1);
    const auto integrity = IntegrityService::check(temp.path(u"test.isms"_s));
    ASSERT_TRUE(integrity.hasValue());
    EXPECT_TRUE(integrity->isClean()) << qPrintable(integrity->findings.value(0).message);
}

// A nonconformity finding of an audit raises a nonconformity in one step: grade, requirement and
// description taken over, both records naming each other; an observation raises none.
TEST(NonconformityTest, AnAuditFindingRaisesANonconformityInOneStep)
{
    test::TempProject temp;
    auto db = temp.create();
    const QDate today = QDate::currentDate();
    const RecordId audit = create(*db,
                                  auditSpec(),
                                  {{u"title"_s, u"Full-scope internal audit"_s},
                                   {u"status"_s, u"planned"_s},
                                   {u"scope"_s, u"The whole ISMS"_s}});
    const RecordId major =
        create(*db,
               findingSpec(),
               {{u"audit"_s, audit.value},
                {u"type"_s, u"major_nc"_s},
                {u"requirement"_s, u"9.1"_s},
                {u"description"_s, u"No metric was evaluated <i>this year</i>.\nSee the log."_s},
                {u"status"_s, u"open"_s}});
    create(*db,
           findingSpec(),
           {{u"audit"_s, audit.value},
            {u"type"_s, u"observation"_s},
            {u"description"_s, u"The checklist was printed late."_s},
            {u"status"_s, u"open"_s}});

    NonconformityService service(*db);
    const auto raised = service.raiseFromFinding(u"f-001"_s, today);
    ASSERT_TRUE(raised.hasValue()) << qPrintable(raised.error().message);
    const EntitySpec &spec = nonconformitySpec();
    EXPECT_EQ(raised->values.at(spec.indexOf(u"source")).toString(), u"audit-finding"_s);
    EXPECT_EQ(raised->values.at(spec.indexOf(u"source_ref")).toString(), u"AUD-001, finding F-001"_s);
    EXPECT_EQ(raised->values.at(spec.indexOf(u"finding")).toLongLong(), major.value);
    EXPECT_EQ(raised->values.at(spec.indexOf(u"classification")).toString(), u"major"_s);
    EXPECT_EQ(raised->values.at(spec.indexOf(u"requirement")).toString(), u"9.1"_s);
    EXPECT_EQ(raised->values.at(spec.indexOf(u"title")).toString(),
              u"No metric was evaluated <i>this year</i>."_s);
    const Record back = *RecordService(*db, findingSpec()).get(major);
    EXPECT_EQ(back.values.at(findingSpec().indexOf(u"nonconformity")).toLongLong(), raised->id.value);

    const auto twice = service.raiseFromFinding(u"F-001"_s, today);
    ASSERT_FALSE(twice.hasValue());
    EXPECT_TRUE(twice.error().message.contains(EntitySpec::refOf(*raised)))
        << qPrintable(twice.error().message);
    const auto observation = service.raiseFromFinding(u"F-002"_s, today);
    ASSERT_FALSE(observation.hasValue());
    EXPECT_TRUE(observation.error().message.contains(u"no nonconformity"_s));
    EXPECT_EQ(RecordService(*db, spec).all()->size(), 1);
    EXPECT_FALSE(RecordService(*db, findingSpec()).remove({major}).hasValue())
        << "a finding that raised a nonconformity stays while the nonconformity names it";
    const auto integrity = IntegrityService::check(temp.path(u"test.isms"_s));
    ASSERT_TRUE(integrity.hasValue());
    EXPECT_TRUE(integrity->isClean()) << qPrintable(integrity->findings.value(0).message);
}

TEST(NonconformityTest, IncidentsAndSuppliersKeepTheirDatesInOrder)
{
    test::TempProject temp;
    auto db = temp.create();
    const QDate today = QDate::currentDate();
    RecordService incidents(*db, incidentSpec());
    const auto detectedFirst = incidents.create(recordOf(
        incidentSpec(),
        {{u"title"_s, u"Outage"_s}, {u"occurred_on"_s, today}, {u"detected_on"_s, today.addDays(-1)}}));
    ASSERT_FALSE(detectedFirst.hasValue());
    EXPECT_TRUE(errorOf(detectedFirst).contains(u"detected"_s));
    const auto reportedFirst = incidents.create(recordOf(
        incidentSpec(),
        {{u"title"_s, u"Outage"_s}, {u"detected_on"_s, today}, {u"reported_on"_s, today.addDays(-1)}}));
    ASSERT_FALSE(reportedFirst.hasValue());
    const auto closedSilently =
        incidents.create(recordOf(incidentSpec(), {{u"title"_s, u"Outage"_s}, {u"status"_s, u"closed"_s}}));
    ASSERT_FALSE(closedSilently.hasValue());
    EXPECT_TRUE(errorOf(closedSilently).contains(u"Lessons learned"_s));

    const auto reviewBackwards = RecordService(*db, supplierSpec())
                                     .create(recordOf(supplierSpec(),
                                                      {{u"name"_s, u"Cloud host"_s},
                                                       {u"last_review"_s, today},
                                                       {u"next_review"_s, today.addDays(-1)}}));
    ASSERT_FALSE(reviewBackwards.hasValue());
    EXPECT_TRUE(errorOf(reviewBackwards).contains(u"next review"_s));
}

TEST(NonconformityTest, TheFiveWhysBecomeTheRootCause)
{
    const auto values = NonconformityService::fiveWhysValues(
        {u"  The checklist missed the VPN. "_s, u"It predates the VPN."_s, QString(), u"ignored"_s},
        {});
    EXPECT_EQ(values.value(u"why1"_s).toString(), u"The checklist missed the VPN."_s);
    EXPECT_EQ(values.value(u"why2"_s).toString(), u"It predates the VPN."_s);
    EXPECT_EQ(values.value(u"why4"_s).toString(), QString()) << "answers after a gap are dropped";
    EXPECT_EQ(values.value(u"root_cause"_s).toString(), u"It predates the VPN."_s);
    EXPECT_EQ(
        NonconformityService::fiveWhysValues({u"a"_s}, u"Own words"_s).value(u"root_cause"_s).toString(),
        u"Own words"_s);
}

TEST(NonconformityTest, EachRuleFindsItsPointAndPassesWhenSettled)
{
    test::TempProject temp;
    auto db = temp.create();
    const QDate today = QDate::currentDate();
    const RecordId old =
        create(*db, nonconformitySpec(), {{u"title"_s, u"Old"_s}, {u"raised_on"_s, today.addDays(-40)}});
    const RecordId fresh =
        create(*db, nonconformitySpec(), {{u"title"_s, u"Fresh"_s}, {u"raised_on"_s, today.addDays(-5)}});
    const RecordId late = create(*db,
                                 correctiveActionSpec(),
                                 {{u"nonconformity"_s, fresh.value},
                                  {u"action"_s, u"Late"_s},
                                  {u"due_date"_s, today.addDays(-1)},
                                  {u"status"_s, u"in-progress"_s}});
    const RecordId incident =
        create(*db, incidentSpec(), {{u"title"_s, u"Outage"_s}, {u"status"_s, u"resolved"_s}});
    const RecordId overdue = create(*db,
                                    supplierSpec(),
                                    {{u"name"_s, u"Host"_s},
                                     {u"next_review"_s, today.addDays(-2)},
                                     {u"security_requirements"_s, u"ISO 27001"_s},
                                     {u"criticality"_s, u"high"_s}});
    const RecordId bare =
        create(*db, supplierSpec(), {{u"name"_s, u"Mail"_s}, {u"criticality"_s, u"critical"_s}});
    create(*db, supplierSpec(), {{u"name"_s, u"Cleaner"_s}, {u"criticality"_s, u"low"_s}});

    EXPECT_EQ(rulesOf(*db),
              (QStringList{u"R-NC-NO-ROOT-CAUSE NC-001"_s,
                           u"R-NC-NO-ACTION NC-001"_s,
                           u"R-CA-OVERDUE CA-001"_s,
                           u"R-INCIDENT-NO-LESSONS INC-001"_s,
                           u"R-SUPPLIER-REVIEW-OVERDUE SUP-001"_s,
                           u"R-SUPPLIER-NO-REQUIREMENTS SUP-002"_s}));

    // A nonconformity closed outside the program (straight in the file) is a point of its own.
    const QString file = temp.path(u"test.isms"_s);
    test::TempProject::runSql(
        file,
        {u"UPDATE nonconformity SET status = 'closed' WHERE id = %1"_s.arg(fresh.value)});
    EXPECT_TRUE(rulesOf(*db).contains(u"R-NC-CLOSED-UNREVIEWED NC-002"_s));
    test::TempProject::runSql(file,
                              {u"UPDATE nonconformity SET status = 'open' WHERE id = %1"_s.arg(fresh.value)});

    ASSERT_TRUE(
        RecordService(*db, nonconformitySpec()).update(old, {{u"root_cause"_s, u"No owner"_s}}).hasValue());
    create(*db, correctiveActionSpec(), {{u"nonconformity"_s, old.value}, {u"action"_s, u"Name an owner"_s}});
    ASSERT_TRUE(RecordService(*db, correctiveActionSpec())
                    .update(late, {{u"status"_s, u"done"_s}, {u"done_on"_s, today}})
                    .hasValue());
    ASSERT_TRUE(RecordService(*db, incidentSpec())
                    .update(incident, {{u"lessons"_s, u"Monitor certificates"_s}})
                    .hasValue());
    ASSERT_TRUE(RecordService(*db, supplierSpec())
                    .update(overdue, {{u"next_review"_s, today.addDays(30)}})
                    .hasValue());
    ASSERT_TRUE(RecordService(*db, supplierSpec())
                    .update(bare, {{u"security_requirements"_s, u"Encryption"_s}})
                    .hasValue());
    EXPECT_TRUE(rulesOf(*db).isEmpty()) << qPrintable(rulesOf(*db).join(u", "_s));

    const auto report = ReadinessCheck::run(*db, today);
    ASSERT_TRUE(report.hasValue());
    for (const char *id : {"R-NC-NO-ROOT-CAUSE",
                           "R-NC-NO-ACTION",
                           "R-NC-CLOSED-UNREVIEWED",
                           "R-CA-OVERDUE",
                           "R-INCIDENT-NO-LESSONS",
                           "R-SUPPLIER-REVIEW-OVERDUE",
                           "R-SUPPLIER-NO-REQUIREMENTS"}) {
        EXPECT_TRUE(report->checkedRules.contains(QString::fromLatin1(id))) << id;
        EXPECT_FALSE(report->failedRules.contains(QString::fromLatin1(id))) << id;
    }
}

TEST(NonconformityTest, TheDemoHasTheChainInEveryState)
{
    test::TempProject temp;
    auto db = temp.create();
    const QDate today = QDate::currentDate();
    ASSERT_TRUE(DemoData::fill(*db, today, 40).hasValue());
    const auto ncs = RecordService(*db, nonconformitySpec()).all();
    const auto actions = RecordService(*db, correctiveActionSpec()).all();
    ASSERT_TRUE(ncs.hasValue() && actions.hasValue());
    EXPECT_GE(ncs->size(), 6);
    EXPECT_LE(ncs->size(), 8);
    QSet<QString> ncStates;
    for (const Record &nc : *ncs) {
        ncStates.insert(nc.values.at(nonconformitySpec().indexOf(u"status")).toString());
    }
    EXPECT_TRUE(ncStates.contains(u"closed"_s) && ncStates.contains(u"verifying"_s)
                && ncStates.contains(u"open"_s));
    QSet<QString> actionStates;
    for (const Record &action : *actions) {
        actionStates.insert(action.values.at(correctiveActionSpec().indexOf(u"status")).toString());
    }
    EXPECT_EQ(actionStates.size(), 4);
    EXPECT_EQ(RecordService(*db, incidentSpec()).all()->size(), 5);
    EXPECT_EQ(RecordService(*db, supplierSpec()).all()->size(), 8);
    const QStringList rules = rulesOf(*db, today);
    EXPECT_TRUE(rules.contains(u"R-CA-OVERDUE CA-003"_s)) << qPrintable(rules.join(u", "_s));
    EXPECT_TRUE(rules.contains(u"R-SUPPLIER-REVIEW-OVERDUE SUP-003"_s)) << qPrintable(rules.join(u", "_s));
    EXPECT_FALSE(rules.join(u' ').contains(u"R-NC-CLOSED-UNREVIEWED"_s));
}
