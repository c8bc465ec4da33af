// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "RecordCommands.h"

#include "ProjectAccess.h"
#include "RecordOutput.h"
#include "domain/Entities.h"
#include "io/FieldText.h"
#include "services/RecordService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace isms::cli {

namespace {

class RecordCommandsText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::RecordCommands)
};

const QString FormatOption = QStringLiteral("format");
const QString WhereOption = QStringLiteral("where");

/// The fields a person may give on the command line: all but the computed ones. Fixed (ReadOnly) fields
/// are given when a record is created; the service refuses to change them afterwards.
QList<const FieldSpec *> typedFields(const EntitySpec &spec)
{
    QList<const FieldSpec *> fields;
    for (const FieldSpec &field : spec.fields) {
        if (!field.has(Derived)) {
            fields.append(&field);
        }
    }
    return fields;
}

QList<QCommandLineOption> fieldOptions(const EntitySpec &spec)
{
    QList<QCommandLineOption> options;
    for (const FieldSpec *field : typedFields(spec)) {
        QString description = field->labelText();
        if (field->type == FieldType::Enum && field->enumSpec) {
            description += QStringLiteral(": ") + field->enumSpec->keywordList();
        } else if (field->type == FieldType::Date) {
            description += QStringLiteral(" (YYYY-MM-DD)");
        }
        options.append(QCommandLineOption(field->key, description, QStringLiteral("VALUE")));
    }
    return options;
}

/// Reads the field options that were given into stored values. Usage errors name the option.
Result<QHash<QString, QVariant>> givenValues(const EntitySpec &spec,
                                             const Invocation &invocation,
                                             Database &db)
{
    QHash<QString, QVariant> values;
    const FieldText::RefToId refToId = [&db](const QString &kind, const QString &ref) {
        const EntitySpec *target = Entities::find(kind);
        if (!target) {
            return RecordId{};
        }
        const auto found = RecordRepository(db, *target).findByRef(ref);
        return found && *found ? (*found)->id : RecordId{};
    };
    for (const FieldSpec *field : typedFields(spec)) {
        if (!invocation.isSet(field->key)) {
            continue;
        }
        const QString text = invocation.value(field->key);
        auto value = FieldText::parseFor(spec, *field, text, refToId, {text}, RecordContext{&db});
        if (!value) {
            return Error{ErrorCode::InvalidArgument,
                         RecordCommandsText::tr("--%1: %2").arg(field->key, value.error().message),
                         {}};
        }
        values.insert(field->key, *value);
    }
    return values;
}

ExitCode runList(const EntitySpec &spec, const Invocation &invocation, Console &console)
{
    const QString format =
        invocation.isSet(FormatOption) ? invocation.value(FormatOption) : QStringLiteral("table");
    if (format != u"table" && format != u"csv" && format != u"json") {
        return console.usage(
            RecordCommandsText::tr("\"%1\" is not a format; use table, csv or json.").arg(printable(format)));
    }
    auto filters = parseWhere(spec, invocation.values(WhereOption));
    if (!filters) {
        return console.usage(filters.error().message);
    }
    auto opened = openForReading(invocation.positional(0), console);
    if (!opened) {
        return console.fail(opened.error());
    }
    auto records = RecordService(**opened, spec).all();
    if (!records) {
        return console.fail(records.error());
    }
    RecordOutput output(**opened, spec);
    if (auto extras = output.loadExtras(); !extras) {
        return console.fail(extras.error());
    }
    const QList<Record> shown = output.filtered(*records, *filters);
    if (format == u"csv") {
        output.printCsv(shown, console.out());
    } else if (format == u"json") {
        output.printJson(shown, console.out());
    } else {
        output.printTable(shown, console);
    }
    return ExitCode::Success;
}

ExitCode runShow(const EntitySpec &spec, const Invocation &invocation, Console &console)
{
    auto opened = openForReading(invocation.positional(0), console);
    if (!opened) {
        return console.fail(opened.error());
    }
    auto record = RecordService(**opened, spec).getByRef(invocation.positional(1));
    if (!record) {
        return console.fail(record.error());
    }
    RecordOutput output(**opened, spec);
    if (auto extras = output.loadExtras(); !extras) {
        return console.fail(extras.error());
    }
    output.printRecord(*record, console);
    return ExitCode::Success;
}

