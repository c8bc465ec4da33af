// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RiskRegister.h"

#include "TempProject.h"
#include "domain/Entities.h"
#include "io/RecordImport.h"
#include "services/IntegrityService.h"
#include "services/RecordLinks.h"
#include "services/RecordService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"

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

RecordId asset(Database &db, const QString &name)
{
    return create(db, assetSpec(), {{u"name"_s, name}, {u"type"_s, u"software"_s}});
}

RecordId risk(Database &db, const QString &title, int likelihood, int impact)
{
    return create(
        db,
        riskSpec(),
        {{u"title"_s, title}, {u"likelihood"_s, qint64{likelihood}}, {u"impact"_s, qint64{impact}}});
}

RecordId task(Database &db, RecordId riskId, const QString &title, const QDate &due, const QString &status)
{
    return create(
        db,
        treatmentTaskSpec(),
        {{u"risk"_s, riskId.value}, {u"title"_s, title}, {u"due_date"_s, due}, {u"status"_s, status}});
}

void expectClean(const QString &path)
{
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue()) << qPrintable(report.error().message);
    EXPECT_TRUE(report->isClean()) << qPrintable(report->findings.value(0).message);
}

qsizetype countOf(Database &db, const EntitySpec &spec)
{
    return RecordService(db, spec).all()->size();
}

} // namespace

TEST(RiskRegisterTest, RemovingARiskTakesItsTasksAndLinksAndRestoreBringsThemBack)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId server = asset(*db, u"File server"_s);
    const RecordId r1 = risk(*db, u"Ransomware"_s, 4, 5);
    const RecordId r2 = risk(*db, u"Phishing"_s, 3, 3);
    create(*db, riskAssetSpec(), {{u"risk"_s, r1.value}, {u"asset"_s, server.value}});
    create(*db, riskAssetSpec(), {{u"risk"_s, r2.value}, {u"asset"_s, server.value}});
    create(*db,
           riskControlSpec(),
           {{u"risk"_s, r1.value}, {u"control"_s, u"8.7"_s}, {u"role"_s, u"existing"_s}});
    task(*db, r1, u"Offline backups"_s, QDate(2026, 1, 10), u"open"_s);
    task(*db, r1, u"Restore test"_s, QDate(2026, 2, 10), u"open"_s);

    RecordService risks(*db, riskSpec());
    const auto children = risks.childrenOf({r1});
    ASSERT_TRUE(children.hasValue());
    qsizetype childCount = 0;
    for (const RemovedRecords &child : *children) {
        childCount += child.records.size();
    }
    EXPECT_EQ(childCount, 4);

    const qint64 logBefore = ChangeLog::count(*db).value();
    const auto removal = risks.removeWithChildren({r1});
    ASSERT_TRUE(removal.hasValue()) << qPrintable(removal.error().message);
    EXPECT_EQ(ChangeLog::count(*db).value(), logBefore + 5); // one deletion entry each
    EXPECT_EQ(countOf(*db, treatmentTaskSpec()), 0);
    EXPECT_EQ(countOf(*db, riskControlSpec()), 0);
    EXPECT_EQ(countOf(*db, riskAssetSpec()), 1); // R-002's link stays

    // An asset that a risk names is not removed from under it.
    const auto refused = RecordService(*db, assetSpec()).remove({server});
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"RA-0002")) << qPrintable(refused.error().message);

    ASSERT_TRUE(risks.restore(*removal).hasValue());
    EXPECT_EQ(countOf(*db, treatmentTaskSpec()), 2);
    EXPECT_EQ(countOf(*db, riskControlSpec()), 1);
    EXPECT_EQ(countOf(*db, riskAssetSpec()), 2);
    EXPECT_EQ(EntitySpec::refOf(risks.get(r1).value()), u"R-001");
    db.reset();
    expectClean(temp.path(u"test.isms"_s));
}

TEST(RiskRegisterTest, AControlLinkNamesAnAnnexAControl)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId r = risk(*db, u"A"_s, 1, 1);
    Record link = riskControlSpec().newRecord();
    link.values[riskControlSpec().indexOf(u"risk")] = r.value;
    link.values[riskControlSpec().indexOf(u"control")] = u"9.99"_s;
    link.values[riskControlSpec().indexOf(u"role")] = u"planned"_s;
    const auto refused = RecordService(*db, riskControlSpec()).create(link);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"not an Annex A control"));
}

