// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "BenchProject.h"
#include "domain/Entities.h"
#include "models/RecordFilterProxyModel.h"
#include "models/RecordTableModel.h"

#include <QElapsedTimer>
#include <QStringList>

#include <benchmark/benchmark.h>

namespace isms::bench {

namespace {

/// The budget's "filter a 10,000-row table on a keystroke": the risk register's model and its filter
/// proxy, sorted by reference as the register page shows them; each iteration is one keystroke while
/// "backup" is typed (and the field cleared again), so the proxy filters every row each time.
void filterRisksOnAKeystroke(benchmark::State &state)
{
    const BenchProject folder;
    const auto db = BenchProject::openReadOnly(folder.scaledDemo(static_cast<int>(state.range(0))));
    RecordTableModel model(riskSpec());
    if (const auto loaded = model.setDatabase(db.get()); !loaded) {
        fail("loading the risks", loaded.error());
    }
    RecordFilterProxyModel proxy;
    proxy.setSourceRecordModel(&model);
    proxy.sort(0, Qt::AscendingOrder);
    const QString word = QStringLiteral("backup");
    QStringList keystrokes;
    for (qsizetype length = 1; length <= word.size(); ++length) {
        keystrokes.append(word.left(length));
    }
    keystrokes.append(QString());
    // The first keystroke builds each row's search text (kept until the record changes): timed on its
    // own, then the typing is timed with those texts known, as in a window after the first keystroke.
    QElapsedTimer first;
    first.start();
    proxy.setFilterText(keystrokes.constFirst());
    state.counters["first_keystroke_ms"] = double(first.nsecsElapsed()) / 1e6;
    for (const QString &keystroke : std::as_const(keystrokes)) {
        proxy.setFilterText(keystroke);
    }
    qsizetype next = 0;
    for (auto _ : state) {
        proxy.setFilterText(keystrokes.at(next));
        benchmark::DoNotOptimize(proxy.rowCount());
        next = (next + 1) % keystrokes.size();
    }
    // The same counters as the other sized benchmarks, so that their CSV rows line up.
    state.counters["risks"] = double(model.rowCount());
    state.SetItemsProcessed(state.iterations() * model.rowCount());
}

BENCHMARK(filterRisksOnAKeystroke)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

} // namespace

} // namespace isms::bench
