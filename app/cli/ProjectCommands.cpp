// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "ProjectCommands.h"

#include "CheckCommand.h"
#include "ProjectAccess.h"
#include "domain/Entities.h"
#include "domain/Requirement.h"
#include "services/ControlStatistics.h"
#include "services/DemoData.h"
#include "services/ProjectService.h"
#include "services/RecordService.h"
#include "services/RequirementService.h"
#include "storage/ChangeLog.h"
#include "storage/ChangeLogHead.h"
#include "storage/Database.h"
#include "storage/ProjectLock.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace isms::cli {

namespace {

class ProjectCommandsText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::ProjectCommands)

public:
    static QString fileArgument() { return tr("the project file (*.isms)"); }
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString statusCounts(const StatusSummary &summary)
{
    QStringList parts;
    for (const ImplementationStatus status : AllStatuses) {
        parts << ProjectCommandsText::tr("%1 %2").arg(QString::number(summary.byStatus(status)),
                                                      statusKeyword(status));
    }
    return parts.join(QStringLiteral(", "));
}

// ---------------------------------------------------------------------------------------------- new

ExitCode runNew(const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    const bool demo = invocation.isSet(QStringLiteral("demo"));
    QString organisation = invocation.value(QStringLiteral("org")).trimmed();
    if (!invocation.isSet(QStringLiteral("org"))) {
        if (!demo) {
            return console.usage(ProjectCommandsText::tr(
                "The organisation is missing; give its name with --org NAME (or use --demo)."));
        }
        organisation = DemoData::organisation();
    }
    if (organisation.isEmpty()) {
        return console.usage(
            ProjectCommandsText::tr("The organisation name is empty; give it with --org NAME."));
    }
    int riskCount = DemoData::RiskCount;
    if (invocation.isSet(QStringLiteral("scale"))) {
        if (!demo) {
            return console.usage(ProjectCommandsText::tr("--scale sizes the demo data; add --demo or leave "
                                                         "--scale out."));
        }
        bool isNumber = false;
        const QString scale = invocation.value(QStringLiteral("scale")).trimmed();
        riskCount = scale.toInt(&isNumber);
        if (!isNumber || riskCount < 1 || riskCount > DemoData::MaxRiskCount) {
            return console.usage(
                ProjectCommandsText::tr("\"%1\" is not a number of risks for --scale; give a "
                                        "whole number from 1 to %2.")
                    .arg(printable(scale), QString::number(DemoData::MaxRiskCount)));
        }
    }
    if (QFileInfo::exists(path)) {
        console.error(ProjectCommandsText::tr(
                          "%1 already exists; choose another file name, isms-cli never overwrites a "
                          "file.")
                          .arg(nativePath(path)));
        return ExitCode::Io;
    }

    auto created = Database::create(path, organisation, actorName());
    if (!created) {
        return console.fail(created.error());
    }
    std::unique_ptr<Database> db = std::move(created).value();
    if (demo) {
        const auto filled = DemoData::fill(*db, QDate::currentDate(), riskCount);
        if (!filled) {
            // A half-filled demo is of no use to anyone: remove the file this command has just made.
            db.reset();
            QFile::remove(path);
            return console.fail(filled.error());
        }
    }
    // This computer remembers the new file's history once it is complete: the demo writes hundreds
    // of steps, and remembering each of them would rewrite the settings file as often.
    watchHistory(*db, console);
    const auto info = ProjectService(*db).info();
    if (!info) {
        return console.fail(info.error());
    }
    const QString shownPath = nativePath(QFileInfo(path).absoluteFilePath());
    const QString message =
        demo ? ProjectCommandsText::tr("Created %1 for %2 with the demo data: %3 Annex A controls and %4 "
                                       "clause requirements.")
             : ProjectCommandsText::tr("Created %1 for %2: %3 Annex A controls and %4 clause "
                                       "requirements.");
    // One arg() call: a "%3" inside the organisation's name must not be substituted again.
    console.out() << message.arg(shownPath,
                                 printable(info->organisation),
                                 QString::number(info->controlCount),
                                 QString::number(info->clauseCount))
                  << u'\n';
    return ExitCode::Success;
}

// --------------------------------------------------------------------------------------------- info