TEST(RiskRegisterTest, ImportSetsLinksExactlyAndTheSameFileTwiceChangesNothing)
{
    test::TempProject temp;
    auto db = temp.create();
    asset(*db, u"CRM"_s);
    asset(*db, u"Laptop fleet"_s);
    const auto table = RecordImport::readCsv(
        "Risiko;Wahrscheinlichkeit;Auswirkung;Werte;vorhandene Maßnahmen;geplante Maßnahmen\n"
        "Datenabfluss;wahrscheinlich;erheblich;AS-001, as-002;A.5.15;\"8.24, 8.12\"\n"
        "Diebstahl;3;2;AS-002;;\n");
    ASSERT_TRUE(table.hasValue());
    const ImportPreview preview = RecordImport::preview(*db, riskSpec(), *table);
    ASSERT_TRUE(preview.isClean()) << qPrintable(preview.problems.value(0).text());
    EXPECT_TRUE(preview.ignoredColumns().isEmpty());
    EXPECT_TRUE(preview.readAs.contains(u"Likelihood: \"wahrscheinlich\" read as 4 Likely"_s))
        << qPrintable(preview.readAs.join(u'\n'));
    EXPECT_TRUE(preview.readAs.contains(u"Impact: \"erheblich\" read as 4 Major"_s));
    ASSERT_TRUE(RecordImport::apply(*db, riskSpec(), preview).hasValue());

    const auto links = RecordLinks::read(*db, riskSpec());
    ASSERT_TRUE(links.hasValue());
    const RecordId first = RecordService(*db, riskSpec()).getByRef(u"R-001"_s)->id;
    QHash<QString, QStringList> byKey;
    for (const LinkValues &values : *links) {
        byKey.insert(values.key, values.values.value(first));
    }
    EXPECT_EQ(byKey.value(u"assets"_s), (QStringList{u"AS-001"_s, u"AS-002"_s}));
    EXPECT_EQ(byKey.value(u"existing_controls"_s), QStringList{u"5.15"_s});
    EXPECT_EQ(byKey.value(u"planned_controls"_s), (QStringList{u"8.12"_s, u"8.24"_s}));
    EXPECT_EQ(RecordService(*db, riskSpec()).get(first)->values.at(riskSpec().indexOf(u"level")).toString(),
              u"High");

    // Importing the same rows with the references given changes nothing; a shorter list unlinks.
    const auto again = RecordImport::readCsv("ref,assets,planned_controls\nR-001,AS-001;AS-002,8.24;8.12\n"
                                             "R-002,AS-002,\n");
    const ImportPreview same = RecordImport::preview(*db, riskSpec(), *again);
    ASSERT_TRUE(same.isClean()) << qPrintable(same.problems.value(0).text());
    EXPECT_TRUE(same.updates.isEmpty());
    EXPECT_TRUE(same.links.isEmpty());
    const auto fewer = RecordImport::readCsv("ref,assets\nR-001,AS-002\n");
    const ImportPreview shorter = RecordImport::preview(*db, riskSpec(), *fewer);
    ASSERT_TRUE(RecordImport::apply(*db, riskSpec(), shorter).hasValue());
    EXPECT_EQ(countOf(*db, riskAssetSpec()), 2);
    db.reset();
    expectClean(temp.path(u"test.isms"_s));
}

TEST(RiskRegisterTest, BadLinkCellsAreReportedWithTheirLineAndNothingIsWritten)
{
    test::TempProject temp;
    auto db = temp.create();
    asset(*db, u"CRM"_s);
    const auto table =
        RecordImport::readCsv("title,assets,planned_controls\nA,AS-001,5.15\nB,AS-404,\nC,,4.1\n");
    const ImportPreview preview = RecordImport::preview(*db, riskSpec(), *table);
    ASSERT_EQ(preview.problems.size(), 2);
    EXPECT_EQ(preview.problems.at(0).text(),
              u"line 3: assets: there is no asset \"AS-404\"; list them with \"isms-cli list assets\"."_s);
    EXPECT_EQ(preview.problems.at(1).line, 4);
    EXPECT_FALSE(RecordImport::apply(*db, riskSpec(), preview).hasValue());
    EXPECT_EQ(countOf(*db, riskSpec()), 0);
}

