// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "SoaCommands.h"

#include "ProjectAccess.h"
#include "services/SoaVersionService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>

namespace isms::cli {

namespace {

class SoaCommandsText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::SoaCommands)
};

const QString ApproverOption = QStringLiteral("approver");
const QString SummaryOption = QStringLiteral("summary");
const QString DateOption = QStringLiteral("date");
const QString UnchangedOption = QStringLiteral("unchanged");
const QString FormatOption = QStringLiteral("format");

/// "table" or "json" from --format, or a usage error.
Result<QString> formatOf(const Invocation &invocation)
{
    const QString format =
        invocation.isSet(FormatOption) ? invocation.value(FormatOption).trimmed() : QStringLiteral("table");
    if (format != u"table" && format != u"json") {
        return Error{ErrorCode::InvalidArgument,
                     SoaCommandsText::tr("\"%1\" is not a format; use table or json.").arg(printable(format)),
                     {}};
    }
    return format;
}

QString jsonOrNull(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("null") : jsonString(text);
}

ExitCode runIssue(const Invocation &invocation, Console &console)
{
    if (!invocation.isSet(ApproverOption)) {
        return console.usage(SoaCommandsText::tr("Name who approved the version with --approver NAME."));
    }
    if (!invocation.isSet(SummaryOption)) {
        return console.usage(SoaCommandsText::tr("Say what the version changes with --summary TEXT."));
    }
    SoaIssue issue{.approver = invocation.value(ApproverOption),
                   .changeSummary = invocation.value(SummaryOption),
                   .approvalDate = QDate(),
                   .allowUnchanged = invocation.isSet(UnchangedOption)};
    if (invocation.isSet(DateOption)) {
        const QString text = invocation.value(DateOption).trimmed();
        issue.approvalDate = QDate::fromString(text, Qt::ISODate);
        if (!issue.approvalDate.isValid()) {
            return console.usage(SoaCommandsText::tr("--date: \"%1\" is not a date; write it as YYYY-MM-DD.")
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
    SoaVersionService service(**opened);
    if (!issue.allowUnchanged) {
        const auto unchanged = service.unchangedSince();
        if (!unchanged) {
            return console.fail(unchanged.error());
        }
        if (*unchanged) {
            return console.usage(
                SoaCommandsText::tr("Nothing in the Statement of Applicability changed since "
                                    "version %1; add --unchanged to issue it as a "
                                    "re-approval.")
                    .arg(**unchanged));
        }
    }
    const auto issued = service.issue(issue);
    if (!issued) {
        return console.fail(issued.error());
    }
    console.out() << SoaCommandsText::tr("Issued version %1 of the Statement of Applicability (%2 entries, "
                                         "approved by %3 on %4).")
                         .arg(issued->number)
                         .arg(issued->entries.size())
                         .arg(printable(issued->approver), issued->approvalDate.toString(Qt::ISODate))
                  << u'\n';
    return ExitCode::Success;
}

ExitCode runVersions(const Invocation &invocation, Console &console)
{
    const auto format = formatOf(invocation);
    if (!format) {
        return console.usage(format.error().message);
    }
    auto opened = openForReading(invocation.positional(0), console);
    if (!opened) {
        return console.fail(opened.error());
    }
    const auto versions = SoaVersionService(**opened).list();
    if (!versions) {
        return console.fail(versions.error());
    }
    if (*format == u"json") {
        QTextStream &out = console.out();
        out << u'[';
        for (qsizetype i = 0; i < versions->size(); ++i) {
            const SoaVersion &version = versions->at(i);
            out << (i == 0 ? "\n  {" : ",\n  {") << "\"number\": " << version.number
                << ", \"issued_at_utc\": " << jsonString(version.issuedAtUtc.toString(Qt::ISODate))
                << ", \"approver\": " << jsonString(version.approver)
                << ", \"approval_date\": " << jsonString(version.approvalDate.toString(Qt::ISODate))
                << ", \"change_summary\": " << jsonString(version.changeSummary)
                << ", \"sha256\": " << jsonString(version.sha256) << u'}';
        }
        out << (versions->isEmpty() ? "]\n" : "\n]\n");
        return ExitCode::Success;
    }
    if (versions->isEmpty()) {
        console.out() << SoaCommandsText::tr(
            "No version of the Statement of Applicability has been issued yet.")
                      << u'\n';
        return ExitCode::Success;
    }
    QList<QStringList> rows;
    for (const SoaVersion &version : *versions) {
        rows.append({QString::number(version.number),
                     version.approvalDate.toString(Qt::ISODate),
                     printable(elided(version.approver, 40)),
                     version.issuedAtUtc.toString(Qt::ISODate),
                     printable(elided(version.changeSummary, 80))});
    }
    console.out() << alignedTable({SoaCommandsText::tr("Version"),
                                   SoaCommandsText::tr("Approved"),
                                   SoaCommandsText::tr("Approver"),
                                   SoaCommandsText::tr("Issued (UTC)"),
                                   SoaCommandsText::tr("Changes")},
                                  rows);
    return ExitCode::Success;
}

QString kindKeyword(SoaChange::Kind kind)
{
    switch (kind) {
    case SoaChange::Kind::Added:
        return QStringLiteral("added");
    case SoaChange::Kind::Removed:
        return QStringLiteral("removed");
    case SoaChange::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

ExitCode runCompare(const Invocation &invocation, Console &console)
{
    const auto format = formatOf(invocation);
    if (!format) {
        return console.usage(format.error().message);
    }
    const auto from = SoaVersionService::parseSide(invocation.positional(1));
    if (!from) {
        return console.usage(from.error().message);
    }
    const auto to = SoaVersionService::parseSide(invocation.positional(2));
    if (!to) {
        return console.usage(to.error().message);
    }
    auto opened = openForReading(invocation.positional(0), console);
    if (!opened) {
        return console.fail(opened.error());
    }
    const auto changes = SoaVersionService(**opened).compare(*from, *to);
    if (!changes) {
        return console.fail(changes.error());
    }
    if (*format == u"json") {
        QTextStream &out = console.out();
        out << "{\"from\": " << jsonString(from->keyword()) << ", \"to\": " << jsonString(to->keyword())
            << ", \"changes\": [";
        for (qsizetype i = 0; i < changes->size(); ++i) {
            const SoaChange &change = changes->at(i);
            out << (i == 0 ? "\n  {" : ",\n  {") << "\"id\": " << jsonString(change.id)
                << ", \"change\": " << jsonString(kindKeyword(change.kind))
                << ", \"field\": " << jsonOrNull(change.field)
                << ", \"before\": " << jsonString(change.before)
                << ", \"after\": " << jsonString(change.after) << u'}';
        }
        out << (changes->isEmpty() ? "]}\n" : "\n]}\n");
        return ExitCode::Success;
    }
    if (changes->isEmpty()) {
        console.out() << SoaCommandsText::tr("Nothing changed from %1 to %2.").arg(from->label(), to->label())
                      << u'\n';
        return ExitCode::Success;
    }
    QList<QStringList> rows;
    for (const SoaChange &change : *changes) {
        QString field = change.field;
        if (change.kind == SoaChange::Kind::Added) {
            field = SoaCommandsText::tr("(added)");
        } else if (change.kind == SoaChange::Kind::Removed) {
            field = SoaCommandsText::tr("(removed)");
        }
        rows.append(
            {change.id, field, printable(elided(change.before, 50)), printable(elided(change.after, 50))});
    }
    console.out() << SoaCommandsText::tr("Changes from %1 to %2:").arg(from->label(), to->label()) << u'\n'
                  << alignedTable({SoaCommandsText::tr("Control"),
                                   SoaCommandsText::tr("Field"),
                                   SoaCommandsText::tr("Before"),
                                   SoaCommandsText::tr("After")},
                                  rows);
    return ExitCode::Success;
}

Argument fileArgument()
{
    return {QStringLiteral("FILE"), SoaCommandsText::tr("the project file (*.isms)")};
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(FormatOption,
                              SoaCommandsText::tr("Output format: table or json."),
                              QStringLiteral("FORMAT"));
}

} // namespace

QList<Command> soaCommands()
{
    const QString sideHelp = SoaCommandsText::tr("a version number, or current for the working state");
    return {
        Command{
            .name = QStringLiteral("soa issue"),
            .synopsis =
                QStringLiteral("FILE --approver NAME --summary TEXT [--date YYYY-MM-DD] [--unchanged]"),
            .summary = SoaCommandsText::tr("Issues the Statement of Applicability as it stands as its next "
                                           "version, approved by NAME; an issued version never changes."),
            .details = SoaCommandsText::tr(
                "Issuing is logged and cannot be undone. The approval date defaults to today. A version "
                "whose content equals the latest one is refused unless --unchanged says it is a "
                "re-approval."),
            .arguments = {fileArgument()},
            .options = {QCommandLineOption(ApproverOption,
                                           SoaCommandsText::tr("Who approved the version."),
                                           QStringLiteral("NAME")),
                        QCommandLineOption(SummaryOption,
                                           SoaCommandsText::tr("What the version changes."),
                                           QStringLiteral("TEXT")),
                        QCommandLineOption(DateOption,
                                           SoaCommandsText::tr("The approval date (default: today)."),
                                           QStringLiteral("YYYY-MM-DD")),
                        QCommandLineOption(UnchangedOption,
                                           SoaCommandsText::tr("Issue even when nothing changed since the "
                                                               "latest version (a re-approval)."))},
            .changesProject = true,
            .run = runIssue},
        Command{.name = QStringLiteral("soa versions"),
                .synopsis = QStringLiteral("FILE [--format table|json]"),
                .summary = SoaCommandsText::tr("Lists the issued versions of the Statement of Applicability "
                                               "with their approver, date and change summary."),
                .arguments = {fileArgument()},
                .options = {formatOption()},
                .run = runVersions},
        Command{
            .name = QStringLiteral("soa compare"),
            .synopsis = QStringLiteral("FILE A B [--format table|json]"),
            .summary = SoaCommandsText::tr("Lists what changed, control by control and field by field, "
                                           "from A to B (version numbers, or current)."),
            .arguments = {fileArgument(), {QStringLiteral("A"), sideHelp}, {QStringLiteral("B"), sideHelp}},
            .options = {formatOption()},
            .run = runCompare},
    };
}

} // namespace isms::cli
