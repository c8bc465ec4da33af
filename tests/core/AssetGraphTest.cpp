// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/AssetGraph.h"

#include "TempProject.h"
#include "domain/Entities.h"
#include "services/IntegrityService.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

class AssetGraphTest : public ::testing::Test
{
protected:
    void SetUp() override { m_db = m_temp.create(); }

    /// Adds an asset with the given own levels (0: not assessed); returns its id.
    RecordId asset(const QString &name, int c, int i, int a)
    {
        const EntitySpec &spec = assetSpec();
        Record record = spec.newRecord();
        record.values[spec.indexOf(u"name")] = name;
        const std::array<std::pair<QString, int>, 3> levels{
            {{u"confidentiality"_s, c}, {u"integrity"_s, i}, {u"availability"_s, a}}};
        for (const auto &[key, level] : levels) {
            record.values[spec.indexOf(key)] = level > 0 ? QVariant(qint64{level}) : QVariant();
        }
        const auto id = RecordService(*m_db, spec).create(record);
        EXPECT_TRUE(id.hasValue()) << qPrintable(id.error().message);
        return id ? *id : RecordId{};
    }

    /// Records that `from` depends on `to`.
    Result<RecordId> link(RecordId from, RecordId to)
    {
        const EntitySpec &spec = assetDependencySpec();
        Record record = spec.newRecord();
        record.values[spec.indexOf(u"asset")] = from.value;
        record.values[spec.indexOf(u"depends_on")] = to.value;
        return RecordService(*m_db, spec).create(record);
    }

    AssetRequirements of(RecordId id)
    {
        const auto graph = AssetGraph::load(*m_db);
        EXPECT_TRUE(graph.hasValue());
        return graph ? graph->requirementsOf(id) : AssetRequirements{};
    }

