// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness rules of performance evaluation (9.1) and the improvement log (10.1): one passing and
// one failing case each.
#include "services/MetricRules.h"

#include "RecordValues.h"
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/ReadinessCheck.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

using test::recordOf;
using test::Values;

RecordId create(Database &db, const EntitySpec &spec, const Values &values)
{
    const auto id = RecordService(db, spec).create(recordOf(spec, values));
    EXPECT_TRUE(id.hasValue()) << qPrintable(id ? QString() : id.error().message);
    return id ? *id : RecordId{};
}

/// "RULE REF" of every finding of the performance rules on `today`.
QStringList pointsOf(const Database &db, const QDate &today)
{
    QStringList points;
    const auto report = ReadinessCheck::run(db, today);
    EXPECT_TRUE(report.hasValue());
    if (!report) {
        return points;
    }
    for (const ReadinessFinding &finding : report->findings) {
        if (ReadinessCheck::providerOf(finding.rule)->area == u"performance") {
            points.append(finding.rule + u' ' + finding.id);
        }
    }
    return points;
}

class MetricRulesTest : public ::testing::Test
{
protected:
    void SetUp() override { db = temp.create(); }

    RecordId metric(const Values &extra = {})
    {
        Values values{{u"name"_s, u"Click rate"_s}, {u"target"_s, u"5"_s}, {u"direction"_s, u"at-most"_s}};
        values.append(extra);
        return create(*db, metricSpec(), values);
    }

    void measure(RecordId id, const QDate &date)
    {
        create(*db,
               measurementSpec(),
               {{u"metric"_s, id.value}, {u"measured_on"_s, date}, {u"value"_s, u"4"_s}});
    }

    void evaluate(RecordId id, const QDate &from, const QDate &to)
    {
        create(*db,
               metricEvaluationSpec(),
               {{u"metric"_s, id.value},
                {u"period_start"_s, from},
                {u"period_end"_s, to},
                {u"evaluated_on"_s, to},
                {u"conclusion"_s, u"Below target all quarter."_s}});
    }

    test::TempProject temp;
    std::unique_ptr<Database> db;
    const QDate today = QDate::currentDate();
};

} // namespace

TEST_F(MetricRulesTest, NoActiveMetricFailsAndOneActiveMetricPasses)
{
    EXPECT_EQ(pointsOf(*db, today), QStringList{u"R-METRIC-NONE "_s});
    const RecordId retired = metric({{u"status"_s, u"retired"_s}});
    measure(retired, today);
    EXPECT_EQ(pointsOf(*db, today), QStringList{u"R-METRIC-NONE "_s});
    measure(metric(), today);
    EXPECT_TRUE(pointsOf(*db, today).isEmpty()) << qPrintable(pointsOf(*db, today).join(u", "_s));
}

TEST_F(MetricRulesTest, AnActiveMetricWithoutTargetFails)
{
    measure(metric({{u"target"_s, QString()}}), today);
    EXPECT_EQ(pointsOf(*db, today), QStringList{u"R-METRIC-NO-TARGET M-001"_s});
    ASSERT_TRUE(RecordService(*db, metricSpec()).update(RecordId{1}, {{u"target"_s, u"5"_s}}).hasValue());
    EXPECT_TRUE(pointsOf(*db, today).isEmpty());
}

TEST_F(MetricRulesTest, AMetricNotMeasuredWithinItsFrequencyIsOverdue)
{
    const RecordId id = metric();
    EXPECT_EQ(pointsOf(*db, today), QStringList{u"R-METRIC-OVERDUE M-001"_s}) << "never measured";
    measure(id, today.addDays(-40));
    evaluate(id, today.addDays(-45), today.addDays(-35));
    EXPECT_EQ(pointsOf(*db, today), QStringList{u"R-METRIC-OVERDUE M-001"_s}) << "monthly, 40 days ago";
    const auto findings = MetricRules::findings(*db, today);
    ASSERT_TRUE(findings.hasValue());
    EXPECT_TRUE(findings->at(0).message.contains(today.addDays(-40).toString(Qt::ISODate)));
    ASSERT_TRUE(RecordService(*db, metricSpec()).update(id, {{u"frequency"_s, u"quarterly"_s}}).hasValue());
    EXPECT_TRUE(pointsOf(*db, today).isEmpty()) << "quarterly, 40 days ago";
}

