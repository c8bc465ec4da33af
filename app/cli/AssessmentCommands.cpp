// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "AssessmentCommands.h"

#include "ExportCommands.h"
#include "ProjectAccess.h"
#include "io/IcsCalendar.h"
#include "report/AssessmentRunReport.h"
#include "services/AssessmentRunService.h"
#include "services/IsmsCalendar.h"
#include "services/ProjectService.h"
#include "storage/ChangeLogHead.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace isms::cli {

namespace {

class AssessmentCommandsText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::AssessmentCommands)
};

const QString ScopeOption = QStringLiteral("scope");
const QString ByOption = QStringLiteral("by");
const QString DateOption = QStringLiteral("date");
const QString NotesOption = QStringLiteral("notes");
const QString FormatOption = QStringLiteral("format");
const QString OverdueOption = QStringLiteral("overdue");

Argument fileArgument()
{
    return {QStringLiteral("FILE"), AssessmentCommandsText::tr("the project file (*.isms)")};
}

ExitCode runRecord(const Invocation &invocation, Console &console)
{
    if (!invocation.isSet(ScopeOption)) {
        return console.usage(
            AssessmentCommandsText::tr("Say what the assessment covered with --scope TEXT."));
    }
    if (!invocation.isSet(ByOption)) {
        return console.usage(AssessmentCommandsText::tr("Name who performed the assessment with --by NAME."));
    }
    AssessmentRunRequest request{.scope = invocation.value(ScopeOption),
                                 .performedBy = invocation.value(ByOption),
                                 .date = QDate(),
                                 .notes = invocation.value(NotesOption)};
    if (invocation.isSet(DateOption)) {
        const QString text = invocation.value(DateOption).trimmed();
        request.date = QDate::fromString(text, Qt::ISODate);
        if (!request.date.isValid()) {
            return console.usage(
                AssessmentCommandsText::tr("--date: \"%1\" is not a date; write it as YYYY-MM-DD.")
                    .arg(printable(text)));
        }
    }
    const LockTakeOver takeOver = invocation.isSet(takeOverLockOption().names().constFirst())
                                      ? LockTakeOver::Any
                                      : LockTakeOver::OnlyStale;
    auto opened = openForChange(invocation.positional(0), console, takeOver);
    if (!opened) {
        return console.fail(opened.error());
    }
    const auto run = AssessmentRunService(**opened).record(request);
    if (!run) {
        return console.fail(run.error());
    }
    console.out() << run->ref << u'\n';
    return ExitCode::Success;
}

ExitCode runCalendar(const Invocation &invocation, Console &console)
{
    const QString format =
        invocation.isSet(FormatOption) ? invocation.value(FormatOption).trimmed() : QStringLiteral("table");
    if (format != u"table" && format != u"json") {
        return console.usage(
            AssessmentCommandsText::tr("\"%1\" is not a format; use table or json.").arg(printable(format)));
    }
    auto opened = openForReading(invocation.positional(0), console);
    if (!opened) {
        return console.fail(opened.error());
    }
    const QDate today = QDate::currentDate();
    const auto duties = invocation.isSet(OverdueOption) ? IsmsCalendar::overdue(**opened, today)
                                                        : IsmsCalendar::duties(**opened, today);
    if (!duties) {
        return console.fail(duties.error());
    }
    QTextStream &out = console.out();
    if (format == u"json") {
        out << u'[';
        for (qsizetype i = 0; i < duties->size(); ++i) {
            const CalendarDuty &duty = duties->at(i);
            out << (i == 0 ? "\n  {" : ",\n  {") << "\"id\": " << jsonString(duty.id)
                << ", \"kind\": " << jsonString(duty.kind) << ", \"ref\": " << jsonString(duty.ref)
                << ", \"duty\": " << jsonString(duty.duty) << ", \"title\": " << jsonString(duty.title)
                << ", \"due\": " << jsonString(duty.due.toString(Qt::ISODate))
                << ", \"overdue\": " << (duty.overdue ? "true" : "false") << u'}';
        }
        out << (duties->isEmpty() ? "]\n" : "\n]\n");
        return ExitCode::Success;
    }
    QList<QStringList> rows;
    for (const CalendarDuty &duty : *duties) {
        rows.append({duty.due.toString(Qt::ISODate),
                     duty.overdue ? AssessmentCommandsText::tr("overdue") : QString(),
                     printable(duty.title)});
    }
    out << alignedTable({AssessmentCommandsText::tr("Due"),
                         AssessmentCommandsText::tr("State"),
                         AssessmentCommandsText::tr("Duty")},
                        rows);
    return ExitCode::Success;
}

