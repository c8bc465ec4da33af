// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "ControlCommands.h"

#include "ProjectAccess.h"
#include "domain/Requirement.h"
#include "io/Csv.h"
#include "services/ControlStatistics.h"
#include "services/RequirementService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace isms::cli {

namespace {

class ControlCommandsText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::ControlCommands)
};

QString statusKeywordList()
{
    QStringList keywords;
    for (const ImplementationStatus status : AllStatuses) {
        keywords << statusKeyword(status);
    }
    return keywords.join(QStringLiteral(", "));
}

/// Catalogue words such as "Governance_and_Ecosystem" read better with spaces.
QString attributeList(const QStringList &values)
{
    QStringList shown;
    for (const QString &value : values) {
        shown << QString(value).replace(u'_', u' ');
    }
    return shown.isEmpty() ? QStringLiteral("-") : shown.join(QStringLiteral(", "));
}

ExitCode unknownControl(Console &console, const QString &typed, const QString &path)
{
    return console.usage(ControlCommandsText::tr(
                             "There is no Annex A control \"%1\"; run \"isms-cli controls %2\" to list the "
                             "93 controls.")
                             .arg(printable(typed), path));
}

// ----------------------------------------------------------------------------------------- controls

enum class Format
{
    Table,
    Csv,
    Json,
};

void printTable(const QList<Control> &controls, Console &console)
{
    constexpr int MaxTitleLength = 70;
    constexpr int MaxOwnerLength = 40;
    const QStringList header{ControlCommandsText::tr("Id"),
                             ControlCommandsText::tr("Title"),
                             ControlCommandsText::tr("Theme"),
                             ControlCommandsText::tr("Status"),
                             ControlCommandsText::tr("Owner")};
    QList<QStringList> rows;
    rows.reserve(controls.size());
    for (const Control &control : controls) {
        rows.append({control.displayRef(),
                     elided(printable(control.title), MaxTitleLength),
                     themeKeyword(control.theme),
                     statusKeyword(control.tracking.status),
                     elided(printable(control.tracking.owner), MaxOwnerLength)});
    }
    const StatusSummary summary = ControlStatistics::summarize(controls);
    QStringList counts;
    for (const ImplementationStatus status : AllStatuses) {
        counts << ControlCommandsText::tr("%1 %2").arg(QString::number(summary.byStatus(status)),
                                                       statusKeyword(status));
    }
    console.out() << alignedTable(header, rows) << u'\n'
                  << ControlCommandsText::tr("Controls by status: %1 (%2 in total).")
                         .arg(counts.join(QStringLiteral(", ")), QString::number(controls.size()))
                  << u'\n';
}

void printCsv(const QList<Control> &controls, Console &console)
{
    // Field names are a stable interface for scripts, so they are not translated.
    console.out() << Csv::exportLine({QStringLiteral("id"),
                                      QStringLiteral("title"),
                                      QStringLiteral("theme"),
                                      QStringLiteral("status"),
                                      QStringLiteral("owner")})
                  << u'\n';
    for (const Control &control : controls) {
        console.out() << Csv::exportLine({control.displayRef(),
                                          control.title,
                                          themeKeyword(control.theme),
                                          statusKeyword(control.tracking.status),
                                          control.tracking.owner})
                      << u'\n';
    }
}

void printJson(const QList<Control> &controls, Console &console)
{
    QTextStream &out = console.out();
    out << u'[';
    for (qsizetype i = 0; i < controls.size(); ++i) {
        const Control &control = controls.at(i);
        out << (i == 0 ? QStringLiteral("\n") : QStringLiteral(",\n")) << QStringLiteral("  {\"id\": ")
            << jsonString(control.displayRef()) << QStringLiteral(", \"title\": ")
            << jsonString(control.title) << QStringLiteral(", \"theme\": ")
            << jsonString(themeKeyword(control.theme)) << QStringLiteral(", \"status\": ")
            << jsonString(statusKeyword(control.tracking.status)) << QStringLiteral(", \"owner\": ")
            << jsonString(control.tracking.owner) << u'}';
    }
    out << QStringLiteral("\n]\n");
}

ExitCode runControls(const Invocation &invocation, Console &console)
{
    Format format = Format::Table;
    if (invocation.isSet(QStringLiteral("format"))) {
        const QString name = invocation.value(QStringLiteral("format")).trimmed().toLower();
        if (name == u"table") {
            format = Format::Table;
        } else if (name == u"csv") {
            format = Format::Csv;
        } else if (name == u"json") {
            format = Format::Json;
        } else {
            return console.usage(
                ControlCommandsText::tr("\"%1\" is not an output format; use table, csv or json.")
                    .arg(printable(invocation.value(QStringLiteral("format")))));
        }
    }
    auto opened = openForReading(invocation.positional(0), console);
    if (!opened) {
        return console.fail(opened.error());
    }
    const auto controls = RequirementService(**opened).controls();
    if (!controls) {
        return console.fail(controls.error());
    }
    switch (format) {
    case Format::Table:
        printTable(*controls, console);
        break;
    case Format::Csv:
        printCsv(*controls, console);
        break;
    case Format::Json:
        printJson(*controls, console);
        break;
    }
    return ExitCode::Success;
}

