// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "BenchProject.h"
#include "report/AuditPack.h"
#include "report/PdfExport.h"
#include "report/ReportOptions.h"

#include <benchmark/benchmark.h>

namespace isms::bench {

namespace {

/// The budget's "audit pack PDF for the demo project" under 2 s: the stage 2 pack (every section of a
/// preset and the evidence index) built and rendered to PDF/A in memory, from the demo (range 0) or a
/// scaled demo of that many risks.
void auditPackPdf(benchmark::State &state)
{
    const BenchProject folder;
    const int risks = static_cast<int>(state.range(0));
    const auto db = BenchProject::open(risks == 0 ? folder.createDemo() : folder.scaledDemo(risks));
    ReportOptions options;
    options.pageSize = QPageSize::A4;
    options.generatedAtUtc = QDateTime::fromString(QStringLiteral("2026-11-23T12:00:00Z"), Qt::ISODate);
    AuditPackRequest request;
    request.preset = QStringLiteral("stage2");
    int pages = 0;
    qsizetype bytes = 0;
    for (auto _ : state) {
        auto document = AuditPack::build(*db, options, request);
        if (!document) {
            fail("building the audit pack", document.error());
        }
        auto pdf = PdfExport::renderPdf(*document, options, &pages);
        if (!pdf) {
            fail("rendering the audit pack", pdf.error());
        }
        bytes = pdf->size();
    }
    state.counters["pages"] = pages;
    state.counters["kbytes"] = double(bytes) / 1024.0;
}

BENCHMARK(auditPackPdf)->Arg(0)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

} // namespace isms::bench
