// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "ExportCommands.h"

#include "AuditPackCommand.h"
#include "ProjectAccess.h"
#include "RecordTransferCommands.h"
#include "domain/Entities.h"
#include "io/SoaExport.h"
#include "report/ControlStatusReport.h"
#include "report/MetricsReport.h"
#include "report/NonconformityRegisterSection.h"
#include "report/PdfExport.h"
#include "report/ProcessReport.h"
#include "report/RaciReport.h"
#include "report/ReadinessCheckReport.h"
#include "report/ReportOptions.h"
#include "report/ReviewMinutesReport.h"
#include "report/RiskReport.h"
#include "report/SoaReport.h"
#include "report/TreatmentPlanReport.h"
#include "services/SoaVersionService.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <functional>

namespace isms::cli {

namespace {

class ExportCommandsText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::ExportCommands)
};

} // namespace

ExitCode readReportOptions(const Invocation &invocation, Console &console, ReportOptions &options)
{
    const AppSettings settings;
    const QString savedClassification = settings.value(AppSettings::Key::Classification).toString().trimmed();
    if (!savedClassification.isEmpty()) {
        options.classification = savedClassification;
    }
    if (invocation.isSet(QStringLiteral("classification"))) {
        options.classification = invocation.value(QStringLiteral("classification")).trimmed();
    }
    if (invocation.isSet(QStringLiteral("paper"))) {
        const QString paper = invocation.value(QStringLiteral("paper")).trimmed().toLower();
        if (paper == u"a4") {
            options.pageSize = QPageSize::A4;
        } else if (paper == u"letter") {
            options.pageSize = QPageSize::Letter;
        } else if (paper != u"auto") {
            return console.usage(ExportCommandsText::tr("\"%1\" is not a paper size; use a4, letter or auto.")
                                     .arg(printable(invocation.value(QStringLiteral("paper")))));
        }
    }
    return ExitCode::Success;
}

ExitCode runExportPdf(const PdfReport &report, const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    const QString output = invocation.value(QStringLiteral("output"));
    if (!invocation.isSet(QStringLiteral("output")) || output.trimmed().isEmpty()) {
        return console.usage(ExportCommandsText::tr("The output file is missing; give it with -o OUT.pdf."));
    }
    if (QFileInfo(output).suffix().compare(u"pdf", Qt::CaseInsensitive) != 0) {
        return report.records ? runRecordExport(*report.records, invocation, console)
                              : console.usage(report.wrongSuffix);
    }
    if (isSameFile(path, output)) {
        return console.usage(ExportCommandsText::tr(
            "The output file is the project file itself; give another name with -o OUT.pdf."));
    }

    ReportOptions options;
    if (const ExitCode read = readReportOptions(invocation, console, options); read != ExitCode::Success) {
        return read;
    }

    // The pages are checked on a worker thread while the report is built; nothing is written from a
    // damaged file.
    auto opened = openForReadingWhileChecking(path, console);
    if (!opened) {
        return console.fail(opened.error());
    }
    const auto document = report.build(**opened, options);
    if (auto pages = (*opened)->finishPageCheck(); !pages) {
        return console.fail(pages.error());
    }
    if (!document) {
        return console.fail(document.error());
    }
    if (const auto written = PdfExport::writePdf(*document, output, options); !written) {
        return console.fail(written.error());
    }
    console.out() << report.written.arg(QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()))
                  << u'\n';
    return ExitCode::Success;
}

/// The options every PDF report takes.
QList<QCommandLineOption> pdfOptions()
{
    return {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                               ExportCommandsText::tr("The PDF file to write; an existing file is replaced."),
                               ExportCommandsText::tr("OUT.pdf")),
            QCommandLineOption(QStringLiteral("classification"),
                               ExportCommandsText::tr("The classification label printed on every page."),
                               ExportCommandsText::tr("LABEL")),
            QCommandLineOption(QStringLiteral("paper"),
                               ExportCommandsText::tr("a4, letter or auto (from the locale)."),
                               ExportCommandsText::tr("SIZE"))};
}

