// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"
#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace isms {
class Database;
struct EntitySpec;
} // namespace isms

namespace isms::cli {

/// A report that `export` writes as PDF: how to build it and what to say about it.
struct PdfReport
{
    std::function<Result<ReportDocument>(Database &, const ReportOptions &)> build;
    QString wrongSuffix; ///< the usage message for an output name that is not .pdf
    QString written;     ///< "Wrote the ... to %1."
    /// The register also written as CSV, XLSX or JSON by the same command (controls); nullptr: PDF only.
    const EntitySpec *records = nullptr;
};

/// Writes `report` of the project positional(0) to the file of -o, with the options of pdfOptions().
/// Reads --classification and --paper (and the saved classification) into `options`; Usage for a
/// paper size it does not know.
ExitCode readReportOptions(const Invocation &invocation, Console &console, ReportOptions &options);

ExitCode runExportPdf(const PdfReport &report, const Invocation &invocation, Console &console);

/// The options every PDF report takes: -o, --classification, --paper.
QList<QCommandLineOption> pdfOptions();

/// `export controls`, `export risk-report` and `export treatment-plan`: the reports as PDF files.
QList<Command> exportCommands();

/// Export kinds that ARCHITECTURE plans but this version does not produce yet.
QStringList plannedExportKinds();

/// True when two paths name the same file (an export must never overwrite the project it reads).
bool isSameFile(const QString &first, const QString &second);

} // namespace isms::cli
