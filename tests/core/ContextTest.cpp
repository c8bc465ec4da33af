// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The context of the organisation (clause 4): issues, interested parties and the scope as registers,
// with the rules an auditor checks first.
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/ContextRules.h"
#include "services/IntegrityService.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

Record recordOf(const EntitySpec &spec, const QList<std::pair<QString, QVariant>> &values)
{
    Record record = spec.newRecord();
    for (const auto &[key, value] : values) {
        record.values[spec.indexOf(key)] = value;
    }
    return record;
}

QStringList rulesOf(const Database &db)
{
    const auto findings = ContextRules::findings(db);
    EXPECT_TRUE(findings.hasValue());
    QStringList rules;
    if (!findings) {
        return rules;
    }
    for (const ContextFinding &finding : *findings) {
        rules.append(finding.ref.isEmpty() ? finding.rule : finding.rule + u' ' + finding.ref);
    }
    return rules;
}

} // namespace

TEST(ContextTest, AnEmptyProjectMissesItsScopeIssuesAndParties)
{
    test::TempProject temp;
    auto db = temp.create();
    EXPECT_EQ(rulesOf(*db),
              (QStringList{u"R-SCOPE-MISSING"_s, u"R-ISSUES-MISSING"_s, u"R-PARTIES-MISSING"_s}));
    db.reset();
    const auto report = IntegrityService::check(temp.path(u"test.isms"_s));
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << "readiness points leave the file sound";
    int context = 0;
    for (const CheckFinding &point : report->readiness) {
        context += point.area == CheckFinding::Area::Context ? 1 : 0;
    }
    EXPECT_EQ(context, 3);
}

TEST(ContextTest, AnApprovedScopeNamesItsApproverAndAClimateDecisionItsRationale)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService scopes(*db, scopeSpec());
    const auto noApprover = scopes.create(recordOf(scopeSpec(),
                                                   {{u"statement"_s, u"All of the company."_s},
                                                    {u"status"_s, u"approved"_s},
                                                    {u"approval_date"_s, QDate::currentDate()}}));
    ASSERT_FALSE(noApprover.hasValue());
    EXPECT_TRUE(noApprover.error().message.contains(u"Approved by"_s))
        << qPrintable(noApprover.error().message);
    const auto future = scopes.create(recordOf(scopeSpec(),
                                               {{u"statement"_s, u"All of the company."_s},
                                                {u"approved_by"_s, u"Board"_s},
                                                {u"approval_date"_s, QDate::currentDate().addDays(3)}}));
    ASSERT_FALSE(future.hasValue());
    EXPECT_TRUE(future.error().message.contains(u"future"_s)) << qPrintable(future.error().message);
    const auto noRationale = scopes.create(
        recordOf(scopeSpec(), {{u"statement"_s, u"All of the company."_s}, {u"climate"_s, u"relevant"_s}}));
    ASSERT_FALSE(noRationale.hasValue());
    EXPECT_TRUE(noRationale.error().message.contains(u"rationale"_s))
        << qPrintable(noRationale.error().message);

    // A draft with the climate question open: both are raised until settled.
    const auto draft =
        scopes.create(recordOf(scopeSpec(), {{u"statement"_s, u"<b>All</b> of the company."_s}}));
    ASSERT_TRUE(draft.hasValue()) << qPrintable(draft.error().message);
    QStringList rules = rulesOf(*db);
    EXPECT_TRUE(rules.contains(u"R-SCOPE-APPROVED SC-001"_s)) << qPrintable(rules.join(u", "_s));
    EXPECT_TRUE(rules.contains(u"R-CLIMATE-UNDECIDED SC-001"_s));
    ASSERT_TRUE(
        scopes
            .update(*draft,
                    {{u"climate"_s, u"not-relevant"_s},
                     {u"climate_rationale"_s, u"Offices and cloud region lie outside exposed areas."_s},
                     {u"status"_s, u"approved"_s},
                     {u"approved_by"_s, u"Managing Director"_s},
                     {u"approval_date"_s, QDate::currentDate()}})
            .hasValue());
    rules = rulesOf(*db);
    EXPECT_FALSE(rules.contains(u"R-SCOPE-APPROVED SC-001"_s));
    EXPECT_FALSE(rules.contains(u"R-CLIMATE-UNDECIDED SC-001"_s));
    EXPECT_EQ(*ContextRules::currentScopeRef(*db), u"SC-001"_s);
    // Markup is kept as typed, as text.
    EXPECT_EQ(scopes.get(*draft)->values.at(scopeSpec().indexOf(u"statement")).toString(),
              u"<b>All</b> of the company."_s);
}

TEST(ContextTest, EachPartysRequirementsAreDecidedAndTheAnswerDescribed)
{
    test::TempProject temp;
    auto db = temp.create();
    ASSERT_TRUE(RecordService(*db, contextIssueSpec())
                    .create(recordOf(contextIssueSpec(),
                                     {{u"title"_s, u"Customers move to the cloud service"_s},
                                      {u"origin"_s, u"external"_s},
                                      {u"category"_s, u"economic"_s}}))
                    .hasValue());
    RecordService parties(*db, interestedPartySpec());
    const auto undecided = parties.create(
        recordOf(interestedPartySpec(), {{u"name"_s, u"Hosting provider"_s}, {u"side"_s, u"external"_s}}));
    ASSERT_TRUE(undecided.hasValue()) << qPrintable(undecided.error().message);
    const auto how = parties.create(recordOf(interestedPartySpec(),
                                             {{u"name"_s, u"Customers"_s},
                                              {u"side"_s, u"external"_s},
                                              {u"obligation"_s, u"contractual"_s},
                                              {u"addressed"_s, u"yes"_s}}));
    ASSERT_TRUE(how.hasValue()) << qPrintable(how.error().message);
    const QStringList rules = rulesOf(*db);
    EXPECT_FALSE(rules.contains(u"R-ISSUES-MISSING"_s));
    EXPECT_FALSE(rules.contains(u"R-PARTIES-MISSING"_s));
    EXPECT_TRUE(rules.contains(u"R-PARTY-UNDECIDED IP-001"_s)) << qPrintable(rules.join(u", "_s));
    EXPECT_TRUE(rules.contains(u"R-PARTY-HOW IP-002"_s));
    EXPECT_EQ(parties.get(*how)->values.at(interestedPartySpec().indexOf(u"obligation")).toString(),
              u"contractual"_s);

    ASSERT_TRUE(parties.update(*how, {{u"how_addressed"_s, u"Master agreement, clause 9."_s}}).hasValue());
    ASSERT_TRUE(parties.update(*undecided, {{u"addressed"_s, u"no"_s}}).hasValue());
    EXPECT_EQ(rulesOf(*db), QStringList{u"R-SCOPE-MISSING"_s});

    // A closed issue no longer counts as the context.
    ASSERT_TRUE(
        RecordService(*db, contextIssueSpec()).update(RecordId{1}, {{u"status"_s, u"closed"_s}}).hasValue());
    EXPECT_TRUE(rulesOf(*db).contains(u"R-ISSUES-MISSING"_s));
}

TEST(ContextTest, TheDemoLeavesTwoDeliberateGaps)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue());
    EXPECT_EQ(rulesOf(**db), (QStringList{u"R-CLIMATE-UNDECIDED SC-001"_s, u"R-PARTY-UNDECIDED IP-004"_s}));
    EXPECT_EQ(RecordService(**db, contextIssueSpec()).all()->size(), 5);
}
