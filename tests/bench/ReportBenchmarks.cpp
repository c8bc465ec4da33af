// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "BenchProject.h"
#include "report/ControlStatusReport.h"
#include "report/PdfExport.h"
#include "report/ReportOptions.h"

#include <benchmark/benchmark.h>

namespace isms::bench {

namespace {

ReportOptions fixedOptions()
{
    ReportOptions options;
    options.pageSize = QPageSize::A4;
    options.generatedAtUtc = QDateTime::fromString(QStringLiteral("2026-11-23T12:00:00Z"), Qt::ISODate);
    return options;
}

/// Building the control status report's document from the demo project (no rendering).
void buildControlStatusReport(benchmark::State &state)
{
    const BenchProject folder;
    const auto db = BenchProject::open(folder.createDemo());
    const ReportOptions options = fixedOptions();
    for (auto _ : state) {
        auto document = ControlStatusReport::build(*db, options);
        if (!document) {
            fail("building the report", document.error());
        }
        benchmark::DoNotOptimize(document->classification.size());
    }
}

BENCHMARK(buildControlStatusReport)->Unit(benchmark::kMillisecond);

/// Build plus render to PDF/A in memory: the budget's "report PDF (93 controls)" under 0.5 s.
void controlStatusReportPdf(benchmark::State &state)
{
    const BenchProject folder;
    const auto db = BenchProject::open(folder.createDemo());
    const ReportOptions options = fixedOptions();
    int pages = 0;
    qsizetype bytes = 0;
    for (auto _ : state) {
        auto document = ControlStatusReport::build(*db, options);
        if (!document) {
            fail("building the report", document.error());
        }
        auto pdf = PdfExport::renderPdf(*document, options, &pages);
        if (!pdf) {
            fail("rendering the report", pdf.error());
        }
        bytes = pdf->size();
    }
    state.counters["pages"] = pages;
    state.counters["kbytes"] = double(bytes) / 1024.0;
}

BENCHMARK(controlStatusReportPdf)->Unit(benchmark::kMillisecond);

} // namespace

} // namespace isms::bench
