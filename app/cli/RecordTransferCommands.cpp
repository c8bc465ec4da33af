// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "RecordTransferCommands.h"

#include "ExportCommands.h"
#include "ProjectAccess.h"
#include "RecordOutput.h"
#include "domain/Entities.h"
#include "io/RecordImport.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringConverter>

#include <future>

namespace isms::cli {

namespace {

class RecordTransferText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::RecordTransferCommands)
};

const QString OutputOption = QStringLiteral("output");
const QString MapOption = QStringLiteral("map");
const QString DryRunOption = QStringLiteral("dry-run");

} // namespace

ExitCode runRecordExport(const EntitySpec &spec, const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    const QString output = invocation.value(OutputOption).trimmed();
    if (output.isEmpty()) {
        return console.usage(RecordTransferText::tr("The output file is missing; give it with -o OUT.csv, -o "
                                                    "OUT.xlsx or -o OUT.json."));
    }
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != u"csv" && suffix != u"json" && suffix != u"xlsx") {
        return console.usage(
            RecordTransferText::tr("%1 can be exported as .csv, .xlsx or .json; give an output file "
                                   "name that ends in one of them.")
                .arg(spec.pluralLabel()));
    }
    if (isSameFile(path, output)) {
        return console.usage(
            RecordTransferText::tr("The output file is the project file itself; give another name with -o."));
    }
    auto opened = openForReading(path, console);
    if (!opened) {
        return console.fail(opened.error());
    }
    auto records = RecordService(**opened, spec).all();
    if (!records) {
        return console.fail(records.error());
    }
    const QString written = QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath());
    if (suffix == u"xlsx") {
        if (auto done = RecordOutput(**opened, spec).writeXlsx(output, *records); !done) {
            return console.fail(done.error());
        }
        console.out() << RecordTransferText::tr("Wrote %n record(s) to %1.",
                                                nullptr,
                                                static_cast<int>(records->size()))
                             .arg(written)
                      << u'\n';
        return ExitCode::Success;
    }
    // Written whole or not at all: a failed export never leaves half a file.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly)) {
        return console.fail(
            Error{ErrorCode::Io,
                  RecordTransferText::tr("%1 cannot be written; choose a folder you can write to.")
                      .arg(QDir::toNativeSeparators(output)),
                  file.errorString()});
    }
    {
        QTextStream out(&file);
        out.setEncoding(QStringConverter::Utf8);
        const RecordOutput writer(**opened, spec);
        if (suffix == u"csv") {
            writer.printCsv(*records, out);
        } else {
            writer.printJson(*records, out);
        }
    }
    if (!file.commit()) {
        return console.fail(
            Error{ErrorCode::Io,
                  RecordTransferText::tr("%1 could not be written; check the disk space and try again.")
                      .arg(QDir::toNativeSeparators(output)),
                  file.errorString()});
    }
    console.out() << RecordTransferText::tr("Wrote %n record(s) to %1.",
                                            nullptr,
                                            static_cast<int>(records->size()))
                         .arg(QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()))
                  << u'\n';
    return ExitCode::Success;
}

