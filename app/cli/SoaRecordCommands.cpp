// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "SoaRecordCommands.h"

#include "ProjectAccess.h"
#include "RecordCommands.h"
#include "SoaImportCommand.h"
#include "domain/Entities.h"
#include "io/Csv.h"
#include "services/RecordService.h"
#include "services/SoaRegister.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <memory>

namespace isms::cli {

namespace {

class SoaRecordText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::SoaRecordCommands)
};

const QString FormatOption = QStringLiteral("format");

/// The keys of one SoA line in the order the command line writes them (SoaRegister::toJson's).
const QStringList &soaKeys()
{
    static const QStringList keys{QStringLiteral("id"),
                                  QStringLiteral("title"),
                                  QStringLiteral("applicable"),
                                  QStringLiteral("reasons"),
                                  QStringLiteral("justification"),
                                  QStringLiteral("status"),
                                  QStringLiteral("owner"),
                                  QStringLiteral("implementation"),
                                  QStringLiteral("theme"),
                                  QStringLiteral("source"),
                                  QStringLiteral("source_ref"),
                                  QStringLiteral("last_reviewed"),
                                  QStringLiteral("evidence"),
                                  QStringLiteral("additional")};
    return keys;
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::String:
        return jsonString(value.toString());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            items.append(jsonValueText(item));
        }
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }
    default:
        return QStringLiteral("null");
    }
}

/// A cell of the CSV form: reasons joined with ", ", booleans as yes/no, null as empty.
QString csvCell(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            items.append(item.toString());
        }
        return items.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

void printJson(const QList<SoaEntry> &entries, QTextStream &out)
{
    // One object per line, keys in the contract's order (QJsonObject would sort them).
    out << u'[';
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject object = SoaRegister::toJson(entries.at(i));
        out << (i == 0 ? QStringLiteral("\n  {") : QStringLiteral(",\n  {"));
        for (qsizetype k = 0; k < soaKeys().size(); ++k) {
            const QString &key = soaKeys().at(k);
            out << (k == 0 ? QString() : QStringLiteral(", ")) << jsonString(key) << QStringLiteral(": ")
                << jsonValueText(object.value(key));
        }
        out << u'}';
    }
    out << (entries.isEmpty() ? QStringLiteral("]\n") : QStringLiteral("\n]\n"));
}

void printCsv(const QList<SoaEntry> &entries, QTextStream &out)
{
    out << Csv::exportLine(soaKeys()) << QStringLiteral("\r\n");
    for (const SoaEntry &entry : entries) {
        const QJsonObject object = SoaRegister::toJson(entry);
        QStringList cells;
        for (const QString &key : soaKeys()) {
            cells.append(csvCell(object.value(key)));
        }
        out << Csv::exportLine(cells) << QStringLiteral("\r\n");
    }
}

QString yesNo(bool value)
{
    return value ? SoaRecordText::tr("yes") : SoaRecordText::tr("no");
}

void printTable(const QList<SoaEntry> &entries, Console &console)
{
    constexpr int MaxTitleLength = 60;
    constexpr int MaxOwnerLength = 30;
    const QStringList header{SoaRecordText::tr("Id"),
                             SoaRecordText::tr("Title"),
                             SoaRecordText::tr("Applicable"),
                             SoaRecordText::tr("Status"),
                             SoaRecordText::tr("Reasons"),
                             SoaRecordText::tr("Owner")};
    QList<QStringList> rows;
    rows.reserve(entries.size());
    int applicable = 0;
    for (const SoaEntry &entry : entries) {
        applicable += entry.applicable ? 1 : 0;
        rows.append({entry.id,
                     elided(printable(entry.title), MaxTitleLength),
                     yesNo(entry.applicable),
                     entry.status,
                     entry.reasons.join(QStringLiteral(", ")),
                     elided(printable(entry.owner), MaxOwnerLength)});
    }
    console.out() << alignedTable(header, rows);
    console.out() << SoaRecordText::tr("Controls: %1 in total, %2 applicable, %3 excluded.")
                         .arg(entries.size())
                         .arg(applicable)
                         .arg(entries.size() - applicable)
                  << u'\n';
}

Argument fileArgument()
{
    return {QStringLiteral("FILE"), SoaRecordText::tr("the project file (*.isms)")};
}

