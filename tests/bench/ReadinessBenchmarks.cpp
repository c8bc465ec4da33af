// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "BenchProject.h"
#include "domain/Entities.h"
#include "services/ReadinessCheck.h"
#include "storage/RecordRepository.h"

#include <QDate>

#include <benchmark/benchmark.h>

namespace isms::bench {

namespace {

/// The budget's "readiness check at 10,000 risks": every rule over the scaled demo project, as the
/// Readiness check page and `isms-cli readiness` run it (the project already open).
void readinessCheck(benchmark::State &state)
{
    const BenchProject folder;
    const auto db = BenchProject::openReadOnly(folder.scaledDemo(static_cast<int>(state.range(0))));
    const QDate today(2026, 11, 30);
    for (auto _ : state) {
        const auto report = ReadinessCheck::run(*db, today);
        if (!report) {
            fail("the readiness check", report.error());
        }
        benchmark::DoNotOptimize(report->findings.size());
    }
    // The same counters as the other sized benchmarks, so that their CSV rows line up.
    const auto risks = RecordRepository(*db, riskSpec()).count();
    state.counters["risks"] = risks ? double(*risks) : 0.0;
    state.SetItemsProcessed(state.iterations() * (risks ? *risks : 0));
}

BENCHMARK(readinessCheck)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

} // namespace

} // namespace isms::bench
