// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The mandatory documented information of clauses 4 to 10 (issue 8 item 8): the items, where a project
// holds each, the readiness rules over them, and clauses that can never be "not applicable".
#include "services/MandatoryInformation.h"

#include "TempProject.h"
#include "catalog/Catalogue.h"
#include "domain/Entities.h"
#include "services/AssessmentRunService.h"
#include "services/DocumentService.h"
#include "services/ReadinessCheck.h"
#include "services/RecordService.h"
#include "services/SoaVersionService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

RecordId create(Database &db, const EntitySpec &spec, const QHash<QString, QVariant> &values)
{
    Record record = spec.newRecord();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        record.values[spec.indexOf(it.key())] = it.value();
    }
    auto id = RecordService(db, spec).create(record);
    EXPECT_TRUE(id.hasValue()) << qPrintable(id.error().message);
    return id ? *id : RecordId{};
}

MandatoryItemState stateOf(const Database &db, const QString &itemId)
{
    const auto states = MandatoryInformation::evaluate(db, QDate::currentDate());
    EXPECT_TRUE(states.hasValue());
    for (const MandatoryItemState &state : states ? *states : QList<MandatoryItemState>{}) {
        if (state.itemId == itemId) {
            return state;
        }
    }
    ADD_FAILURE() << "no item " << qPrintable(itemId);
    return {};
}

QList<ReadinessFinding> findings(const Database &db, const QString &rule)
{
    const auto report = ReadinessCheck::run(db, QDate::currentDate());
    EXPECT_TRUE(report.hasValue());
    QList<ReadinessFinding> result;
    for (const ReadinessFinding &finding : report ? report->findings : QList<ReadinessFinding>{}) {
        if (finding.rule == rule) {
            result.append(finding);
        }
    }
    return result;
}

class MandatoryInformationTest : public ::testing::Test
{
protected:
    void SetUp() override { m_db = m_temp.create(); }

