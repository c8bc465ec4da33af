// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "SoaImportCommand.h"

#include "ProjectAccess.h"
#include "io/SoaImport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace isms::cli {

namespace {

class SoaImportText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::SoaImportCommand)
};

const QString MapOption = QStringLiteral("map");
const QString DryRunOption = QStringLiteral("dry-run");
const QString EditionOption = QStringLiteral("edition");

ExitCode runImport(const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    const QString input = invocation.positional(1);
    QHash<QString, QString> overrides;
    for (const QString &map : invocation.values(MapOption)) {
        auto parsed = SoaImport::parseMap(map);
        if (!parsed) {
            return console.usage(parsed.error().message);
        }
        overrides.insert(*parsed);
    }
    SoaEdition edition = SoaEdition::Detect;
    if (invocation.isSet(EditionOption)) {
        const QString value = invocation.value(EditionOption).trimmed();
        if (value != u"2013" && value != u"2022") {
            return console.usage(
                SoaImportText::tr("\"%1\" is not an edition; use 2013 or 2022.").arg(printable(value)));
        }
        edition = value == u"2013" ? SoaEdition::Iso2013 : SoaEdition::Iso2022;
    }
    auto table = SoaImport::readFile(input);
    if (!table) {
        if (table.error().code == ErrorCode::InvalidArgument) {
            console.out() << QStringLiteral("line 1: ") << printable(table.error().message) << u'\n';
            console.error(
                SoaImportText::tr("Nothing was imported from %1.").arg(QDir::toNativeSeparators(input)));
            return ExitCode::ProblemsFound;
        }
        return console.fail(table.error());
    }
    const bool dryRun = invocation.isSet(DryRunOption);
    auto opened = openForImport(path, console, invocation, dryRun);
    if (!opened) {
        return console.fail(opened.error());
    }
    const SoaImportPreview preview = SoaImport::preview(**opened, *table, overrides, edition);
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
            SoaImportText::tr("Problems found: %1, so nothing was imported from %2; correct the file and "
                              "import it again.")
                .arg(preview.problems.size())
                .arg(QDir::toNativeSeparators(input)));
        return ExitCode::ProblemsFound;
    }
    if (!preview.ignoredColumns.isEmpty()) {
        console.note(SoaImportText::tr("Ignored columns: %1 (no field of the SoA matches them; use --map to "
                                       "assign one).")
                         .arg(printable(preview.ignoredColumns.join(QStringLiteral(", ")))));
    }
    const bool is2013 = preview.edition == SoaEdition::Iso2013;
    if (is2013) {
        console.out() << SoaImportText::tr(
            "Read as an SoA of ISO/IEC 27001:2013 and carried over to the 2022 "
            "controls through the mapping in the project.")
                      << u'\n';
    }
    if (dryRun) {
        console.out() << SoaImportText::tr("Statement of Applicability, nothing written (--dry-run): Annex A "
                                           "controls to change: %1; additional controls to create: %2, to "
                                           "change: %3.")
                             .arg(preview.controlChanges.size())
                             .arg(preview.additionalCreates.size())
                             .arg(preview.additionalUpdates.size())
                      << u'\n';
    } else {
        auto outcome = SoaImport::apply(**opened, preview);
        if (!outcome) {
            return console.fail(outcome.error());
        }
        console.out() << SoaImportText::tr(
                             "Statement of Applicability imported, recorded in the change log as %4: "
                             "Annex A controls changed: %1; additional controls created: %2, changed: %3.")
                             .arg(outcome->controlsChanged.size())
                             .arg(outcome->additionalCreated.size())
                             .arg(outcome->additionalChanged.size())
                             .arg((*opened)->actor())
                      << u'\n';
    }
    if (is2013) {
        console.out() << u'\n';
        for (const QString &line : SoaImport::reviewText(preview.review).split(u'\n')) {
            console.out() << printable(line) << u'\n';
        }
    }
    return ExitCode::Success;
}

} // namespace

Command soaImportCommand()
{
    return Command{
        .name = QStringLiteral("import soa"),
        .synopsis =
            QStringLiteral("FILE IN.csv|IN.xlsx|IN.json [--map 'Header=field,...'] [--edition 2013|2022] "
                           "[--dry-run]"),
        .summary =
            SoaImportText::tr("Imports a Statement of Applicability from a CSV, XLSX or JSON file, all "
                              "or nothing."),
        .details = SoaImportText::tr(
            "Columns: the control id (A.5.7 or 5.7), applicable (Y/N, yes/no, ja/nein, oui/non, true/false, "
            "1/0 or x), status, justification, owner, implementation, reasons, last_reviewed, and for "
            "additional controls (AC-001, or rows with a source) title, source and source_ref. "
            "\"isms-cli list soa FILE --format csv\" writes a file in this form. An SoA of the 2013 edition "
            "(A.9.2.3) is carried over to the 2022 controls, and the controls that need a decision are "
            "listed. Problems are listed as \"line N: COLUMN: what is wrong\" and nothing is imported."),
        .arguments = {{QStringLiteral("FILE"), SoaImportText::tr("the project file (*.isms)")},
                      {QStringLiteral("IN"), SoaImportText::tr("the file to import (.csv, .xlsx or .json)")}},
        .options =
            {QCommandLineOption(MapOption,
                                SoaImportText::tr("Assign columns to SoA fields by hand (%1); 'Header=' "
                                                  "leaves a column out.")
                                    .arg(SoaImport::fieldKeys().join(QStringLiteral(", "))),
                                QStringLiteral("Header=field,...")),
             QCommandLineOption(EditionOption,
                                SoaImportText::tr("The edition of the file's control ids; found from the "
                                                  "ids when not given."),
                                QStringLiteral("2013|2022")),
             QCommandLineOption(DryRunOption,
                                SoaImportText::tr("Check the file and say what would change; write "
                                                  "nothing."))},
        .changesProject = true,
        .run = &runImport};
}

} // namespace isms::cli
