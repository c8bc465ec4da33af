// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness check (issue 8 item 9): every rule with one failing and one passing case, on real
// project files, and the score.
#include "services/ReadinessCheck.h"

#include "TempProject.h"
#include "domain/Entities.h"
#include "services/EvidenceService.h"
#include "services/IntegrityService.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QFile>
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

void update(Database &db, const EntitySpec &spec, RecordId id, const QHash<QString, QVariant> &values)
{
    const auto done = RecordService(db, spec).update(id, values);
    ASSERT_TRUE(done.hasValue()) << qPrintable(done.error().message);
}

RecordId controlId(Database &db, const QString &ref)
{
    return RecordService(db, controlSpec()).getByRef(ref)->id;
}

RecordId risk(Database &db, const QString &title, int likelihood, int impact)
{
    return create(
        db,
        riskSpec(),
        {{u"title"_s, title}, {u"likelihood"_s, qint64{likelihood}}, {u"impact"_s, qint64{impact}}});
}

ReadinessReport run(const Database &db, const QDate &today = QDate::currentDate())
{
    const auto report = ReadinessCheck::run(db, today);
    EXPECT_TRUE(report.hasValue()) << qPrintable(report.error().message);
    return report ? *report : ReadinessReport{};
}

/// The shown references the rule `rule` names ("" for a missing record).
QStringList hits(const ReadinessReport &report, const QString &rule)
{
    QStringList ids;
    for (const ReadinessFinding &finding : report.findings) {
        if (finding.rule == rule) {
            ids.append(finding.id);
        }
    }
    return ids;
}

const ReadinessFinding *findingOf(const ReadinessReport &report, const QString &rule, const QString &id)
{
    for (const ReadinessFinding &finding : report.findings) {
        if (finding.rule == rule && finding.id == id) {
            return &finding;
        }
    }
    return nullptr;
}

class ReadinessCheckTest : public ::testing::Test
{
protected:
    void SetUp() override { m_db = m_temp.create(); }

