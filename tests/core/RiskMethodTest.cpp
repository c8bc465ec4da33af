// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/RiskMethod.h"

#include "TempProject.h"
#include "domain/Entities.h"
#include "services/IntegrityService.h"
#include "services/RecordService.h"
#include "services/RiskMethodService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

RecordId addRisk(Database &db,
                 const QString &title,
                 int likelihood,
                 int impact,
                 int residualL = 0,
                 int residualI = 0)
{
    const EntitySpec &spec = riskSpec();
    Record risk = spec.newRecord();
    risk.values[spec.indexOf(u"title")] = title;
    risk.values[spec.indexOf(u"likelihood")] = qint64{likelihood};
    risk.values[spec.indexOf(u"impact")] = qint64{impact};
    if (residualL > 0) {
        risk.values[spec.indexOf(u"residual_likelihood")] = qint64{residualL};
        risk.values[spec.indexOf(u"residual_impact")] = qint64{residualI};
    }
    auto id = RecordService(db, spec).create(risk);
    EXPECT_TRUE(id.hasValue()) << qPrintable(id.error().message);
    return id ? *id : RecordId{};
}

QVariant valueOf(Database &db, RecordId id, QStringView key)
{
    return RecordService(db, riskSpec()).get(id)->values.at(riskSpec().indexOf(key));
}

/// The default method with the likelihood scale cut to three steps (the matrix resized to fit).
RiskMethod threeStepLikelihood()
{
    RiskMethod method = RiskMethod::defaults();
    method.matrix = method.resizedMatrix(3, 5);
    method.likelihood = {{u"Low"_s, {}}, {u"Medium"_s, {}}, {u"High"_s, {}}};
    return method;
}

} // namespace

TEST(RiskMethodTest, DefaultsAreAValidFiveByFiveWithFourLevels)
{
    const RiskMethod method = RiskMethod::defaults();
    ASSERT_TRUE(method.validate().hasValue());
    EXPECT_EQ(method.likelihood.size(), 5);
    EXPECT_EQ(method.impact.size(), 5);
    ASSERT_EQ(method.levels.size(), 4);
    EXPECT_EQ(method.levelName(method.levelOf(1, 1)), u"Low");
    EXPECT_EQ(method.levelName(method.levelOf(3, 3)), u"Medium");
    EXPECT_EQ(method.levelName(method.levelOf(4, 4)), u"High");
    EXPECT_EQ(method.levelName(method.levelOf(5, 5)), u"Very high");
    EXPECT_EQ(method.levelOf(0, 3), 0);
    EXPECT_EQ(method.levelOf(6, 1), 0);
    EXPECT_FALSE(method.needsRationale(1));
    EXPECT_TRUE(method.needsRationale(2));
}

TEST(RiskMethodTest, JsonRoundTripsExactlyAndIsCanonical)
{
    RiskMethod method = RiskMethod::defaults();
    method.notes = u"Line one\nline \"two\" <b>markup</b>"_s;
    method.levels[2].colour = 0x123456;
    const QString json = method.toJson();
    EXPECT_FALSE(json.contains(u'\n'));
    EXPECT_TRUE(json.startsWith(u"{\"acceptance_level\":1,"));
    const auto back = RiskMethod::fromJson(json);
    ASSERT_TRUE(back.hasValue()) << qPrintable(back.error().message);
    EXPECT_EQ(*back, method);
    EXPECT_EQ(back->toJson(), json);
}

