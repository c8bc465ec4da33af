// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Performance evaluation (9.1) and the improvement log (10.1): the registers' validation, the decimal
// numbers they store, the links between metrics and objectives from both sides, and the trend chart's
// scale as a pure function.
#include "RecordValues.h"
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/IntegrityService.h"
#include "services/MetricRules.h"
#include "services/MetricTrend.h"
#include "services/RecordLinks.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

using test::recordOf;
using test::Values;

QString errorOf(const Result<RecordId> &result)
{
    return result ? QString() : result.error().message;
}

RecordId metric(Database &db, const Values &extra = {})
{
    Values values{{u"name"_s, u"Patch latency"_s}, {u"target"_s, u"95"_s}};
    values.append(extra);
    const auto id = RecordService(db, metricSpec()).create(recordOf(metricSpec(), values));
    EXPECT_TRUE(id.hasValue()) << qPrintable(errorOf(id));
    return id ? *id : RecordId{};
}

Result<RecordId> measure(Database &db, RecordId metricId, const QDate &date, const QString &value)
{
    return RecordService(db, measurementSpec())
        .create(recordOf(measurementSpec(),
                         {{u"metric"_s, metricId.value}, {u"measured_on"_s, date}, {u"value"_s, value}}));
}

} // namespace

TEST(MetricsTest, DecimalsAreStoredInPlainFormAndOthersRefused)
{
    EXPECT_EQ(MetricRules::normalDecimal(u"12.50"_s), u"12.5"_s);
    EXPECT_EQ(MetricRules::normalDecimal(u" +3,0 "_s), u"3"_s);
    EXPECT_EQ(MetricRules::normalDecimal(u"-0.000"_s), u"0"_s);
    EXPECT_EQ(MetricRules::normalDecimal(u"007"_s), u"7"_s);
    EXPECT_EQ(MetricRules::normalDecimal(u"-4.25"_s), u"-4.25"_s);
    EXPECT_FALSE(MetricRules::normalDecimal(u"1e20"_s));
    EXPECT_FALSE(MetricRules::normalDecimal(u"1234567890123"_s)); // 13 digits
    EXPECT_FALSE(MetricRules::normalDecimal(u"1.1234567"_s));     // 7 decimals
    EXPECT_FALSE(MetricRules::normalDecimal(u"1,234.5"_s));
    EXPECT_FALSE(MetricRules::normalDecimal(u"ninety"_s));
    EXPECT_EQ(MetricRules::decimalValue(u"12.5"_s), 12.5);
    EXPECT_FALSE(MetricRules::decimalValue(u"12,5"_s)); // stored text is always plain
}

TEST(MetricsTest, AMeasurementIsANumberOnAPastDay)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId id = metric(*db);
    const QDate today = QDate::currentDate();

    const auto typed = measure(*db, id, today, u"93,50"_s);
    ASSERT_TRUE(typed.hasValue()) << qPrintable(errorOf(typed));
    const Record stored = RecordService(*db, measurementSpec()).get(*typed).value();
    EXPECT_EQ(stored.values.at(measurementSpec().indexOf(u"value")).toString(), u"93.5"_s);

    for (const QString &bad : {u"ninety"_s, u"99999999999999"_s, u"<b>5</b>"_s}) {
        const auto refused = measure(*db, id, today, bad);
        ASSERT_FALSE(refused.hasValue()) << qPrintable(bad);
        EXPECT_TRUE(errorOf(refused).contains(u"is not a number for \"Value\""_s))
            << qPrintable(errorOf(refused));
        EXPECT_TRUE(errorOf(refused).contains(bad)) << "the typed text is quoted literally";
    }
    const auto future = measure(*db, id, today.addDays(1), u"90"_s);
    ASSERT_FALSE(future.hasValue());
    EXPECT_TRUE(errorOf(future).contains(u"future"_s)) << qPrintable(errorOf(future));
    EXPECT_EQ(RecordService(*db, measurementSpec()).all()->size(), 1) << "nothing half-saved";
}