namespace {

QCommandLineOption soaVersionOption()
{
    return QCommandLineOption(QStringLiteral("version"),
                              ExportCommandsText::tr("An issued version of the Statement of Applicability "
                                                     "instead of the working state."),
                              QStringLiteral("N"));
}

/// The SoA as CSV, XLSX or JSON: the working state, or issued version `version`.
ExitCode runSoaDataExport(const Invocation &invocation, Console &console, std::optional<int> version)
{
    const QString path = invocation.positional(0);
    const QString output = invocation.value(QStringLiteral("output"));
    if (isSameFile(path, output)) {
        return console.usage(ExportCommandsText::tr(
            "The output file is the project file itself; give another name with -o OUT."));
    }
    auto opened = openForReading(path, console);
    if (!opened) {
        return console.fail(opened.error());
    }
    const auto entries = SoaVersionService(**opened).entries(SoaSide{version});
    if (!entries) {
        return console.fail(entries.error());
    }
    if (const auto written = SoaExport::write(output, *entries); !written) {
        return console.fail(written.error());
    }
    console.out() << ExportCommandsText::tr("Wrote the Statement of Applicability (%1 entries) to %2.")
                         .arg(entries->size())
                         .arg(QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()))
                  << u'\n';
    return ExitCode::Success;
}

ExitCode runExportSoa(const Invocation &invocation, Console &console)
{
    std::optional<int> version;
    if (invocation.isSet(QStringLiteral("version"))) {
        const auto side = SoaVersionService::parseSide(invocation.value(QStringLiteral("version")));
        if (!side || !side->version) {
            return console.usage(ExportCommandsText::tr("--version: give the number of an issued version, "
                                                        "such as 1; leave it out for the working state."));
        }
        version = side->version;
    }
    const QString output = invocation.value(QStringLiteral("output"));
    if (invocation.isSet(QStringLiteral("output")) && !output.trimmed().isEmpty()
        && QFileInfo(output).suffix().compare(u"pdf", Qt::CaseInsensitive) != 0) {
        if (!SoaExport::isSupported(output)) {
            return console.usage(
                ExportCommandsText::tr("The Statement of Applicability is written as PDF, CSV, "
                                       "XLSX or JSON; give an output file name that ends in "
                                       ".pdf, .csv, .xlsx or .json."));
        }
        return runSoaDataExport(invocation, console, version);
    }
    PdfReport soa{.build = &SoaReport::build,
                  .wrongSuffix = {},
                  .written = ExportCommandsText::tr("Wrote the Statement of Applicability to %1.")};
    if (version) {
        soa.build = [number = *version](Database &db, const ReportOptions &options) {
            return SoaReport::buildVersion(db, options, number);
        };
        soa.written = ExportCommandsText::tr("Wrote version %1 of the Statement of Applicability to %2.")
                          .arg(QString::number(*version), QStringLiteral("%1"));
    }
    return runExportPdf(soa, invocation, console);
}

} // namespace

bool isSameFile(const QString &first, const QString &second)
{
    const QFileInfo a(first);
    const QFileInfo b(second);
    if (a.exists() && b.exists()) {
        return a.canonicalFilePath() == b.canonicalFilePath();
    }
    return QDir::cleanPath(a.absoluteFilePath()) == QDir::cleanPath(b.absoluteFilePath());
}

QStringList plannedExportKinds()
{
    return {};
}

