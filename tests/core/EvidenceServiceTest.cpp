// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/EvidenceService.h"

#include "TempProject.h"
#include "domain/Entities.h"
#include "services/IntegrityService.h"
#include "services/RecordService.h"
#include "storage/ChangeLog.h"
#include "storage/EvidenceStore.h"
#include "storage/SqlHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

class EvidenceServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_temp.path(u"evidence.isms"_s);
        m_db = m_temp.create(u"evidence.isms"_s);
        ASSERT_TRUE(m_db);
    }

    /// Writes `bytes` to a file named `name` in the temporary folder and returns its path.
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_temp.path(name);
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return path;
    }

    qint64 count(const QString &sql) const { return sql::scalar(m_db->connection(), sql)->toLongLong(); }

    static QString valueOf(const Record &record, QStringView key)
    {
        return record.values.value(evidenceSpec().indexOf(key)).toString();
    }

    CheckReport check()
    {
        m_db.reset();
        auto report = IntegrityService::check(m_path);
        EXPECT_TRUE(report.hasValue());
        return report.hasValue() ? *report : CheckReport{};
    }

    static QStringList evidenceFindings(const CheckReport &report)
    {
        QStringList found;
        for (const CheckFinding &finding : report.findings) {
            if (finding.area == CheckFinding::Area::Evidence) {
                found.append(finding.message);
            }
        }
        return found;
    }

    test::TempProject m_temp;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// Text with a NUL and bytes above 0x7f; the length comes from the literal, never typed by hand.
const char BytesLiteral[] = "%PDF-1.4 policy signed by the board\n\x00\x01\x02\xff";
const QByteArray Bytes = QByteArray(BytesLiteral, sizeof(BytesLiteral) - 1);