TEST_F(MetricRulesTest, MeasurementsOlderThanTheAnalysisPeriodWithoutEvaluationFail)
{
    const RecordId id = metric({{u"analysis_frequency"_s, u"quarterly"_s}});
    for (int months = 5; months >= 0; --months) {
        measure(id, today.addMonths(-months));
    }
    EXPECT_EQ(pointsOf(*db, today), QStringList{u"R-METRIC-NOT-EVALUATED M-001"_s});
    evaluate(id, today.addMonths(-6), today.addMonths(-3));
    EXPECT_TRUE(pointsOf(*db, today).isEmpty())
        << qPrintable(pointsOf(*db, today).join(u", "_s)) << " the last three months are within the quarter";
}

TEST_F(MetricRulesTest, AnObjectiveWithATargetThatNoMetricServesFails)
{
    measure(metric(), today);
    const RecordId objective =
        create(*db, objectiveSpec(), {{u"objective"_s, u"Resist phishing"_s}, {u"target"_s, u"Below 5 %"_s}});
    create(*db, objectiveSpec(), {{u"objective"_s, u"No target yet"_s}}); // planning's R-OBJECTIVE-NO-MEASURE
    create(*db,
           objectiveSpec(),
           {{u"objective"_s, u"Old"_s}, {u"target"_s, u"x"_s}, {u"status"_s, u"withdrawn"_s}});
    EXPECT_EQ(pointsOf(*db, today), QStringList{u"R-OBJECTIVE-NO-METRIC OBJ-001"_s});
    create(*db, metricObjectiveSpec(), {{u"metric"_s, qint64(1)}, {u"objective"_s, objective.value}});
    EXPECT_TRUE(pointsOf(*db, today).isEmpty());
}

TEST_F(MetricRulesTest, AnImprovementPastItsDueDateThatIsNotDoneFails)
{
    measure(metric(), today);
    const RecordId item = create(*db,
                                 improvementSpec(),
                                 {{u"raised_on"_s, today.addDays(-30)},
                                  {u"title"_s, u"Phone alerts"_s},
                                  {u"due_date"_s, today.addDays(-1)},
                                  {u"status"_s, u"in-progress"_s}});
    create(*db,
           improvementSpec(),
           {{u"raised_on"_s, today.addDays(-30)},
            {u"title"_s, u"Not pursued"_s},
            {u"due_date"_s, today.addDays(-1)},
            {u"status"_s, u"rejected"_s}});
    EXPECT_EQ(pointsOf(*db, today), QStringList{u"R-IMPROVEMENT-OVERDUE IMP-001"_s});
    ASSERT_TRUE(RecordService(*db, improvementSpec())
                    .update(item, {{u"status"_s, u"done"_s}, {u"result"_s, u"Alerts reach the phone."_s}})
                    .hasValue());
    EXPECT_TRUE(pointsOf(*db, today).isEmpty());
}

TEST_F(MetricRulesTest, EveryRuleHasAStableIdUnderThePerformanceProvider)
{
    for (const char *id : {"R-METRIC-NONE",
                           "R-METRIC-NO-TARGET",
                           "R-METRIC-OVERDUE",
                           "R-METRIC-NOT-EVALUATED",
                           "R-OBJECTIVE-NO-METRIC",
                           "R-IMPROVEMENT-OVERDUE"}) {
        const ReadinessProvider *provider = ReadinessCheck::providerOf(QString::fromLatin1(id));
        ASSERT_NE(provider, nullptr) << id;
        EXPECT_EQ(provider->area, u"performance"_s);
    }
}