// ------------------------------------------------------------------------------------------ control

void printControl(const Control &control, Console &console)
{
    const RequirementTracking &tracking = control.tracking;
    QList<std::pair<QString, QString>> rows;
    rows.append({ControlCommandsText::tr("Theme"), themeKeyword(control.theme)});
    rows.append({ControlCommandsText::tr("New in 2022"),
                 control.isNewIn2022 ? ControlCommandsText::tr("yes") : ControlCommandsText::tr("no")});
    rows.append({ControlCommandsText::tr("Control type"), attributeList(control.controlTypes)});
    rows.append({ControlCommandsText::tr("Security properties"), attributeList(control.securityProperties)});
    rows.append(
        {ControlCommandsText::tr("Cybersecurity concepts"), attributeList(control.cybersecurityConcepts)});
    rows.append({ControlCommandsText::tr("Operational capabilities"),
                 attributeList(control.operationalCapabilities)});
    rows.append({ControlCommandsText::tr("Security domains"), attributeList(control.securityDomains)});
    rows.append({ControlCommandsText::tr("ISO/IEC 27001:2013"),
                 control.mapped2013Refs.isEmpty() ? ControlCommandsText::tr("none (new control)")
                                                  : control.mapped2013Refs.join(QStringLiteral(", "))});
    rows.append({ControlCommandsText::tr("Status"),
                 ControlCommandsText::tr("%1 (%2)").arg(statusKeyword(tracking.status),
                                                        statusLabel(tracking.status))});
    rows.append({ControlCommandsText::tr("Owner"),
                 tracking.owner.isEmpty() ? ControlCommandsText::tr("(none)") : printable(tracking.owner)});
    rows.append({ControlCommandsText::tr("Target date"),
                 tracking.targetDate.isValid() ? tracking.targetDate.toString(Qt::ISODate)
                                               : ControlCommandsText::tr("(none)")});
    // Notes keep their line breaks; each line is made safe on its own.
    const QStringList noteLines = tracking.notes.split(u'\n');
    rows.append(
        {ControlCommandsText::tr("Notes"),
         tracking.notes.isEmpty() ? ControlCommandsText::tr("(none)") : printable(noteLines.first())});
    for (qsizetype i = 1; i < noteLines.size(); ++i) {
        rows.append({QString(), printable(noteLines[i])});
    }
    console.out() << control.displayRef() << u' ' << printable(control.title) << QStringLiteral("\n\n")
                  << twoColumns(rows);
}

/// Builds the change from the options; a usage error when a value is not acceptable.
std::optional<QString> readChange(const Invocation &invocation, RequirementChange &change)
{
    if (invocation.isSet(QStringLiteral("status"))) {
        const QString typed = invocation.value(QStringLiteral("status"));
        const auto status = statusFromKeyword(typed);
        if (!status) {
            return ControlCommandsText::tr("\"%1\" is not a status; use one of %2.")
                .arg(printable(typed), statusKeywordList());
        }
        change.status = *status;
    }
    if (invocation.isSet(QStringLiteral("owner"))) {
        change.owner = invocation.value(QStringLiteral("owner")).trimmed();
    }
    if (invocation.isSet(QStringLiteral("notes"))) {
        change.notes = invocation.value(QStringLiteral("notes"));
    }
    if (invocation.isSet(QStringLiteral("target-date"))) {
        const QString typed = invocation.value(QStringLiteral("target-date")).trimmed();
        if (typed.isEmpty()) {
            change.targetDate = QDate(); // clears the target date
        } else {
            static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            const QDate date = QDate::fromString(typed, Qt::ISODate);
            if (!isoDate.match(typed).hasMatch() || !date.isValid()) {
                return ControlCommandsText::tr(
                           "\"%1\" is not a date; write it as YYYY-MM-DD, for example 2027-03-31.")
                    .arg(printable(typed));
            }
            change.targetDate = date;
        }
    }
    return std::nullopt;
}

QStringList changedFields(const RequirementTracking &before, const RequirementTracking &after)
{
    QStringList fields;
    if (before.status != after.status) {
        fields << trackingFieldKeyword(TrackingField::Status);
    }
    if (before.owner != after.owner) {
        fields << trackingFieldKeyword(TrackingField::Owner);
    }
    if (before.notes != after.notes) {
        fields << trackingFieldKeyword(TrackingField::Notes);
    }
    if (before.targetDate != after.targetDate) {
        fields << trackingFieldKeyword(TrackingField::TargetDate);
    }
    return fields;
}