ExitCode runInfo(const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    auto opened = openForReading(path, console);
    if (!opened) {
        return console.fail(opened.error());
    }
    Database &db = **opened;
    const auto info = ProjectService(db).info();
    if (!info) {
        return console.fail(info.error());
    }
    const auto controls = RequirementService(db).controls();
    if (!controls) {
        return console.fail(controls.error());
    }
    const StatusSummary summary = ControlStatistics::summarize(*controls);
    const QLocale locale;

    QList<std::pair<QString, QString>> rows;
    rows.append({ProjectCommandsText::tr("File"), nativePath(QFileInfo(info->path).absoluteFilePath())});
    rows.append({ProjectCommandsText::tr("Organisation"), printable(info->organisation)});
    rows.append({ProjectCommandsText::tr("Catalogue"), info->catalogueEdition});
    rows.append({ProjectCommandsText::tr("Created"), info->createdUtc.toUTC().toString(Qt::ISODate)});
    rows.append({ProjectCommandsText::tr("Schema version"), QString::number(info->schemaVersion)});
    rows.append({ProjectCommandsText::tr("Size"), locale.formattedDataSize(info->fileSize)});
    rows.append({ProjectCommandsText::tr("Annex A controls"), QString::number(info->controlCount)});
    rows.append({ProjectCommandsText::tr("Control status"), statusCounts(summary)});
    rows.append({ProjectCommandsText::tr("Completion"),
                 ProjectCommandsText::tr("%1% implemented or not applicable")
                     .arg(locale.toString(summary.completion() * 100.0, 'f', 0))});
    rows.append({ProjectCommandsText::tr("Clause requirements"), QString::number(info->clauseCount)});
    rows.append({ProjectCommandsText::tr("Change log entries"), QString::number(info->changeLogRows)});
    const auto head = ChangeLogHead::read(db);
    if (!head) {
        return console.fail(head.error());
    }
    //: The hash of the newest change-log entry; printed so that a copy of it anchors the history.
    rows.append({ProjectCommandsText::tr("Change log head"),
                 head->hash.isEmpty() ? ProjectCommandsText::tr("(empty)")
                                      : printable(QString::fromLatin1(head->hash))});
    if (const auto projectId = ProjectIdentity::projectId(db)) {
        rows.append({ProjectCommandsText::tr("Project id"), *projectId});
    }
    if (const auto lock = ProjectLock::inspect(path)) {
        rows.append({ProjectCommandsText::tr("Locked by"),
                     ProjectCommandsText::tr("%1 on %2 (process %3) since %4%5")
                         .arg(printable(lock->user),
                              printable(lock->host),
                              QString::number(lock->processId),
                              lock->sinceUtc.toUTC().toString(Qt::ISODate),
                              lock->isStale ? ProjectCommandsText::tr(", stale") : QString())});
    }
    console.out() << twoColumns(rows);
    return ExitCode::Success;
}

// ------------------------------------------------------------------------------------------ history

QString shownValue(const std::optional<QString> &value)
{
    constexpr int MaxValueLength = 60;
    if (!value) {
        return ProjectCommandsText::tr("(none)");
    }
    if (value->isEmpty()) {
        return ProjectCommandsText::tr("(empty)");
    }
    return elided(printable(*value), MaxValueLength);
}

/// References of register records by id, read once per register that the history mentions.
class RecordNames final
{
public:
    explicit RecordNames(Database &db)
        : m_db(db)
    {}

    /// "threat T-003"; "threat #41" for a record that no longer exists.
    QString nameOf(const EntitySpec &spec, const QString &id)
    {
        if (spec.isCatalogue()) {
            return spec.entity + u' ' + spec.shownRef(id); // logged under its reference
        }
        auto refs = m_refs.find(spec.key);
        if (refs == m_refs.end()) {
            QHash<QString, QString> byId;
            if (const auto ids = RecordRepository(m_db, spec).idsByRef(); ids) {
                for (auto it = ids->constBegin(); it != ids->constEnd(); ++it) {
                    byId.insert(QString::number(it.value().value), it.key());
                }
            }
            refs = m_refs.insert(spec.key, byId);
        }
        const QString ref = refs->value(id);
        return spec.entity + u' ' + (ref.isEmpty() ? u'#' + id : ref);
    }

private:
    Database &m_db;
    QHash<QString, QHash<QString, QString>> m_refs;
};

QString shownRecord(const ChangeLogEntry &entry, RecordNames &names)
{
    if (entry.entityId.isEmpty() || entry.entity == u"project") {
        return printable(entry.entity);
    }
    if (const EntitySpec *spec = Entities::findByEntity(entry.entity)) {
        return printable(names.nameOf(*spec, entry.entityId));
    }
    return printable(entry.entity + u' ' + entry.entityId);
}