Argument idArgument()
{
    return {QStringLiteral("ID"), SoaRecordText::tr("a control of the SoA: A.5.7, 5.7 or AC-001")};
}

ExitCode runList(const Invocation &invocation, Console &console)
{
    const QString format =
        invocation.isSet(FormatOption) ? invocation.value(FormatOption) : QStringLiteral("table");
    if (format != u"table" && format != u"csv" && format != u"json") {
        return console.usage(
            SoaRecordText::tr("\"%1\" is not a format; use table, csv or json.").arg(printable(format)));
    }
    auto opened = openForReading(invocation.positional(0), console);
    if (!opened) {
        return console.fail(opened.error());
    }
    auto entries = SoaRegister::read(**opened);
    if (!entries) {
        return console.fail(entries.error());
    }
    if (format == u"json") {
        printJson(*entries, console.out());
    } else if (format == u"csv") {
        printCsv(*entries, console.out());
    } else {
        printTable(*entries, console);
    }
    return ExitCode::Success;
}

/// True for an additional control's reference ("AC-001", "ac-1").
bool isAdditionalId(const QString &id)
{
    return id.trimmed().startsWith(additionalControlSpec().refPrefix, Qt::CaseInsensitive);
}

/// The SoA line of `id`, or nullptr.
const SoaEntry *findEntry(const QList<SoaEntry> &entries, const QString &id)
{
    const bool additional = isAdditionalId(id);
    const QString ref = additional ? id.trimmed() : controlSpec().storedRef(id);
    for (const SoaEntry &entry : entries) {
        if (entry.additional == additional && entry.ref.compare(ref, Qt::CaseInsensitive) == 0) {
            return &entry;
        }
    }
    return nullptr;
}

ExitCode unknownId(Console &console, const QString &id, const QString &path)
{
    return console.fail(Error{ErrorCode::NotFound,
                              SoaRecordText::tr("The Statement of Applicability has no control \"%1\"; run "
                                                "\"isms-cli list soa %2\" to see them.")
                                  .arg(printable(id.trimmed()), path),
                              {}});
}

ExitCode runShow(const Invocation &invocation, Console &console)
{
    auto opened = openForReading(invocation.positional(0), console);
    if (!opened) {
        return console.fail(opened.error());
    }
    auto entries = SoaRegister::read(**opened);
    if (!entries) {
        return console.fail(entries.error());
    }
    const SoaEntry *entry = findEntry(*entries, invocation.positional(1));
    if (!entry) {
        return unknownId(console, invocation.positional(1), invocation.positional(0));
    }
    const QString none = SoaRecordText::tr("(none)");
    const auto shown = [&none](const QString &text) { return text.isEmpty() ? none : text; };
    QList<std::pair<QString, QString>> fields{
        {SoaRecordText::tr("Control"), entry->id},
        {SoaRecordText::tr("Title"), entry->title},
        {SoaRecordText::tr("Applicable"), yesNo(entry->applicable)},
        {SoaRecordText::tr("Reasons"), entry->reasons.join(QStringLiteral(", "))},
        {SoaRecordText::tr("Justification"), entry->justification},
        {SoaRecordText::tr("Status"), entry->status},
        {SoaRecordText::tr("Owner"), entry->owner},
        {SoaRecordText::tr("Implementation"), entry->implementation},
        {SoaRecordText::tr("Last reviewed"),
         entry->lastReviewed.isValid() ? entry->lastReviewed.toString(Qt::ISODate) : QString()},
        {SoaRecordText::tr("Evidence files"), QString::number(entry->evidence)},
    };
    if (entry->additional) {
        fields.insert(2, {SoaRecordText::tr("Source"), entry->source});
        fields.insert(3, {SoaRecordText::tr("Reference in the source"), entry->sourceRef});
    } else {
        fields.insert(2, {SoaRecordText::tr("Theme"), entry->theme});
    }
    QList<QStringList> rows;
    for (const auto &[label, value] : std::as_const(fields)) {
        const QStringList lines = shown(value).split(u'\n');
        rows.append({label + u':', printable(lines.constFirst())});
        for (qsizetype line = 1; line < lines.size(); ++line) {
            rows.append({QString(), printable(lines.at(line))});
        }
    }
    console.out() << alignedTable({}, rows);
    return ExitCode::Success;
}