TEST(MetricsTest, ACustomFrequencyGivesItsIntervalAndTheTargetIsANumber)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService metrics(*db, metricSpec());
    const Values base{{u"name"_s, u"Backup age"_s}};

    Values custom = base;
    custom.append({u"frequency"_s, u"custom"_s});
    const auto noInterval = metrics.create(recordOf(metricSpec(), custom));
    ASSERT_FALSE(noInterval.hasValue());
    EXPECT_TRUE(errorOf(noInterval).contains(u"Every how many days"_s)) << qPrintable(errorOf(noInterval));
    custom.append({u"interval_days"_s, qint64(10)});
    EXPECT_TRUE(metrics.create(recordOf(metricSpec(), custom)).hasValue());

    Values monthly = base;
    monthly.append({u"interval_days"_s, qint64(10)});
    EXPECT_FALSE(metrics.create(recordOf(metricSpec(), monthly)).hasValue());

    Values target = base;
    target.append({u"target"_s, u"high"_s});
    const auto word = metrics.create(recordOf(metricSpec(), target));
    ASSERT_FALSE(word.hasValue());
    EXPECT_TRUE(errorOf(word).contains(u"Target value"_s)) << qPrintable(errorOf(word));
}

TEST(MetricsTest, AnEvaluationClosesAPeriodWhoseDatesRunInOrder)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId id = metric(*db);
    const QDate today = QDate::currentDate();
    RecordService evaluations(*db, metricEvaluationSpec());
    auto evaluation = [&](const QDate &from, const QDate &to, const QDate &on) {
        return evaluations.create(recordOf(metricEvaluationSpec(),
                                           {{u"metric"_s, id.value},
                                            {u"period_start"_s, from},
                                            {u"period_end"_s, to},
                                            {u"evaluated_on"_s, on},
                                            {u"conclusion"_s, u"Target met all quarter."_s}}));
    };
    const auto reversed = evaluation(today.addDays(-10), today.addDays(-40), today);
    ASSERT_FALSE(reversed.hasValue());
    EXPECT_TRUE(errorOf(reversed).contains(u"before it starts"_s)) << qPrintable(errorOf(reversed));
    const auto early = evaluation(today.addDays(-40), today.addDays(-10), today.addDays(-50));
    ASSERT_FALSE(early.hasValue());
    EXPECT_TRUE(errorOf(early).contains(u"before it started"_s)) << qPrintable(errorOf(early));
    EXPECT_FALSE(evaluation(today.addDays(-40), today.addDays(-10), today.addDays(2)).hasValue());
    EXPECT_TRUE(evaluation(today.addDays(-40), today.addDays(-10), today).hasValue());
}

TEST(MetricsTest, ADoneImprovementStatesItsResultAndIsDueAfterItWasRaised)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService log(*db, improvementSpec());
    const QDate today = QDate::currentDate();
    Values item{{u"raised_on"_s, today.addDays(-30)}, {u"title"_s, u"One template for access reviews"_s}};

    Values done = item;
    done.append({u"status"_s, u"done"_s});
    const auto noResult = log.create(recordOf(improvementSpec(), done));
    ASSERT_FALSE(noResult.hasValue());
    EXPECT_TRUE(errorOf(noResult).contains(u"\"Result\""_s)) << qPrintable(errorOf(noResult));
    done.append({u"result"_s, u"All reviews use it."_s});
    EXPECT_TRUE(log.create(recordOf(improvementSpec(), done)).hasValue());

    Values early = item;
    early.append({u"due_date"_s, today.addDays(-31)});
    const auto order = log.create(recordOf(improvementSpec(), early));
    ASSERT_FALSE(order.hasValue());
    EXPECT_TRUE(errorOf(order).contains(u"before the date"_s)) << qPrintable(errorOf(order));
}