ExitCode runHistory(const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    ChangeLogQuery query;
    if (invocation.isSet(QStringLiteral("entity"))) {
        query.entity = invocation.value(QStringLiteral("entity")).trimmed().toLower();
        const bool known = requirementKindFromKeyword(query.entity).has_value() || query.entity == u"project"
                           || Entities::findByEntity(query.entity);
        if (!known) {
            QStringList kinds{QStringLiteral("project")};
            for (const EntitySpec *spec : Entities::all()) {
                kinds.append(spec->entity);
            }
            return console.usage(ProjectCommandsText::tr("\"%1\" is not a kind of record; use one of %2.")
                                     .arg(printable(invocation.value(QStringLiteral("entity"))),
                                          kinds.join(QStringLiteral(", "))));
        }
    }
    if (invocation.isSet(QStringLiteral("id"))) {
        if (query.entity.isEmpty()) {
            return console.usage(
                ProjectCommandsText::tr("--id needs --entity; for example --entity control --id A.5.1."));
        }
        const QString id = invocation.value(QStringLiteral("id"));
        query.entityId = query.entity == requirementKindKeyword(RequirementKind::Control)
                             ? normaliseControlRef(id)
                             : id.trimmed();
    }

    if (invocation.isSet(QStringLiteral("last"))) {
        bool isNumber = false;
        const int last = invocation.value(QStringLiteral("last")).trimmed().toInt(&isNumber);
        if (!isNumber || last < 1) {
            return console.usage(ProjectCommandsText::tr(
                                     "\"%1\" is not a number of entries; give a whole number of 1 or more.")
                                     .arg(printable(invocation.value(QStringLiteral("last")))));
        }
        query.limit = last;
    }

    auto opened = openForReading(path, console);
    if (!opened) {
        return console.fail(opened.error());
    }
    if (const EntitySpec *spec = Entities::findByEntity(query.entity); spec && !query.entityId.isEmpty()) {
        // People name records by reference; the log names them by their stable id.
        const auto record = RecordService(**opened, *spec).getByRef(query.entityId);
        if (!record) {
            return console.fail(record.error());
        }
        query.entityId = spec->logId(*record);
    }
    RecordNames names(**opened);
    const auto entries = ChangeLog::entries(**opened, query);
    if (!entries) {
        return console.fail(entries.error());
    }
    if (entries->isEmpty()) {
        console.out() << ProjectCommandsText::tr("No changes are recorded for this selection.") << u'\n';
        return ExitCode::Success;
    }
    const QStringList header{ProjectCommandsText::tr("#"),
                             ProjectCommandsText::tr("When (UTC)"),
                             ProjectCommandsText::tr("Who"),
                             ProjectCommandsText::tr("Record"),
                             ProjectCommandsText::tr("Field"),
                             ProjectCommandsText::tr("Change")};
    QList<QStringList> rows;
    rows.reserve(entries->size());
    for (const ChangeLogEntry &entry : *entries) {
        rows.append({QString::number(entry.sequence),
                     entry.timestampUtc.toUTC().toString(Qt::ISODate),
                     printable(entry.actor),
                     shownRecord(entry, names),
                     printable(entry.field),
                     shownValue(entry.oldValue) + QStringLiteral(" \u2192 ") + shownValue(entry.newValue)});
    }
    console.out() << alignedTable(header, rows);
    return ExitCode::Success;
}

} // namespace

QList<Command> projectCommands()
{
    const Argument file{QStringLiteral("FILE"), ProjectCommandsText::fileArgument()};
    QList<Command> commands;

    commands.append(Command{
        .name = QStringLiteral("new"),
        .synopsis = QStringLiteral("FILE --org NAME [--demo [--scale N]]"),
        .summary = ProjectCommandsText::tr(
            "Creates a new project file with the ISO/IEC 27001:2022 catalogues copied in."),
        .details = ProjectCommandsText::tr(
            "An existing file is never overwritten. With --demo the project is filled with "
            "a synthetic sample organisation; --org may then be left out. --scale N repeats "
            "the demo's registers for further branches until they hold N risks (1 to "
            "1,000,000), with assets, links and tasks in proportion, for benchmarks."),
        .arguments = {file},
        .options = {QCommandLineOption(QStringLiteral("org"),
                                       ProjectCommandsText::tr("The organisation the ISMS belongs to."),
                                       ProjectCommandsText::tr("NAME")),
                    QCommandLineOption(QStringLiteral("demo"),
                                       ProjectCommandsText::tr("Fill in the demo organisation's data.")),
                    QCommandLineOption(QStringLiteral("scale"),
                                       ProjectCommandsText::tr("With --demo: about N risks instead of 60."),
                                       ProjectCommandsText::tr("N"))},
        .run = runNew,
    });

    commands.append(Command{
        .name = QStringLiteral("info"),
        .synopsis = QStringLiteral("FILE"),
        .summary = ProjectCommandsText::tr(
            "Shows the organisation, the file format, control status counts, the change log's "
            "head and the lock."),
        .details = {},
        .arguments = {file},
        .options = {},
        .run = runInfo,
    });

    commands.append(checkCommand(file));

    commands.append(Command{
        .name = QStringLiteral("history"),
        .synopsis = QStringLiteral("FILE [--entity KIND [--id ID]] [--last N]"),
        .summary = ProjectCommandsText::tr(
            "Lists the change log: who changed which field, when, from what to what."),
        .details = {},
        .arguments = {file},
        .options = {QCommandLineOption(
                        QStringLiteral("entity"),
                        ProjectCommandsText::tr("Only records of this kind: control, clause or project."),
                        ProjectCommandsText::tr("KIND")),
                    QCommandLineOption(
                        QStringLiteral("id"),
                        ProjectCommandsText::tr("Only the record with this id (A.5.1 or 5.1 for a control)."),
                        ProjectCommandsText::tr("ID")),
                    QCommandLineOption(
                        QStringLiteral("last"),
                        ProjectCommandsText::tr("Only the newest N entries (still listed oldest first)."),
                        ProjectCommandsText::tr("N"))},
        .run = runHistory,
    });
    return commands;
}

} // namespace isms::cli
