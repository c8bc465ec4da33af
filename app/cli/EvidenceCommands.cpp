// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "EvidenceCommands.h"

#include "ProjectAccess.h"
#include "domain/Entities.h"
#include "services/EvidenceService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>

namespace isms::cli {

namespace {

class EvidenceCommandsText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::EvidenceCommands)
};

const QString EvidenceDateOption = QStringLiteral("evidence-date");
const QString ExpiresOption = QStringLiteral("expires");
const QString NotesOption = QStringLiteral("notes");
const QString FormatOption = QStringLiteral("format");
const QString OutputOption = QStringLiteral("output");

QString valueOf(const Record &record, QStringView key)
{
    return record.values.value(evidenceSpec().indexOf(key)).toString();
}

QString dateOf(const Record &record, QStringView key)
{
    const QDate date = record.values.value(evidenceSpec().indexOf(key)).toDate();
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// The date given with `option`, an invalid date when it was not given, or a usage error.
Result<QDate> dateOption(const Invocation &invocation, const QString &option)
{
    if (!invocation.isSet(option)) {
        return QDate();
    }
    const QString text = invocation.value(option).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        return Error{ErrorCode::InvalidArgument,
                     EvidenceCommandsText::tr("--%1: \"%2\" is not a date; write it as YYYY-MM-DD.")
                         .arg(option, printable(text)),
                     {}};
    }
    return date;
}

ExitCode runAttach(const Invocation &invocation, Console &console)
{
    EvidenceDetails details;
    const auto from = dateOption(invocation, EvidenceDateOption);
    if (!from) {
        return console.usage(from.error().message);
    }
    const auto expires = dateOption(invocation, ExpiresOption);
    if (!expires) {
        return console.usage(expires.error().message);
    }
    details.evidenceDate = *from;
    details.expires = *expires;
    details.notes = invocation.value(NotesOption);
    const LockTakeOver takeOver = invocation.isSet(takeOverLockOption().names().constFirst())
                                      ? LockTakeOver::Any
                                      : LockTakeOver::OnlyStale;
    auto opened = openForChange(invocation.positional(0), console, takeOver);
    if (!opened) {
        return console.fail(opened.error());
    }
    auto attached = EvidenceService(**opened).attach(invocation.positional(1),
                                                     invocation.positional(2),
                                                     invocation.positional(3),
                                                     details);
    if (!attached) {
        return console.fail(attached.error());
    }
    console.out() << EntitySpec::refOf(*attached) << u'\n';
    return ExitCode::Success;
}

QString jsonDate(const QString &date)
{
    return date.isEmpty() ? QStringLiteral("null") : jsonString(date);
}

void printJson(const QList<Record> &evidence, const QDate &today, Console &console)
{
    QTextStream &out = console.out();
    out << u'[';
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        const Record &record = evidence.at(i);
        out << (i == 0 ? "\n  {" : ",\n  {") << "\"id\": " << jsonString(EntitySpec::refOf(record))
            << ", \"sha256\": " << jsonString(valueOf(record, u"sha256"))
            << ", \"name\": " << jsonString(valueOf(record, u"name"))
            << ", \"media_type\": " << jsonString(valueOf(record, u"media_type"))
            << ", \"size\": " << valueOf(record, u"size")
            << ", \"kind\": " << jsonString(valueOf(record, u"kind"))
            << ", \"record\": " << jsonString(valueOf(record, u"record_ref"))
            << ", \"evidence_date\": " << jsonDate(dateOf(record, u"evidence_date"))
            << ", \"expires\": " << jsonDate(dateOf(record, u"expires"))
            << ", \"expired\": " << (EvidenceService::isExpired(record, today) ? "true" : "false")
            << ", \"notes\": " << jsonString(valueOf(record, u"notes")) << u'}';
    }
    out << (evidence.isEmpty() ? "]\n" : "\n]\n");
}