TEST_F(EvidenceServiceTest, StoresTheFileWithItsHashNameSizeAndDates)
{
    const QString path = file(u"policy.pdf"_s, Bytes);
    const auto attached =
        EvidenceService(*m_db).attach(u"controls"_s,
                                      u"A.5.1"_s,
                                      path,
                                      {QDate(2026, 3, 31), QDate(2027, 3, 31), u"signed copy"_s});
    ASSERT_TRUE(attached.hasValue()) << qPrintable(attached.error().message);
    EXPECT_EQ(EntitySpec::refOf(*attached), u"EV-001"_s);
    EXPECT_EQ(valueOf(*attached, u"kind"), u"controls"_s);
    EXPECT_EQ(valueOf(*attached, u"record_ref"), u"5.1"_s);
    EXPECT_EQ(valueOf(*attached, u"name"), u"policy.pdf"_s);
    EXPECT_EQ(valueOf(*attached, u"media_type"), u"application/pdf"_s);
    EXPECT_EQ(valueOf(*attached, u"size").toLongLong(), Bytes.size());
    EXPECT_EQ(valueOf(*attached, u"sha256"),
              QString::fromLatin1(QCryptographicHash::hash(Bytes, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(valueOf(*attached, u"evidence_date"), u"2026-03-31"_s);
    EXPECT_EQ(valueOf(*attached, u"expires"), u"2027-03-31"_s);
    EXPECT_EQ(EvidenceService(*m_db).content(u"EV-001"_s).value(), Bytes);
    EXPECT_TRUE(check().isClean());
}

TEST_F(EvidenceServiceTest, StoresTheSameBytesOnceHoweverOftenAttached)
{
    const QString first = file(u"a.txt"_s, Bytes);
    const QString copy = file(u"b.txt"_s, Bytes);
    EvidenceService service(*m_db);
    ASSERT_TRUE(service.attach(u"controls"_s, u"5.1"_s, first).hasValue());
    ASSERT_TRUE(service.attach(u"controls"_s, u"5.2"_s, copy).hasValue());
    ASSERT_TRUE(service.attach(u"clauses"_s, u"4.3"_s, first).hasValue());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM evidence"_s), 3);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM evidence_blob"_s), 1);
    EXPECT_EQ(service.list(u"controls"_s, u"A.5.2"_s)->size(), 1);
    EXPECT_EQ(service.list()->size(), 3);
    // Removing one attachment keeps the bytes the others hold; removing the last drops them.
    RecordService records(*m_db, evidenceSpec());
    ASSERT_TRUE(records.remove({records.getByRef(u"EV-001"_s)->id}).hasValue());
    ASSERT_TRUE(records.remove({records.getByRef(u"EV-002"_s)->id}).hasValue());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM evidence_blob"_s), 1);
    ASSERT_TRUE(records.remove({records.getByRef(u"EV-003"_s)->id}).hasValue());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM evidence_blob"_s), 0);
    EXPECT_TRUE(check().isClean());
}

TEST_F(EvidenceServiceTest, RefusesAFileOverTheLimitAndStoresNothing)
{
    EvidenceService service(*m_db);
    EXPECT_EQ(service.sizeLimit().value(), EvidenceService::DefaultSizeLimit);
    ASSERT_TRUE(service.setSizeLimit(16).hasValue());
    const qint64 logRows = ChangeLog::count(*m_db).value();
    const auto refused = service.attach(u"controls"_s, u"5.1"_s, file(u"big.bin"_s, QByteArray(17, 'x')));
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(refused.error().code, ErrorCode::Io);
    EXPECT_TRUE(refused.error().message.contains(u"limit"_s)) << qPrintable(refused.error().message);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM evidence_blob"_s), 0);
    EXPECT_EQ(ChangeLog::count(*m_db).value(), logRows);
    EXPECT_TRUE(service.attach(u"controls"_s, u"5.1"_s, file(u"ok.bin"_s, QByteArray(16, 'x'))).hasValue());
    EXPECT_TRUE(check().isClean()) << "the changed limit is logged";
}

TEST_F(EvidenceServiceTest, RefusesMissingFilesFoldersAndUnknownTargetsInOneSentence)
{
    EvidenceService service(*m_db);
    const QString real = file(u"real.txt"_s, Bytes);
    const auto missing = service.attach(u"controls"_s, u"5.1"_s, m_temp.path(u"nope.pdf"_s));
    ASSERT_FALSE(missing.hasValue());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().message.contains(u"does not exist"_s));
    const auto folder = service.attach(u"controls"_s, u"5.1"_s, QDir::tempPath());
    ASSERT_FALSE(folder.hasValue());
    EXPECT_TRUE(folder.error().message.contains(u"folder"_s));
    const auto kind = service.attach(u"widgets"_s, u"5.1"_s, real);
    ASSERT_FALSE(kind.hasValue());
    EXPECT_EQ(kind.error().code, ErrorCode::InvalidArgument);
    const auto record = service.attach(u"risks"_s, u"R-042"_s, real);
    ASSERT_FALSE(record.hasValue());
    EXPECT_EQ(record.error().code, ErrorCode::NotFound);
    const auto dates = service.attach(u"controls"_s, u"5.1"_s, real, {QDate(2026, 5, 1), QDate(2026, 4, 1)});
    ASSERT_FALSE(dates.hasValue());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM evidence"_s) + count(u"SELECT COUNT(*) FROM evidence_blob"_s), 0);
}

TEST_F(EvidenceServiceTest, ExtractsTheStoredBytesExactly)
{
    QByteArray all;
    for (int i = 0; i < 256 * 4; ++i) {
        all.append(static_cast<char>(i % 256));
    }
    ASSERT_TRUE(EvidenceService(*m_db).attach(u"clauses"_s, u"4.3"_s, file(u"scope.bin"_s, all)).hasValue());
    const QString out = m_temp.path(u"out.bin"_s);
    ASSERT_TRUE(EvidenceService(*m_db).extract(u"EV-001"_s, out).hasValue());
    EXPECT_EQ(test::TempProject::readAll(out), all);
}

TEST_F(EvidenceServiceTest, StoresAndExtractsAnEmptyFile)
{
    ASSERT_TRUE(EvidenceService(*m_db).attach(u"clauses"_s, u"4.3"_s, file(u"empty.txt"_s, {})).hasValue());
    const QString out = m_temp.path(u"out.txt"_s);
    ASSERT_TRUE(EvidenceService(*m_db).extract(u"EV-001"_s, out).hasValue());
    EXPECT_TRUE(QFileInfo::exists(out));
    EXPECT_TRUE(test::TempProject::readAll(out).isEmpty());
    EXPECT_TRUE(check().isClean());
}