ExitCode runExportCalendar(const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    const QString output = invocation.value(QStringLiteral("output"));
    if (!invocation.isSet(QStringLiteral("output")) || output.trimmed().isEmpty()) {
        return console.usage(
            AssessmentCommandsText::tr("The output file is missing; give it with -o OUT.ics."));
    }
    if (QFileInfo(output).suffix().compare(u"ics", Qt::CaseInsensitive) != 0) {
        return console.usage(
            AssessmentCommandsText::tr("The calendar is written as an iCalendar file only; give "
                                       "an output file name that ends in .ics."));
    }
    if (isSameFile(path, output)) {
        return console.usage(AssessmentCommandsText::tr(
            "The output file is the project file itself; give another name with -o OUT.ics."));
    }
    auto opened = openForReading(path, console);
    if (!opened) {
        return console.fail(opened.error());
    }
    const auto duties = IsmsCalendar::duties(**opened, QDate::currentDate());
    if (!duties) {
        return console.fail(duties.error());
    }
    const auto projectId = ProjectIdentity::projectId(**opened);
    if (!projectId) {
        return console.fail(projectId.error());
    }
    const auto organisation = ProjectService(**opened).organisation();
    if (!organisation) {
        return console.fail(organisation.error());
    }
    const QByteArray ics =
        IcsCalendar::write(*duties,
                           *projectId,
                           AssessmentCommandsText::tr("ISMS calendar of %1").arg(*organisation),
                           QDateTime::currentDateTimeUtc());
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        return console.fail(Error{ErrorCode::Io,
                                  AssessmentCommandsText::tr("The calendar could not be written to %1: %2.")
                                      .arg(QDir::toNativeSeparators(output), file.errorString()),
                                  {}});
    }
    console.out() << AssessmentCommandsText::tr("Wrote %n duties to %1.", nullptr, int(duties->size()))
                         .arg(QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()))
                  << u'\n';
    return ExitCode::Success;
}

} // namespace

QList<Command> assessmentCommands()
{
    return {
        Command{.name = QStringLiteral("run-assessment"),
                .synopsis = QStringLiteral("FILE --scope TEXT --by NAME [--date YYYY-MM-DD] [--notes TEXT]"),
                .summary =
                    AssessmentCommandsText::tr("Records a risk assessment run: freezes the method and the "
                                               "whole risk register as they stand and prints the run's "
                                               "reference; a run never changes."),
                .details = AssessmentCommandsText::tr(
                    "The run is logged and cannot be changed or removed. The date defaults to today; overdue "
                    "tasks and reviews in the frozen register are judged on that date. \"isms-cli list "
                    "assessment-runs FILE\" lists the runs, \"isms-cli export assessment-run FILE RUN-001 -o "
                    "OUT.pdf\" prints one."),
                .arguments = {fileArgument()},
                .options =
                    {QCommandLineOption(ScopeOption,
                                        AssessmentCommandsText::tr("What the assessment covered."),
                                        QStringLiteral("TEXT")),
                     QCommandLineOption(ByOption,
                                        AssessmentCommandsText::tr("Who performed the assessment."),
                                        QStringLiteral("NAME")),
                     QCommandLineOption(DateOption,
                                        AssessmentCommandsText::tr("When it was performed (default: today)."),
                                        QStringLiteral("YYYY-MM-DD")),
                     QCommandLineOption(NotesOption,
                                        AssessmentCommandsText::tr("Anything else to record with the run."),
                                        QStringLiteral("TEXT"))},
                .changesProject = true,
                .run = runRecord},
        Command{
            .name = QStringLiteral("calendar"),
            .synopsis = QStringLiteral("FILE [--overdue] [--format table|json]"),
            .summary = AssessmentCommandsText::tr("Lists the ISMS calendar: every dated duty taken from the "
                                                  "records, overdue ones first."),
            .arguments = {fileArgument()},
            .options = {QCommandLineOption(OverdueOption, AssessmentCommandsText::tr("Only overdue duties.")),
                        QCommandLineOption(FormatOption,
                                           AssessmentCommandsText::tr("table or json."),
                                           QStringLiteral("FORMAT"))},
            .run = runCalendar},
        Command{
            .name = QStringLiteral("export assessment-run"),
            .synopsis =
                QStringLiteral("FILE RUN -o OUT.pdf [--classification LABEL] [--paper a4|letter|auto]"),
            .summary =
                AssessmentCommandsText::tr("Writes one risk assessment run (its heat maps, register and "
                                           "treatment plan as frozen) as a PDF/A file in landscape."),
            .arguments = {fileArgument(),
                          {QStringLiteral("RUN"),
                           AssessmentCommandsText::tr("the run's reference, such as RUN-001")}},
            .options = pdfOptions(),
            .run =
                [](const Invocation &invocation, Console &console) {
                    const QString ref = invocation.positional(1);
                    const PdfReport report{
                        .build =
                            [ref](Database &db, const ReportOptions &options) {
                                return AssessmentRunReport::build(db, options, ref);
                            },
                        .wrongSuffix =
                            AssessmentCommandsText::tr("An assessment run is written as PDF only; give "
                                                       "an output file name that ends in .pdf."),
                        .written =
                            AssessmentCommandsText::tr("Wrote assessment run %1 to %2.").arg(printable(ref)),
                    };
                    return runExportPdf(report, invocation, console);
                }},
        Command{.name = QStringLiteral("export calendar"),
                .synopsis = QStringLiteral("FILE -o OUT.ics"),
                .summary =
                    AssessmentCommandsText::tr("Writes the ISMS calendar as an iCalendar file: one event per "
                                               "duty, which a calendar program updates on a later import "
                                               "rather than adding it twice."),
                .arguments = {fileArgument()},
                .options = {QCommandLineOption(
                    {QStringLiteral("o"), QStringLiteral("output")},
                    AssessmentCommandsText::tr("The .ics file to write; an existing file "
                                               "is replaced."),
                    QStringLiteral("OUT.ics"))},
                .run = runExportCalendar},
    };
}

} // namespace isms::cli
