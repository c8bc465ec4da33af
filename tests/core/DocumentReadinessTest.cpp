// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness rules of leadership, the policy and documented information (5.1, 5.2, 7.5): one
// passing and one failing case each.
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/DocumentService.h"
#include "services/EvidenceService.h"
#include "services/ReadinessCheck.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QDate>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

const QDate Today = QDate::currentDate();

Record recordOf(const EntitySpec &spec, const QList<std::pair<QString, QVariant>> &values)
{
    Record record = spec.newRecord();
    for (const auto &[key, value] : values) {
        record.values[spec.indexOf(key)] = value;
    }
    return record;
}

class DocumentReadinessTest : public ::testing::Test
{
protected:
    void SetUp() override { m_db = m_temp.create(); }

    /// "RULE REF" of every finding of the documents provider.
    QStringList points() const
    {
        const auto report = ReadinessCheck::run(*m_db, Today);
        EXPECT_TRUE(report.hasValue());
        QStringList result;
        for (const ReadinessFinding &finding : report->findings) {
            if (finding.rule.startsWith(u"R-POLICY"_s) || finding.rule.startsWith(u"R-DOC-"_s)
                || finding.rule == u"R-LEADERSHIP-DUTY"_s) {
                result.append(finding.id.isEmpty() ? finding.rule : finding.rule + u' ' + finding.id);
            }
        }
        return result;
    }

    bool failed(const QString &rule) const
    {
        const auto report = ReadinessCheck::run(*m_db, Today);
        return report && report->failedRules.contains(rule);
    }

    RecordId document(const QList<std::pair<QString, QVariant>> &values)
    {
        QList<std::pair<QString, QVariant>> all{{u"title"_s, u"Information security policy"_s},
                                                {u"type"_s, u"policy"_s}};
        all.append(values);
        const auto id = RecordService(*m_db, documentSpec()).create(recordOf(documentSpec(), all));
        EXPECT_TRUE(id.hasValue()) << (id ? "" : qPrintable(id.error().message));
        return id ? *id : RecordId{};
    }

    /// A complete, approved policy with an approved version.
    RecordId approvedPolicy()
    {
        const RecordId id = document({{u"states_objectives"_s, true},
                                      {u"commits_requirements"_s, true},
                                      {u"commits_improvement"_s, true}});
        approveWithVersion(id);
        return id;
    }

    void approveWithVersion(RecordId id)
    {
        const QString ref = EntitySpec::refOf(RecordService(*m_db, documentSpec()).get(id).value());
        const auto version = DocumentService(*m_db).addVersionData(ref,
                                                                   u"v.txt"_s,
                                                                   ref.toUtf8(),
                                                                   {{u"version"_s, u"1.0"_s},
                                                                    {u"status"_s, u"approved"_s},
                                                                    {u"approver"_s, u"Dana"_s},
                                                                    {u"approval_date"_s, Today.addDays(-1)}});
        ASSERT_TRUE(version.hasValue()) << qPrintable(version.error().message);
        ASSERT_TRUE(
            RecordService(*m_db, documentSpec()).update(id, {{u"status"_s, u"approved"_s}}).hasValue());
    }

    RecordId person(const QString &name, const QString &status = u"active"_s)
    {
        return RecordService(*m_db, personSpec())
            .create(recordOf(personSpec(), {{u"name"_s, name}, {u"status"_s, status}}))
            .value();
    }

