// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The processes of the ISMS and their interactions (4.4, 8.1): the registers, their rules and the map.
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/IntegrityService.h"
#include "services/ProcessMap.h"
#include "services/ProcessRules.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

Record recordOf(const EntitySpec &spec, const QList<std::pair<QString, QVariant>> &values)
{
    Record record = spec.newRecord();
    for (const auto &[key, value] : values) {
        record.values[spec.indexOf(key)] = value;
    }
    return record;
}

Record process(const QString &name,
               const QString &owner = u"Process Owner"_s,
               const QString &criteria = u"KPI"_s)
{
    return recordOf(processSpec(), {{u"name"_s, name}, {u"owner"_s, owner}, {u"criteria"_s, criteria}});
}

Record interaction(RecordId from, RecordId to, const QString &exchange = {})
{
    return recordOf(
        processInteractionSpec(),
        {{u"from_process"_s, from.value}, {u"to_process"_s, to.value}, {u"exchange"_s, exchange}});
}

QStringList rulesOf(const Database &db)
{
    const auto findings = ProcessRules::findings(db);
    EXPECT_TRUE(findings.hasValue());
    QStringList rules;
    if (!findings) {
        return rules;
    }
    for (const ProcessFinding &finding : *findings) {
        rules.append(finding.ref.isEmpty() ? finding.rule : finding.rule + u' ' + finding.ref);
    }
    return rules;
}

/// Creates processes named "A", "B", ... with owners and criteria; returns their ids.
QList<RecordId> createProcesses(Database &db, const QStringList &names)
{
    QList<Record> records;
    for (const QString &name : names) {
        records.append(process(name));
    }
    const auto ids = RecordService(db, processSpec()).createMany(records);
    EXPECT_TRUE(ids.hasValue());
    return ids ? *ids : QList<RecordId>{};
}

} // namespace

TEST(ProcessTest, AnEmptyProjectRecordsNoProcessAndCheckSaysSo)
{
    test::TempProject temp;
    auto db = temp.create();
    EXPECT_EQ(rulesOf(*db), QStringList{u"R-PROCESSES-MISSING"_s});
    db.reset();
    const auto report = IntegrityService::check(temp.path(u"test.isms"_s));
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->isClean()) << "readiness points leave the file sound";
    int processes = 0;
    for (const CheckFinding &point : report->readiness) {
        processes += point.area == CheckFinding::Area::Processes ? 1 : 0;
    }
    EXPECT_EQ(processes, 1);
}

TEST(ProcessTest, AnExternallyProvidedProcessNamesItsSupplier)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService processes(*db, processSpec());
    Record payroll = process(u"Payroll"_s);
    payroll.values[processSpec().indexOf(u"externally_provided")] = true;
    const auto refused = processes.create(payroll);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(u"Supplier"_s)) << qPrintable(refused.error().message);

    payroll.values[processSpec().indexOf(u"supplier")] = u"<i>Payroll bureau</i>"_s;
    const auto created = processes.create(payroll);
    ASSERT_TRUE(created.hasValue()) << qPrintable(created.error().message);
    EXPECT_EQ(processes.get(*created)->values.at(processSpec().indexOf(u"supplier")).toString(),
              u"<i>Payroll bureau</i>"_s)
        << "markup is kept as typed, as text";
    // Clearing the supplier of an external process is refused as well.
    EXPECT_FALSE(processes.update(*created, {{u"supplier"_s, QString()}}).hasValue());
    EXPECT_TRUE(processes.update(*created, {{u"externally_provided"_s, false}, {u"supplier"_s, QString()}})
                    .hasValue());
}

TEST(ProcessTest, InteractionsRefuseSelfLinksAndDuplicatesButAllowCircles)
{
    test::TempProject temp;
    auto db = temp.create();
    const QList<RecordId> ids = createProcesses(*db, {u"A"_s, u"B"_s, u"C"_s});
    ASSERT_EQ(ids.size(), 3);
    RecordService links(*db, processInteractionSpec());
    ASSERT_TRUE(links.create(interaction(ids[0], ids[1], u"Orders"_s)).hasValue());
    ASSERT_TRUE(links.create(interaction(ids[1], ids[2])).hasValue());
    const auto circle = links.create(interaction(ids[2], ids[0], u"Feedback"_s));
    EXPECT_TRUE(circle.hasValue()) << "processes feed each other: " << qPrintable(circle.error().message);
    EXPECT_TRUE(links.create(interaction(ids[1], ids[0])).hasValue()) << "the opposite direction is another";

    const auto self = links.create(interaction(ids[0], ids[0]));
    ASSERT_FALSE(self.hasValue());
    EXPECT_TRUE(self.error().message.contains(u"itself"_s)) << qPrintable(self.error().message);
    const auto twice = links.create(interaction(ids[0], ids[1], u"More orders"_s));
    ASSERT_FALSE(twice.hasValue());
    EXPECT_TRUE(twice.error().message.contains(u"PR-001 already passes something to PR-002"_s))
        << qPrintable(twice.error().message);
    // Two new ones in one write: the second is refused and nothing is written.
    const auto batch = links.createMany({interaction(ids[0], ids[2]), interaction(ids[0], ids[2])});
    EXPECT_FALSE(batch.hasValue());
    EXPECT_EQ(links.all()->size(), 4);
    // An import checks the rows against each other before anything is written.
    const RecordContext context{db.get()};
    const auto problems = ProcessMap::validateInteractions(
        processInteractionSpec(),
        {interaction(ids[0], ids[2]), interaction(ids[0], ids[2]), interaction(ids[2], ids[1])},
        context);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.at(0).first, 1);

    // Removing a process that interactions name is refused, naming them.
    EXPECT_FALSE(RecordService(*db, processSpec()).remove({ids[2]}).hasValue());
}