    test::TempProject m_temp;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(AssetGraphTest, RequirementsRunDownAChainToWhatIsDependedOn)
{
    // The customer database runs on the virtual machine, which runs on the host in the data centre.
    const RecordId database = asset(u"Customer database"_s, 4, 3, 2);
    const RecordId machine = asset(u"Database VM"_s, 1, 0, 3);
    const RecordId host = asset(u"Hypervisor host"_s, 0, 1, 1);
    ASSERT_TRUE(link(database, machine).hasValue());
    ASSERT_TRUE(link(machine, host).hasValue());

    const AssetRequirements top = of(database);
    EXPECT_EQ(top.effective, (std::array<int, 3>{4, 3, 2})); // nothing depends on it
    const AssetRequirements middle = of(machine);
    EXPECT_EQ(middle.effective, (std::array<int, 3>{4, 3, 3}));
    EXPECT_TRUE(middle.isInherited(Protection::Confidentiality));
    EXPECT_FALSE(middle.isInherited(Protection::Availability));
    EXPECT_EQ(middle.source.at(0), u"AS-001");
    EXPECT_EQ(middle.source.at(2), u"AS-002");
    const AssetRequirements bottom = of(host);
    EXPECT_EQ(bottom.effective, (std::array<int, 3>{4, 3, 3}));
    EXPECT_EQ(bottom.source.at(0), u"AS-001");
    EXPECT_EQ(bottom.source.at(2), u"AS-002");
}

TEST_F(AssetGraphTest, ADiamondTakesTheHighestOfBothBranches)
{
    const RecordId payroll = asset(u"Payroll"_s, 4, 2, 1);
    const RecordId tracking = asset(u"Tracking"_s, 1, 2, 4);
    const RecordId app = asset(u"App server"_s, 2, 0, 0);
    const RecordId storage = asset(u"Storage"_s, 0, 0, 0);
    ASSERT_TRUE(link(payroll, app).hasValue());
    ASSERT_TRUE(link(tracking, app).hasValue());
    ASSERT_TRUE(link(payroll, storage).hasValue());
    ASSERT_TRUE(link(app, storage).hasValue());

    EXPECT_EQ(of(app).effective, (std::array<int, 3>{4, 2, 4}));
    EXPECT_EQ(of(storage).effective, (std::array<int, 3>{4, 2, 4}));
    EXPECT_EQ(of(storage).own, (std::array<int, 3>{0, 0, 0}));
    EXPECT_EQ(of(tracking).effective, (std::array<int, 3>{1, 2, 4}));

    const auto graph = AssetGraph::load(*m_db);
    ASSERT_TRUE(graph.hasValue());
    EXPECT_EQ(graph->dependsOn(payroll), (QStringList{u"AS-003"_s, u"AS-004"_s}));
    EXPECT_EQ(graph->dependents(storage), (QStringList{u"AS-001"_s, u"AS-003"_s}));
    EXPECT_TRUE(graph->cycleNames().isEmpty());
}

TEST_F(AssetGraphTest, ALinkThatClosesACycleIsRefusedAndNamed)
{
    const RecordId a = asset(u"A"_s, 1, 1, 1);
    const RecordId b = asset(u"B"_s, 1, 1, 1);
    const RecordId c = asset(u"C"_s, 1, 1, 1);
    ASSERT_TRUE(link(a, b).hasValue());
    ASSERT_TRUE(link(b, c).hasValue());

    const auto closing = link(c, a);
    ASSERT_FALSE(closing.hasValue());
    EXPECT_TRUE(closing.error().message.contains(u"AS-003 \u2192 AS-001 \u2192 AS-002 \u2192 AS-003"_s))
        << qPrintable(closing.error().message);

    const auto self = link(a, a);
    ASSERT_FALSE(self.hasValue());
    EXPECT_TRUE(self.error().message.contains(u"itself"_s));

    const auto again = link(a, b);
    ASSERT_FALSE(again.hasValue());
    EXPECT_TRUE(again.error().message.contains(u"AS-001 already depends on AS-002"_s));
    EXPECT_EQ(RecordService(*m_db, assetDependencySpec()).all()->size(), 2);
}

TEST_F(AssetGraphTest, TheLinksOfOneBatchAreCheckedAgainstEachOther)
{
    const RecordId a = asset(u"A"_s, 1, 1, 1);
    const RecordId b = asset(u"B"_s, 1, 1, 1);
    const RecordId c = asset(u"C"_s, 1, 1, 1);
    ASSERT_TRUE(link(a, b).hasValue());
    const EntitySpec &spec = assetDependencySpec();
    const auto makeLink = [&spec](RecordId from, RecordId to) {
        Record record = spec.newRecord();
        record.values[spec.indexOf(u"asset")] = from.value;
        record.values[spec.indexOf(u"depends_on")] = to.value;
        return record;
    };
    RecordService service(*m_db, spec);
    const auto cycle = service.createMany({makeLink(b, c), makeLink(c, a)});
    ASSERT_FALSE(cycle.hasValue());
    EXPECT_TRUE(cycle.error().message.contains(u"AS-003 \u2192 AS-001 \u2192 AS-002 \u2192 AS-003"_s))
        << qPrintable(cycle.error().message);
    const auto twice = service.createMany({makeLink(b, c), makeLink(b, c)});
    ASSERT_FALSE(twice.hasValue());
    EXPECT_TRUE(twice.error().message.contains(u"AS-002 already depends on AS-003"_s));
    EXPECT_EQ(service.all()->size(), 1) << "nothing of a refused batch is written";

    // A chain written in one batch is fine, and its links are in the graph afterwards.
    ASSERT_TRUE(service.createMany({makeLink(b, c)}).hasValue());
    EXPECT_FALSE(link(c, a).hasValue());
}

TEST_F(AssetGraphTest, AnAssetThatALinkNamesIsNotRemoved)
{
    const RecordId a = asset(u"A"_s, 1, 1, 1);
    const RecordId b = asset(u"B"_s, 1, 1, 1);
    const auto linkId = link(a, b);
    ASSERT_TRUE(linkId.hasValue());
    RecordService assets(*m_db, assetSpec());
    const auto refused = assets.remove({b});
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"AS-002"_s)) << qPrintable(refused.error().message);
    EXPECT_TRUE(refused.error().message.contains(u"AD-001"_s));
    EXPECT_TRUE(assets.get(b).hasValue());

    ASSERT_TRUE(RecordService(*m_db, assetDependencySpec()).remove({*linkId}).hasValue());
    EXPECT_TRUE(assets.remove({b}).hasValue());
}

TEST_F(AssetGraphTest, CheckNamesACycleWrittenOutsideTheProgram)
{
    const RecordId a = asset(u"A"_s, 1, 1, 1);
    const RecordId b = asset(u"B"_s, 3, 1, 1);
    ASSERT_TRUE(link(a, b).hasValue());
    m_db.reset();
    const QString path = m_temp.path(u"test.isms"_s);
    test::TempProject::runSql(
        path,
        {u"INSERT INTO asset_dependency (ref, asset, depends_on) VALUES ('AD-009', %1, %2)"_s.arg(b.value)
             .arg(a.value)});
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue());
    QStringList cycles;
    for (const CheckFinding &finding : report->findings) {
        if (finding.area == CheckFinding::Area::Dependencies) {
            cycles.append(finding.message);
        }
    }
    ASSERT_EQ(cycles.size(), 1) << qPrintable(cycles.join(u'\n'));
    EXPECT_TRUE(cycles.constFirst().contains(u"AS-001 \u2192 AS-002 \u2192 AS-001"_s))
        << qPrintable(cycles.constFirst());

    // Inheritance still holds: both assets in the cycle get its highest level.
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue());
    const auto effective = AssetGraph::effective(**db);
    ASSERT_TRUE(effective.hasValue());
    ASSERT_EQ(effective->size(), 2);
    EXPECT_EQ(effective->at(0).effective.at(0), 3);
    EXPECT_EQ(effective->at(1).effective.at(0), 3);
}