LockTakeOver takeOverOf(const Invocation &invocation)
{
    return invocation.isSet(takeOverLockOption().names().constFirst()) ? LockTakeOver::Any
                                                                       : LockTakeOver::OnlyStale;
}

ExitCode runAdd(const EntitySpec &spec, const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    auto opened = openForChange(path, console, takeOverOf(invocation));
    if (!opened) {
        return console.fail(opened.error());
    }
    auto values = givenValues(spec, invocation, **opened);
    if (!values) {
        return console.fail(values.error());
    }
    Record record = spec.newRecord();
    for (auto it = values->constBegin(); it != values->constEnd(); ++it) {
        record.values[spec.indexOf(it.key())] = it.value();
    }
    RecordService service(**opened, spec);
    auto id = service.create(record);
    if (!id) {
        return console.fail(id.error());
    }
    console.out() << EntitySpec::refOf(service.get(*id).value()) << u'\n';
    return ExitCode::Success;
}

ExitCode runSet(const EntitySpec &spec, const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    auto opened = openForChange(path, console, takeOverOf(invocation));
    if (!opened) {
        return console.fail(opened.error());
    }
    RecordService service(**opened, spec);
    auto record = service.getByRef(invocation.positional(1));
    if (!record) {
        return console.fail(record.error());
    }
    auto values = givenValues(spec, invocation, **opened);
    if (!values) {
        return console.fail(values.error());
    }
    if (values->isEmpty()) {
        return console.usage(
            RecordCommandsText::tr("Say what to change, for example --%1 VALUE; run \"isms-cli "
                                   "set %2 --help\" for the fields.")
                .arg(spec.fields.value(1).key, spec.key));
    }
    if (auto changed = service.update(record->id, *values); !changed) {
        return console.fail(changed.error());
    }
    QStringList keys = values->keys();
    keys.sort();
    console.out() << RecordCommandsText::tr("Changed %1 of %2, recorded in the change log as %3.")
                         .arg(keys.join(QStringLiteral(", ")),
                              spec.shownRef(EntitySpec::refOf(*record)),
                              (*opened)->actor())
                  << u'\n';
    return ExitCode::Success;
}

ExitCode runRemove(const EntitySpec &spec, const Invocation &invocation, Console &console)
{
    auto opened = openForChange(invocation.positional(0), console, takeOverOf(invocation));
    if (!opened) {
        return console.fail(opened.error());
    }
    RecordService service(**opened, spec);
    auto record = service.getByRef(invocation.positional(1));
    if (!record) {
        return console.fail(record.error());
    }
    auto removed = service.removeWithChildren({record->id});
    if (!removed) {
        return console.fail(removed.error());
    }
    QStringList children;
    for (const RemovedRecords &child : std::as_const(removed->children)) {
        for (const Record &gone : child.records) {
            children.append(EntitySpec::refOf(gone));
        }
    }
    if (children.isEmpty()) {
        console.out() << RecordCommandsText::tr("Removed %1, recorded in the change log as %2.")
                             .arg(EntitySpec::refOf(*record), (*opened)->actor())
                      << u'\n';
    } else {
        console.out()
            << RecordCommandsText::tr("Removed %1 with the records that belonged to it (%2), recorded in "
                                      "the change log as %3.")
                   .arg(EntitySpec::refOf(*record), children.join(QStringLiteral(", ")), (*opened)->actor())
            << u'\n';
    }
    return ExitCode::Success;
}

Argument fileArgument()
{
    return {QStringLiteral("FILE"), RecordCommandsText::tr("the project file (*.isms)")};
}

Argument refArgument(const EntitySpec &spec)
{
    return {
        QStringLiteral("REF"),
        RecordCommandsText::tr("the %1's reference, such as %2").arg(spec.singularNoun(), spec.sampleRef())};
}