TEST_F(EvidenceServiceTest, CheckNamesTheEvidenceWhoseBytesWereAltered)
{
    ASSERT_TRUE(EvidenceService(*m_db).attach(u"controls"_s, u"5.1"_s, file(u"p.pdf"_s, Bytes)).hasValue());
    m_db.reset();
    test::TempProject::runSql(m_path, {u"UPDATE evidence_blob SET data = X'00112233'"_s});
    const QStringList findings = evidenceFindings(check());
    ASSERT_EQ(findings.size(), 1) << qPrintable(findings.join(u'\n'));
    EXPECT_TRUE(findings.constFirst().contains(u"EV-001 (p.pdf)"_s)) << qPrintable(findings.constFirst());
    m_db = Database::open(m_path, {}).value();
    const auto extracted = EvidenceService(*m_db).extract(u"EV-001"_s, m_temp.path(u"x.pdf"_s));
    ASSERT_FALSE(extracted.hasValue());
    EXPECT_TRUE(extracted.error().message.contains(u"SHA-256"_s));
}

TEST_F(EvidenceServiceTest, CheckFindsMissingBytesAndMissingRecords)
{
    Record risk = riskSpec().newRecord();
    risk.values[riskSpec().indexOf(u"title")] = u"Laptop theft"_s;
    ASSERT_TRUE(RecordService(*m_db, riskSpec()).create(risk).hasValue());
    ASSERT_TRUE(EvidenceService(*m_db).attach(u"risks"_s, u"R-001"_s, file(u"p.pdf"_s, Bytes)).hasValue());
    m_db.reset();
    test::TempProject::runSql(
        m_path,
        {u"PRAGMA foreign_keys = OFF"_s, u"DELETE FROM evidence_blob"_s, u"DELETE FROM risk"_s});
    const QString findings = evidenceFindings(check()).join(u'\n');
    EXPECT_TRUE(findings.contains(u"stored file of EV-001 (p.pdf) is missing"_s)) << qPrintable(findings);
    EXPECT_TRUE(findings.contains(u"risk R-001, which does not exist"_s)) << qPrintable(findings);
}

TEST_F(EvidenceServiceTest, LogsAttachAndRemovalAndHoldsThemToTheirHistory)
{
    ASSERT_TRUE(EvidenceService(*m_db).attach(u"controls"_s, u"5.1"_s, file(u"p.pdf"_s, Bytes)).hasValue());
    const auto created =
        sql::scalar(m_db->connection(),
                    u"SELECT new_value FROM change_log WHERE entity = 'evidence' ORDER BY seq DESC"_s);
    EXPECT_TRUE(created->toString().contains(EvidenceStore::hashOf(Bytes)));
    EXPECT_FALSE(created->toString().contains(u"policy signed"_s)) << "never the bytes";
    ASSERT_TRUE(EvidenceService(*m_db).attach(u"controls"_s, u"5.2"_s, file(u"q.pdf"_s, "other")).hasValue());
    RecordService records(*m_db, evidenceSpec());
    ASSERT_TRUE(records.remove({records.getByRef(u"EV-002"_s)->id}).hasValue());
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM change_log WHERE entity = 'evidence' AND new_value IS NULL"_s), 1);
    EXPECT_TRUE(check().isClean());
    // A row changed or added outside the program is found like any register's.
    test::TempProject::runSql(m_path, {u"UPDATE evidence SET name = 'forged.pdf'"_s});
    const CheckReport report = check();
    EXPECT_FALSE(report.isClean());
}

TEST_F(EvidenceServiceTest, ARemovalIsUndoneWithItsBytes)
{
    EvidenceService service(*m_db);
    const auto attached = service.attach(u"controls"_s, u"5.1"_s, file(u"p.pdf"_s, Bytes));
    ASSERT_TRUE(attached.hasValue());
    const auto removed = service.remove({attached->id});
    ASSERT_TRUE(removed.hasValue()) << qPrintable(removed.error().message);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM evidence_blob"_s), 0);
    ASSERT_TRUE(service.restore(*removed).hasValue());
    EXPECT_EQ(service.content(u"EV-001"_s).value(), Bytes);
    EXPECT_EQ(RecordService(*m_db, evidenceSpec()).get(attached->id)->values, attached->values);
    EXPECT_TRUE(check().isClean());
}

