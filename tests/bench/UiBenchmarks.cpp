// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "BenchProject.h"
#include "common/Prompt.h"
#include "domain/Entities.h"
#include "models/RecordFilterProxyModel.h"
#include "models/RecordTableModel.h"
#include "records/RegisterPage.h"
#include "risks/RiskRegisterPage.h"

#include <QApplication>
#include <QStringList>
#include <QTableView>
#include <QUndoStack>

#include <benchmark/benchmark.h>
#include <memory>

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
    // The first keystroke builds each row's search text (kept until the record changes; timed by
    // filterRisksFirstKeystroke): the typing is timed with those texts known, as after it in a window.
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

/// The first keystroke in a freshly loaded register, which also works out each row's search text.
void filterRisksFirstKeystroke(benchmark::State &state)
{
    const BenchProject folder;
    const auto db = BenchProject::openReadOnly(folder.scaledDemo(static_cast<int>(state.range(0))));
    std::unique_ptr<RecordFilterProxyModel> proxy;
    std::unique_ptr<RecordTableModel> model;
    for (auto _ : state) {
        state.PauseTiming(); // a fresh model, untimed (the previous one goes untimed too)
        proxy.reset();
        model = std::make_unique<RecordTableModel>(riskSpec());
        if (const auto loaded = model->setDatabase(db.get()); !loaded) {
            fail("loading the risks", loaded.error());
        }
        proxy = std::make_unique<RecordFilterProxyModel>();
        proxy->setSourceRecordModel(model.get());
        proxy->sort(0, Qt::AscendingOrder);
        state.ResumeTiming();
        proxy->setFilterText(QStringLiteral("b"));
        benchmark::DoNotOptimize(proxy->rowCount());
    }
    state.counters["risks"] = double(model ? model->rowCount() : 0);
}

BENCHMARK(filterRisksFirstKeystroke)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

/// Answers no question: the page asks only before deleting, which the benchmarks never do.
class SilentPrompt final : public Prompt
{
public:
    LockedChoice askLocked(QWidget *, const QString &, const std::optional<LockInfo> &) override
    {
        return LockedChoice::Cancel;
    }

    void showError(QWidget *, const QString &, const QString &, const QString &) override {}

    bool confirm(QWidget *, const QString &, const QString &, const QString &) override { return false; }
};

/// Moving to the next risk with the arrow key on the Risks page, as a user reads through the register:
/// the form, the sign-off strip and the panels (assets, controls, tasks, evidence) show the new risk,
/// and the page is painted (offscreen, at the size of the screenshots).
void moveToNextRisk(benchmark::State &state)
{
    const BenchProject folder;
    const auto db = BenchProject::open(folder.scaledDemo(static_cast<int>(state.range(0))));
    SilentPrompt prompt;
    QUndoStack undoStack;
    std::unique_ptr<RegisterPage> page(RiskRegisterPage::create(prompt, nullptr));
    page->resize(1200, 860);
    page->setContext(db.get(), &undoStack);
    page->show();
    page->model()->readRest();
    while (page->model()->isLoading()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    QCoreApplication::processEvents(); // the first paint
    QTableView *table = page->tableView();
    const int rows = table->model()->rowCount();
    int next = 0;
    for (auto _ : state) {
        next = (next + 1) % rows;
        table->selectRow(next);
        // What changed is painted, as the window's event loop would after the key press.
        QCoreApplication::processEvents();
    }
    state.counters["risks"] = double(rows);
}

BENCHMARK(moveToNextRisk)->Arg(1'000)->Arg(10'000)->Unit(benchmark::kMillisecond);

} // namespace

} // namespace isms::bench