Command addCommand(const EntitySpec &spec)
{
    const EntitySpec *kind = &spec;
    return Command{.name = QStringLiteral("add ") + spec.key,
                   .synopsis = QStringLiteral("FILE --FIELD VALUE ..."),
                   .summary =
                       RecordCommandsText::tr("Adds a record to the register of %1 and prints its reference.")
                           .arg(spec.pluralNoun()),
                   .details = RecordCommandsText::tr("Without --ref the next free reference is given."),
                   .arguments = {fileArgument()},
                   .options = fieldOptions(spec),
                   .changesProject = true,
                   .run = [kind](const Invocation &invocation, Console &console) {
                       return runAdd(*kind, invocation, console);
                   }};
}

Command removeCommand(const EntitySpec &spec)
{
    const EntitySpec *kind = &spec;
    return Command{.name = QStringLiteral("remove ") + spec.key,
                   .synopsis = QStringLiteral("FILE REF"),
                   .summary = RecordCommandsText::tr("Removes one %1 (logged).").arg(spec.singularNoun()),
                   .arguments = {fileArgument(), refArgument(spec)},
                   .changesProject = true,
                   .run = [kind](const Invocation &invocation, Console &console) {
                       return runRemove(*kind, invocation, console);
                   }};
}

} // namespace

QList<QCommandLineOption> recordFieldOptions(const EntitySpec &spec)
{
    return fieldOptions(spec);
}

Result<QHash<QString, QVariant>> givenFieldValues(const EntitySpec &spec,
                                                  const Invocation &invocation,
                                                  Database &db)
{
    return givenValues(spec, invocation, db);
}

QStringList recordVerbs()
{
    return {QStringLiteral("list"),
            QStringLiteral("show"),
            QStringLiteral("add"),
            QStringLiteral("set"),
            QStringLiteral("remove"),
            QStringLiteral("import")};
}

QList<Command> recordCommands()
{
    QList<Command> commands;
    for (const EntitySpec *spec : Entities::all()) {
        commands << recordCommandsOf(spec);
    }
    return commands;
}

QList<Command> recordCommandsOf(const EntitySpec *spec)
{
    QList<Command> commands;
    {
        const QString plural = spec->pluralNoun();
        const QString singular = spec->singularNoun();
        commands.append(Command{
            .name = QStringLiteral("list ") + spec->key,
            .synopsis = QStringLiteral("FILE [--format table|csv|json] [--where FIELD=VALUE ...]"),
            .summary = RecordCommandsText::tr("Lists the %1.").arg(plural),
            .details =
                RecordCommandsText::tr("--where keeps the records whose field has the value (repeat it to "
                                       "combine filters): %1.")
                    .arg(filterableKeys(*spec)),
            .arguments = {fileArgument()},
            .options = {QCommandLineOption(FormatOption,
                                           RecordCommandsText::tr("Output format: table, csv or json."),
                                           QStringLiteral("FORMAT")),
                        QCommandLineOption(WhereOption,
                                           RecordCommandsText::tr("Only records whose FIELD has VALUE."),
                                           QStringLiteral("FIELD=VALUE"))},
            .run = [spec](const Invocation &invocation, Console &console) {
                return runList(*spec, invocation, console);
            }});
        commands.append(
            Command{.name = QStringLiteral("show ") + spec->key,
                    .synopsis = QStringLiteral("FILE REF"),
                    .summary = RecordCommandsText::tr("Shows every field of one %1.").arg(singular),
                    .arguments = {fileArgument(), refArgument(*spec)},
                    .run = [spec](const Invocation &invocation, Console &console) {
                        return runShow(*spec, invocation, console);
                    }});
        // Clauses and controls are fixed by the catalogue; evidence comes with its file ("attach").
        if (!spec->isCatalogue() && !spec->createdElsewhere) {
            commands.append(addCommand(*spec));
        }
        commands.append(Command{
            .name = QStringLiteral("set ") + spec->key,
            .synopsis = QStringLiteral("FILE REF --FIELD VALUE ..."),
            .summary = RecordCommandsText::tr("Changes fields of one %1 as one logged action.").arg(singular),
            .arguments = {fileArgument(), refArgument(*spec)},
            .options = fieldOptions(*spec),
            .changesProject = true,
            .run = [spec](const Invocation &invocation, Console &console) {
                return runSet(*spec, invocation, console);
            }});
        if (!spec->isCatalogue()) {
            commands.append(removeCommand(*spec));
        }
    }
    return commands;
}

} // namespace isms::cli