namespace {

ExitCode runImport(const EntitySpec &spec, const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    const QString input = invocation.positional(1);
    QHash<QString, QString> overrides;
    if (invocation.isSet(MapOption)) {
        auto map = RecordImport::parseMap(invocation.value(MapOption), spec);
        if (!map) {
            return console.usage(map.error().message);
        }
        overrides = *map;
    }
    const bool dryRun = invocation.isSet(DryRunOption);
    // The file is read on a worker thread while the project opens.
    std::future<Result<ImportTable>> reading =
        std::async(std::launch::async, [&input, &spec] { return RecordImport::readFile(input, spec); });
    auto opened = openForImport(path, console, invocation, dryRun);
    auto table = reading.get();
    if (!table) {
        // A file that cannot be read as CSV or JSON is an input problem: nothing is imported.
        if (table.error().code == ErrorCode::InvalidArgument) {
            console.out() << QStringLiteral("line 1: ") << table.error().message << u'\n';
            console.error(
                RecordTransferText::tr("Nothing was imported from %1.").arg(QDir::toNativeSeparators(input)));
            return ExitCode::ProblemsFound;
        }
        return console.fail(table.error());
    }
    if (!opened) {
        return console.fail(opened.error());
    }
    ImportPreview preview = RecordImport::preview(**opened, spec, *table, overrides);
    *table = ImportTable(); // the preview holds what it read; the file's text goes before the write
    // A damaged project is refused before anything is said about the file (its pages were checked
    // during the preview).
    if (auto pages = (*opened)->finishPageCheck(); !pages) {
        return console.fail(pages.error());
    }
    if (!preview.isClean()) {
        for (const ImportProblem &problem : preview.problems) {
            console.out() << printable(problem.text()) << u'\n';
        }
        console.error(
            RecordTransferText::tr("%n problem(s) found, so nothing was imported from %1; correct the "
                                   "file and import it again.",
                                   nullptr,
                                   static_cast<int>(preview.problems.size()))
                .arg(QDir::toNativeSeparators(input)));
        return ExitCode::ProblemsFound;
    }
    const QStringList ignored = preview.ignoredColumns();
    if (!ignored.isEmpty()) {
        console.note(RecordTransferText::tr("Ignored columns: %1 (no field of %2 matches them; use --map to "
                                            "assign one).")
                         .arg(printable(ignored.join(QStringLiteral(", "))), spec.key));
    }
    for (const QString &readAs : preview.readAs) {
        console.note(printable(readAs));
    }
    if (dryRun) {
        console.out() << RecordTransferText::tr(
                             "%1: %2 would be created and %3 changed; nothing was written (--dry-run).")
                             .arg(spec.pluralLabel())
                             .arg(preview.creates.size())
                             .arg(preview.updates.size())
                      << u'\n';
        return ExitCode::Success;
    }
    auto outcome = RecordImport::apply(**opened, spec, std::move(preview));
    if (!outcome) {
        return console.fail(outcome.error());
    }
    console.out() << RecordTransferText::tr(
                         "%1 imported: %2 created, %3 changed, recorded in the change log as %4.")
                         .arg(spec.pluralLabel())
                         .arg(outcome->created.size())
                         .arg(outcome->changed.size())
                         .arg((*opened)->actor())
                  << u'\n';
    return ExitCode::Success;
}

} // namespace

QList<Command> recordTransferCommands()
{
    QList<Command> commands;
    for (const EntitySpec *spec : Entities::all()) {
        commands << recordTransferCommandsOf(spec);
    }
    return commands;
}

QList<Command> recordTransferCommandsOf(const EntitySpec *spec)
{
    QList<Command> commands;
    {
        const QString plural = spec->pluralNoun();
        commands.append(Command{
            .name = QStringLiteral("export ") + spec->key,
            .synopsis = QStringLiteral("FILE -o OUT.csv|OUT.xlsx|OUT.json"),
            .summary = RecordTransferText::tr("Writes the %1 as CSV, XLSX or JSON.").arg(plural),
            .details =
                RecordTransferText::tr("CSV cells that a spreadsheet would run as a formula are written with "
                                       "a leading apostrophe; importing the file gives the same records."),
            .arguments = {{QStringLiteral("FILE"), RecordTransferText::tr("the project file (*.isms)")}},
            .options = {QCommandLineOption(
                {QStringLiteral("o"), OutputOption},
                RecordTransferText::tr("The file to write (.csv, .xlsx or .json)."),
                QStringLiteral("OUT"))},
            .run = [spec](const Invocation &invocation, Console &console) {
                return runRecordExport(*spec, invocation, console);
            }});
        if (spec->createdElsewhere) {
            return commands; // evidence comes with its file: "attach"
        }
        commands.append(Command{
            .name = QStringLiteral("import ") + spec->key,
            .synopsis = QStringLiteral("FILE IN.csv|IN.xlsx|IN.json [--map 'Header=field,...'] [--dry-run]"),
            .summary = RecordTransferText::tr(
                           "Creates and changes %1 from a CSV, XLSX or JSON file, all or nothing.")
                           .arg(plural),
            .details =
                RecordTransferText::tr("A row whose reference exists changes that record; other rows create "
                                       "records. Headers are matched by field key or label, or by the "
                                       "English, German and French names each field lists. Problems are "
                                       "listed as \"line N: COLUMN: what is wrong\" and "
                                       "nothing is imported."),
            .arguments = {{QStringLiteral("FILE"), RecordTransferText::tr("the project file (*.isms)")},
                          {QStringLiteral("IN"),
                           RecordTransferText::tr("the file to import (.csv, .xlsx or .json)")}},
            .options =
                {QCommandLineOption(MapOption,
                                    RecordTransferText::tr(
                                        "Assign columns to fields by hand; 'Header=' leaves a column out."),
                                    QStringLiteral("Header=field,...")),
                 QCommandLineOption(DryRunOption,
                                    RecordTransferText::tr("Check the file and say what would change; write "
                                                           "nothing."))},
            .changesProject = true,
            .run = [spec](const Invocation &invocation, Console &console) {
                return runImport(*spec, invocation, console);
            }});
    }
    return commands;
}

} // namespace isms::cli
