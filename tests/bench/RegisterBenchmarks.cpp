// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "BenchProject.h"
#include "domain/Entities.h"
#include "io/RecordExport.h"
#include "io/RecordImport.h"
#include "services/RecordLinks.h"
#include "services/RecordService.h"
#include "storage/RecordRepository.h"

#include <QFile>
#include <QTextStream>

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

/// Writes the risks of `project` as `isms-cli export risks` does, with or without the link columns.
void writeRisksCsv(const QString &project, const QString &csv, bool withLinks)
{
    const auto source = BenchProject::openReadOnly(project);
    const auto all = RecordService(*source, riskSpec()).all();
    if (!all) {
        fail("reading the risks", all.error());
    }
    QHash<QString, QHash<qint64, QString>> refs;
    const FieldText::IdToRef idToRef = [&source, &refs](const QString &kind, RecordId id) {
        auto found = refs.find(kind);
        if (found == refs.end()) {
            QHash<qint64, QString> byId;
            const EntitySpec *target = Entities::find(kind);
            const auto ids = target ? RecordRepository(*source, *target).idsByRef()
                                    : Result<TextHash<RecordId>>(TextHash<RecordId>());
            for (auto it = ids ? ids->constBegin() : TextHash<RecordId>::const_iterator();
                 ids && it != ids->constEnd();
                 ++it) {
                byId.insert(it.value().value, it.key());
            }
            found = refs.insert(kind, byId);
        }
        return found->value(id.value);
    };
    QList<LinkValues> links;
    if (withLinks) {
        auto read = RecordLinks::read(*source, riskSpec());
        if (!read) {
            fail("reading the risks' links", read.error());
        }
        links = *read;
    }
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly)) {
        fail("writing the CSV file", Error{ErrorCode::Io, csv, {}});
    }
    QTextStream out(&file);
    RecordExport::writeCsv(riskSpec(), *all, idToRef, out, links);
}

/// The budget's "import 10,000 risks from CSV" without the process around it: the register of a scaled
/// demo exported as CSV (without its link columns, as scripts/bench.sh maps them out) and imported into
/// a copy of an empty project: opened, read, every row validated, written as one action with its
/// change-log rows, closed.
void importRisksFromCsv(benchmark::State &state)
{
    const BenchProject folder;
    const auto risks = static_cast<int>(state.range(0));
    const QString csv = folder.path(QStringLiteral("risks.csv"));
    writeRisksCsv(folder.scaledDemo(risks), csv, false);
    const QString empty = folder.path(QStringLiteral("empty.isms"));
    if (auto created = Database::create(empty, QStringLiteral("Bench"), QStringLiteral("bench")); !created) {
        fail("creating the empty project", created.error());
    }
    qsizetype imported = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString target = folder.copy(empty, QStringLiteral("target.isms"));
        state.ResumeTiming();
        const auto db = BenchProject::open(target);
        const auto table = RecordImport::readFile(csv, riskSpec());
        if (!table) {
            fail("reading the CSV file", table.error());
        }
        const ImportPreview preview = RecordImport::preview(*db, riskSpec(), *table);
        if (!preview.isClean()) {
            fail("checking the CSV file",
                 Error{ErrorCode::InvalidArgument, preview.problems.first().text(), {}});
        }
        const auto outcome = RecordImport::apply(*db, riskSpec(), preview);
        if (!outcome) {
            fail("importing the risks", outcome.error());
        }
        imported = outcome->created.size();
    }
    state.counters["risks"] = double(imported);
    state.SetItemsProcessed(state.iterations() * imported);
}

BENCHMARK(importRisksFromCsv)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

/// Checking a project's own risk export, link columns included, against the project: the preview of
/// importing it back (every row an unchanged update). Each register that a link column names is read
/// once per file, not once per cell (which took 25 s at 10,000 risks).
void previewOwnRiskExportWithLinks(benchmark::State &state)
{
    const BenchProject folder;
    const auto risks = static_cast<int>(state.range(0));
    const QString project = folder.scaledDemo(risks);
    const QString csv = folder.path(QStringLiteral("risks.csv"));
    writeRisksCsv(project, csv, true);
    const auto db = BenchProject::openReadOnly(project);
    const auto table = RecordImport::readFile(csv, riskSpec());
    if (!table) {
        fail("reading the CSV file", table.error());
    }
    for (auto _ : state) {
        const ImportPreview preview = RecordImport::preview(*db, riskSpec(), *table);
        if (!preview.isClean() || !preview.creates.isEmpty() || !preview.updates.isEmpty()) {
            fail("checking the CSV file", Error{ErrorCode::InvalidArgument, csv, {}});
        }
    }
    state.SetItemsProcessed(state.iterations() * risks);
}

BENCHMARK(previewOwnRiskExportWithLinks)->Arg(1'000)->Arg(10'000)->Unit(benchmark::kMillisecond);

} // namespace

} // namespace isms::bench
