// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "BenchProject.h"
#include "domain/Entities.h"
#include "services/RecordService.h"

#include <benchmark/benchmark.h>

namespace isms::bench {

namespace {

/// The budget's "bulk change of 10,000 records": the owner of every risk of a scaled demo changed as
/// one action (what a bulk edit's undo command runs): validated, one transaction, one change-log row
/// per risk, one notice. Iterations alternate between two owners, so that each one changes every risk.
void bulkChangeRiskOwner(benchmark::State &state)
{
    const BenchProject folder;
    const auto risks = static_cast<int>(state.range(0));
    const auto db = BenchProject::open(folder.copy(folder.scaledDemo(risks), QStringLiteral("bulk.isms")));
    RecordService service(*db, riskSpec());
    const auto all = service.all();
    if (!all) {
        fail("reading the risks", all.error());
    }
    std::array<QList<RecordChange>, 2> changes;
    for (size_t round = 0; round < changes.size(); ++round) {
        const QString owner =
            round == 0 ? QStringLiteral("Risk Office") : QStringLiteral("Chief Risk Officer");
        changes.at(round).reserve(all->size());
        for (const Record &record : *all) {
            changes.at(round).append(RecordChange{record.id, {{QStringLiteral("owner"), owner}}});
        }
    }
    size_t round = 0;
    for (auto _ : state) {
        if (const auto changed = service.updateMany(changes.at(round)); !changed) {
            fail("changing the owners", changed.error());
        }
        round = 1 - round;
    }
    state.counters["risks"] = double(all->size());
    state.SetItemsProcessed(state.iterations() * all->size());
}

BENCHMARK(bulkChangeRiskOwner)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

} // namespace

} // namespace isms::bench
