// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/SoaVersionService.h"

#include "TempProject.h"
#include "domain/Entities.h"
#include "services/IntegrityService.h"
#include "services/RecordService.h"
#include "storage/ChangeLog.h"
#include "storage/SqlHelpers.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

class SoaVersionServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_temp.path(u"soa.isms"_s);
        m_db = m_temp.create(u"soa.isms"_s);
        ASSERT_TRUE(m_db);
    }

    SoaVersion issue(const QString &summary = u"First issue approved by the board."_s, bool unchanged = false)
    {
        auto issued = SoaVersionService(*m_db).issue(
            SoaIssue{u"Dana Example"_s, summary, QDate::currentDate().addDays(-2), unchanged});
        EXPECT_TRUE(issued.hasValue()) << qPrintable(issued ? QString() : issued.error().message);
        return issued ? *issued : SoaVersion{};
    }

    void setControl(const QString &ref, const QHash<QString, QVariant> &values)
    {
        RecordService controls(*m_db, controlSpec());
        const auto record = controls.getByRef(ref);
        ASSERT_TRUE(record.hasValue());
        ASSERT_TRUE(controls.update(record->id, values).hasValue());
    }

    QStringList versionFindings()
    {
        m_db.reset();
        const auto report = IntegrityService::check(m_path);
        EXPECT_TRUE(report.hasValue());
        QStringList found;
        for (const CheckFinding &finding : report.hasValue() ? report->findings : QList<CheckFinding>()) {
            if (finding.area == CheckFinding::Area::SoaVersions) {
                found.append(finding.message);
            }
        }
        return found;
    }

    qint64 count(const QString &sql) const { return sql::scalar(m_db->connection(), sql)->toLongLong(); }

    test::TempProject m_temp;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

TEST_F(SoaVersionServiceTest, IssuingFreezesTheWholeSoaAsVersionOne)
{
    const SoaVersion version = issue();
    EXPECT_EQ(version.number, 1);
    EXPECT_EQ(version.entries.size(), 93);
    EXPECT_EQ(version.approver, u"Dana Example"_s);
    EXPECT_EQ(version.sha256.size(), 64);

    const auto stored = SoaVersionService(*m_db).get(1);
    ASSERT_TRUE(stored.hasValue());
    EXPECT_EQ(stored->entries, version.entries);
    EXPECT_EQ(stored->approvalDate, QDate::currentDate().addDays(-2));
    EXPECT_EQ(stored->changeSummary, u"First issue approved by the board."_s);
    EXPECT_EQ(stored->issuedAtUtc, version.issuedAtUtc);
    EXPECT_EQ(SoaVersionService::canonicalJson(stored->entries),
              SoaVersionService::canonicalJson(version.entries));
}

TEST_F(SoaVersionServiceTest, IssuingIsLoggedWithTheApprovalRecordAndHash)
{
    const SoaVersion version = issue();
    const auto entries = ChangeLog::entries(*m_db, ChangeLogQuery{SoaVersionService::logEntity(), {}, 0});
    ASSERT_TRUE(entries.hasValue());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->constFirst().entityId, u"1"_s);
    EXPECT_FALSE(entries->constFirst().oldValue.has_value());
    const QJsonObject logged = QJsonDocument::fromJson(entries->constFirst().newValue->toUtf8()).object();
    EXPECT_EQ(logged.value(u"sha256"_s).toString(), version.sha256);
    EXPECT_EQ(logged.value(u"approver"_s).toString(), u"Dana Example"_s);
}