    test::TempProject m_temp;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST(ReadinessRegistryTest, EveryRuleHasAUniqueIdAClauseAndADescription)
{
    QSet<QString> ids;
    int rules = 0;
    for (const ReadinessProvider &provider : ReadinessCheck::providers()) {
        EXPECT_FALSE(provider.area.isEmpty());
        EXPECT_FALSE(provider.titleText().isEmpty());
        for (const ReadinessRule &rule : provider.rules) {
            ++rules;
            EXPECT_TRUE(rule.id.startsWith(u"R-"_s)) << qPrintable(rule.id);
            EXPECT_FALSE(rule.clause.isEmpty()) << qPrintable(rule.id);
            EXPECT_FALSE(rule.descriptionText().isEmpty()) << qPrintable(rule.id);
            ids.insert(rule.id);
            EXPECT_EQ(ReadinessCheck::providerOf(rule.id), &provider);
        }
    }
    EXPECT_EQ(ids.size(), rules);
    EXPECT_EQ(rules, 72);
    EXPECT_EQ(ReadinessCheck::rule(u"R-SCOPE-APPROVED")->severity, ReadinessSeverity::Major);
    EXPECT_EQ(ReadinessCheck::rule(u"R-NOT-A-RULE"), nullptr);
}

TEST_F(ReadinessCheckTest, TheScopeIsRecordedApprovedAndDecidesOnClimate)
{
    ReadinessReport report = run(*m_db);
    EXPECT_EQ(hits(report, u"R-SCOPE-MISSING"_s), QStringList{QString()});
    const ReadinessFinding *missing = findingOf(report, u"R-SCOPE-MISSING"_s, QString());
    ASSERT_NE(missing, nullptr);
    EXPECT_EQ(missing->severity, ReadinessSeverity::Major);
    EXPECT_EQ(missing->kind, u"scope"_s);
    EXPECT_EQ(missing->entity, scopeSpec().entity) << "the page of the register opens";
    EXPECT_TRUE(missing->entityId.isEmpty());

    const RecordId scope = create(*m_db, scopeSpec(), {{u"statement"_s, u"All of the company."_s}});
    report = run(*m_db);
    EXPECT_TRUE(hits(report, u"R-SCOPE-MISSING"_s).isEmpty());
    EXPECT_EQ(hits(report, u"R-SCOPE-APPROVED"_s), QStringList{u"SC-001"_s});
    EXPECT_EQ(hits(report, u"R-CLIMATE-UNDECIDED"_s), QStringList{u"SC-001"_s});
    EXPECT_EQ(findingOf(report, u"R-SCOPE-APPROVED"_s, u"SC-001"_s)->entityId, QString::number(scope.value));

    update(*m_db,
           scopeSpec(),
           scope,
           {{u"climate"_s, u"not-relevant"_s},
            {u"climate_rationale"_s, u"No exposed sites."_s},
            {u"status"_s, u"approved"_s},
            {u"approved_by"_s, u"Managing Director"_s},
            {u"approval_date"_s, QDate::currentDate()}});
    report = run(*m_db);
    EXPECT_TRUE(hits(report, u"R-SCOPE-APPROVED"_s).isEmpty());
    EXPECT_TRUE(hits(report, u"R-CLIMATE-UNDECIDED"_s).isEmpty());
}

TEST_F(ReadinessCheckTest, IssuesAndPartiesAreRecordedAndDecided)
{
    ReadinessReport report = run(*m_db);
    EXPECT_EQ(hits(report, u"R-ISSUES-MISSING"_s), QStringList{QString()});
    EXPECT_EQ(hits(report, u"R-PARTIES-MISSING"_s), QStringList{QString()});
    create(*m_db,
           contextIssueSpec(),
           {{u"title"_s, u"Customers move to the cloud"_s}, {u"origin"_s, u"external"_s}});
    const RecordId undecided = create(*m_db,
                                      interestedPartySpec(),
                                      {{u"name"_s, u"Hosting provider"_s}, {u"side"_s, u"external"_s}});
    const RecordId how =
        create(*m_db,
               interestedPartySpec(),
               {{u"name"_s, u"Customers"_s}, {u"side"_s, u"external"_s}, {u"addressed"_s, u"yes"_s}});
    report = run(*m_db);
    EXPECT_TRUE(hits(report, u"R-ISSUES-MISSING"_s).isEmpty());
    EXPECT_TRUE(hits(report, u"R-PARTIES-MISSING"_s).isEmpty());
    EXPECT_EQ(hits(report, u"R-PARTY-UNDECIDED"_s), QStringList{u"IP-001"_s});
    EXPECT_EQ(hits(report, u"R-PARTY-HOW"_s), QStringList{u"IP-002"_s});
    EXPECT_EQ(findingOf(report, u"R-PARTY-HOW"_s, u"IP-002"_s)->entityId, QString::number(how.value));

    update(*m_db, interestedPartySpec(), undecided, {{u"addressed"_s, u"no"_s}});
    update(*m_db, interestedPartySpec(), how, {{u"how_addressed"_s, u"Master agreement."_s}});
    report = run(*m_db);
    EXPECT_TRUE(hits(report, u"R-PARTY-UNDECIDED"_s).isEmpty());
    EXPECT_TRUE(hits(report, u"R-PARTY-HOW"_s).isEmpty());
}

TEST_F(ReadinessCheckTest, AnIncludedControlHasAReasonAndAPlan)
{
    ReadinessReport report = run(*m_db);
    EXPECT_TRUE(hits(report, u"R-SOA-NO-REASON"_s).contains(u"A.5.1"_s));
    EXPECT_TRUE(hits(report, u"R-SOA-NO-PLAN"_s).contains(u"A.5.1"_s));
    const ReadinessFinding *noReason = findingOf(report, u"R-SOA-NO-REASON"_s, u"A.5.1"_s);
    ASSERT_NE(noReason, nullptr);
    EXPECT_EQ(noReason->kind, u"controls"_s);
    EXPECT_EQ(noReason->entity, u"control"_s);
    EXPECT_EQ(noReason->entityId, u"5.1"_s) << "catalogue records are logged by reference";

    update(*m_db,
           controlSpec(),
           controlId(*m_db, u"5.1"_s),
           {{u"reasons"_s, u"legal"_s}, {u"target_date"_s, QDate(2027, 6, 30)}});
    report = run(*m_db);
    EXPECT_FALSE(hits(report, u"R-SOA-NO-REASON"_s).contains(u"A.5.1"_s));
    EXPECT_FALSE(hits(report, u"R-SOA-NO-PLAN"_s).contains(u"A.5.1"_s));
}

TEST_F(ReadinessCheckTest, AnExcludedControlIsJustifiedAndNotUsedByARisk)
{
    const RecordId premises = controlId(*m_db, u"7.5"_s);
    update(*m_db, controlSpec(), premises, {{u"status"_s, u"not-applicable"_s}});
    const RecordId flood = risk(*m_db, u"Flooded server room"_s, 2, 2);
    create(*m_db,
           riskControlSpec(),
           {{u"risk"_s, flood.value}, {u"control"_s, u"7.5"_s}, {u"role"_s, u"existing"_s}});
    ReadinessReport report = run(*m_db);
    EXPECT_EQ(hits(report, u"R-SOA-NO-JUSTIFICATION"_s), QStringList{u"A.7.5"_s});
    EXPECT_EQ(hits(report, u"R-SOA-EXCLUDED-USED"_s), QStringList{u"A.7.5"_s});
    EXPECT_EQ(findingOf(report, u"R-SOA-EXCLUDED-USED"_s, u"A.7.5"_s)->severity, ReadinessSeverity::Major);

    update(*m_db, controlSpec(), premises, {{u"justification"_s, u"No premises of our own."_s}});
    const auto links = RecordService(*m_db, riskControlSpec()).all();
    ASSERT_TRUE(links.hasValue());
    ASSERT_TRUE(RecordService(*m_db, riskControlSpec()).remove({links->first().id}).hasValue());
    report = run(*m_db);
    EXPECT_TRUE(hits(report, u"R-SOA-NO-JUSTIFICATION"_s).isEmpty());
    EXPECT_TRUE(hits(report, u"R-SOA-EXCLUDED-USED"_s).isEmpty());
}

TEST_F(ReadinessCheckTest, ARiskAboveTheThresholdHasAnOwnerAndATreatment)
{
    const RecordId high = risk(*m_db, u"Ransomware"_s, 5, 5);
    risk(*m_db, u"Coffee spill"_s, 1, 1); // below the threshold: needs neither
    ReadinessReport report = run(*m_db);
    EXPECT_EQ(hits(report, u"R-RISK-NO-OWNER"_s), QStringList{u"R-001"_s});
    EXPECT_EQ(hits(report, u"R-RISK-NO-TREATMENT"_s), QStringList{u"R-001"_s});
    const ReadinessFinding *owner = findingOf(report, u"R-RISK-NO-OWNER"_s, u"R-001"_s);
    EXPECT_EQ(owner->entity, u"risk"_s);
    EXPECT_EQ(owner->entityId, QString::number(high.value));
    EXPECT_TRUE(owner->message.contains(u"Ransomware"_s)) << qPrintable(owner->message);

    update(*m_db, riskSpec(), high, {{u"owner"_s, u"IT lead"_s}, {u"treatment"_s, u"modify"_s}});
    report = run(*m_db);
    EXPECT_TRUE(hits(report, u"R-RISK-NO-OWNER"_s).isEmpty());
    EXPECT_TRUE(hits(report, u"R-RISK-NO-TREATMENT"_s).isEmpty());
}

TEST_F(ReadinessCheckTest, AResidualRiskAboveTheThresholdIsSignedOff)
{
    const RecordId high = risk(*m_db, u"Ransomware"_s, 5, 5);
    const RecordId treated = risk(*m_db, u"Laptop theft"_s, 4, 4);
    update(*m_db,
           riskSpec(),
           treated,
           {{u"residual_likelihood"_s, qint64{1}}, {u"residual_impact"_s, qint64{1}}});
    ReadinessReport report = run(*m_db);
    EXPECT_EQ(hits(report, u"R-RISK-NOT-ACCEPTED"_s), QStringList{u"R-001"_s}) << "R-002 is treated below it";

    update(*m_db,
           riskSpec(),
           high,
           {{u"acceptance_rationale"_s, u"Insurance covers the rest."_s},
            {u"signoff_by"_s, u"Managing Director"_s},
            {u"signoff_date"_s, QDate::currentDate()}});
    report = run(*m_db);
    EXPECT_TRUE(hits(report, u"R-RISK-NOT-ACCEPTED"_s).isEmpty());
}

TEST_F(ReadinessCheckTest, TreatmentTasksAndRiskReviewsAreNotOverdue)
{
    const QDate today = QDate::currentDate();
    const RecordId r = risk(*m_db, u"Ransomware"_s, 2, 2);
    update(*m_db, riskSpec(), r, {{u"next_review"_s, today.addDays(10)}});
    const RecordId task = create(*m_db,
                                 treatmentTaskSpec(),
                                 {{u"risk"_s, r.value},
                                  {u"title"_s, u"Offline backups"_s},
                                  {u"due_date"_s, today.addDays(5)},
                                  {u"status"_s, u"open"_s}});
    ReadinessReport report = run(*m_db, today);
    EXPECT_TRUE(hits(report, u"R-TASK-OVERDUE"_s).isEmpty());
    EXPECT_TRUE(hits(report, u"R-RISK-REVIEW-OVERDUE"_s).isEmpty());

    report = run(*m_db, today.addDays(30));
    EXPECT_EQ(hits(report, u"R-TASK-OVERDUE"_s), QStringList{u"TT-001"_s});
    EXPECT_EQ(hits(report, u"R-RISK-REVIEW-OVERDUE"_s), QStringList{u"R-001"_s});
    const ReadinessFinding *late = findingOf(report, u"R-TASK-OVERDUE"_s, u"TT-001"_s);
    EXPECT_EQ(late->kind, u"treatment-tasks"_s);
    EXPECT_EQ(late->entity, u"risk"_s) << "tasks are edited on their risk";
    EXPECT_EQ(late->entityId, QString::number(r.value));

    update(*m_db, treatmentTaskSpec(), task, {{u"status"_s, u"done"_s}});
    EXPECT_TRUE(hits(run(*m_db, today.addDays(30)), u"R-TASK-OVERDUE"_s).isEmpty());
}

TEST_F(ReadinessCheckTest, EvidenceIsNotPastItsExpiryDate)
{
    const QString path = m_temp.path(u"log.txt"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("backup restored");
    file.close();
    const auto attached = EvidenceService(*m_db).attach(u"controls"_s,
                                                        u"8.13"_s,
                                                        path,
                                                        {QDate(2026, 1, 31), QDate(2026, 12, 31), QString()});
    ASSERT_TRUE(attached.hasValue()) << qPrintable(attached.error().message);
    EXPECT_TRUE(hits(run(*m_db, QDate(2026, 12, 31)), u"R-EVIDENCE-EXPIRED"_s).isEmpty());

    const ReadinessReport report = run(*m_db, QDate(2027, 1, 1));
    EXPECT_EQ(hits(report, u"R-EVIDENCE-EXPIRED"_s), QStringList{u"EV-001"_s});
    const ReadinessFinding *expired = findingOf(report, u"R-EVIDENCE-EXPIRED"_s, u"EV-001"_s);
    EXPECT_EQ(expired->kind, u"evidence"_s);
    EXPECT_EQ(expired->entity, u"control"_s) << "fixed on the record it proves";
    EXPECT_EQ(expired->entityId, u"8.13"_s);
}

TEST_F(ReadinessCheckTest, TheScoreWeighsPassedRulesBySeverity)
{
    const ReadinessReport report = run(*m_db);
    EXPECT_EQ(report.checkedRules.size(), 72);
    // A new project: the scope, issues, parties, processes, ISMS risks and objectives are missing, so
    // the rules about them cannot pass either (9 major rules, 7 minor ones); every control lacks a reason
    // and a plan (2 minor rules); the mandatory documented information is missing or incomplete (one
    // major and one minor rule); no role carries the two assignments of 5.3 and no communication is
    // planned (3 major rules), the RACI matrix waits for the processes (1 minor rule), and no risk
    // assessment run is recorded (1 major rule; 2 minor ones wait for it), no metric (1 major rule; 4
    // minor ones wait for it), no policy and top management has shown none of its duties (4 major rules
    // and 1 minor one), and neither an internal audit nor a management review is recorded (2 major
    // rules), and no audit programme is recorded (1 major rule; the coverage advice waits for it). The
    // rules of nonconformities, incidents, suppliers and auditor competence find nothing to fault in
    // empty registers, and no review is held, so the three review rules pass. Passed: 10 of 32 major
    // rules and 21 of 40 minor ones: (10*3 + 21) / (32*3 + 40) = 51/136, rounded down.
    EXPECT_EQ(report.score, 37);
    EXPECT_EQ(report.failedRules,
              (QStringList{u"R-DOC-MISSING"_s,
                           u"R-DOC-INCOMPLETE"_s,
                           u"R-AUDIT-OVERDUE"_s,
                           u"R-REVIEW-OVERDUE"_s,
                           u"R-SCOPE-MISSING"_s,
                           u"R-SCOPE-APPROVED"_s,
                           u"R-CLIMATE-UNDECIDED"_s,
                           u"R-ISSUES-MISSING"_s,
                           u"R-PARTIES-MISSING"_s,
                           u"R-PARTY-UNDECIDED"_s,
                           u"R-PARTY-HOW"_s,
                           u"R-PROCESSES-MISSING"_s,
                           u"R-PROCESS-NO-OWNER"_s,
                           u"R-PROCESS-NO-CRITERIA"_s,
                           u"R-ROLE-CONFORMITY"_s,
                           u"R-ROLE-REPORTING"_s,
                           u"R-RACI-ACCOUNTABLE"_s,
                           u"R-COMMUNICATION-PLAN"_s,
                           u"R-LEADERSHIP-DUTY"_s,
                           u"R-POLICY-MISSING"_s,
                           u"R-POLICY-NOT-APPROVED"_s,
                           u"R-POLICY-CONTENT"_s,
                           u"R-POLICY-NOT-ACKNOWLEDGED"_s,
                           u"R-ISMSRISKS-MISSING"_s,
                           u"R-ISMSRISK-NO-ACTION"_s,
                           u"R-ISMSRISK-OVERDUE"_s,
                           u"R-OBJECTIVES-MISSING"_s,
                           u"R-OBJECTIVE-NO-MEASURE"_s,
                           u"R-OBJECTIVE-OVERDUE"_s,
                           u"R-SOA-NO-REASON"_s,
                           u"R-SOA-NO-PLAN"_s,
                           u"R-ASSESSMENT-NONE"_s,
                           u"R-ASSESSMENT-OVERDUE"_s,
                           u"R-REASSESSMENT-DUE"_s,
                           u"R-METRIC-NONE"_s,
                           u"R-METRIC-NO-TARGET"_s,
                           u"R-METRIC-OVERDUE"_s,
                           u"R-METRIC-NOT-EVALUATED"_s,
                           u"R-OBJECTIVE-NO-METRIC"_s,
                           u"R-AUDIT-PROGRAMME-NONE"_s,
                           u"R-AUDIT-COVERAGE"_s}));
    EXPECT_EQ(ReadinessCheck::score(report.checkedRules, {}), 100);
    EXPECT_EQ(ReadinessCheck::score({}, report.findings), 100) << "nothing checked, nothing missing";
    const int missingInformation = static_cast<int>(hits(report, u"R-DOC-MISSING"_s).size());
    EXPECT_GT(missingInformation, 10);
    EXPECT_EQ(report.count(ReadinessSeverity::Major), 23 + missingInformation)
        << "scope, issues, parties, processes, ISMS risks, objectives, the two 5.3 assignments, "
           "communication, an assessment run, metrics, the policy, eight leadership duties, no audit, no "
           "review, no audit programme, and the missing "
           "information";
    EXPECT_EQ(report.count(ReadinessSeverity::Minor),
              static_cast<int>(report.findings.size()) - 23 - missingInformation);
}

TEST_F(ReadinessCheckTest, RecordingADraftScopeNeverLowersTheScore)
{
    const int missing = run(*m_db).score;
    const RecordId scope = create(*m_db, scopeSpec(), {{u"statement"_s, u"All of the company."_s}});
    const ReadinessReport draft = run(*m_db);
    EXPECT_GE(draft.score, missing);
    EXPECT_TRUE(draft.failedRules.contains(u"R-SCOPE-APPROVED"_s));
    update(*m_db,
           scopeSpec(),
           scope,
           {{u"climate"_s, u"relevant"_s},
            {u"climate_rationale"_s, u"Heat waves stop the server room."_s},
            {u"status"_s, u"approved"_s},
            {u"approved_by"_s, u"Managing Director"_s},
            {u"approval_date"_s, QDate::currentDate()}});
    const ReadinessReport approved = run(*m_db);
    EXPECT_GT(approved.score, draft.score);
    EXPECT_FALSE(approved.failedRules.contains(u"R-SCOPE-APPROVED"_s));
    EXPECT_FALSE(approved.failedRules.contains(u"R-CLIMATE-UNDECIDED"_s));
}

TEST_F(ReadinessCheckTest, CheckReportsTheSamePointsInItsAreas)
{
    risk(*m_db, u"Ransomware"_s, 5, 5);
    m_db.reset();
    const auto report = IntegrityService::check(m_temp.path(u"test.isms"_s));
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << "readiness points leave the file sound";
    ASSERT_EQ(report->readiness.size(), report->readinessReport.findings.size());
    for (qsizetype i = 0; i < report->readiness.size(); ++i) {
        EXPECT_EQ(report->readiness.at(i).message, report->readinessReport.findings.at(i).message);
    }
    int risks = 0;
    for (const CheckFinding &point : report->readiness) {
        risks += point.area == CheckFinding::Area::Risks ? 1 : 0;
    }
    EXPECT_EQ(risks, 3) << "no owner, no treatment, not accepted";
}

TEST(ReadinessOlderFileTest, RulesOfRegistersTheFileLacksAreNotCounted)
{
    test::TempProject temp;
    const QString path = temp.path(u"v5.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 5).hasValue());
    auto db = Database::openForInspection(path);
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    const ReadinessReport report = run(**db);
    EXPECT_TRUE(report.checkedRules.isEmpty()) << qPrintable(report.checkedRules.join(u", "_s));
    EXPECT_TRUE(report.findings.isEmpty());
    EXPECT_EQ(report.score, 100);
}