    test::TempProject m_temp;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST(MandatoryItemsTest, EveryClauseWithRequiredInformationHasItemsWithUniqueIds)
{
    const auto clauses = Catalogue::clauses();
    ASSERT_TRUE(clauses.hasValue());
    QSet<QString> required;
    for (const auto &clause : *clauses) {
        if (!clause.documentedInformation.isEmpty()) {
            required.insert(clause.ref);
        }
    }
    EXPECT_EQ(required.size(), 15);
    QSet<QString> covered;
    QSet<QString> ids;
    for (const MandatoryItem &item : MandatoryInformation::items()) {
        covered.insert(item.clause);
        ids.insert(item.id);
        EXPECT_FALSE(item.titleText().isEmpty());
        EXPECT_FALSE(item.heldByText().isEmpty());
        EXPECT_EQ(MandatoryInformation::item(item.id), &item);
    }
    EXPECT_EQ(covered, required) << "each of the 15 clauses is split into items, and no other clause";
    EXPECT_EQ(ids.size(), MandatoryInformation::items().size());
    EXPECT_EQ(MandatoryInformation::itemsOf(u"6.1.3"_s).size(), 3) << "process, SoA and treatment plan";
    EXPECT_EQ(MandatoryInformation::itemsOf(u"9"_s).size(), 4);
}

TEST(MandatoryItemsTest, ADocumentNamesAClauseOrAClauseThatContainsIt)
{
    EXPECT_TRUE(MandatoryInformation::names(u"6.1.3, 8.3"_s, u"8.3"_s));
    EXPECT_TRUE(MandatoryInformation::names(u"9.2"_s, u"9.2.2"_s));
    EXPECT_TRUE(MandatoryInformation::names(u"5.2;7.5"_s, u"7.5.3"_s));
    EXPECT_FALSE(MandatoryInformation::names(u"9.2.2"_s, u"9.2"_s)) << "a part does not hold the whole";
    EXPECT_FALSE(MandatoryInformation::names(u"6.1"_s, u"6.10"_s));
    EXPECT_FALSE(MandatoryInformation::names(QString(), u"4.3"_s));
}

TEST_F(MandatoryInformationTest, ANewProjectsCheckNamesEveryMissingItemAndEachOfTheFifteenClauses)
{
    const auto states = MandatoryInformation::evaluate(*m_db, QDate::currentDate());
    ASSERT_TRUE(states.hasValue());
    ASSERT_EQ(states->size(), MandatoryInformation::items().size());
    for (const MandatoryItemState &state : *states) {
        EXPECT_NE(state.state, InformationState::Present) << qPrintable(state.itemId);
        EXPECT_FALSE(state.detail.isEmpty());
    }
    QList<ReadinessFinding> points = findings(*m_db, u"R-DOC-MISSING"_s);
    points.append(findings(*m_db, u"R-DOC-INCOMPLETE"_s));
    EXPECT_EQ(points.size(), MandatoryInformation::items().size());
    const auto clauses = Catalogue::clauses();
    ASSERT_TRUE(clauses.hasValue());
    for (const auto &clause : *clauses) {
        if (clause.documentedInformation.isEmpty()) {
            continue;
        }
        const bool named = std::any_of(points.cbegin(), points.cend(), [&](const ReadinessFinding &point) {
            return point.message.startsWith(clause.ref + u' ');
        });
        EXPECT_TRUE(named) << "no finding names clause " << qPrintable(clause.ref);
    }
    EXPECT_EQ(stateOf(*m_db, u"DI-4.3"_s).state, InformationState::Missing);
    EXPECT_EQ(stateOf(*m_db, u"DI-6.1.2"_s).state, InformationState::Incomplete)
        << "every project has the default method, not yet approved";
}

TEST_F(MandatoryInformationTest, TheScopeCountsOnceApproved)
{
    const RecordId scope = create(*m_db, scopeSpec(), {{u"statement"_s, u"All of the company."_s}});
    MandatoryItemState state = stateOf(*m_db, u"DI-4.3"_s);
    EXPECT_EQ(state.state, InformationState::Incomplete);
    EXPECT_EQ(state.ref, u"SC-001"_s);
    ASSERT_TRUE(RecordService(*m_db, scopeSpec())
                    .update(scope,
                            {{u"status"_s, u"approved"_s},
                             {u"approved_by"_s, u"Managing Director"_s},
                             {u"approval_date"_s, QDate::currentDate().addDays(-1)}})
                    .hasValue());
    state = stateOf(*m_db, u"DI-4.3"_s);
    EXPECT_EQ(state.state, InformationState::Present) << qPrintable(state.detail);
    for (const ReadinessFinding &finding : findings(*m_db, u"R-DOC-INCOMPLETE"_s)) {
        EXPECT_FALSE(finding.message.startsWith(u"4.3 "_s));
    }
}

TEST_F(MandatoryInformationTest, TheSoaCountsOnceAVersionIsIssued)
{
    const QList<ReadinessFinding> before = findings(*m_db, u"R-DOC-MISSING"_s);
    const auto soaPoint = std::find_if(before.cbegin(), before.cend(), [](const ReadinessFinding &f) {
        return f.message.contains(u"DI-6.1.3-SOA"_s);
    });
    ASSERT_NE(soaPoint, before.cend());
    EXPECT_EQ(soaPoint->entity, SoaVersionService::logEntity()) << "opens the page that issues versions";
    auto issued = SoaVersionService(*m_db).issue(
        {.approver = u"Board"_s, .changeSummary = u"First."_s, .approvalDate = {}, .allowUnchanged = false});
    ASSERT_TRUE(issued.hasValue()) << qPrintable(issued.error().message);
    EXPECT_EQ(stateOf(*m_db, u"DI-6.1.3-SOA"_s).state, InformationState::Present);
}

TEST_F(MandatoryInformationTest, ObjectivesNeedTargetsAndProcessesTheirCriteria)
{
    const RecordId objective = create(*m_db, objectiveSpec(), {{u"objective"_s, u"Fewer incidents"_s}});
    EXPECT_EQ(stateOf(*m_db, u"DI-6.2"_s).state, InformationState::Incomplete);
    ASSERT_TRUE(RecordService(*m_db, objectiveSpec())
                    .update(objective, {{u"target"_s, u"At most 2 a year"_s}})
                    .hasValue());
    EXPECT_EQ(stateOf(*m_db, u"DI-6.2"_s).state, InformationState::Present);

    EXPECT_EQ(stateOf(*m_db, u"DI-8.1"_s).state, InformationState::Missing);
    const RecordId process =
        create(*m_db, processSpec(), {{u"name"_s, u"Access management"_s}, {u"status"_s, u"operating"_s}});
    const MandatoryItemState incomplete = stateOf(*m_db, u"DI-8.1"_s);
    EXPECT_EQ(incomplete.state, InformationState::Incomplete);
    EXPECT_EQ(incomplete.ref, u"PR-001"_s);
    ASSERT_TRUE(RecordService(*m_db, processSpec())
                    .update(process, {{u"criteria"_s, u"Leavers removed within a day"_s}})
                    .hasValue());
    EXPECT_EQ(stateOf(*m_db, u"DI-8.1"_s).state, InformationState::Present);
}

TEST_F(MandatoryInformationTest, RisksNeedRatingsTasksAndSignOffs)
{
    EXPECT_EQ(stateOf(*m_db, u"DI-8.2"_s).state, InformationState::Missing);
    const RecordId risk = create(*m_db, riskSpec(), {{u"title"_s, u"Laptop theft"_s}});
    EXPECT_EQ(stateOf(*m_db, u"DI-8.2"_s).state, InformationState::Incomplete);
    RecordService risks(*m_db, riskSpec());
    ASSERT_TRUE(risks.update(risk, {{u"likelihood"_s, qint64{3}}, {u"impact"_s, qint64{3}}}).hasValue());
    EXPECT_EQ(stateOf(*m_db, u"DI-8.2"_s).state, InformationState::Incomplete) << "rated, but no dated run";
    const auto run = AssessmentRunService(*m_db).record(
        {.scope = u"Whole ISMS"_s, .performedBy = u"ISMS Manager"_s, .date = {}, .notes = {}});
    ASSERT_TRUE(run.hasValue()) << qPrintable(run.error().message);
    EXPECT_EQ(stateOf(*m_db, u"DI-8.2"_s).state, InformationState::Present);

    ASSERT_TRUE(risks.update(risk, {{u"treatment"_s, u"modify"_s}}).hasValue());
    EXPECT_EQ(stateOf(*m_db, u"DI-6.1.3-PLAN"_s).state, InformationState::Incomplete);
    create(*m_db, treatmentTaskSpec(), {{u"risk"_s, risk.value}, {u"title"_s, u"Encrypt disks"_s}});
    EXPECT_EQ(stateOf(*m_db, u"DI-6.1.3-PLAN"_s).state, InformationState::Present);

    EXPECT_EQ(stateOf(*m_db, u"DI-8.3"_s).state, InformationState::Incomplete);
    ASSERT_TRUE(risks
                    .update(risk,
                            {{u"residual_likelihood"_s, qint64{1}},
                             {u"residual_impact"_s, qint64{2}},
                             {u"signoff_by"_s, u"Head of IT"_s},
                             {u"signoff_date"_s, QDate::currentDate()}})
                    .hasValue());
    const MandatoryItemState treated = stateOf(*m_db, u"DI-8.3"_s);
    EXPECT_EQ(treated.state, InformationState::Present) << qPrintable(treated.detail);
}

TEST_F(MandatoryInformationTest, TheRiskReportApprovedUnderDocumentControlDocumentsTheMethod)
{
    create(*m_db,
           documentControlSpec(),
           {{u"report"_s, u"risk-report"_s},
            {u"document_id"_s, u"ISMS-RA-01"_s},
            {u"version"_s, u"2.0"_s},
            {u"status"_s, u"approved"_s},
            {u"approved_by"_s, u"Managing Director"_s},
            {u"approval_date"_s, QDate::currentDate()}});
    EXPECT_EQ(stateOf(*m_db, u"DI-6.1.2"_s).state, InformationState::Present);
    EXPECT_EQ(stateOf(*m_db, u"DI-6.1.3-PROCESS"_s).state, InformationState::Present);
}

TEST_F(MandatoryInformationTest, AClauseCannotBeMadeNotApplicable)
{
    RecordService clauses(*m_db, clauseSpec());
    const auto clause = clauses.getByRef(u"6.1.2"_s);
    ASSERT_TRUE(clause.hasValue());
    const auto refused = clauses.update(clause->id, {{u"status"_s, u"not-applicable"_s}});
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"6.1.2"_s)) << qPrintable(refused.error().message);
    EXPECT_TRUE(refused.error().message.contains(u"apply to every ISMS"_s));
    EXPECT_TRUE(findings(*m_db, u"R-CLAUSE-NOT-APPLICABLE"_s).isEmpty());

    const QString path = m_db->path();
    m_db.reset();
    test::TempProject::runSql(path,
                              {u"UPDATE requirement SET status = 'not-applicable' "
                               "WHERE kind = 'clause' AND ref = '7.4'"_s});
    auto reopened = Database::open(path, {.access = Database::Access::ReadOnly});
    ASSERT_TRUE(reopened.hasValue()) << qPrintable(reopened.error().message);
    const QList<ReadinessFinding> points = findings(**reopened, u"R-CLAUSE-NOT-APPLICABLE"_s);
    ASSERT_EQ(points.size(), 1);
    EXPECT_EQ(points.first().id, u"7.4"_s);
    EXPECT_EQ(points.first().severity, ReadinessSeverity::Major);
}

