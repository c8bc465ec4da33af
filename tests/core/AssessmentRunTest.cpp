// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/AssessmentRules.h"
#include "services/AssessmentRunService.h"
#include "services/FrozenSnapshot.h"
#include "services/IntegrityService.h"
#include "services/ReadinessCheck.h"
#include "services/RecordService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

class AssessmentRunTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_temp.path(u"runs.isms"_s);
        m_db = m_temp.create(u"runs.isms"_s);
        ASSERT_TRUE(m_db);
        RecordService risks(*m_db, riskSpec());
        Record risk = riskSpec().newRecord();
        risk.values[riskSpec().indexOf(u"title")] = u"Laptop stolen, with customer data"_s;
        risk.values[riskSpec().indexOf(u"owner")] = u"Head of IT"_s;
        risk.values[riskSpec().indexOf(u"likelihood")] = qint64(4);
        risk.values[riskSpec().indexOf(u"impact")] = qint64(4);
        const auto id = risks.create(risk);
        ASSERT_TRUE(id.hasValue()) << qPrintable(id.error().message);
        m_riskId = *id;
    }

    AssessmentRun record(const QDate &date = QDate::currentDate().addDays(-10))
    {
        auto run = AssessmentRunService(*m_db).record(
            {.scope = u"Whole ISMS"_s, .performedBy = u"Dana Example"_s, .date = date, .notes = {}});
        EXPECT_TRUE(run.hasValue()) << qPrintable(run ? QString() : run.error().message);
        return run ? *run : AssessmentRun{};
    }

    QStringList runFindings()
    {
        m_db.reset();
        const auto report = IntegrityService::check(m_path);
        EXPECT_TRUE(report.hasValue());
        QStringList found;
        for (const CheckFinding &finding : report.hasValue() ? report->findings : QList<CheckFinding>()) {
            if (finding.area == CheckFinding::Area::AssessmentRuns
                || finding.area == CheckFinding::Area::ValueHistory) {
                found.append(finding.message);
            }
        }
        return found;
    }

    /// Changes the file through a second connection while the program's own is open.
    void updateOutOfBand(const QString &statement)
    {
        const QString name = u"out-of-band-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            other.setDatabaseName(m_path);
            ASSERT_TRUE(other.open());
            QSqlQuery query(other);
            ASSERT_TRUE(query.exec(statement)) << qPrintable(query.lastError().text());
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QStringList rulesFound(const QDate &today)
    {
        const auto found = AssessmentRules::findings(*m_db, today);
        EXPECT_TRUE(found.hasValue() && found->has_value());
        QStringList rules;
        for (const AssessmentFinding &finding :
             found.hasValue() && *found ? **found : QList<AssessmentFinding>()) {
            rules.append(finding.rule + u' ' + finding.ref);
        }
        return rules;
    }

    RecordId addChange(const QHash<QString, QVariant> &values)
    {
        const EntitySpec &spec = plannedChangeSpec();
        Record change = spec.newRecord();
        change.values[spec.indexOf(u"title")] = u"Single sign-on, everywhere"_s;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            change.values[spec.indexOf(it.key())] = it.value();
        }
        const auto id = RecordService(*m_db, spec).create(change);
        EXPECT_TRUE(id.hasValue()) << qPrintable(id ? QString() : id.error().message);
        return id ? *id : RecordId{};
    }

    test::TempProject m_temp;
    QString m_path;
    std::unique_ptr<Database> m_db;
    RecordId m_riskId;
};

