// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "BenchProject.h"
#include "domain/ChangeLogEntry.h"
#include "services/IntegrityService.h"
#include "services/RequirementService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"

#include <QFile>

#include <benchmark/benchmark.h>

namespace isms::bench {

namespace {

/// A new project: schema, catalogues and the first change-log row, written with synchronous=FULL.
void createProject(benchmark::State &state)
{
    const BenchProject folder;
    int serial = 0;
    for (auto _ : state) {
        const QString file = folder.path(QStringLiteral("new-%1.isms").arg(++serial));
        auto db = Database::create(file, QStringLiteral("Bench Org"), QStringLiteral("bench"));
        if (!db) {
            fail("creating a project", db.error());
        }
        state.PauseTiming();
        db->reset();
        QFile::remove(file);
        state.ResumeTiming();
    }
}

BENCHMARK(createProject)->Unit(benchmark::kMillisecond);

/// Opening the demo project read-write: application id, schema version, quick_check, the schema
/// allow-list and the lock file; closing releases the lock.
void openDemoProject(benchmark::State &state)
{
    const BenchProject folder;
    const QString file = folder.createDemo();
    for (auto _ : state) {
        auto db = Database::open(file, Database::OpenOptions{});
        if (!db) {
            fail("opening the demo project", db.error());
        }
        benchmark::DoNotOptimize(db->get());
    }
}

BENCHMARK(openDemoProject)->Unit(benchmark::kMillisecond);

/// The same, read-only (what isms-cli's read commands do): no lock file.
void openDemoProjectReadOnly(benchmark::State &state)
{
    const BenchProject folder;
    const QString file = folder.createDemo();
    Database::OpenOptions options;
    options.access = Database::Access::ReadOnly;
    for (auto _ : state) {
        auto db = Database::open(file, options);
        if (!db) {
            fail("opening the demo project read-only", db.error());
        }
        benchmark::DoNotOptimize(db->get());
    }
}

BENCHMARK(openDemoProjectReadOnly)->Unit(benchmark::kMillisecond);

/// All 93 controls with attributes, 2013 mapping and tracking (the Controls page and `isms-cli controls`).
void readControls(benchmark::State &state)
{
    const BenchProject folder;
    const auto db = BenchProject::open(folder.createDemo());
    const RequirementService service(*db);
    for (auto _ : state) {
        auto controls = service.controls();
        if (!controls) {
            fail("reading the controls", controls.error());
        }
        benchmark::DoNotOptimize(controls->size());
    }
}

BENCHMARK(readControls)->Unit(benchmark::kMicrosecond);

/// One user action: a status change in one transaction, logged with its SHA-256 chain row, committed
/// with synchronous=FULL.
void updateOneControl(benchmark::State &state)
{
    const BenchProject folder;
    const auto db = BenchProject::open(folder.createDemo());
    RequirementService service(*db);
    const RequirementKey key{RequirementKind::Control, QStringLiteral("5.1")};
    bool planned = false;
    for (auto _ : state) {
        planned = !planned;
        RequirementChange change;
        change.status = planned ? ImplementationStatus::Planned : ImplementationStatus::Partial;
        if (const auto updated = service.update(key, change); !updated) {
            fail("updating a control", updated.error());
        }
    }
}

BENCHMARK(updateOneControl)->Unit(benchmark::kMillisecond);

/// Appends `rows` change-log rows (notes of every control, round after round) in one transaction.
void appendLogRows(Database &db, int rows)
{
    QList<FieldChange> changes;
    changes.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        const int round = i / 93;
        const QString ref = QStringLiteral("%1.%2").arg(5 + (i % 93) / 37).arg(1 + (i % 93) % 37);
        changes.append(FieldChange{QStringLiteral("control"),
                                   ref,
                                   QStringLiteral("notes"),
                                   QStringLiteral("Review round %1").arg(round),
                                   QStringLiteral("Review round %1").arg(round + 1)});
    }
    const auto appended = db.transaction([&db, &changes]() { return ChangeLog::append(db, changes); });
    if (!appended) {
        fail("filling the change log", appended.error());
    }
}

/// Recomputing the SHA-256 chain of a change log of about 10,000 rows (what `isms-cli check` does).
void verifyChain10k(benchmark::State &state)
{
    const BenchProject folder;
    const auto db = BenchProject::open(folder.createDemo());
    appendLogRows(*db, 10'000);
    const auto rows = ChangeLog::count(*db);
    if (!rows) {
        fail("counting the change log", rows.error());
    }
    for (auto _ : state) {
        auto problems = ChangeLog::verifyChain(*db);
        if (!problems) {
            fail("verifying the chain", problems.error());
        }
        if (!problems->isEmpty()) {
            fail("verifying the chain", Error{ErrorCode::Corrupt, QStringLiteral("the chain is broken"), {}});
        }
    }
    state.counters["rows"] = double(*rows);
    state.SetItemsProcessed(state.iterations() * *rows);
}

BENCHMARK(verifyChain10k)->Unit(benchmark::kMillisecond);

/// The whole `isms-cli check` on the demo project: quick_check, schema, chain and value history.
void integrityCheckDemo(benchmark::State &state)
{
    const BenchProject folder;
    const QString file = folder.createDemo();
    for (auto _ : state) {
        auto report = IntegrityService::check(file);
        if (!report) {
            fail("checking the demo project", report.error());
        }
        benchmark::DoNotOptimize(report->findings.size());
    }
}

BENCHMARK(integrityCheckDemo)->Unit(benchmark::kMillisecond);

} // namespace

} // namespace isms::bench