TEST_F(SoaVersionServiceTest, RefusesAnEmptyApproverOrSummary)
{
    SoaVersionService service(*m_db);
    const auto noApprover = service.issue(SoaIssue{u"  "_s, u"Summary"_s, {}, false});
    ASSERT_FALSE(noApprover.hasValue());
    EXPECT_EQ(noApprover.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(noApprover.error().message.contains(u"approve"_s));
    const auto noSummary = service.issue(SoaIssue{u"Dana Example"_s, u""_s, {}, false});
    ASSERT_FALSE(noSummary.hasValue());
    EXPECT_TRUE(noSummary.error().message.contains(u"change summary"_s));
    const auto future = service.issue(SoaIssue{u"Dana"_s, u"S"_s, QDate::currentDate().addDays(3), false});
    ASSERT_FALSE(future.hasValue());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM soa_version"_s), 0);
}

TEST_F(SoaVersionServiceTest, RefusesAnUnchangedSoaUnlessItIsAReapproval)
{
    issue();
    const auto again = SoaVersionService(*m_db).issue(SoaIssue{u"Dana"_s, u"Again"_s, {}, false});
    ASSERT_FALSE(again.hasValue());
    EXPECT_TRUE(again.error().message.contains(u"since version 1"_s)) << qPrintable(again.error().message);
    const SoaVersion second = issue(u"Annual re-approval, no change."_s, true);
    EXPECT_EQ(second.number, 2);
}

TEST_F(SoaVersionServiceTest, ComparesAVersionWithTheWorkingStateFieldByField)
{
    issue();
    setControl(u"5.7"_s, {{u"owner"_s, u"Threat Desk"_s}, {u"status"_s, u"partial"_s}});
    setControl(u"7.6"_s, {{u"status"_s, u"not-applicable"_s}, {u"justification"_s, u"No secure areas."_s}});
    Record extra = additionalControlSpec().newRecord();
    extra.values[additionalControlSpec().indexOf(u"title")] = u"Cloud tenant separation"_s;
    extra.values[additionalControlSpec().indexOf(u"source")] = u"ISO/IEC 27017"_s;
    ASSERT_TRUE(RecordService(*m_db, additionalControlSpec()).create(extra).hasValue());

    const auto changes = SoaVersionService(*m_db).compare(SoaSide{1}, SoaSide{});
    ASSERT_TRUE(changes.hasValue());
    const auto has =
        [&](const QString &id, const QString &field, const QString &before, const QString &after) {
            return std::ranges::any_of(*changes, [&](const SoaChange &change) {
                return change.id == id && change.field == field && change.before == before
                       && change.after == after;
            });
        };
    EXPECT_TRUE(has(u"A.5.7"_s, u"owner"_s, QString(), u"Threat Desk"_s));
    EXPECT_TRUE(has(u"A.5.7"_s, u"status"_s, u"not-started"_s, u"partial"_s));
    EXPECT_TRUE(has(u"A.7.6"_s, u"applicable"_s, u"yes"_s, u"no"_s));
    EXPECT_TRUE(has(u"A.7.6"_s, u"justification"_s, QString(), u"No secure areas."_s));
    EXPECT_TRUE(std::ranges::any_of(*changes, [](const SoaChange &change) {
        return change.id == u"AC-001" && change.kind == SoaChange::Kind::Added;
    }));

    // The other way round, the additional control is removed and the values swap.
    const auto back = SoaVersionService(*m_db).compare(SoaSide{}, SoaSide{1});
    ASSERT_TRUE(back.hasValue());
    EXPECT_EQ(back->size(), changes->size());
    EXPECT_TRUE(std::ranges::any_of(*back, [](const SoaChange &change) {
        return change.id == u"AC-001" && change.kind == SoaChange::Kind::Removed;
    }));
    const auto same = SoaVersionService(*m_db).compare(SoaSide{1}, SoaSide{1});
    ASSERT_TRUE(same.hasValue());
    EXPECT_TRUE(same->isEmpty());
}

TEST_F(SoaVersionServiceTest, ParsesSides)
{
    EXPECT_FALSE(SoaVersionService::parseSide(u"current"_s)->version.has_value());
    EXPECT_FALSE(SoaVersionService::parseSide(u"CURRENT"_s)->version.has_value());
    EXPECT_EQ(SoaVersionService::parseSide(u" 3 "_s)->version, 3);
    EXPECT_FALSE(SoaVersionService::parseSide(u"0"_s).hasValue());
    EXPECT_FALSE(SoaVersionService::parseSide(u"v2"_s).hasValue());
}

TEST_F(SoaVersionServiceTest, AnUnknownVersionIsNotFound)
{
    const auto none = SoaVersionService(*m_db).get(4);
    ASSERT_FALSE(none.hasValue());
    EXPECT_EQ(none.error().code, ErrorCode::NotFound);
    issue();
    const auto missing = SoaVersionService(*m_db).get(4);
    ASSERT_FALSE(missing.hasValue());
    EXPECT_TRUE(missing.error().message.contains(u"1 to 1"_s));
}

TEST_F(SoaVersionServiceTest, ListsVersionsOldestFirst)
{
    issue();
    setControl(u"5.1"_s, {{u"owner"_s, u"Board"_s}});
    issue(u"Owner of 5.1 named."_s);
    const auto versions = SoaVersionService(*m_db).list();
    ASSERT_TRUE(versions.hasValue());
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->at(0).number, 1);
    EXPECT_EQ(versions->at(1).number, 2);
    EXPECT_EQ(versions->at(1).changeSummary, u"Owner of 5.1 named."_s);
    EXPECT_TRUE(versions->at(1).entries.isEmpty());
    EXPECT_EQ((*SoaVersionService(*m_db).latest())->number, 2);
}