TEST(ProcessTest, RulesNameProcessesWithoutOwnerOrCriteria)
{
    test::TempProject temp;
    auto db = temp.create();
    RecordService processes(*db, processSpec());
    const auto bare = processes.create(process(u"Customer support"_s, QString(), QString()));
    ASSERT_TRUE(bare.hasValue()) << qPrintable(bare.error().message);
    EXPECT_EQ(rulesOf(*db), (QStringList{u"R-PROCESS-NO-OWNER PR-001"_s, u"R-PROCESS-NO-CRITERIA PR-001"_s}));
    const auto findings = ProcessRules::findings(*db);
    ASSERT_TRUE(findings.hasValue());
    EXPECT_TRUE(findings->at(0).message.contains(u"PR-001 Customer support"_s));
    EXPECT_EQ(findings->at(0).kind, u"processes"_s);

    ASSERT_TRUE(processes.update(*bare, {{u"owner"_s, u"Support Team Lead"_s}}).hasValue());
    EXPECT_EQ(rulesOf(*db), QStringList{u"R-PROCESS-NO-CRITERIA PR-001"_s});
    ASSERT_TRUE(processes.update(*bare, {{u"criteria"_s, u"Tickets answered within a day."_s}}).hasValue());
    EXPECT_TRUE(rulesOf(*db).isEmpty());

    // A retired process no longer counts as one of the ISMS.
    ASSERT_TRUE(processes.update(*bare, {{u"status"_s, u"retired"_s}, {u"owner"_s, QString()}}).hasValue());
    EXPECT_EQ(rulesOf(*db), QStringList{u"R-PROCESSES-MISSING"_s});
}

TEST(ProcessTest, TheMapHasANodePerProcessAndAnEdgePerInteractionInLayers)
{
    test::TempProject temp;
    auto db = temp.create();
    const QList<RecordId> ids = createProcesses(*db, {u"A"_s, u"B"_s, u"C"_s, u"D"_s});
    ASSERT_EQ(ids.size(), 4);
    Record external = process(u"E"_s);
    external.values[processSpec().indexOf(u"externally_provided")] = true;
    external.values[processSpec().indexOf(u"supplier")] = u"Bureau"_s;
    const auto e = RecordService(*db, processSpec()).create(external);
    ASSERT_TRUE(e.hasValue());
    RecordService links(*db, processInteractionSpec());
    for (const auto &[from, to] : QList<std::pair<int, int>>{{0, 1}, {1, 2}, {2, 1}, {2, 0}, {3, 2}}) {
        ASSERT_TRUE(links.create(interaction(ids[from], ids[to], u"x"_s)).hasValue());
    }
    const auto map = ProcessMap::load(*db);
    ASSERT_TRUE(map.hasValue());
    ASSERT_EQ(map->nodes().size(), 5);
    ASSERT_EQ(map->edges().size(), 5);
    EXPECT_EQ(map->nodes().at(0).ref, u"PR-001"_s);
    EXPECT_TRUE(map->nodes().at(4).external);
    EXPECT_EQ(map->nodes().at(4).supplier, u"Bureau"_s);
    EXPECT_EQ(map->indexOf(*e), 4);
    // A feeds B feeds C; the interactions back from C close circles and run against the layers.
    EXPECT_EQ(map->nodes().at(0).layer, 0);
    EXPECT_EQ(map->nodes().at(1).layer, 1);
    EXPECT_EQ(map->nodes().at(2).layer, 2);
    EXPECT_EQ(map->nodes().at(3).layer, 1) << "D sits just before C, which it feeds";
    EXPECT_EQ(map->layerCount(), 3);
    int reversed = 0;
    int paired = 0;
    for (const ProcessEdge &edge : map->edges()) {
        EXPECT_EQ(edge.label, u"x"_s);
        reversed += edge.reversed ? 1 : 0;
        paired += edge.paired ? 1 : 0;
        const ProcessNode &from = map->nodes().at(edge.from);
        const ProcessNode &to = map->nodes().at(edge.to);
        EXPECT_EQ(edge.reversed, from.layer > to.layer) << qPrintable(edge.ref);
    }
    EXPECT_EQ(reversed, 2);
    EXPECT_EQ(paired, 2) << "B to C and C to B";
    // No two processes share a place.
    QSet<std::pair<int, int>> places;
    for (const ProcessNode &node : map->nodes()) {
        places.insert({node.layer, node.position});
    }
    EXPECT_EQ(places.size(), 5);
}

TEST(ProcessTest, TheDemoMapsNineProcessesWithOneDeliberateGap)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue());
    EXPECT_EQ(rulesOf(**db), QStringList{u"R-PROCESS-NO-CRITERIA PR-003"_s});
    const auto map = ProcessMap::load(**db);
    ASSERT_TRUE(map.hasValue());
    EXPECT_EQ(map->nodes().size(), 9);
    EXPECT_EQ(map->edges().size(), 13);
    EXPECT_LE(map->layerSize(), 4) << "readable: no column crowded";
    const auto again = ProcessMap::load(**db);
    ASSERT_TRUE(again.hasValue());
    for (qsizetype i = 0; i < map->nodes().size(); ++i) {
        EXPECT_EQ(map->nodes().at(i).layer, again->nodes().at(i).layer);
        EXPECT_EQ(map->nodes().at(i).position, again->nodes().at(i).position);
    }
}
