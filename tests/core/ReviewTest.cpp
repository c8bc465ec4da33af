// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Management reviews (9.3): validation, the freeze when held, the 9.3.2 inputs compiled from real
// records, the readiness rules, the review cycle and the mandatory documented information.
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/IntegrityService.h"
#include "services/MandatoryInformation.h"
#include "services/RecordService.h"
#include "services/ReviewCycle.h"
#include "services/ReviewInputs.h"
#include "services/ReviewRules.h"
#include "services/ReviewService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

using Values = QList<std::pair<QString, QVariant>>;

RecordId create(Database &db, const EntitySpec &spec, const Values &values)
{
    Record record = spec.newRecord();
    for (const auto &[key, value] : values) {
        record.values[spec.indexOf(key)] = value;
    }
    const auto id = RecordService(db, spec).create(record);
    EXPECT_TRUE(id.hasValue()) << qPrintable(spec.key + u": "_s + (id ? QString() : id.error().message));
    return id ? *id : RecordId{};
}

RecordId person(Database &db, const QString &name, bool top)
{
    return create(db, personSpec(), {{u"name"_s, name}, {u"top_management"_s, top}});
}

RecordId review(Database &db, const QString &title, const QDate &planned = QDate::currentDate())
{
    return create(db, managementReviewSpec(), {{u"title"_s, title}, {u"planned_date"_s, planned}});
}

void attend(Database &db, RecordId review, RecordId who)
{
    create(db, reviewAttendeeSpec(), {{u"review"_s, review.value}, {u"person"_s, who.value}});
}

Record get(Database &db, const EntitySpec &spec, RecordId id)
{
    return RecordService(db, spec).get(id).value();
}

/// The compiled input `key` of the review `id`, live or frozen, as lines of text.
QStringList linesOf(Database &db, RecordId id, const QString &key)
{
    const auto inputs =
        ReviewService::inputsOf(db, get(db, managementReviewSpec(), id), QDate::currentDate());
    EXPECT_TRUE(inputs.hasValue());
    QStringList lines;
    for (const ReviewInput &input : inputs->inputs) {
        if (input.key == key) {
            for (const ReviewInputLine &line : input.lines) {
                lines.append(line.text + u" [" + line.refs.join(u',') + u']');
            }
        }
    }
    return lines;
}

bool anyContains(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&text](const QString &line) {
        return line.contains(text);
    });
}

QStringList rulesOf(const Database &db)
{
    QStringList rules;
    const auto findings = ReviewRules::findings(db, QDate::currentDate());
    EXPECT_TRUE(findings.hasValue());
    for (const ReviewFinding &finding : *findings) {
        rules.append(finding.rule + u' ' + finding.ref);
    }
    return rules;
}

} // namespace

TEST(ReviewTest, ValidationNamesWhatIsWrongAndSavesNothing)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId chair = person(*db, u"Dana Chair"_s, true);
    RecordService reviews(*db, managementReviewSpec());
    Record held = managementReviewSpec().newRecord();
    held.values[managementReviewSpec().indexOf(u"title")] = u"Review"_s;
    held.values[managementReviewSpec().indexOf(u"status")] = u"held"_s;
    auto refused = reviews.create(held);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"Held on"_s)) << qPrintable(refused.error().message);

    held.values[managementReviewSpec().indexOf(u"held_on")] = QDate::currentDate().addDays(-10);
    held.values[managementReviewSpec().indexOf(u"status")] = u"minutes-approved"_s;
    refused = reviews.create(held);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"Minutes approved by"_s));

    held.values[managementReviewSpec().indexOf(u"minutes_approved_by")] = chair.value;
    held.values[managementReviewSpec().indexOf(u"minutes_approved_on")] = QDate::currentDate().addDays(-20);
    refused = reviews.create(held);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"before the review was held"_s))
        << qPrintable(refused.error().message);
    EXPECT_TRUE(reviews.all()->isEmpty()) << "nothing half-saved";

    const RecordId planned = review(*db, u"<b>Review</b>"_s);
    Record action = reviewActionSpec().newRecord();
    action.values[reviewActionSpec().indexOf(u"review")] = planned.value;
    action.values[reviewActionSpec().indexOf(u"decision")] = u"Do it"_s;
    action.values[reviewActionSpec().indexOf(u"status")] = u"done"_s;
    const auto noDate = RecordService(*db, reviewActionSpec()).create(action);
    ASSERT_FALSE(noDate.hasValue());
    EXPECT_TRUE(noDate.error().message.contains(u"Done on"_s));
}