TEST(RiskRegisterTest, LinkCellsOfOneFileReadEachRegisterOnce)
{
    test::TempProject temp;
    auto db = temp.create();
    const RecordId crm = asset(*db, u"CRM"_s);
    const LinkColumn *assets = RecordLinks::columnForHeader(riskSpec(), u"assets"_s);
    ASSERT_NE(assets, nullptr);

    // The first cell reads the assets into the cache; the next cells take them from it.
    TextHash<TextHash<RecordId>> targets;
    EXPECT_EQ(RecordLinks::parse(*db, *assets, u"as-001"_s, &targets).value(), QStringList{u"AS-001"_s});
    ASSERT_EQ(targets.size(), 1);
    EXPECT_EQ(targets.constBegin()->value(u"AS-001"_s), crm);
    asset(*db, u"Laptop fleet"_s); // AS-002, made after the read: the cache does not know it
    EXPECT_FALSE(RecordLinks::parse(*db, *assets, u"AS-002"_s, &targets).hasValue());
    targets.begin()->insert(u"AS-777"_s, crm); // and only the cache knows this one
    EXPECT_EQ(RecordLinks::parse(*db, *assets, u"AS-777; AS-001"_s, &targets).value(),
              (QStringList{u"AS-777"_s, u"AS-001"_s}));
    // Without a cache, each call reads the register as it is.
    EXPECT_EQ(RecordLinks::parse(*db, *assets, u"AS-002"_s).value(), QStringList{u"AS-002"_s});
    EXPECT_FALSE(RecordLinks::parse(*db, *assets, u"AS-777"_s).hasValue());
}

TEST(RiskRegisterTest, OverviewCountsLevelsSignOffsAndOverdueWork)
{
    test::TempProject temp;
    auto db = temp.create();
    const QDate today(2026, 11, 29);
    const RecordId a = risk(*db, u"A"_s, 5, 5);
    const RecordId b = risk(*db, u"B"_s, 1, 1);
    risk(*db, u"C"_s, 5, 5);
    create(*db, riskSpec(), {{u"title"_s, u"Unrated"_s}});
    RecordService risks(*db, riskSpec());
    ASSERT_TRUE(risks
                    .update(a,
                            {{u"residual_likelihood"_s, qint64{2}},
                             {u"residual_impact"_s, qint64{2}},
                             {u"next_review"_s, today.addDays(-1)}})
                    .hasValue());
    ASSERT_TRUE(risks.update(b, {{u"signoff_by"_s, u"Max"_s}, {u"signoff_date"_s, today}}).hasValue());
    task(*db, a, u"Late"_s, today.addDays(-3), u"in-progress"_s);
    task(*db, a, u"Done late"_s, today.addDays(-30), u"done"_s);
    task(*db, b, u"Soon"_s, today.addDays(5), u"open"_s);
    task(*db, b, u"Someday"_s, QDate(), u"open"_s);

    const auto overview = RiskRegister::overview(*db, today);
    ASSERT_TRUE(overview.hasValue()) << qPrintable(overview.error().message);
    EXPECT_EQ(overview->total, 4);
    EXPECT_EQ(overview->perLevel, (QList<int>{1, 0, 0, 2}));
    EXPECT_EQ(overview->residualPerLevel, (QList<int>{2, 0, 0, 1})); // A now Low; C never re-rated
    EXPECT_EQ(overview->current.at(5, 5), 2);
    EXPECT_EQ(overview->current.unrated, 1);
    EXPECT_EQ(overview->residual.at(2, 2), 1);
    EXPECT_EQ(overview->awaitingSignoff, (QStringList{u"R-001"_s, u"R-003"_s, u"R-004"_s}));
    EXPECT_EQ(overview->aboveThreshold, QStringList{u"R-003"_s});
    EXPECT_EQ(overview->reviewOverdue, QStringList{u"R-001"_s});
    EXPECT_EQ(overview->openTasks, 3);
    EXPECT_EQ(overview->overdueTasks, 1);

    const auto plan = RiskRegister::treatmentPlan(*db, today);
    ASSERT_TRUE(plan.hasValue());
    QStringList order;
    for (const TreatmentPlanRow &row : *plan) {
        order.append(row.title);
    }
    EXPECT_EQ(order, (QStringList{u"Done late"_s, u"Late"_s, u"Soon"_s, u"Someday"_s}));
    EXPECT_FALSE(plan->at(0).overdue); // done tasks are never overdue
    EXPECT_TRUE(plan->at(1).overdue);
    EXPECT_EQ(plan->at(1).riskRef, u"R-001");
    EXPECT_EQ(plan->at(1).riskLevel, u"Very high");
}