TEST_F(EvidenceServiceTest, FlagsExpiredEvidence)
{
    EvidenceService service(*m_db);
    const auto old = service.attach(u"controls"_s,
                                    u"5.1"_s,
                                    file(u"a.pdf"_s, Bytes),
                                    {QDate(2025, 1, 1), QDate(2025, 12, 31)});
    ASSERT_TRUE(old.hasValue());
    EXPECT_TRUE(EvidenceService::isExpired(*old, QDate(2026, 1, 1)));
    EXPECT_FALSE(EvidenceService::isExpired(*old, QDate(2025, 12, 31)));
    const auto open = service.attach(u"controls"_s, u"5.1"_s, file(u"b.pdf"_s, Bytes));
    EXPECT_FALSE(EvidenceService::isExpired(*open, QDate(2099, 1, 1)));
}

TEST_F(EvidenceServiceTest, CheckPointsOutExpiredEvidenceWithoutFindingAFault)
{
    EvidenceService service(*m_db);
    ASSERT_TRUE(service
                    .attach(u"controls"_s,
                            u"8.13"_s,
                            file(u"backup-test.log"_s, Bytes),
                            {QDate(2019, 1, 31), QDate(2020, 1, 31)})
                    .hasValue());
    ASSERT_TRUE(service.attach(u"controls"_s, u"5.1"_s, file(u"policy.pdf"_s, "current")).hasValue());
    const auto points = EvidenceService::expiredPoints(*m_db, QDate(2026, 11, 23));
    ASSERT_TRUE(points.hasValue());
    ASSERT_EQ(points->size(), 1) << qPrintable(points->join(u'\n'));
    EXPECT_EQ(points->constFirst().toStdString(),
              "The evidence EV-001 (backup-test.log) of Annex A control A.8.13 expired on 2020-01-31; attach "
              "current evidence, or remove it once it is no longer needed.");
    EXPECT_TRUE(EvidenceService::expiredPoints(*m_db, QDate(2020, 1, 31))->isEmpty())
        << "it proves its record through its expiry date";

    const CheckReport report = check();
    EXPECT_TRUE(report.isClean()) << "expired evidence leaves the file sound";
    QStringList readiness;
    for (const CheckFinding &point : report.readiness) {
        if (point.area == CheckFinding::Area::Evidence) {
            readiness.append(point.message);
        }
    }
    EXPECT_EQ(readiness, *points);
}

TEST_F(EvidenceServiceTest, CountsTheEvidenceOfEachRecordForReports)
{
    EvidenceService service(*m_db);
    EXPECT_TRUE(service.countsByRecord(u"controls"_s)->isEmpty());
    const QString path = file(u"p.pdf"_s, Bytes);
    ASSERT_TRUE(service.attach(u"controls"_s, u"A.5.1"_s, path).hasValue());
    ASSERT_TRUE(service.attach(u"controls"_s, u"5.1"_s, file(u"q.pdf"_s, "other")).hasValue());
    ASSERT_TRUE(service.attach(u"controls"_s, u"8.13"_s, path).hasValue());
    ASSERT_TRUE(service.attach(u"clauses"_s, u"4.3"_s, path).hasValue());
    const auto controls = service.countsByRecord(u"controls"_s);
    ASSERT_TRUE(controls.hasValue());
    EXPECT_EQ(*controls, (QHash<QString, int>{{u"5.1"_s, 2}, {u"8.13"_s, 1}}));
    EXPECT_EQ(service.countsByRecord(u"clauses"_s).value(), (QHash<QString, int>{{u"4.3"_s, 1}}));
    EXPECT_TRUE(service.countsByRecord(u"risks"_s)->isEmpty());
    const auto unknown = service.countsByRecord(u"widgets"_s);
    ASSERT_FALSE(unknown.hasValue());
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidArgument);
}