TEST(ReviewTest, HoldingFreezesTheInputsOnceAndRefusesAHoldTwice)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId id = review(*db, u"Annual review"_s);
    create(*db,
           objectiveSpec(),
           {{u"objective"_s, u"Fewer phishing clicks"_s}, {u"target"_s, u"below 5 %"_s}});
    EXPECT_TRUE(anyContains(linesOf(*db, id, u"objectives"_s), u"Fewer phishing clicks"_s))
        << "live while planned";

    ReviewService service(*db);
    ASSERT_TRUE(service.hold(id).hasValue());
    EXPECT_EQ(
        get(*db, managementReviewSpec(), id).values.at(managementReviewSpec().indexOf(u"held_on")).toDate(),
        QDate::currentDate());
    create(*db, objectiveSpec(), {{u"objective"_s, u"Later objective"_s}});
    const QStringList frozen = linesOf(*db, id, u"objectives"_s);
    EXPECT_TRUE(anyContains(frozen, u"Fewer phishing clicks"_s));
    EXPECT_FALSE(anyContains(frozen, u"Later objective"_s)) << "a held review's inputs no longer change";

    const auto twice = service.hold(id);
    ASSERT_FALSE(twice.hasValue());
    EXPECT_TRUE(twice.error().message.contains(u"held only once"_s)) << qPrintable(twice.error().message);
    const auto unheld = RecordService(*db, managementReviewSpec())
                            .update(id, {{u"status"_s, u"planned"_s}, {u"held_on"_s, QVariant()}});
    ASSERT_FALSE(unheld.hasValue()) << "going back to planned would allow a second freeze";
    EXPECT_TRUE(unheld.error().message.contains(u"held only once"_s));

    const auto removed = RecordService(*db, managementReviewSpec()).remove({id});
    ASSERT_FALSE(removed.hasValue());
    EXPECT_TRUE(removed.error().message.contains(u"only a planned review can be removed"_s))
        << qPrintable(removed.error().message);
    EXPECT_TRUE(RecordService(*db, managementReviewSpec()).get(id).hasValue()) << "nothing removed";

    // The discussion notes stay editable after the freeze.
    EXPECT_TRUE(RecordService(*db, managementReviewSpec())
                    .update(id, {{u"notes_objectives"_s, u"Discussed."_s}})
                    .hasValue());
    db.reset();
    const auto report = IntegrityService::check(temp.path(u"test.isms"_s));
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

TEST(ReviewTest, CheckFindsAnEditedFrozenReview)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId id = review(*db, u"Annual review"_s);
    ASSERT_TRUE(ReviewService(*db).hold(id).hasValue());
    db.reset();
    const QString path = temp.path(u"test.isms"_s);
    test::TempProject::runSql(path,
                              {u"UPDATE management_review_snapshot SET content = replace(content, "
                               u"'Status of actions', 'Status of nothing')"_s});
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    QStringList reviews;
    for (const CheckFinding &finding : report->findings) {
        if (finding.area == CheckFinding::Area::Reviews) {
            reviews.append(finding.message);
        }
    }
    ASSERT_FALSE(reviews.isEmpty());
    EXPECT_TRUE(reviews.constFirst().contains(u"MR-001"_s)) << qPrintable(reviews.constFirst());
}

TEST(ReviewTest, PreviousActionsAndContextChangesComeFromRealRecords)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId owner = person(*db, u"Olaf Owner"_s, false);
    const RecordId first = review(*db, u"First"_s, QDate::currentDate().addDays(-400));
    create(*db,
           reviewActionSpec(),
           {{u"review"_s, first.value},
            {u"type"_s, u"improvement"_s},
            {u"decision"_s, u"Encrypt the backups"_s},
            {u"owner"_s, owner.value},
            {u"due_date"_s, QDate::currentDate().addDays(-5)},
            {u"status"_s, u"open"_s}});
    create(*db,
           contextIssueSpec(),
           {{u"title"_s, u"New regulation on cloud services"_s}, {u"origin"_s, u"external"_s}});
    create(*db,
           interestedPartySpec(),
           {{u"name"_s, u"Key customer"_s},
            {u"side"_s, u"external"_s},
            {u"requirements"_s, u"Wants yearly pen-test reports"_s}});
    const RecordId second = review(*db, u"Second"_s);
    const QStringList actions = linesOf(*db, second, u"actions"_s);
    ASSERT_EQ(actions.size(), 1);
    EXPECT_TRUE(actions.constFirst().contains(u"Encrypt the backups"_s));
    EXPECT_TRUE(actions.constFirst().contains(u"overdue"_s));
    EXPECT_TRUE(actions.constFirst().contains(u"Olaf Owner"_s));
    EXPECT_TRUE(actions.constFirst().contains(u"[RA-001]"_s));
    EXPECT_TRUE(anyContains(linesOf(*db, first, u"actions"_s), u"No action"_s))
        << "its own actions are not previous";

    const QStringList context = linesOf(*db, second, u"context"_s);
    EXPECT_TRUE(anyContains(context, u"New: CI-001 New regulation on cloud services"_s))
        << qPrintable(context.join(u'\n'));
    EXPECT_TRUE(anyContains(context, u"New: IP-001 Key customer"_s));
    const QStringList feedback = linesOf(*db, second, u"feedback"_s);
    EXPECT_TRUE(anyContains(feedback, u"Wants yearly pen-test reports"_s))
        << qPrintable(feedback.join(u'\n'));
}

