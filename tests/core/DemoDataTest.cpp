// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoData.h"

#include "TempProject.h"
#include "domain/Entities.h"
#include "domain/RiskMethod.h"
#include "services/AssetGraph.h"
#include "services/DemoSoaHistory.h"
#include "services/EvidenceService.h"
#include "services/IntegrityService.h"
#include "services/PeopleRules.h"
#include "services/RaciMatrix.h"
#include "services/RecordService.h"
#include "services/SoaVersionService.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 11, 23);

/// The demo project's registers, filled once per test.
class DemoDataTest : public ::testing::Test
{
protected:
    /// Creates a demo of `riskCount` risks and keeps it open.
    void fill(int riskCount = DemoData::RiskCount)
    {
        m_db = m_temp.create(u"demo.isms"_s, DemoData::organisation());
        ASSERT_NE(m_db, nullptr);
        const auto filled = DemoData::fill(*m_db, Today, riskCount);
        ASSERT_TRUE(filled.hasValue()) << qPrintable(filled.error().message);
    }

    QList<Record> all(const EntitySpec &spec) const
    {
        const auto records = RecordService(*m_db, spec).all();
        EXPECT_TRUE(records.hasValue());
        return records ? *records : QList<Record>();
    }

    static QVariant valueOf(const EntitySpec &spec, const Record &record, QStringView key)
    {
        return record.values.at(spec.indexOf(key));
    }