void printTable(const QList<Record> &evidence, const QDate &today, Console &console)
{
    if (evidence.isEmpty()) {
        console.out() << EvidenceCommandsText::tr("No evidence is attached.") << u'\n';
        return;
    }
    const QStringList header{EvidenceCommandsText::tr("Reference"),
                             EvidenceCommandsText::tr("Register"),
                             EvidenceCommandsText::tr("Record"),
                             EvidenceCommandsText::tr("File name"),
                             EvidenceCommandsText::tr("Size"),
                             EvidenceCommandsText::tr("Evidence date"),
                             EvidenceCommandsText::tr("Expires"),
                             EvidenceCommandsText::tr("State")};
    QList<QStringList> rows;
    for (const Record &record : evidence) {
        const EntitySpec *spec = Entities::find(valueOf(record, u"kind"));
        const QString target = valueOf(record, u"record_ref");
        rows.append(
            {EntitySpec::refOf(record),
             printable(valueOf(record, u"kind")),
             printable(spec ? spec->shownRef(target) : target),
             printable(elided(valueOf(record, u"name"), 60)),
             QLocale().formattedDataSize(valueOf(record, u"size").toLongLong(), 1, QLocale::DataSizeSIFormat),
             dateOf(record, u"evidence_date"),
             dateOf(record, u"expires"),
             EvidenceService::isExpired(record, today) ? EvidenceCommandsText::tr("EXPIRED")
                                                       : EvidenceCommandsText::tr("current")});
    }
    console.out() << alignedTable(header, rows);
}

ExitCode runEvidence(const Invocation &invocation, Console &console)
{
    const QString format =
        invocation.isSet(FormatOption) ? invocation.value(FormatOption) : QStringLiteral("table");
    if (format != u"table" && format != u"json") {
        return console.usage(
            EvidenceCommandsText::tr("\"%1\" is not a format; use table or json.").arg(printable(format)));
    }
    const QString kind = invocation.positional(1);
    const QString ref = invocation.positional(2);
    if (!kind.isEmpty() && ref.isEmpty()) {
        return console.usage(EvidenceCommandsText::tr("ID is missing after %1; give a record, for example "
                                                      "\"isms-cli evidence FILE controls 5.1\".")
                                 .arg(printable(kind)));
    }
    auto opened = openForReading(invocation.positional(0), console);
    if (!opened) {
        return console.fail(opened.error());
    }
    const auto evidence = EvidenceService(**opened).list(kind, ref);
    if (!evidence) {
        return console.fail(evidence.error());
    }
    const QDate today = QDate::currentDate();
    if (format == u"json") {
        printJson(*evidence, today, console);
    } else {
        printTable(*evidence, today, console);
    }
    return ExitCode::Success;
}

ExitCode runExtract(const Invocation &invocation, Console &console)
{
    const QString target = invocation.value(OutputOption);
    if (target.isEmpty()) {
        return console.usage(EvidenceCommandsText::tr("Say where to write the file with -o PATH."));
    }
    auto opened = openForReading(invocation.positional(0), console);
    if (!opened) {
        return console.fail(opened.error());
    }
    if (auto written = EvidenceService(**opened).extract(invocation.positional(1), target); !written) {
        return console.fail(written.error());
    }
    return ExitCode::Success;
}

/// Bytes per megabyte as the size limit counts them (the default limit is exactly 50 MB).
constexpr qint64 Megabyte = 1024 * 1024;

/// "50 MB (52428800 bytes)"; a limit that is no whole number of megabytes shows two decimals.
QString limitText(qint64 bytes)
{
    const QString megabytes = bytes % Megabyte == 0
                                  ? QString::number(bytes / Megabyte)
                                  : QString::number(static_cast<double>(bytes) / Megabyte, 'f', 2);
    return EvidenceCommandsText::tr("%1 MB (%2 bytes)").arg(megabytes, QString::number(bytes));
}

ExitCode runEvidenceLimit(const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    const QString given = invocation.positional(1).trimmed();
    if (given.isEmpty()) {
        auto opened = openForReading(path, console);
        if (!opened) {
            return console.fail(opened.error());
        }
        const auto limit = EvidenceService(**opened).sizeLimit();
        if (!limit) {
            return console.fail(limit.error());
        }
        console.out() << EvidenceCommandsText::tr("Size limit per evidence file: %1").arg(limitText(*limit))
                      << u'\n';
        return ExitCode::Success;
    }
    constexpr qint64 Largest = EvidenceService::MaxSizeLimit / Megabyte;
    bool isNumber = false;
    const qint64 megabytes = given.toLongLong(&isNumber);
    if (!isNumber || megabytes < 1 || megabytes > Largest) {
        return console.usage(EvidenceCommandsText::tr("\"%1\" is not a size limit; give a whole number of "
                                                      "megabytes from 1 to %2, for example 50.")
                                 .arg(printable(given), QString::number(Largest)));
    }
    const LockTakeOver takeOver = invocation.isSet(takeOverLockOption().names().constFirst())
                                      ? LockTakeOver::Any
                                      : LockTakeOver::OnlyStale;
    auto opened = openForChange(path, console, takeOver);
    if (!opened) {
        return console.fail(opened.error());
    }
    if (auto set = EvidenceService(**opened).setSizeLimit(megabytes * Megabyte); !set) {
        return console.fail(set.error());
    }
    console.out()
        << EvidenceCommandsText::tr("Size limit per evidence file: %1").arg(limitText(megabytes * Megabyte))
        << u'\n';
    return ExitCode::Success;
}