/// The generated command `name` ("set controls"), or nullptr.
const Command *generated(const QString &name)
{
    // Only the register named is built ("set controls": controls).
    static QHash<QString, QList<Command>> byKind;
    const QString kind = name.section(u' ', 1);
    auto found = byKind.find(kind);
    if (found == byKind.end()) {
        const EntitySpec *spec = Entities::find(kind);
        found = byKind.insert(kind, spec ? recordCommandsOf(spec) : QList<Command>());
    }
    for (const Command &command : std::as_const(*found)) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

/// Runs the generated command `target` with `arguments` as if they had been typed after its name.
ExitCode delegate(const QString &target, const QStringList &arguments, Console &console)
{
    const Command *command = generated(target);
    Q_ASSERT(command);
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(command->options);
    parser.addOption(takeOverLockOption());
    if (!parser.parse(QStringList{QStringLiteral("isms-cli")} + arguments)) {
        return console.usage(parser.errorText());
    }
    return command->run(Invocation(parser, parser.positionalArguments()), console);
}

/// Every field option of the registers behind the SoA, once each.
QList<QCommandLineOption> fieldOptionsOf(const QStringList &commandNames)
{
    QList<QCommandLineOption> options;
    QStringList names;
    for (const QString &name : commandNames) {
        for (const QCommandLineOption &option : generated(name)->options) {
            if (!names.contains(option.names().constFirst())) {
                names.append(option.names().constFirst());
                options.append(option);
            }
        }
    }
    return options;
}

/// The options of `command` that were given, as command-line words ("--owner", "Alice").
QStringList givenOptions(const Invocation &invocation, const QList<QCommandLineOption> &options)
{
    QStringList words;
    for (const QCommandLineOption &option : options) {
        const QString name = option.names().constFirst();
        if (invocation.isSet(name) && name != u"help") {
            words << QStringLiteral("--") + name << invocation.value(name);
        }
    }
    return words;
}

QStringList takeOverWord(const Invocation &invocation)
{
    return invocation.isSet(takeOverLockOption().names().constFirst())
               ? QStringList{QStringLiteral("--") + takeOverLockOption().names().constFirst()}
               : QStringList();
}

ExitCode runAdd(const Invocation &invocation, Console &console)
{
    const QList<QCommandLineOption> options = generated(QStringLiteral("add additional-controls"))->options;
    return delegate(QStringLiteral("add additional-controls"),
                    QStringList{invocation.positional(0)} + givenOptions(invocation, options)
                        + takeOverWord(invocation),
                    console);
}

ExitCode runSet(const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    const QString id = invocation.positional(1);
    const bool additional = isAdditionalId(id);
    const QString target =
        additional ? QStringLiteral("set additional-controls") : QStringLiteral("set controls");
    const EntitySpec &spec = additional ? additionalControlSpec() : controlSpec();
    QStringList words{path, id};
    const QList<QCommandLineOption> &targetOptions = generated(target)->options;
    words << givenOptions(invocation, targetOptions);
    for (const QCommandLineOption &option :
         fieldOptionsOf({QStringLiteral("set controls"), QStringLiteral("set additional-controls")})) {
        const QString name = option.names().constFirst();
        const bool known = std::any_of(targetOptions.cbegin(), targetOptions.cend(), [&name](const auto &o) {
            return o.names().constFirst() == name;
        });
        if (invocation.isSet(name) && !known) {
            return console.usage(
                SoaRecordText::tr("--%1 is not a field of %2.").arg(name, spec.pluralNoun()));
        }
    }
    // FIELD=VALUE words after the id; "applicable=no" is the status not-applicable.
    std::optional<bool> applicable;
    bool statusGiven = invocation.isSet(QStringLiteral("status"));
    for (qsizetype i = 2; i < invocation.positionalCount(); ++i) {
        const QString pair = invocation.positional(i);
        const qsizetype equals = pair.indexOf(u'=');
        const QString key = pair.left(equals).trimmed();
        const QString value = pair.mid(equals + 1);
        if (key == u"applicable") {
            static const QStringList yes{QStringLiteral("yes"),
                                         QStringLiteral("y"),
                                         QStringLiteral("true"),
                                         QStringLiteral("1")};
            static const QStringList no{QStringLiteral("no"),
                                        QStringLiteral("n"),
                                        QStringLiteral("false"),
                                        QStringLiteral("0")};
            if (!yes.contains(value.trimmed().toLower()) && !no.contains(value.trimmed().toLower())) {
                return console.usage(SoaRecordText::tr("\"%1\" is not a value for applicable; use yes or no.")
                                         .arg(printable(value)));
            }
            applicable = yes.contains(value.trimmed().toLower());
            continue;
        }
        const FieldSpec *field = equals > 0 ? spec.field(key) : nullptr;
        if (!field || field->has(Derived) || key == u"ref") {
            return console.usage(
                SoaRecordText::tr("\"%1\" is not a change; write FIELD=VALUE with a field of %2, "
                                  "or applicable=yes|no.")
                    .arg(printable(pair), spec.key));
        }
        statusGiven = statusGiven || key == u"status";
        words << QStringLiteral("--") + key << value;
    }
    if (applicable && !statusGiven) {
        QString status = QStringLiteral("not-applicable");
        if (*applicable) {
            auto opened = openForReading(path, console);
            if (!opened) {
                return console.fail(opened.error());
            }
            auto record = RecordService(**opened, spec).getByRef(id);
            if (!record) {
                return console.fail(record.error());
            }
            status = record->values.at(spec.indexOf(u"status")).toString();
            if (status == u"not-applicable") {
                status = QStringLiteral("not-started");
            }
        }
        words << QStringLiteral("--status") << status;
    }
    return delegate(target, words + takeOverWord(invocation), console);
}

} // namespace