TEST(RiskMethodTest, ValidationNamesWhatIsWrong)
{
    const auto expectRefused = [](const RiskMethod &method, QStringView fragment) {
        const auto valid = method.validate();
        ASSERT_FALSE(valid.hasValue());
        EXPECT_TRUE(valid.error().message.contains(fragment)) << qPrintable(valid.error().message);
    };
    RiskMethod method = RiskMethod::defaults();
    method.likelihood.removeLast();
    method.likelihood.removeLast();
    method.likelihood.removeLast();
    expectRefused(method, u"between 3 and 7");

    method = RiskMethod::defaults();
    method.impact[1].label = u"  "_s;
    expectRefused(method, u"needs a label");

    method = RiskMethod::defaults();
    method.impact[2].label = method.impact[1].label;
    expectRefused(method, u"Two steps");

    method = RiskMethod::defaults();
    method.likelihood[0].label = u"Line\nbreak"_s;
    expectRefused(method, u"one line");

    method = RiskMethod::defaults();
    method.matrix[2][2] = 9;
    expectRefused(method, u"likelihood 3 and impact 3");

    method = RiskMethod::defaults();
    method.matrix.removeLast();
    expectRefused(method, u"one row");

    method = RiskMethod::defaults();
    method.acceptanceLevel = 5;
    expectRefused(method, u"acceptance threshold");

    method = RiskMethod::defaults();
    method.reviewMonths = 0;
    expectRefused(method, u"60 months");

    EXPECT_FALSE(RiskMethod::fromJson(u"{not json"_s).hasValue());
    EXPECT_FALSE(RiskMethod::fromJson(u"[]"_s).hasValue());
}

TEST(RiskMethodTest, RemapKeepsTheEndsAndTheRelativePlace)
{
    EXPECT_EQ(RiskMethod::remap(1, 5, 3), 1);
    EXPECT_EQ(RiskMethod::remap(3, 5, 3), 2);
    EXPECT_EQ(RiskMethod::remap(2, 5, 3), 2); // halfway between two steps: the higher, the cautious side
    EXPECT_EQ(RiskMethod::remap(4, 5, 3), 3);
    EXPECT_EQ(RiskMethod::remap(5, 5, 3), 3);
    EXPECT_EQ(RiskMethod::remap(2, 3, 5), 3);
    EXPECT_EQ(RiskMethod::remap(3, 3, 7), 7);
    EXPECT_EQ(RiskMethod::remap(4, 5, 5), 4);
    const RiskMethod method = RiskMethod::defaults();
    const auto resized = method.resizedMatrix(3, 5);
    ASSERT_EQ(resized.size(), 3);
    EXPECT_EQ(resized.at(0), method.matrix.at(0)); // the lowest row stays the lowest
    EXPECT_EQ(resized.at(2), method.matrix.at(4)); // the highest stays the highest
}

TEST(RiskMethodTest, NewProjectsStoreTheDefaultsLoggedAndChecked)
{
    test::TempProject temp;
    auto db = temp.create();
    const auto method = RiskMethodService::load(*db);
    ASSERT_TRUE(method.hasValue());
    EXPECT_EQ(*method, RiskMethod::defaults());
    const auto entries = ChangeLog::entries(*db, {RiskMethodService::logEntity(), u"1"_s});
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->constFirst().newValue, method->toJson());
    db.reset();
    const auto report = IntegrityService::check(temp.path(u"test.isms"_s));
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

TEST(RiskMethodTest, RisksGetTheirLevelsFromTheMatrix)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId risk = addRisk(*db, u"Ransomware"_s, 4, 5, 2, 3);
    EXPECT_EQ(valueOf(*db, risk, u"level").toString(), u"Very high");
    EXPECT_EQ(valueOf(*db, risk, u"level_rank").toInt(), 4);
    EXPECT_EQ(valueOf(*db, risk, u"residual_level").toString(), u"Medium");
    RecordService service(*db, riskSpec());
    ASSERT_TRUE(service.update(risk, {{u"impact"_s, qint64{1}}}).hasValue());
    EXPECT_EQ(valueOf(*db, risk, u"level").toString(), u"Low");
    // Derived fields are computed, never set by hand.
    EXPECT_FALSE(service.update(risk, {{u"level"_s, u"Low"_s}}).hasValue());
    // A rating outside the project's scale is refused with the scale named.
    const auto outside = service.update(risk, {{u"likelihood"_s, qint64{6}}});
    ASSERT_FALSE(outside.hasValue());
    EXPECT_TRUE(outside.error().message.contains(u"5 Almost certain")) << qPrintable(outside.error().message);
}