QList<Command> exportCommands()
{
    const QString synopsis =
        QStringLiteral("FILE -o OUT.pdf [--classification LABEL] [--paper a4|letter|auto]");
    const QString details =
        ExportCommandsText::tr("The project file is only read. The classification printed on every page "
                               "defaults to the one set in the preferences; the paper size follows the "
                               "locale unless --paper is given.");
    const QList<Argument> arguments{
        Argument{QStringLiteral("FILE"), ExportCommandsText::tr("the project file (*.isms)")}};
    QList<Command> commands;
    const PdfReport controls{.build = &ControlStatusReport::build,
                             .wrongSuffix = {},
                             .written = ExportCommandsText::tr("Wrote the control status report to %1."),
                             .records = &controlSpec()};
    commands.append(Command{
        .name = QStringLiteral("export controls"),
        .synopsis = QStringLiteral(
            "FILE -o OUT.pdf|OUT.csv|OUT.xlsx|OUT.json [--classification LABEL] [--paper a4|letter|auto]"),
        .summary = ExportCommandsText::tr(
            "Writes the control status report (all 93 controls by theme, with a chart) as a "
            "PDF/A file, or the controls as CSV, XLSX or JSON."),
        .details = details,
        .arguments = arguments,
        .options = pdfOptions(),
        .run = [controls](const Invocation &invocation,
                          Console &console) { return runExportPdf(controls, invocation, console); },
    });
    commands.append(Command{
        .name = QStringLiteral("export soa"),
        .synopsis =
            QStringLiteral("FILE [--version N] -o OUT.pdf|OUT.csv|OUT.xlsx|OUT.json [--classification "
                           "LABEL] [--paper a4|letter|auto]"),
        .summary = ExportCommandsText::tr(
            "Writes the Statement of Applicability (every Annex A control, then the "
            "additional ones, with applicability, reasons or justification, status and "
            "implementation) as a PDF/A file in landscape, or as CSV, XLSX or JSON."),
        .details = details + u' '
                   + ExportCommandsText::tr("Without --version the working state is written; the PDF then "
                                            "names the latest issued version it follows. With --version N "
                                            "the issued version N is written as it was approved."),
        .arguments = arguments,
        .options = pdfOptions() << soaVersionOption(),
        .run = runExportSoa,
    });
    const PdfReport risks{
        .build = &RiskReport::build,
        .wrongSuffix = ExportCommandsText::tr("The risk report is written as PDF only; give an output file "
                                              "name that ends in .pdf."),
        .written = ExportCommandsText::tr("Wrote the risk report to %1.")};
    commands.append(Command{
        .name = QStringLiteral("export risk-report"),
        .synopsis = synopsis,
        .summary = ExportCommandsText::tr(
            "Writes the risk report (method, heat maps, register, sign-offs, treatment plan) as a "
            "PDF/A file in landscape."),
        .details = details,
        .arguments = arguments,
        .options = pdfOptions(),
        .run = [risks](const Invocation &invocation,
                       Console &console) { return runExportPdf(risks, invocation, console); },
    });
    const PdfReport plan{.build = &TreatmentPlanReport::build,
                         .wrongSuffix = ExportCommandsText::tr(
                             "The treatment plan is written as PDF only; give an output file "
                             "name that ends in .pdf."),
                         .written = ExportCommandsText::tr("Wrote the treatment plan to %1.")};
    commands.append(Command{
        .name = QStringLiteral("export treatment-plan"),
        .synopsis = synopsis,
        .summary = ExportCommandsText::tr(
            "Writes the risk treatment plan (every task by due date, overdue ones marked) as a PDF/A file."),
        .details = details,
        .arguments = arguments,
        .options = pdfOptions(),
        .run = [plan](const Invocation &invocation,
                      Console &console) { return runExportPdf(plan, invocation, console); },
    });
    const PdfReport raci{.build = &RaciReport::build,
                         .wrongSuffix = {},
                         .written = ExportCommandsText::tr("Wrote the roles and the RACI matrix to %1."),
                         .records = &raciAssignmentSpec()};
    commands.append(Command{
        .name = QStringLiteral("export raci"),
        .synopsis = QStringLiteral(
            "FILE -o OUT.pdf|OUT.csv|OUT.xlsx|OUT.json [--classification LABEL] [--paper a4|letter|auto]"),
        .summary = ExportCommandsText::tr(
            "Writes the roles and the RACI matrix over the ISMS processes (5.3) as a PDF/A file in "
            "landscape, or the RACI assignments as CSV, XLSX or JSON."),
        .details = details,
        .arguments = arguments,
        .options = pdfOptions(),
        .run = [raci](const Invocation &invocation,
                      Console &console) { return runExportPdf(raci, invocation, console); },
    });
    const PdfReport processes{
        .build = &ProcessReport::build,
        .wrongSuffix = {},
        .written = ExportCommandsText::tr("Wrote the ISMS processes and their interaction map to %1."),
        .records = &processSpec()};
    commands.append(Command{
        .name = QStringLiteral("export processes"),
        .synopsis = QStringLiteral(
            "FILE -o OUT.pdf|OUT.csv|OUT.xlsx|OUT.json [--classification LABEL] [--paper a4|letter|auto]"),
        .summary = ExportCommandsText::tr(
            "Writes the ISMS processes (4.4, 8.1) with their interaction map as a PDF/A file in landscape, "
            "or the process register as CSV, XLSX or JSON."),
        .details = details,
        .arguments = arguments,
        .options = pdfOptions(),
        .run = [processes](const Invocation &invocation,
                           Console &console) { return runExportPdf(processes, invocation, console); },
    });
    const PdfReport metrics{.build = &MetricsReport::build,
                            .wrongSuffix = {},
                            .written =
                                ExportCommandsText::tr("Wrote the performance evaluation report to %1."),
                            .records = &metricSpec()};
    commands.append(Command{
        .name = QStringLiteral("export metrics"),
        .synopsis = QStringLiteral(
            "FILE -o OUT.pdf|OUT.csv|OUT.xlsx|OUT.json [--classification LABEL] [--paper a4|letter|auto]"),
        .summary = ExportCommandsText::tr(
            "Writes the performance evaluation report (each metric with its trend chart, measurements and "
            "evaluations, then the improvement log) as a PDF/A file, or the metrics as CSV, XLSX or JSON."),
        .details = details,
        .arguments = arguments,
        .options = pdfOptions(),
        .run = [metrics](const Invocation &invocation,
                         Console &console) { return runExportPdf(metrics, invocation, console); },
    });
    const PdfReport nonconformities{
        .build = &NonconformityReport::build,
        .wrongSuffix = {},
        .written = ExportCommandsText::tr("Wrote the nonconformity and corrective-action register to %1."),
        .records = &nonconformitySpec()};
    commands.append(Command{
        .name = QStringLiteral("export nonconformities"),
        .synopsis = QStringLiteral(
            "FILE -o OUT.pdf|OUT.csv|OUT.xlsx|OUT.json [--classification LABEL] [--paper a4|letter|auto]"),
        .summary = ExportCommandsText::tr(
            "Writes the nonconformities with their corrective actions and effectiveness reviews (10.2), "
            "then the incidents and suppliers, as a PDF/A file in landscape, or the nonconformities as "
            "CSV, XLSX or JSON."),
        .details = details,
        .arguments = arguments,
        .options = pdfOptions(),
        .run =
            [nonconformities](const Invocation &invocation, Console &console) {
                return runExportPdf(nonconformities, invocation, console);
            },
    });
    commands.append(Command{
        .name = QStringLiteral("export review-minutes"),
        .synopsis =
            QStringLiteral("FILE REVIEW-ID -o OUT.pdf [--classification LABEL] [--paper a4|letter|auto]"),
        .summary = ExportCommandsText::tr(
            "Writes the minutes of one management review (attendees, each input of 9.3.2 as frozen when the "
            "review was held with its discussion, the decisions and actions of 9.3.3, the approval) as a "
            "PDF/A file."),
        .details = details + u' '
                   + ExportCommandsText::tr("A review not held yet shows its inputs as they stand today, "
                                            "marked as not yet frozen."),
        .arguments = {arguments.constFirst(),
                      Argument{QStringLiteral("REVIEW-ID"),
                               ExportCommandsText::tr("the management review (MR-002)")}},
        .options = pdfOptions(),
        .run =
            [](const Invocation &invocation, Console &console) {
                const QString ref = invocation.positional(1);
                const PdfReport minutes{
                    .build =
                        [ref](Database &db, const ReportOptions &options) {
                            return ReviewMinutesReport::build(db, options, ref);
                        },
                    .wrongSuffix =
                        ExportCommandsText::tr("The review minutes are written as PDF only; give an "
                                               "output file name that ends in .pdf."),
                    .written = ExportCommandsText::tr("Wrote the minutes of management review %1 to %2.")
                                   .arg(ref.trimmed(), QStringLiteral("%1"))};
                return runExportPdf(minutes, invocation, console);
            },
    });
    const PdfReport readiness{.build = &ReadinessCheckReport::build,
                              .wrongSuffix = ExportCommandsText::tr(
                                  "The readiness report is written as PDF only; give an output file "
                                  "name that ends in .pdf."),
                              .written = ExportCommandsText::tr("Wrote the readiness report to %1.")};
    commands.append(Command{
        .name = QStringLiteral("export readiness"),
        .synopsis = synopsis,
        .summary = ExportCommandsText::tr(
            "Writes the readiness check (the score, the points an auditor would raise by area and "
            "clause, and every rule with its result) as a PDF/A file."),
        .details = details,
        .arguments = arguments,
        .options = pdfOptions(),
        .run = [readiness](const Invocation &invocation,
                           Console &console) { return runExportPdf(readiness, invocation, console); },
    });
    commands.append(auditPackCommand());
    return commands;
}

} // namespace isms::cli