    test::TempProject m_temp;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(DemoDataTest, HoldsAMidSizeCompanysRegisters)
{
    fill();
    const QList<Record> assets = all(assetSpec());
    EXPECT_EQ(assets.size(), 40);
    QSet<QString> types;
    for (const Record &asset : assets) {
        types.insert(valueOf(assetSpec(), asset, u"type").toString());
    }
    EXPECT_EQ(types.size(), 7) << "every asset type is represented";
    EXPECT_GE(all(assetDependencySpec()).size(), 40);
    EXPECT_EQ(all(riskSpec()).size(), 60);
    EXPECT_GE(all(riskAssetSpec()).size(), 60);
    EXPECT_GE(all(treatmentTaskSpec()).size(), 60);
    const auto cycles = AssetGraph::cycles(*m_db);
    ASSERT_TRUE(cycles.hasValue());
    EXPECT_TRUE(cycles->isEmpty()) << qPrintable(cycles->join(u"; "_s));
}

TEST_F(DemoDataTest, RisksAreRatedTreatedAndMostlySignedOff)
{
    fill();
    const EntitySpec &spec = riskSpec();
    const RiskMethod method = RiskMethod::defaults();
    QSet<QString> treatments;
    int signedOff = 0;
    int awaiting = 0;
    for (const Record &risk : all(spec)) {
        const QString ref = EntitySpec::refOf(risk);
        EXPECT_FALSE(valueOf(spec, risk, u"owner").toString().isEmpty()) << qPrintable(ref);
        EXPECT_TRUE(valueOf(spec, risk, u"threat").toLongLong() > 0) << qPrintable(ref);
        EXPECT_TRUE(valueOf(spec, risk, u"vulnerability").toLongLong() > 0) << qPrintable(ref);
        EXPECT_GT(valueOf(spec, risk, u"level_rank").toInt(), 0) << qPrintable(ref);
        EXPECT_GT(valueOf(spec, risk, u"residual_level_rank").toInt(), 0) << qPrintable(ref);
        EXPECT_GT(valueOf(spec, risk, u"next_review").toDate(), Today) << qPrintable(ref);
        treatments.insert(valueOf(spec, risk, u"treatment").toString());
        if (valueOf(spec, risk, u"signoff_by").toString().isEmpty()) {
            ++awaiting;
            continue;
        }
        ++signedOff;
        EXPECT_LE(valueOf(spec, risk, u"signoff_date").toDate(), Today) << qPrintable(ref);
        if (method.needsRationale(valueOf(spec, risk, u"residual_level_rank").toInt())) {
            EXPECT_FALSE(valueOf(spec, risk, u"acceptance_rationale").toString().isEmpty())
                << qPrintable(ref);
        }
    }
    EXPECT_EQ(treatments, (QSet<QString>{u"modify"_s, u"retain"_s, u"share"_s, u"avoid"_s}));
    EXPECT_GT(signedOff, 40) << "most risks are signed off";
    EXPECT_GE(awaiting, 3) << "a few still await their owner's sign-off";
}

TEST_F(DemoDataTest, LinksNameExistingAndPlannedControlsAndTasksAreDueAroundToday)
{
    fill();
    QSet<QString> roles;
    for (const Record &link : all(riskControlSpec())) {
        roles.insert(valueOf(riskControlSpec(), link, u"role").toString());
    }
    EXPECT_EQ(roles, (QSet<QString>{u"existing"_s, u"planned"_s}));

    const EntitySpec &spec = treatmentTaskSpec();
    int overdue = 0;
    int done = 0;
    int ahead = 0;
    for (const Record &task : all(spec)) {
        EXPECT_FALSE(valueOf(spec, task, u"owner").toString().isEmpty());
        const QDate due = valueOf(spec, task, u"due_date").toDate();
        const QString status = valueOf(spec, task, u"status").toString();
        done += status == u"done" ? 1 : 0;
        overdue += status != u"done" && due < Today ? 1 : 0;
        ahead += status != u"done" && due >= Today ? 1 : 0;
    }
    EXPECT_GE(overdue, 5);
    EXPECT_GE(done, 10);
    EXPECT_GE(ahead, 10);
}

TEST_F(DemoDataTest, TheDemoPassesTheIntegrityCheck)
{
    fill();
    const QString path = m_db->path();
    m_db.reset();
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

TEST_F(DemoDataTest, AttachesEvidenceToControlsAndARiskWithOneExpiredFile)
{
    fill();
    EvidenceService service(*m_db);
    const QList<Record> evidence = service.list().value();
    const EntitySpec &spec = evidenceSpec();
    QStringList targets;
    QStringList expired;
    for (const Record &file : evidence) {
        const QString target =
            valueOf(spec, file, u"kind").toString() + u' ' + valueOf(spec, file, u"record_ref").toString();
        targets.append(target);
        const QDate from = valueOf(spec, file, u"evidence_date").toDate();
        EXPECT_TRUE(from.isValid() && from <= Today) << qPrintable(target);
        if (EvidenceService::isExpired(file, Today)) {
            expired.append(target + u' ' + valueOf(spec, file, u"name").toString());
        }
        EXPECT_GT(valueOf(spec, file, u"size").toLongLong(), 100) << qPrintable(target);
    }
    EXPECT_EQ(targets,
              (QStringList{u"controls 5.15"_s,
                           u"controls 8.13"_s,
                           u"controls 5.1"_s,
                           u"controls 5.1"_s,
                           u"controls 6.3"_s,
                           u"risks R-001"_s,
                           // top management's duties, all but LD-006 (a gap on purpose)
                           u"leadership-duties LD-001"_s,
                           u"leadership-duties LD-002"_s,
                           u"leadership-duties LD-003"_s,
                           u"leadership-duties LD-004"_s,
                           u"leadership-duties LD-005"_s,
                           u"leadership-duties LD-007"_s,
                           u"leadership-duties LD-008"_s}));
    EXPECT_EQ(expired, QStringList{u"controls 6.3 awareness-training-attendance.csv"_s});
    EXPECT_EQ(service.countsByRecord(u"controls"_s)->value(u"5.1"_s), 2);

    // The policy is a real one-page PDF.
    const Record policy = service.list(u"controls"_s, u"5.1"_s)->constFirst();
    EXPECT_EQ(valueOf(spec, policy, u"media_type").toString(), u"application/pdf"_s);
    const QByteArray pdf = service.content(EntitySpec::refOf(policy)).value();
    EXPECT_TRUE(pdf.startsWith("%PDF-1.4\n") && pdf.endsWith("%%EOF\n"));
    if (const QString qpdf = QStandardPaths::findExecutable(u"qpdf"_s); !qpdf.isEmpty()) {
        const QString path = m_temp.path(u"policy.pdf"_s);
        ASSERT_TRUE(service.extract(EntitySpec::refOf(policy), path).hasValue());
        QProcess process;
        process.start(qpdf, {u"--check"_s, path});
        ASSERT_TRUE(process.waitForFinished(60000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardOutput().toStdString();
    }

    const QString path = m_db->path();
    m_db.reset();
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

TEST_F(DemoDataTest, TheSameDayWritesTheSameEvidence)
{
    fill();
    QStringList first;
    for (const Record &file : EvidenceService(*m_db).list().value()) {
        first.append(valueOf(evidenceSpec(), file, u"sha256").toString());
    }
    m_db.reset();
    test::TempProject other;
    auto db = other.create(u"again.isms"_s, DemoData::organisation());
    ASSERT_NE(db, nullptr);
    ASSERT_TRUE(DemoData::fill(*db, Today).hasValue());
    QStringList second;
    for (const Record &file : EvidenceService(*db).list().value()) {
        second.append(valueOf(evidenceSpec(), file, u"sha256").toString());
    }
    EXPECT_EQ(first, second);
    EXPECT_EQ(first.size(), 13);
}

TEST_F(DemoDataTest, ScalesToTheNumberOfRisksAskedFor)
{
    fill(150); // two whole units of 60 risks and half of a third
    const QList<Record> risks = all(riskSpec());
    EXPECT_EQ(risks.size(), 150);
    EXPECT_EQ(all(assetSpec()).size(), 3 * 40);
    EXPECT_EQ(all(assetDependencySpec()).size(), 3 * 46);
    const qsizetype tasks = all(treatmentTaskSpec()).size();
    EXPECT_GT(tasks, 2 * 67);
    EXPECT_LT(tasks, 3 * 67);
    QSet<QString> refs;
    QSet<QString> titles;
    for (const Record &risk : risks) {
        refs.insert(EntitySpec::refOf(risk));
        titles.insert(valueOf(riskSpec(), risk, u"title").toString());
    }
    EXPECT_EQ(refs.size(), 150) << "references stay unique";
    EXPECT_EQ(titles.size(), 150) << "each branch names its own risks";
    EXPECT_TRUE(refs.contains(u"R-150"_s));
    const auto cycles = AssetGraph::cycles(*m_db);
    ASSERT_TRUE(cycles.hasValue());
    EXPECT_TRUE(cycles->isEmpty());

    const QString path = m_db->path();
    m_db.reset();
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

TEST_F(DemoDataTest, ASmallScaleKeepsTheFirstRisks)
{
    fill(5);
    EXPECT_EQ(all(riskSpec()).size(), 5);
    EXPECT_EQ(all(assetSpec()).size(), 40);
    for (const Record &link : all(riskAssetSpec())) {
        EXPECT_GT(valueOf(riskAssetSpec(), link, u"risk").toLongLong(), 0);
    }
}

TEST_F(DemoDataTest, RefusesARiskCountOutsideItsRange)
{
    m_db = m_temp.create(u"demo.isms"_s, DemoData::organisation());
    for (const int count : {0, -3, DemoData::MaxRiskCount + 1}) {
        const auto filled = DemoData::fill(*m_db, Today, count);
        ASSERT_FALSE(filled.hasValue()) << count;
        EXPECT_EQ(filled.error().code, ErrorCode::InvalidArgument);
    }
    EXPECT_TRUE(all(riskSpec()).isEmpty()) << "nothing is written";
}

TEST_F(DemoDataTest, HasOneIssuedSoaVersionAndASecondInProgress)
{
    fill();
    SoaVersionService versions(*m_db);
    const auto list = versions.list();
    ASSERT_TRUE(list.hasValue());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->constFirst().approver, DemoSoaHistory::approver());
    EXPECT_EQ(list->constFirst().approvalDate, Today.addDays(-45));
    const auto changes = versions.compare(SoaSide{1}, SoaSide{});
    ASSERT_TRUE(changes.hasValue());
    QSet<QString> changed;
    for (const SoaChange &change : *changes) {
        changed.insert(change.id);
    }
    EXPECT_EQ(changed, (QSet<QString>{u"A.5.23"_s, u"A.8.11"_s, u"A.8.12"_s}));
    const auto frozen = versions.get(1);
    ASSERT_TRUE(frozen.hasValue());
    EXPECT_EQ(frozen->entries.size(), 93);
    EXPECT_EQ(frozen->entries.constLast().id, u"A.8.34"_s);
}

TEST_F(DemoDataTest, HoldsPeopleRolesARaciMatrixAndSupportWithOneGap)
{
    fill();
    const QList<Record> people = all(personSpec());
    EXPECT_EQ(people.size(), 8);
    int top = 0;
    for (const Record &person : people) {
        top += valueOf(personSpec(), person, u"top_management").toBool() ? 1 : 0;
    }
    EXPECT_EQ(top, 2);
    const QList<Record> roles = all(roleSpec());
    EXPECT_EQ(roles.size(), 8);
    const auto matrix = RaciMatrix::load(*m_db);
    ASSERT_TRUE(matrix.hasValue());
    EXPECT_EQ(matrix->activities().size(), 9);
    EXPECT_EQ(matrix->roles().size(), 8);
    EXPECT_FALSE(all(competenceSpec()).isEmpty());
    QSet<QString> campaigns;
    for (const Record &training : all(trainingSpec())) {
        campaigns.insert(valueOf(trainingSpec(), training, u"campaign").toString());
    }
    EXPECT_EQ(campaigns.size(), 2) << "one awareness campaign, and trainings outside any";
    EXPECT_GE(all(communicationSpec()).size(), 4);

    const auto findings = PeopleRules::findings(*m_db, Today);
    ASSERT_TRUE(findings.hasValue());
    QStringList points;
    for (const PeopleFinding &finding : *findings) {
        points.append(finding.rule + u' ' + finding.ref);
    }
    EXPECT_EQ(points, QStringList{u"R-RACI-ACCOUNTABLE PR-006"_s}) << "the deliberate gap: payroll";
}