ExitCode runControl(const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    const QString typedRef = invocation.positional(1);
    const QString ref = normaliseControlRef(typedRef);
    if (ref.isEmpty()) {
        return unknownControl(console, typedRef, path);
    }
    RequirementChange change;
    if (const auto problem = readChange(invocation, change)) {
        return console.usage(*problem);
    }

    if (change.isEmpty()) {
        auto opened = openForReading(path, console);
        if (!opened) {
            return console.fail(opened.error());
        }
        const auto control = RequirementService(**opened).control(ref);
        if (!control) {
            return control.error().code == ErrorCode::NotFound ? unknownControl(console, typedRef, path)
                                                               : console.fail(control.error());
        }
        printControl(*control, console);
        return ExitCode::Success;
    }

    auto opened =
        openForChange(path,
                      console,
                      invocation.isSet(takeOverLockOption().names().constFirst()) ? LockTakeOver::Any
                                                                                  : LockTakeOver::OnlyStale);
    if (!opened) {
        return console.fail(opened.error());
    }
    RequirementService service(**opened);
    const auto before = service.control(ref);
    if (!before) {
        return before.error().code == ErrorCode::NotFound ? unknownControl(console, typedRef, path)
                                                          : console.fail(before.error());
    }
    const RequirementKey key{RequirementKind::Control, ref};
    if (const auto updated = service.update(key, change); !updated) {
        return console.fail(updated.error());
    }
    const auto after = service.control(ref);
    if (!after) {
        return console.fail(after.error());
    }
    const QStringList fields = changedFields(before->tracking, after->tracking);
    if (fields.isEmpty()) {
        console.out() << ControlCommandsText::tr("%1 already had these values; nothing was changed.")
                             .arg(after->displayRef())
                      << QStringLiteral("\n\n");
    } else {
        console.out() << ControlCommandsText::tr("Changed %1 of %2, recorded in the change log as %3.")
                             .arg(fields.join(QStringLiteral(", ")), after->displayRef(), actorName())
                      << QStringLiteral("\n\n");
    }
    printControl(*after, console);
    return ExitCode::Success;
}

} // namespace

QList<Command> controlCommands()
{
    const Argument file{QStringLiteral("FILE"), ControlCommandsText::tr("the project file (*.isms)")};
    QList<Command> commands;

    commands.append(Command{
        .name = QStringLiteral("controls"),
        .synopsis = QStringLiteral("FILE [--format table|csv|json]"),
        .summary = ControlCommandsText::tr("Lists the 93 Annex A controls with theme, status and owner."),
        .details = ControlCommandsText::tr(
            "The columns are id, title, theme, status and owner. CSV has a header row and "
            "neutralises cells that a spreadsheet would run as a formula; JSON is an array "
            "of objects with the same fields."),
        .arguments = {file},
        .options = {QCommandLineOption(QStringLiteral("format"),
                                       ControlCommandsText::tr("table (the default), csv or json."),
                                       ControlCommandsText::tr("FORMAT"),
                                       QStringLiteral("table"))},
        .run = runControls,
    });

    commands.append(Command{
        .name = QStringLiteral("control"),
        .synopsis =
            QStringLiteral("FILE ID [--status S] [--owner NAME] [--notes TEXT] [--target-date YYYY-MM-DD]"),
        .summary = ControlCommandsText::tr(
            "Shows one Annex A control, or changes its tracking as one logged action."),
        .details = ControlCommandsText::tr(
            "Without options the control is shown with its attributes, its tracking and the "
            "2013 controls that map to it. With options the given fields change together, "
            "in one transaction that the change log records field by field; the name "
            "recorded is the one set in the preferences, or the ISMS_ACTOR environment "
            "variable."),
        .arguments = {file,
                      Argument{
                          QStringLiteral("ID"),
                          ControlCommandsText::tr("the control id, with or without \"A.\" (A.5.1 or 5.1)")}},
        .options = {QCommandLineOption(QStringLiteral("status"),
                                       ControlCommandsText::tr(
                                           "not-started, planned, partial, implemented or not-applicable."),
                                       ControlCommandsText::tr("S")),
                    QCommandLineOption(QStringLiteral("owner"),
                                       ControlCommandsText::tr("Who is responsible; \"\" clears it."),
                                       ControlCommandsText::tr("NAME")),
                    QCommandLineOption(QStringLiteral("notes"),
                                       ControlCommandsText::tr("Free text notes; \"\" clears them."),
                                       ControlCommandsText::tr("TEXT")),
                    QCommandLineOption(QStringLiteral("target-date"),
                                       ControlCommandsText::tr("When it is due; \"\" clears it."),
                                       ControlCommandsText::tr("YYYY-MM-DD"))},
        .changesProject = true,
        .run = runControl,
    });
    return commands;
}

} // namespace isms::cli