Argument fileArgument()
{
    return {QStringLiteral("FILE"), EvidenceCommandsText::tr("the project file (*.isms)")};
}

} // namespace

QList<Command> evidenceCommands()
{
    const QString kindHelp =
        EvidenceCommandsText::tr("the register of the record, such as controls, clauses, risks or assets");
    const QString idHelp = EvidenceCommandsText::tr("the record's reference, such as 5.1, 4.3 or R-001");
    return {
        Command{.name = QStringLiteral("attach"),
                .synopsis = QStringLiteral("FILE KIND ID PATH [--evidence-date YYYY-MM-DD] [--expires "
                                           "YYYY-MM-DD] [--notes TEXT]"),
                .summary = EvidenceCommandsText::tr("Stores a file in the project as evidence of a record "
                                                    "and prints the evidence's reference."),
                .details = EvidenceCommandsText::tr(
                    "The same bytes are stored once however often they are attached. Files over the "
                    "project's size limit (50 MB unless changed) are refused. The evidence date is the "
                    "date or period end the file proves, not today."),
                .arguments = {fileArgument(),
                              {QStringLiteral("KIND"), kindHelp},
                              {QStringLiteral("ID"), idHelp},
                              {QStringLiteral("PATH"), EvidenceCommandsText::tr("the file to store")}},
                .options = {QCommandLineOption(EvidenceDateOption,
                                               EvidenceCommandsText::tr("The date the file proves."),
                                               QStringLiteral("YYYY-MM-DD")),
                            QCommandLineOption(ExpiresOption,
                                               EvidenceCommandsText::tr("When the file stops proving it."),
                                               QStringLiteral("YYYY-MM-DD")),
                            QCommandLineOption(NotesOption,
                                               EvidenceCommandsText::tr("A note about the file."),
                                               QStringLiteral("TEXT"))},
                .changesProject = true,
                .run = runAttach},
        Command{.name = QStringLiteral("evidence"),
                .synopsis = QStringLiteral("FILE [KIND ID] [--format table|json]"),
                .summary = EvidenceCommandsText::tr("Lists the evidence of the project or of one record; "
                                                    "expired files are marked."),
                .arguments = {fileArgument(),
                              {QStringLiteral("KIND"), kindHelp, true},
                              {QStringLiteral("ID"), idHelp, true}},
                .options = {QCommandLineOption(FormatOption,
                                               EvidenceCommandsText::tr("Output format: table or json."),
                                               QStringLiteral("FORMAT"))},
                .run = runEvidence},
        Command{.name = QStringLiteral("extract"),
                .synopsis = QStringLiteral("FILE EVIDENCE-ID -o PATH"),
                .summary = EvidenceCommandsText::tr("Writes a stored evidence file out, byte for byte."),
                .arguments = {fileArgument(),
                              {QStringLiteral("EVIDENCE-ID"),
                               EvidenceCommandsText::tr("the evidence's reference, such as EV-001")}},
                .options = {QCommandLineOption({QStringLiteral("o"), OutputOption},
                                               EvidenceCommandsText::tr("The file to write."),
                                               QStringLiteral("PATH"))},
                .run = runExtract},
        Command{.name = QStringLiteral("evidence-limit"),
                .synopsis = QStringLiteral("FILE [MEGABYTES]"),
                .summary = EvidenceCommandsText::tr("Prints the project's size limit per evidence file, or "
                                                    "sets it (logged)."),
                .details = EvidenceCommandsText::tr(
                    "The limit is a setting of the project file, 50 MB unless changed; files over it are "
                    "refused when attached. One megabyte is 1,048,576 bytes; the limit lies between 1 "
                    "and 953 MB. Evidence already stored is kept when the limit is lowered."),
                .arguments = {fileArgument(),
                              {QStringLiteral("MEGABYTES"),
                               EvidenceCommandsText::tr("the new limit, a whole number of megabytes"),
                               true}},
                .changesProject = true,
                .run = runEvidenceLimit},
    };
}

} // namespace isms::cli