TEST(ReviewTest, MonitoringObjectivesRisksAndImprovementsComeFromRealRecords)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId metric = create(*db,
                                   metricSpec(),
                                   {{u"name"_s, u"Patch latency"_s},
                                    {u"unit"_s, u"days"_s},
                                    {u"target"_s, u"7"_s},
                                    {u"direction"_s, u"at-most"_s}});
    create(*db,
           measurementSpec(),
           {{u"metric"_s, metric.value},
            {u"measured_on"_s, QDate::currentDate().addDays(-3)},
            {u"value"_s, u"9"_s}});
    create(*db, objectiveSpec(), {{u"objective"_s, u"Patch faster"_s}, {u"status"_s, u"at-risk"_s}});
    const RecordId risk = create(*db, riskSpec(), {{u"title"_s, u"Ransomware"_s}});
    create(*db,
           treatmentTaskSpec(),
           {{u"risk"_s, risk.value},
            {u"title"_s, u"Offline backups"_s},
            {u"due_date"_s, QDate::currentDate().addDays(-2)}});
    create(*db,
           improvementSpec(),
           {{u"raised_on"_s, QDate::currentDate()}, {u"title"_s, u"Automate reviews"_s}});
    const RecordId id = review(*db, u"Review"_s);

    const QStringList monitoring = linesOf(*db, id, u"monitoring"_s);
    ASSERT_EQ(monitoring.size(), 1) << qPrintable(monitoring.join(u'\n'));
    EXPECT_TRUE(monitoring.constFirst().contains(u"latest 9 days"_s)) << qPrintable(monitoring.constFirst());
    EXPECT_TRUE(monitoring.constFirst().contains(u"not met"_s));
    EXPECT_TRUE(anyContains(linesOf(*db, id, u"objectives"_s), u"Patch faster - At risk"_s))
        << qPrintable(linesOf(*db, id, u"objectives"_s).join(u'\n'));
    const QStringList risks = linesOf(*db, id, u"risks"_s);
    EXPECT_TRUE(anyContains(risks, u"No risk assessment run"_s));
    EXPECT_TRUE(anyContains(risks, u"1 risks"_s)) << qPrintable(risks.join(u'\n'));
    EXPECT_TRUE(anyContains(risks, u"Overdue treatment task TT-001 Offline backups"_s)
                || anyContains(risks, u"Offline backups"_s))
        << qPrintable(risks.join(u'\n'));
    EXPECT_TRUE(anyContains(linesOf(*db, id, u"improvement"_s), u"Automate reviews"_s));
}

TEST(ReviewTest, RegistersOfOtherPartsAreNamedWhenAbsent)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId id = review(*db, u"Review"_s);
    const auto inputs =
        ReviewService::inputsOf(*db, get(*db, managementReviewSpec(), id), QDate::currentDate());
    ASSERT_TRUE(inputs.hasValue());
    ASSERT_EQ(inputs->inputs.size(), 9);
    for (const ReviewInput &input : inputs->inputs) {
        if (input.key == u"nonconformities" || input.key == u"audits") {
            const bool absent = !Entities::find(input.key == u"audits" ? u"audits"_s : u"nonconformities"_s);
            EXPECT_EQ(input.available, !absent);
            if (absent) {
                EXPECT_TRUE(input.lines.constFirst().text.contains(u"register in this project"_s));
            }
        }
    }
}

TEST(ReviewTest, TopManagementMustAttendAHeldReview)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId director = person(*db, u"Dana Director"_s, true);
    const RecordId staff = person(*db, u"Sam Staff"_s, false);
    const RecordId id = review(*db, u"Review"_s);
    attend(*db, id, staff);
    EXPECT_FALSE(anyContains(rulesOf(*db), u"R-REVIEW-NO-TOP-MANAGEMENT"_s))
        << "a planned review is not judged";
    ASSERT_TRUE(ReviewService(*db).hold(id).hasValue());
    EXPECT_TRUE(rulesOf(*db).contains(u"R-REVIEW-NO-TOP-MANAGEMENT MR-001"_s));
    attend(*db, id, director);
    EXPECT_FALSE(anyContains(rulesOf(*db), u"R-REVIEW-NO-TOP-MANAGEMENT"_s));
}