TEST_F(SoaVersionServiceTest, ACleanProjectWithVersionsHasNoFindings)
{
    issue();
    EXPECT_TRUE(versionFindings().isEmpty());
}

TEST_F(SoaVersionServiceTest, CheckFindsFrozenContentChangedOutsideTheProgram)
{
    issue();
    m_db.reset();
    test::TempProject::runSql(
        m_path,
        {u"UPDATE soa_version SET entries = replace(entries, '\"status\":\"not-started\"', "
         "'\"status\":\"implemented\"') WHERE number = 1"_s});
    const QStringList findings = versionFindings();
    ASSERT_EQ(findings.size(), 1) << qPrintable(findings.join(u'\n'));
    EXPECT_TRUE(findings.constFirst().contains(u"SHA-256"_s));
}

TEST_F(SoaVersionServiceTest, CheckFindsARehashedVersionByItsChangeLogEntry)
{
    issue();
    m_db.reset();
    // An attacker who also recomputes the hash of the changed content is still caught by the log.
    test::TempProject::runSql(m_path,
                              {u"UPDATE soa_version SET entries = '[]', sha256 = "
                               "'4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945' "
                               "WHERE number = 1"_s});
    const QStringList findings = versionFindings();
    ASSERT_EQ(findings.size(), 1) << qPrintable(findings.join(u'\n'));
    EXPECT_TRUE(findings.constFirst().contains(u"approval record"_s));
}

TEST_F(SoaVersionServiceTest, CheckFindsAnApproverChangedOrAVersionRemovedOrAdded)
{
    issue();
    m_db.reset();
    test::TempProject::runSql(m_path, {u"UPDATE soa_version SET approver = 'Someone Else'"_s});
    EXPECT_EQ(versionFindings().size(), 1);
    test::TempProject::runSql(m_path, {u"DELETE FROM soa_version"_s});
    const QStringList removed = versionFindings();
    ASSERT_EQ(removed.size(), 1);
    EXPECT_TRUE(removed.constFirst().contains(u"missing"_s));
    test::TempProject::runSql(m_path,
                              {u"INSERT INTO soa_version VALUES (1, '2026-01-01T00:00:00.000Z', 'X', "
                               "'2026-01-01', 'S', '[]', "
                               "'4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945')"_s,
                               u"INSERT INTO soa_version VALUES (2, '2026-01-01T00:00:00.000Z', 'X', "
                               "'2026-01-01', 'S', '[]', "
                               "'4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945')"_s});
    const QStringList forged = versionFindings();
    EXPECT_EQ(forged.size(), 2) << qPrintable(forged.join(u'\n'));
}

} // namespace