TEST(FrozenSnapshotTest, CanonicalJsonSortsKeysAndHashesStably)
{
    const QJsonObject object{{u"b"_s, 1}, {u"a"_s, QJsonArray{u"x"_s, true}}};
    EXPECT_EQ(FrozenSnapshot::canonicalJson(object), QByteArray(R"({"a":["x",true],"b":1})"));
    EXPECT_EQ(FrozenSnapshot::sha256Of("abc"),
              u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
}

TEST_F(AssessmentRunTest, ARunFreezesTheRegisterWithItsMethodAndIsLogged)
{
    const AssessmentRun run = record();
    EXPECT_EQ(run.ref, u"RUN-001"_s);
    EXPECT_EQ(run.scope, u"Whole ISMS"_s);
    EXPECT_EQ(run.sha256.size(), 64);
    ASSERT_EQ(run.data.risks.size(), 1);
    EXPECT_EQ(run.data.risks.constFirst().title, u"Laptop stolen, with customer data"_s);
    EXPECT_GT(run.data.risks.constFirst().current.level, 0);
    EXPECT_EQ(run.data.overview.method, RiskMethod::defaults());
    EXPECT_EQ(run.record.values.at(assessmentRunSpec().indexOf(u"risk_count")).toLongLong(), 1);

    // Later changes to the register leave the run as it was.
    ASSERT_TRUE(RecordService(*m_db, riskSpec()).update(m_riskId, {{u"title"_s, u"Renamed"_s}}).hasValue());
    const auto again = AssessmentRunService(*m_db).get(run.record.id);
    ASSERT_TRUE(again.hasValue());
    EXPECT_EQ(again->data.risks.constFirst().title, u"Laptop stolen, with customer data"_s);

    const auto logged = ChangeLog::entries(*m_db, ChangeLogQuery{AssessmentRunService::logEntity(), {}, 0});
    ASSERT_TRUE(logged.hasValue());
    ASSERT_EQ(logged->size(), 1);
    EXPECT_TRUE(logged->constFirst().newValue->contains(run.sha256));
    EXPECT_TRUE(runFindings().isEmpty());
}

TEST_F(AssessmentRunTest, ARunCannotBeChangedRemovedOrAddedThroughTheFramework)
{
    const AssessmentRun run = record();
    RecordService runs(*m_db, assessmentRunSpec());
    const auto changed = runs.update(run.record.id, {{u"scope"_s, u"Something else"_s}});
    ASSERT_FALSE(changed.hasValue());
    EXPECT_TRUE(changed.error().message.contains(u"cannot be changed"_s));
    const auto removed = runs.remove({run.record.id});
    ASSERT_FALSE(removed.hasValue());
    EXPECT_TRUE(removed.error().message.contains(u"cannot be changed or removed"_s));
    EXPECT_FALSE(runs.create(assessmentRunSpec().newRecord()).hasValue());
    EXPECT_EQ(runs.all()->size(), 1);
}

TEST_F(AssessmentRunTest, BadInputIsRefusedInOneSentenceAndNothingIsSaved)
{
    AssessmentRunService service(*m_db);
    const auto noScope =
        service.record({.scope = u"  "_s, .performedBy = u"Dana"_s, .date = {}, .notes = {}});
    ASSERT_FALSE(noScope.hasValue());
    EXPECT_TRUE(noScope.error().message.contains(u"scope"_s));
    const auto noOne = service.record({.scope = u"All"_s, .performedBy = {}, .date = {}, .notes = {}});
    ASSERT_FALSE(noOne.hasValue());
    const auto future = service.record(
        {.scope = u"All"_s, .performedBy = u"Dana"_s, .date = QDate::currentDate().addDays(3), .notes = {}});
    ASSERT_FALSE(future.hasValue());
    EXPECT_TRUE(future.error().message.contains(u"future"_s));
    EXPECT_EQ(RecordService(*m_db, assessmentRunSpec()).all()->size(), 0);

    // Markup is kept as typed, never interpreted.
    const auto markup = service.record(
        {.scope = u"<b>All</b>, \"quoted\""_s, .performedBy = u"Dana"_s, .date = {}, .notes = {}});
    ASSERT_TRUE(markup.hasValue()) << qPrintable(markup.error().message);
    EXPECT_EQ(markup->scope, u"<b>All</b>, \"quoted\""_s);
}

TEST_F(AssessmentRunTest, CheckFindsTheFrozenRegisterEditedThroughASecondConnection)
{
    record();
    updateOutOfBand(u"UPDATE assessment_run_snapshot SET content = replace(content, 'Laptop', 'Tablet')"_s);
    const QStringList findings = runFindings();
    ASSERT_EQ(findings.size(), 1) << qPrintable(findings.join(u'\n'));
    EXPECT_TRUE(findings.constFirst().contains(u"RUN-001"_s));
    EXPECT_TRUE(findings.constFirst().contains(u"SHA-256"_s));
}

TEST_F(AssessmentRunTest, CheckFindsARehashedRegisterByTheChangeLog)
{
    record();
    // Both hashes recomputed for the new content: the log still holds the old one.
    const QByteArray content = "{}";
    const QString hash = FrozenSnapshot::sha256Of(content);
    updateOutOfBand(u"UPDATE assessment_run_snapshot SET content = '{}', sha256 = '%1'"_s.arg(hash));
    updateOutOfBand(u"UPDATE assessment_run SET sha256 = '%1'"_s.arg(hash));
    const QStringList findings = runFindings();
    ASSERT_EQ(findings.size(), 2) << qPrintable(findings.join(u'\n'));
    EXPECT_TRUE(findings.join(u'\n').contains(u"logged when it was frozen"_s));
}

TEST_F(AssessmentRunTest, CheckFindsARunEditedOrRemoved)
{
    record();
    updateOutOfBand(u"UPDATE assessment_run SET scope = 'Only the office'"_s);
    EXPECT_EQ(runFindings().size(), 1);
    m_db = Database::open(m_path, {}).value();
    updateOutOfBand(u"DELETE FROM assessment_run_snapshot"_s);
    const QStringList findings = runFindings();
    EXPECT_TRUE(findings.join(u'\n').contains(u"missing from the project"_s))
        << qPrintable(findings.join(u'\n'));
    EXPECT_TRUE(findings.join(u'\n').contains(u"has no frozen register"_s));
}

TEST_F(AssessmentRunTest, NoRunFailsAndARunPassesTheNoneRule)
{
    const QDate today = QDate::currentDate();
    EXPECT_EQ(rulesFound(today), QStringList{u"R-ASSESSMENT-NONE "_s});
    record();
    EXPECT_TRUE(rulesFound(today).isEmpty());
}

TEST_F(AssessmentRunTest, ARunOlderThanTheMethodsIntervalIsOverdue)
{
    const QDate today = QDate::currentDate();
    record(today.addMonths(-13));
    EXPECT_EQ(rulesFound(today), QStringList{u"R-ASSESSMENT-OVERDUE RUN-001"_s});
    EXPECT_EQ(*AssessmentRules::nextRunDue(*m_db).value(), today.addMonths(-1));
    record(today.addMonths(-11));
    EXPECT_TRUE(rulesFound(today).isEmpty());
}

TEST_F(AssessmentRunTest, ASignificantChangeImplementedAfterTheLatestRunCallsForANewOne)
{
    const QDate today = QDate::currentDate();
    record(today.addDays(-60));
    addChange({{u"triggers_reassessment"_s, u"no"_s}, {u"implemented_date"_s, today.addDays(-5)}});
    addChange({{u"triggers_reassessment"_s, u"yes"_s}, {u"implemented_date"_s, today.addDays(-90)}});
    EXPECT_TRUE(rulesFound(today).isEmpty()); // not significant, or covered by the run
    addChange({{u"triggers_reassessment"_s, u"yes"_s}, {u"implemented_date"_s, today.addDays(-5)}});
    addChange({{u"triggers_reassessment"_s, u"yes"_s},
               {u"status"_s, u"done"_s},
               {u"planned_date"_s, today.addDays(-3)}});
    EXPECT_EQ(rulesFound(today),
              (QStringList{u"R-REASSESSMENT-DUE PC-003"_s, u"R-REASSESSMENT-DUE PC-004"_s}));
    const auto report = ReadinessCheck::run(*m_db, today);
    ASSERT_TRUE(report.hasValue());
    const auto finding = std::find_if(report->findings.cbegin(), report->findings.cend(), [](const auto &f) {
        return f.rule == u"R-REASSESSMENT-DUE"_s;
    });
    ASSERT_NE(finding, report->findings.cend());
    EXPECT_EQ(finding->entity, u"planned_change"_s);
    EXPECT_EQ(finding->id, u"PC-003"_s);
    EXPECT_TRUE(finding->message.contains(u"Single sign-on, everywhere"_s));

    // A new run covers them.
    record(today);
    EXPECT_TRUE(rulesFound(today).isEmpty());
}

TEST_F(AssessmentRunTest, AnImplementationDateInTheFutureIsRefused)
{
    const EntitySpec &spec = plannedChangeSpec();
    Record change = spec.newRecord();
    change.values[spec.indexOf(u"title")] = u"Later"_s;
    change.values[spec.indexOf(u"implemented_date")] = QDate::currentDate().addDays(10);
    const auto refused = RecordService(*m_db, spec).create(change);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"future"_s));
}

} // namespace