TEST(MandatoryMigrationTest, AnUpgradeSetsClausesMarkedNotApplicableToNotStartedAndLogsIt)
{
    test::TempProject temp;
    const QString path = temp.path(u"v16.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 16).hasValue());
    test::TempProject::runSql(path,
                              {u"UPDATE requirement SET status = 'not-applicable' "
                               "WHERE kind = 'clause' AND ref IN ('7.4', '10.1')"_s});
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
    const auto left = sql::scalar((*db)->connection(),
                                  u"SELECT count(*) FROM requirement WHERE status = 'not-applicable' "
                                  "AND kind = 'clause'"_s);
    ASSERT_TRUE(left.hasValue());
    EXPECT_EQ(left->toInt(), 0);
    const auto logged = sql::scalar((*db)->connection(),
                                    u"SELECT group_concat(entity_id, ',') FROM change_log WHERE entity = "
                                    "'clause' AND field = 'status' AND old_value = 'not-applicable' AND "
                                    "new_value = 'not-started'"_s);
    ASSERT_TRUE(logged.hasValue());
    QStringList ids = logged->toString().split(u',');
    ids.sort();
    EXPECT_EQ(ids, (QStringList{u"10.1"_s, u"7.4"_s}));
}

TEST_F(MandatoryInformationTest, ThePolicyExternalDocumentsAndMeasurementsComeFromTheirRegisters)
{
    EXPECT_EQ(stateOf(*m_db, u"DI-5.2"_s).state, InformationState::Missing);
    create(*m_db,
           documentSpec(),
           {{u"title"_s, u"Information security policy"_s},
            {u"type"_s, u"policy"_s},
            {u"status"_s, u"draft"_s}});
    const MandatoryItemState draft = stateOf(*m_db, u"DI-5.2"_s);
    EXPECT_EQ(draft.state, InformationState::Incomplete);
    EXPECT_EQ(draft.ref, u"DOC-001"_s);

    EXPECT_EQ(stateOf(*m_db, u"DI-7.5.3"_s).state, InformationState::Missing);
    create(*m_db,
           documentSpec(),
           {{u"title"_s, u"Data protection act"_s}, {u"type"_s, u"external"_s}, {u"status"_s, u"draft"_s}});
    EXPECT_EQ(stateOf(*m_db, u"DI-7.5.3"_s).state, InformationState::Present);

    // An approved record that names the clause holds what no register keeps yet.
    create(*m_db,
           documentSpec(),
           {{u"title"_s, u"Audit programme 2027-2029"_s},
            {u"type"_s, u"plan"_s},
            {u"clauses"_s, u"9.2"_s},
            {u"status"_s, u"approved"_s}});
    const MandatoryItemState programme = stateOf(*m_db, u"DI-9.2.2-PROGRAMME"_s);
    EXPECT_EQ(programme.state, InformationState::Present) << qPrintable(programme.detail);
    EXPECT_EQ(programme.ref, u"DOC-003"_s);

    EXPECT_EQ(stateOf(*m_db, u"DI-9.1"_s).state, InformationState::Missing);
    const RecordId metric = create(*m_db, metricSpec(), {{u"name"_s, u"Patch latency"_s}});
    EXPECT_EQ(stateOf(*m_db, u"DI-9.1"_s).state, InformationState::Incomplete);
    create(*m_db,
           measurementSpec(),
           {{u"metric"_s, metric.value}, {u"measured_on"_s, QDate::currentDate()}, {u"value"_s, u"4"_s}});
    EXPECT_EQ(stateOf(*m_db, u"DI-9.1"_s).state, InformationState::Present);

    // The nonconformity register holds both items of 10.2.
    EXPECT_EQ(stateOf(*m_db, u"DI-10.2-NONCONFORMITIES"_s).state, InformationState::Missing);
    EXPECT_EQ(stateOf(*m_db, u"DI-10.2-RESULTS"_s).state, InformationState::Missing);
    const RecordId nc = create(*m_db, nonconformitySpec(), {{u"title"_s, u"No restore test"_s}});
    EXPECT_EQ(stateOf(*m_db, u"DI-10.2-NONCONFORMITIES"_s).state, InformationState::Present);
    const MandatoryItemState unreviewed = stateOf(*m_db, u"DI-10.2-RESULTS"_s);
    EXPECT_EQ(unreviewed.state, InformationState::Incomplete);
    EXPECT_EQ(unreviewed.ref, u"NC-001"_s);
    EXPECT_EQ(unreviewed.kind, u"nonconformities"_s);
    create(*m_db, correctiveActionSpec(), {{u"nonconformity"_s, nc.value}, {u"action"_s, u"Schedule it"_s}});
    ASSERT_TRUE(
        RecordService(*m_db, nonconformitySpec())
            .update(nc, {{u"review_date"_s, QDate::currentDate()}, {u"review_result"_s, u"effective"_s}})
            .hasValue());
    EXPECT_EQ(stateOf(*m_db, u"DI-10.2-RESULTS"_s).state, InformationState::Present);
}

namespace {

/// An approved record naming `clauses`, with a version approved on `approved`.
void approvedRecord(Database &db, const QString &title, const QString &clauses, const QDate &approved)
{
    const RecordId document = create(db,
                                     documentSpec(),
                                     {{u"title"_s, title},
                                      {u"type"_s, u"record"_s},
                                      {u"clauses"_s, clauses},
                                      {u"status"_s, u"approved"_s}});
    const QString ref = EntitySpec::refOf(RecordService(db, documentSpec()).get(document).value());
    const auto done = DocumentService(db).addVersionData(ref,
                                                         u"minutes.txt"_s,
                                                         QByteArrayLiteral("Minutes."),
                                                         {{u"version"_s, u"1"_s},
                                                          {u"status"_s, u"approved"_s},
                                                          {u"approver"_s, u"Managing Director"_s},
                                                          {u"approval_date"_s, approved}});
    ASSERT_TRUE(done.hasValue()) << qPrintable(done.error().message);
}

} // namespace

TEST_F(MandatoryInformationTest, AnAuditAndAReviewAreHeldEachYearTheReviewAfterTheAudit)
{
    const QDate today = QDate::currentDate();
    QStringList rules;
    for (const char *rule : {"R-AUDIT-OVERDUE", "R-REVIEW-OVERDUE", "R-REVIEW-AFTER-AUDIT"}) {
        if (!findings(*m_db, QString::fromLatin1(rule)).isEmpty()) {
            rules.append(QString::fromLatin1(rule));
        }
    }
    EXPECT_EQ(rules, (QStringList{u"R-AUDIT-OVERDUE"_s, u"R-REVIEW-OVERDUE"_s})) << "nothing held yet";

    approvedRecord(*m_db, u"Internal audit report 2025"_s, u"9.2.2"_s, today.addMonths(-14));
    const QList<ReadinessFinding> old = findings(*m_db, u"R-AUDIT-OVERDUE"_s);
    ASSERT_EQ(old.size(), 1);
    EXPECT_EQ(old.first().id, u"DOC-001"_s) << "the old audit is named";
    EXPECT_EQ(findings(*m_db, u"R-REVIEW-AFTER-AUDIT"_s).size(), 1) << "its results were never reviewed";

    approvedRecord(*m_db, u"Internal audit report 2026"_s, u"9.2"_s, today.addMonths(-2));
    approvedRecord(*m_db, u"Management review minutes"_s, u"9.3.3"_s, today.addMonths(-3));
    EXPECT_TRUE(findings(*m_db, u"R-AUDIT-OVERDUE"_s).isEmpty());
    EXPECT_TRUE(findings(*m_db, u"R-REVIEW-OVERDUE"_s).isEmpty());
    const QList<ReadinessFinding> before = findings(*m_db, u"R-REVIEW-AFTER-AUDIT"_s);
    ASSERT_EQ(before.size(), 1) << "the review was held before the latest audit";
    EXPECT_EQ(before.first().id, u"DOC-002"_s);

    approvedRecord(*m_db, u"Management review minutes, autumn"_s, u"9.3"_s, today.addDays(-5));
    EXPECT_TRUE(findings(*m_db, u"R-REVIEW-AFTER-AUDIT"_s).isEmpty());
}
