// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// What the Statement of Applicability records of each Annex A control (schema version 7).
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/ApplicabilityRules.h"
#include "services/IntegrityService.h"
#include "services/RecordService.h"
#include "services/RequirementService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

QVariant valueOf(RecordService &service, const QString &ref, QStringView key)
{
    const auto record = service.getByRef(ref);
    EXPECT_TRUE(record.hasValue());
    return record ? record->values.at(controlSpec().indexOf(key)) : QVariant();
}

} // namespace

TEST(ApplicabilityTest, TheStatusDecidesWhetherAControlApplies)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService controls(*db, controlSpec());
    EXPECT_TRUE(valueOf(controls, u"7.5"_s, u"applicable").toBool()) << "every control applies at first";
    const RecordId id = controls.getByRef(u"7.5"_s)->id;
    ASSERT_TRUE(
        controls
            .update(id,
                    {{u"status"_s, u"not-applicable"_s},
                     {u"justification"_s, u"No premises of our own: we work from a shared office."_s}})
            .hasValue());
    EXPECT_FALSE(valueOf(controls, u"7.5"_s, u"applicable").toBool());
    // The typed view reports the exclusion as before.
    EXPECT_EQ(RequirementService(*db).control(u"7.5"_s)->tracking.status,
              ImplementationStatus::NotApplicable);
    // "applicable" is derived: it cannot be typed over.
    EXPECT_FALSE(controls.update(id, {{u"applicable"_s, true}}).hasValue());
    ASSERT_TRUE(controls.update(id, {{u"status"_s, u"planned"_s}}).hasValue());
    EXPECT_TRUE(valueOf(controls, u"7.5"_s, u"applicable").toBool());
    db.reset();
    const auto report = IntegrityService::check(temp.path(u"test.isms"_s));
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

TEST(ApplicabilityTest, ReasonsAreReadInThreeLanguagesAndKeptInOneSpelling)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService controls(*db, controlSpec());
    const RecordId id = controls.getByRef(u"5.34"_s)->id;
    ASSERT_TRUE(
        controls.update(id, {{u"reasons"_s, u"Best practice; gesetzlich, Contractuel"_s}}).hasValue());
    EXPECT_EQ(valueOf(controls, u"5.34"_s, u"reasons").toString(), u"legal, contractual, good-practice"_s);

    const auto unknown = controls.update(id, {{u"reasons"_s, u"legal, whim"_s}});
    ASSERT_FALSE(unknown.hasValue());
    EXPECT_TRUE(unknown.error().message.contains(u"\"whim\" is not a reason"_s))
        << qPrintable(unknown.error().message);
    const auto typedRisk = controls.update(id, {{u"reasons"_s, u"risk treatment"_s}});
    ASSERT_FALSE(typedRisk.hasValue());
    EXPECT_TRUE(typedRisk.error().message.contains(u"comes from the risks"_s))
        << qPrintable(typedRisk.error().message);
    EXPECT_EQ(valueOf(controls, u"5.34"_s, u"reasons").toString(), u"legal, contractual, good-practice"_s);
}

TEST(ApplicabilityTest, AnOlderFileIsReconciledWithItsStatuses)
{
    test::TempProject temp;
    const QString path = temp.copyFixture(u"schema-v2.isms"_s);
    // Written as the first version wrote an exclusion: only the status said so.
    test::TempProject::runSql(path,
                              {u"UPDATE requirement SET status = 'not-applicable' WHERE ref = '7.5'"_s});
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    RecordService controls(**db, controlSpec());
    EXPECT_FALSE(valueOf(controls, u"7.5"_s, u"applicable").toBool());
    EXPECT_TRUE(valueOf(controls, u"7.6"_s, u"applicable").toBool());
    EXPECT_EQ(valueOf(controls, u"7.6"_s, u"reasons").toString(), QString());
    EXPECT_FALSE(valueOf(controls, u"7.6"_s, u"last_reviewed").isValid());
}

TEST(ApplicabilityTest, TheRulesNameWhatAnAuditorWouldRaise)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService controls(*db, controlSpec());
    const auto kindsOf = [&](const QString &ref) {
        QList<ApplicabilityFinding::Kind> kinds;
        for (const ApplicabilityFinding &finding : ApplicabilityRules::findings(*db).value()) {
            if (finding.ref == ref) {
                kinds.append(finding.kind);
            }
        }
        return kinds;
    };
    using Kind = ApplicabilityFinding::Kind;
    EXPECT_EQ(kindsOf(u"5.1"_s), (QList<Kind>{Kind::NoReason, Kind::NotImplementedNoPlan}));
    const RecordId id = controls.getByRef(u"5.1"_s)->id;
    ASSERT_TRUE(
        controls.update(id, {{u"reasons"_s, u"legal"_s}, {u"target_date"_s, QDate(2027, 6, 30)}}).hasValue());
    EXPECT_TRUE(kindsOf(u"5.1"_s).isEmpty());

    // A risk that plans the control gives it the risk-treatment reason; excluding it then is raised.
    Record risk = riskSpec().newRecord();
    risk.values[riskSpec().indexOf(u"title")] = u"Phishing"_s;
    const auto riskId = RecordService(*db, riskSpec()).create(risk);
    ASSERT_TRUE(riskId.hasValue()) << qPrintable(riskId.error().message);
    Record link = riskControlSpec().newRecord();
    link.values[riskControlSpec().indexOf(u"risk")] = riskId->value;
    link.values[riskControlSpec().indexOf(u"control")] = u"6.3"_s;
    link.values[riskControlSpec().indexOf(u"role")] = u"planned"_s;
    ASSERT_TRUE(RecordService(*db, riskControlSpec()).create(link).hasValue());
    const auto use = ApplicabilityRules::controlUse(*db);
    ASSERT_TRUE(use.hasValue());
    EXPECT_EQ(use->namingRisks.value(u"6.3"_s), QStringList{u"R-001"_s});
    EXPECT_EQ(ApplicabilityRules::reasons(u"business"_s, true),
              (QStringList{u"risk-treatment"_s, u"business"_s}));
    EXPECT_FALSE(kindsOf(u"6.3"_s).contains(Kind::NoReason));
    const RecordId awareness = controls.getByRef(u"6.3"_s)->id;
    ASSERT_TRUE(controls.update(awareness, {{u"status"_s, u"not-applicable"_s}}).hasValue());
    EXPECT_EQ(kindsOf(u"6.3"_s), (QList<Kind>{Kind::NoJustification, Kind::ExcludedButUsed}));

    // `check` reports them beside its findings; the file itself is sound.
    db.reset();
    const auto report = IntegrityService::check(temp.path(u"test.isms"_s));
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
    EXPECT_GE(report->readiness.size(), 2);
}