QList<Command> soaRecordCommands()
{
    const QString fields = SoaRecordText::tr("FIELD=VALUE");
    QList<Command> commands;
    commands.append(Command{
        .name = QStringLiteral("list soa"),
        .synopsis = QStringLiteral("FILE [--format table|csv|json]"),
        .summary =
            SoaRecordText::tr("Lists the Statement of Applicability: the 93 Annex A controls, then the "
                              "additional controls."),
        .details = SoaRecordText::tr("JSON gives one object per control with the keys id, title, applicable, "
                                     "reasons, justification, status, owner, implementation, theme, source, "
                                     "source_ref, last_reviewed, evidence and additional; CSV has the same "
                                     "columns, and imports back with \"isms-cli import soa\"."),
        .arguments = {fileArgument()},
        .options = {QCommandLineOption(FormatOption,
                                       SoaRecordText::tr("Output format: table, csv or json."),
                                       QStringLiteral("FORMAT"))},
        .run = &runList});
    commands.append(Command{.name = QStringLiteral("show soa"),
                            .synopsis = QStringLiteral("FILE ID"),
                            .summary = SoaRecordText::tr("Shows what the SoA says of one control."),
                            .arguments = {fileArgument(), idArgument()},
                            .run = &runShow});
    commands.append(Command{
        .name = QStringLiteral("add soa"),
        .synopsis = QStringLiteral("FILE --title TITLE --source SOURCE [--FIELD VALUE ...]"),
        .summary = SoaRecordText::tr("Adds an additional control to the SoA and prints its reference."),
        .details = SoaRecordText::tr("The same as \"isms-cli add additional-controls\"."),
        .arguments = {fileArgument()},
        .options = generated(QStringLiteral("add additional-controls"))->options,
        .changesProject = true,
        .run = &runAdd});
    commands.append(Command{
        .name = QStringLiteral("set soa"),
        .synopsis = QStringLiteral("FILE ID FIELD=VALUE ... [--FIELD VALUE ...]"),
        .summary = SoaRecordText::tr("Changes what the SoA says of one control as one logged action."),
        .details =
            SoaRecordText::tr("An Annex A id (A.5.7 or 5.7) changes that control, an additional "
                              "control's reference (AC-001) that control. applicable=no sets the status "
                              "not-applicable; applicable=yes keeps the status, or sets not-started "
                              "for an excluded control."),
        .arguments =
            {fileArgument(),
             idArgument(),
             {fields, SoaRecordText::tr("a field and its new value, such as owner=Alice"), true, true}},
        .options =
            fieldOptionsOf({QStringLiteral("set controls"), QStringLiteral("set additional-controls")}),
        .changesProject = true,
        .run = &runSet});
    commands.append(soaImportCommand());
    return commands;
}

} // namespace isms::cli