TEST(RiskMethodTest, SignOffNeedsNameAndDateAndARationaleAboveTheThreshold)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId risk = addRisk(*db, u"Supplier breach"_s, 4, 4, 3, 3); // residual Medium > Low
    RecordService service(*db, riskSpec());
    const QDate today = QDate::currentDate();
    const auto noDate = service.update(risk, {{u"signoff_by"_s, u"Jane Doe"_s}});
    ASSERT_FALSE(noDate.hasValue());
    EXPECT_TRUE(noDate.error().message.contains(u"both")) << qPrintable(noDate.error().message);
    const auto noRationale =
        service.update(risk, {{u"signoff_by"_s, u"Jane Doe"_s}, {u"signoff_date"_s, today}});
    ASSERT_FALSE(noRationale.hasValue());
    EXPECT_TRUE(noRationale.error().message.contains(u"acceptance rationale"));
    ASSERT_TRUE(service
                    .update(risk,
                            {{u"signoff_by"_s, u"Jane Doe"_s},
                             {u"signoff_date"_s, today},
                             {u"acceptance_rationale"_s, u"Contract penalties cover the rest."_s}})
                    .hasValue());
    // A residual risk at or below the threshold is signed off without one.
    const RecordId low = addRisk(*db, u"Minor leak"_s, 2, 2, 1, 1);
    EXPECT_TRUE(service.update(low, {{u"signoff_by"_s, u"Max"_s}, {u"signoff_date"_s, today}}).hasValue());
}

TEST(RiskMethodTest, ChangingAScaleRemapsEveryRatingWithAPreviewAndUndoPutsThemBack)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId a = addRisk(*db, u"A"_s, 4, 5, 2, 2);
    const RecordId b = addRisk(*db, u"B"_s, 5, 1);
    const auto before = RiskMethodService::ratings(*db);
    ASSERT_TRUE(before.hasValue());
    const RiskMethod previous = RiskMethodService::load(*db).value();
    const RiskMethod next = threeStepLikelihood();

    const auto preview = RiskMethodService::preview(*db, next);
    ASSERT_TRUE(preview.hasValue()) << qPrintable(preview.error().message);
    const auto has = [&](const QString &ref, const QString &field, const QString &from, const QString &to) {
        return std::any_of(preview->cbegin(), preview->cend(), [&](const RatingChange &change) {
            return change.ref == ref && change.field == field && change.from == from && change.to == to;
        });
    };
    EXPECT_TRUE(has(u"R-001"_s, u"likelihood"_s, u"4"_s, u"3"_s)); // halfway rounds to the cautious side
    EXPECT_FALSE(std::any_of(preview->cbegin(), preview->cend(), [](const RatingChange &change) {
        return change.ref == u"R-001" && change.field == u"residual_likelihood"; // 2 of 5 stays 2 of 3
    }));
    EXPECT_TRUE(has(u"R-002"_s, u"likelihood"_s, u"5"_s, u"3"_s));
    // The preview writes nothing.
    EXPECT_EQ(valueOf(*db, a, u"likelihood").toInt(), 4);

    const qint64 logBefore = ChangeLog::count(*db).value();
    ASSERT_TRUE(RiskMethodService::apply(*db, next).hasValue());
    EXPECT_EQ(RiskMethodService::load(*db).value(), next);
    EXPECT_EQ(valueOf(*db, a, u"likelihood").toInt(), 3);
    EXPECT_EQ(valueOf(*db, a, u"residual_likelihood").toInt(), 2);
    EXPECT_EQ(valueOf(*db, b, u"likelihood").toInt(), 3);
    EXPECT_EQ(valueOf(*db, a, u"level").toString(), next.levelName(next.levelOf(3, 5)));
    EXPECT_GT(ChangeLog::count(*db).value(), logBefore + 3); // the method and each moved rating

    // Undo: the previous method with the exact ratings (a 5-step scale shrunk to 3 merged steps).
    ASSERT_TRUE(RiskMethodService::apply(*db, previous, *before).hasValue());
    EXPECT_EQ(RiskMethodService::load(*db).value(), previous);
    EXPECT_EQ(valueOf(*db, a, u"likelihood").toInt(), 4);
    EXPECT_EQ(valueOf(*db, a, u"residual_likelihood").toInt(), 2);
    EXPECT_EQ(valueOf(*db, b, u"likelihood").toInt(), 5);
    EXPECT_EQ(valueOf(*db, a, u"level").toString(), u"Very high");
    db.reset();
    const auto report = IntegrityService::check(temp.path(u"test.isms"_s));
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