TEST(MetricsTest, MetricsAndObjectivesSeeTheirLinkFromBothSidesAndRemovalTakesChildren)
{
    test::TempProject temp;
    auto db = temp.create();
    const auto objective = RecordService(*db, objectiveSpec())
                               .create(recordOf(objectiveSpec(), {{u"objective"_s, u"Patch promptly"_s}}));
    ASSERT_TRUE(objective.hasValue());
    const RecordId id = metric(*db);
    ASSERT_TRUE(RecordService(*db, metricObjectiveSpec())
                    .create(recordOf(metricObjectiveSpec(),
                                     {{u"metric"_s, id.value}, {u"objective"_s, objective->value}}))
                    .hasValue());
    ASSERT_TRUE(
        RecordService(*db, metricControlSpec())
            .create(recordOf(metricControlSpec(), {{u"metric"_s, id.value}, {u"control"_s, u"8.8"_s}}))
            .hasValue());
    const auto unknown =
        RecordService(*db, metricControlSpec())
            .create(recordOf(metricControlSpec(), {{u"metric"_s, id.value}, {u"control"_s, u"9.9"_s}}));
    EXPECT_FALSE(unknown.hasValue());

    const auto fromMetric = RecordLinks::read(*db, metricSpec());
    ASSERT_TRUE(fromMetric.hasValue());
    EXPECT_EQ(fromMetric->at(0).values.value(id), QStringList{u"OBJ-001"_s});
    EXPECT_EQ(fromMetric->at(1).values.value(id), QStringList{u"8.8"_s});
    const auto fromObjective = RecordLinks::read(*db, objectiveSpec());
    ASSERT_TRUE(fromObjective.hasValue());
    EXPECT_EQ(fromObjective->at(0).values.value(*objective), QStringList{u"M-001"_s});

    ASSERT_TRUE(measure(*db, id, QDate::currentDate(), u"90"_s).hasValue());
    ASSERT_TRUE(RecordService(*db, metricSpec()).remove({id}).hasValue());
    for (const EntitySpec *child : {&measurementSpec(), &metricObjectiveSpec(), &metricControlSpec()}) {
        EXPECT_TRUE(RecordService(*db, *child).all()->isEmpty()) << qPrintable(child->key);
    }
    EXPECT_EQ(RecordService(*db, objectiveSpec()).all()->size(), 1);
    const auto report = IntegrityService::check(temp.path(u"test.isms"_s));
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

TEST(MetricsTest, TheTrendScaleSpansValuesAndTargetWithRoundTicks)
{
    MetricSeries series;
    series.target = 95;
    const QDate start(2026, 1, 15);
    const double values[] = {81, 83.5, 86, 90, 93, 96};
    for (int i = 0; i < 6; ++i) {
        series.points.append({start.addMonths(i), values[i], QString::number(values[i]), QString()});
    }
    const TrendScale scale = MetricTrend::scale(series);
    EXPECT_LE(scale.low, 81);
    EXPECT_GE(scale.high, 96);
    EXPECT_DOUBLE_EQ(scale.step, 5);
    EXPECT_DOUBLE_EQ(scale.low, 80);
    EXPECT_DOUBLE_EQ(scale.high, 100);
    EXPECT_EQ(scale.valueTicks, (QList<double>{80, 85, 90, 95, 100}));
    EXPECT_EQ(scale.decimals(), 0);
    EXPECT_EQ(scale.from, start);
    EXPECT_EQ(scale.to, start.addMonths(5));
    EXPECT_EQ(scale.dateTicks.size(), 5); // the 1st of February to June
    EXPECT_EQ(scale.dateTicks.first(), QDate(2026, 2, 1));
    EXPECT_DOUBLE_EQ(scale.xOf(start), 0);
    EXPECT_DOUBLE_EQ(scale.xOf(start.addMonths(5)), 1);
    EXPECT_DOUBLE_EQ(scale.yOf(90), 0.5);
    EXPECT_TRUE(series.meets(96));
    EXPECT_FALSE(series.meets(94.9));

    // The target outside the values widens the range; small values get decimal ticks.
    MetricSeries small;
    small.target = 0.5;
    small.atMost = true;
    small.points = {{start, 1.2, u"1.2"_s, {}}, {start.addMonths(30), 0.8, u"0.8"_s, {}}};
    const TrendScale fine = MetricTrend::scale(small);
    EXPECT_LE(fine.low, 0.5);
    EXPECT_GE(fine.high, 1.2);
    EXPECT_GT(fine.decimals(), 0);
    EXPECT_LE(fine.dateTicks.size(), TrendScale::MaxDateTicks);
    EXPECT_TRUE(small.meets(0.5));
    EXPECT_FALSE(small.meets(0.8));

    // A target on a round tick at the edge of the values moves the frame one step out.
    MetricSeries edge;
    edge.target = 5;
    edge.atMost = true;
    edge.points = {{start, 14.2, u"14.2"_s, {}}, {start.addMonths(11), 5.9, u"5.9"_s, {}}};
    const TrendScale framed = MetricTrend::scale(edge);
    EXPECT_LT(framed.low, 5);
    EXPECT_GT(framed.yOf(5), 0);

    // One value, or none: still a usable range.
    MetricSeries one;
    one.points = {{start, 7, u"7"_s, {}}};
    const TrendScale single = MetricTrend::scale(one);
    EXPECT_LT(single.low, 7);
    EXPECT_GT(single.high, 7);
    EXPECT_LT(single.from, start);
    EXPECT_GT(single.to, start);
    const TrendScale empty = MetricTrend::scale(MetricSeries{});
    EXPECT_LT(empty.low, empty.high);
    EXPECT_LT(empty.from, empty.to);
}