TEST(ReviewTest, OverdueActionsAndMissingInputsAreFindings)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId id = review(*db, u"Review"_s);
    const RecordId action = create(*db,
                                   reviewActionSpec(),
                                   {{u"review"_s, id.value},
                                    {u"decision"_s, u"Fix"_s},
                                    {u"due_date"_s, QDate::currentDate().addDays(-1)}});
    EXPECT_TRUE(rulesOf(*db).contains(u"R-REVIEW-ACTION-OVERDUE RA-001"_s));
    ASSERT_TRUE(RecordService(*db, reviewActionSpec())
                    .update(action, {{u"due_date"_s, QDate::currentDate().addDays(1)}})
                    .hasValue());
    EXPECT_FALSE(anyContains(rulesOf(*db), u"R-REVIEW-ACTION-OVERDUE"_s));

    EXPECT_FALSE(anyContains(rulesOf(*db), u"R-REVIEW-INPUT-MISSING"_s))
        << "a planned review has nothing frozen";
    ASSERT_TRUE(ReviewService(*db).hold(id).hasValue());
    const bool othersAbsent = !Entities::find(u"audits"_s) || !Entities::find(u"nonconformities"_s);
    EXPECT_EQ(rulesOf(*db).contains(u"R-REVIEW-INPUT-MISSING MR-001"_s), othersAbsent);
}

TEST(ReviewTest, AChangeNeededBecomesALinkedPlannedChangeOnce)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId owner = person(*db, u"Olaf Owner"_s, false);
    const RecordId id = review(*db, u"Review"_s);
    const RecordId other =
        create(*db,
               reviewActionSpec(),
               {{u"review"_s, id.value}, {u"decision"_s, u"Buy"_s}, {u"type"_s, u"resource"_s}});
    const RecordId action = create(*db,
                                   reviewActionSpec(),
                                   {{u"review"_s, id.value},
                                    {u"type"_s, u"change"_s},
                                    {u"decision"_s, u"Move supplier reviews into purchasing"_s},
                                    {u"owner"_s, owner.value}});
    ReviewService service(*db);
    EXPECT_FALSE(service.makePlannedChange(other).hasValue());
    const auto change = service.makePlannedChange(action);
    ASSERT_TRUE(change.hasValue()) << qPrintable(change.error().message);
    const Record planned = get(*db, plannedChangeSpec(), *change);
    EXPECT_EQ(planned.values.at(plannedChangeSpec().indexOf(u"title")).toString(),
              u"Move supplier reviews into purchasing"_s);
    EXPECT_EQ(planned.values.at(plannedChangeSpec().indexOf(u"owner")).toString(), u"Olaf Owner"_s);
    EXPECT_TRUE(planned.values.at(plannedChangeSpec().indexOf(u"purpose")).toString().contains(u"RA-002"_s));
    EXPECT_EQ(get(*db, reviewActionSpec(), action)
                  .values.at(reviewActionSpec().indexOf(u"planned_change"))
                  .toLongLong(),
              change->value);
    const auto again = service.makePlannedChange(action);
    ASSERT_FALSE(again.hasValue());
    EXPECT_TRUE(again.error().message.contains(u"already"_s));
}

TEST(ReviewTest, TheCycleAndTheMandatoryItemReadHeldReviews)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId director = person(*db, u"Dana Director"_s, true);
    EXPECT_FALSE(ReviewCycle::latestReview(*db)->has_value());
    const auto stateOf = [&db] {
        const auto states = MandatoryInformation::evaluate(*db, QDate::currentDate());
        EXPECT_TRUE(states.hasValue());
        for (const MandatoryItemState &state : *states) {
            if (state.itemId == u"DI-9.3.3") {
                return state.state;
            }
        }
        return InformationState::Missing;
    };
    EXPECT_EQ(stateOf(), InformationState::Missing);
    const RecordId id = review(*db, u"Review"_s);
    const QDate held = QDate::currentDate().addDays(-3);
    ASSERT_TRUE(ReviewService(*db).hold(id, held).hasValue());
    const auto latest = ReviewCycle::latestReview(*db);
    ASSERT_TRUE(latest->has_value());
    EXPECT_EQ((*latest)->ref, u"MR-001"_s);
    EXPECT_EQ((*latest)->date, held);
    EXPECT_EQ(stateOf(), InformationState::Incomplete);
    ASSERT_TRUE(RecordService(*db, managementReviewSpec())
                    .update(id,
                            {{u"status"_s, u"minutes-approved"_s},
                             {u"minutes_approved_by"_s, director.value},
                             {u"minutes_approved_on"_s, QDate::currentDate()}})
                    .hasValue());
    EXPECT_EQ(stateOf(), InformationState::Present);
}