TEST(RiskMethodTest, RenamingALevelRenamesItOnEveryRisk)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId risk = addRisk(*db, u"A"_s, 5, 5);
    RiskMethod method = RiskMethodService::load(*db).value();
    method.levels[3].name = u"Critical"_s;
    ASSERT_TRUE(RiskMethodService::apply(*db, method).hasValue());
    EXPECT_EQ(valueOf(*db, risk, u"level").toString(), u"Critical");
    RiskMethod invalid = method;
    invalid.levels[0].name.clear();
    EXPECT_FALSE(RiskMethodService::apply(*db, invalid).hasValue());
    EXPECT_EQ(RiskMethodService::load(*db).value(), method); // nothing was written
}

TEST(RiskMethodTest, CheckFindsAMethodChangedOutsideTheProgram)
{
    test::TempProject temp;
    temp.create().reset();
    const QString path = temp.path(u"test.isms"_s);
    test::TempProject::runSql(
        path,
        {u"UPDATE risk_method SET definition = replace(definition, 'Very high', 'Tolerable')"_s});
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    ASSERT_FALSE(report->isClean());
    EXPECT_TRUE(
        std::any_of(report->findings.cbegin(), report->findings.cend(), [](const CheckFinding &finding) {
            return finding.message.contains(u"risk assessment method differs");
        }));
}

TEST(RiskMethodTest, AMethodChangeThatRaisesASignedOffRiskWithdrawsItsSignOffAndUndoRestoresIt)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId risk = addRisk(*db, u"A"_s, 2, 2, 1, 2); // residual Low: signed off without rationale
    RecordService service(*db, riskSpec());
    ASSERT_TRUE(service.update(risk, {{u"signoff_by"_s, u"Max"_s}, {u"signoff_date"_s, QDate(2026, 11, 1)}})
                    .hasValue());
    const auto before = RiskMethodService::ratings(*db);
    const RiskMethod previous = RiskMethodService::load(*db).value();
    RiskMethod stricter = previous;
    stricter.matrix[0][1] = 2; // likelihood 1, impact 2 is now Medium, above the threshold

    const auto preview = RiskMethodService::preview(*db, stricter);
    ASSERT_TRUE(preview.hasValue());
    EXPECT_TRUE(std::any_of(preview->cbegin(), preview->cend(), [](const RatingChange &change) {
        return change.field == u"signoff_by" && change.from == u"Max" && change.to.isEmpty();
    }));
    ASSERT_TRUE(RiskMethodService::apply(*db, stricter).hasValue());
    EXPECT_EQ(valueOf(*db, risk, u"residual_level").toString(), u"Medium");
    EXPECT_TRUE(valueOf(*db, risk, u"signoff_by").toString().isEmpty());
    EXPECT_TRUE(valueOf(*db, risk, u"signoff_date").isNull());

    ASSERT_TRUE(RiskMethodService::apply(*db, previous, *before).hasValue());
    EXPECT_EQ(valueOf(*db, risk, u"signoff_by").toString(), u"Max");
    EXPECT_EQ(valueOf(*db, risk, u"signoff_date").toDate(), QDate(2026, 11, 1));
}