TEST_F(EvidenceServiceTest, ListsTheEvidenceOfOneRegisterWhenNoRecordIsNamed)
{
    EvidenceService service(*m_db);
    EXPECT_TRUE(service.list(u"controls"_s).value().isEmpty()) << "no evidence yet is no error";
    const QString path = file(u"p.pdf"_s, Bytes);
    ASSERT_TRUE(service.attach(u"controls"_s, u"5.1"_s, path).hasValue());
    ASSERT_TRUE(service.attach(u"clauses"_s, u"4.3"_s, path).hasValue());
    ASSERT_TRUE(service.attach(u"controls"_s, u"8.13"_s, path).hasValue());
    const auto controls = service.list(u"controls"_s);
    ASSERT_TRUE(controls.hasValue()) << qPrintable(controls.error().message);
    ASSERT_EQ(controls->size(), 2);
    EXPECT_EQ(valueOf(controls->at(0), u"record_ref"), u"5.1"_s);
    EXPECT_EQ(valueOf(controls->at(1), u"record_ref"), u"8.13"_s);
    EXPECT_EQ(service.list(u"widgets"_s).error().code, ErrorCode::InvalidArgument);
}

TEST_F(EvidenceServiceTest, AttachesBytesTheProgramHoldsUnderTheLimit)
{
    EvidenceService service(*m_db);
    const auto attached = service.attachData(u"controls"_s,
                                             u"5.15"_s,
                                             u"access-review.csv"_s,
                                             "user,decision\nalice,keep\n",
                                             {QDate(2026, 9, 30), {}, {}});
    ASSERT_TRUE(attached.hasValue()) << qPrintable(attached.error().message);
    EXPECT_EQ(valueOf(*attached, u"name"), u"access-review.csv"_s);
    EXPECT_EQ(valueOf(*attached, u"media_type"), u"text/csv"_s);
    EXPECT_EQ(service.content(EntitySpec::refOf(*attached)).value(), "user,decision\nalice,keep\n");
    ASSERT_TRUE(service.setSizeLimit(4).hasValue());
    const auto refused = service.attachData(u"controls"_s, u"5.15"_s, u"big.txt"_s, "12345");
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"big.txt"_s));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM evidence"_s), 1);
    EXPECT_TRUE(check().isClean());
}

TEST_F(EvidenceServiceTest, RecordsWithEvidenceAreNotRemovedOrRenamed)
{
    RecordService risks(*m_db, riskSpec());
    Record risk = riskSpec().newRecord();
    risk.values[riskSpec().indexOf(u"title")] = u"Laptop theft"_s;
    const auto id = risks.create(risk);
    ASSERT_TRUE(id.hasValue()) << qPrintable(id.error().message);
    ASSERT_TRUE(EvidenceService(*m_db).attach(u"risks"_s, u"R-001"_s, file(u"p.pdf"_s, Bytes)).hasValue());
    const auto removed = risks.remove({*id});
    ASSERT_FALSE(removed.hasValue());
    EXPECT_TRUE(removed.error().message.contains(u"EV-001"_s)) << qPrintable(removed.error().message);
    const auto renamed = risks.update(*id, {{u"ref"_s, u"R-100"_s}});
    ASSERT_FALSE(renamed.hasValue());
    EXPECT_TRUE(renamed.error().message.contains(u"EV-001"_s));
    EXPECT_TRUE(risks.get(*id).hasValue());
}

TEST_F(EvidenceServiceTest, TheFrameworkRefusesToAddOrImportEvidenceWithoutItsFile)
{
    RecordService records(*m_db, evidenceSpec());
    const auto added = records.create(evidenceSpec().newRecord());
    ASSERT_FALSE(added.hasValue());
    EXPECT_TRUE(added.error().message.contains(u"attach"_s));
    const auto imported = records.importRecords({evidenceSpec().newRecord()}, {});
    ASSERT_FALSE(imported.hasValue());
    // Nor is a removal put back without the bytes (EvidenceService::restore does that).
    ASSERT_TRUE(EvidenceService(*m_db).attach(u"controls"_s, u"5.1"_s, file(u"p.pdf"_s, Bytes)).hasValue());
    const auto removed = records.remove({records.getByRef(u"EV-001"_s)->id});
    ASSERT_TRUE(removed.hasValue());
    EXPECT_FALSE(records.restore(*removed).hasValue());
}

} // namespace