    test::TempProject m_temp;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(DocumentReadinessTest, PolicyMissing)
{
    EXPECT_TRUE(points().contains(u"R-POLICY-MISSING"_s));
    EXPECT_TRUE(failed(u"R-POLICY-NOT-APPROVED"_s)); // its prerequisite fails
    document({});
    EXPECT_FALSE(points().contains(u"R-POLICY-MISSING"_s));
}

TEST_F(DocumentReadinessTest, PolicyNotApproved)
{
    const RecordId draft = document({{u"status"_s, u"draft"_s}});
    EXPECT_TRUE(points().contains(u"R-POLICY-NOT-APPROVED DOC-001"_s));
    approveWithVersion(draft);
    EXPECT_FALSE(points().contains(u"R-POLICY-NOT-APPROVED DOC-001"_s));
}

TEST_F(DocumentReadinessTest, PolicyContent)
{
    const RecordId policy = document({{u"states_objectives"_s, true}, {u"commits_improvement"_s, true}});
    const QStringList found = points();
    ASSERT_TRUE(found.contains(u"R-POLICY-CONTENT DOC-001"_s)) << qPrintable(found.join(u", "_s));
    ASSERT_TRUE(
        RecordService(*m_db, documentSpec()).update(policy, {{u"commits_requirements"_s, true}}).hasValue());
    EXPECT_FALSE(points().contains(u"R-POLICY-CONTENT DOC-001"_s));
}

TEST_F(DocumentReadinessTest, PolicyNotAcknowledged)
{
    const RecordId policy = approvedPolicy();
    const RecordId dana = person(u"Dana Reyes"_s);
    person(u"Former Colleague"_s, u"left"_s);
    const QStringList found = points();
    EXPECT_TRUE(found.contains(u"R-POLICY-NOT-ACKNOWLEDGED P-001"_s)) << qPrintable(found.join(u", "_s));
    EXPECT_FALSE(found.contains(u"R-POLICY-NOT-ACKNOWLEDGED P-002"_s)) << "people who left are not asked";
    const auto ack = RecordService(*m_db, acknowledgementSpec())
                         .create(recordOf(acknowledgementSpec(),
                                          {{u"document"_s, policy.value},
                                           {u"person"_s, dana.value},
                                           {u"acknowledged_on"_s, Today},
                                           {u"channel"_s, u"email"_s}}));
    ASSERT_TRUE(ack.hasValue()) << qPrintable(ack.error().message);
    EXPECT_FALSE(failed(u"R-POLICY-NOT-ACKNOWLEDGED"_s));
}

TEST_F(DocumentReadinessTest, DocumentReviewOverdue)
{
    approvedPolicy();
    const RecordId procedure = document(
        {{u"type"_s, u"procedure"_s}, {u"title"_s, u"Backup"_s}, {u"next_review"_s, Today.addDays(-1)}});
    EXPECT_TRUE(points().contains(u"R-DOC-REVIEW-OVERDUE DOC-002"_s));
    ASSERT_TRUE(RecordService(*m_db, documentSpec())
                    .update(procedure, {{u"next_review"_s, Today.addDays(1)}})
                    .hasValue());
    EXPECT_FALSE(failed(u"R-DOC-REVIEW-OVERDUE"_s));
}

TEST_F(DocumentReadinessTest, DocumentWithoutApprovedVersion)
{
    document({{u"type"_s, u"record"_s}, {u"title"_s, u"Audit report"_s}, {u"status"_s, u"approved"_s}});
    EXPECT_TRUE(points().contains(u"R-DOC-NO-VERSION DOC-001"_s));
    const RecordId other = document({{u"type"_s, u"record"_s}, {u"title"_s, u"Training list"_s}});
    approveWithVersion(other);
    EXPECT_FALSE(points().contains(u"R-DOC-NO-VERSION DOC-002"_s));
}

TEST_F(DocumentReadinessTest, LeadershipDuty)
{
    QStringList found = points();
    EXPECT_TRUE(found.contains(u"R-LEADERSHIP-DUTY LD-001"_s));
    EXPECT_TRUE(found.contains(u"R-LEADERSHIP-DUTY LD-008"_s));
    RecordService duties(*m_db, leadershipDutySpec());
    const RecordId first = duties.getByRef(u"LD-001"_s)->id;
    ASSERT_TRUE(
        duties.update(first, {{u"status"_s, u"shown"_s}, {u"how_shown"_s, u"Budget approved"_s}}).hasValue());
    EXPECT_TRUE(points().contains(u"R-LEADERSHIP-DUTY LD-001"_s)); // shown, but no evidence yet
    ASSERT_TRUE(EvidenceService(*m_db)
                    .attachData(u"leadership-duties"_s, u"LD-001"_s, u"minutes.txt"_s, "ok")
                    .hasValue());
    EXPECT_FALSE(points().contains(u"R-LEADERSHIP-DUTY LD-001"_s));
}
