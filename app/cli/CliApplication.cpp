// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliApplication.h"

#include "AssessmentCommands.h"
#include "AuditCommands.h"
#include "ControlCommands.h"
#include "DocumentCommands.h"
#include "EvidenceCommands.h"
#include "ExportCommands.h"
#include "ProjectAccess.h"
#include "ProjectCommands.h"
#include "RecordCommands.h"
#include "RecordTransferCommands.h"
#include "SoaCommands.h"
#include "SoaRecordCommands.h"
#include "common/Version.h"
#include "domain/Entities.h"
#include "services/RecordService.h"

#include <QCommandLineParser>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace isms::cli {

namespace {

const QString ExportName = QStringLiteral("export");

bool isHelpOption(const QString &argument)
{
    return argument == u"-h" || argument == u"--help" || argument == u"-?";
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              CliApplication::tr("Shows this help."));
}

} // namespace

CliApplication::CliApplication(Console &console)
    : m_console(console)
{}

void CliApplication::buildCommands(const EntitySpec *onlyKind)
{
    m_commands.clear();
    m_commands << projectCommands() << (onlyKind ? recordCommandsOf(onlyKind) : recordCommands())
               << (onlyKind ? recordTransferCommandsOf(onlyKind) : recordTransferCommands())
               << controlCommands() << exportCommands() << evidenceCommands() << documentCommands()
               << soaRecordCommands() << soaCommands() << assessmentCommands() << auditCommands();
    // A hand-written command replaces the generated one of the same name ("export controls" also
    // writes the control status report as PDF); the later one in the list wins.
    QSet<QString> named;
    QList<Command> kept;
    kept.reserve(m_commands.size());
    for (auto it = m_commands.rbegin(); it != m_commands.rend(); ++it) {
        if (!named.contains(it->name)) {
            named.insert(it->name);
            kept.append(std::move(*it));
        }
    }
    std::reverse(kept.begin(), kept.end());
    // The order of the command list in ARCHITECTURE: new, info, check, history, the register verbs
    // (list, show, add, set, remove), then the older controls and control, then export.
    const QStringList order{QStringLiteral("new"),
                            QStringLiteral("info"),
                            QStringLiteral("check"),
                            QStringLiteral("history"),
                            QStringLiteral("list"),
                            QStringLiteral("show"),
                            QStringLiteral("add"),
                            QStringLiteral("set"),
                            QStringLiteral("remove"),
                            QStringLiteral("import"),
                            QStringLiteral("attach"),
                            QStringLiteral("evidence"),
                            QStringLiteral("extract"),
                            QStringLiteral("extract-version"),
                            QStringLiteral("evidence-limit"),
                            QStringLiteral("soa"),
                            QStringLiteral("run-assessment"),
                            QStringLiteral("calendar"),
                            QStringLiteral("controls"),
                            QStringLiteral("control"),
                            QStringLiteral("export")};
    const auto rank = [&order](const Command &command) {
        const qsizetype exact = order.indexOf(command.name);
        return exact >= 0 ? exact : order.indexOf(command.name.section(u' ', 0, 0));
    };
    // Each command's rank is worked out once, and each command moved once.
    QList<std::pair<qsizetype, qsizetype>> ranked; // rank, index in `kept`
    ranked.reserve(kept.size());
    for (qsizetype i = 0; i < kept.size(); ++i) {
        ranked.append({rank(kept.at(i)), i});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    m_commands.clear();
    m_commands.reserve(kept.size());
    for (const auto &entry : std::as_const(ranked)) {
        m_commands.append(std::move(kept[entry.second]));
    }
    for (Command &command : m_commands) {
        if (command.changesProject) {
            command.options.append(takeOverLockOption());
        }
        command.options.append(helpOption());
    }
}

bool CliApplication::needsGui(int argc, char **argv)
{
    return argc > 1 && std::strcmp(argv[1], "export") == 0;
}

const Command *CliApplication::find(const QString &name) const
{
    for (const Command &command : m_commands) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

QString CliApplication::overview() const
{
    QList<std::pair<QString, QString>> commands;
    for (const Command &command : m_commands) {
        commands.append({command.name + u' ' + command.synopsis, command.summary});
    }
    const QList<std::pair<QString, QString>> options{
        {QStringLiteral("-h, --help"),
         tr("Shows this help; \"isms-cli COMMAND --help\" shows a command's help.")},
        {QStringLiteral("--version"), tr("Shows the program's version.")},
        {QStringLiteral("--take-over-lock"),
         tr("With a command that changes a project: takes over its lock from another program or "
            "computer. Use it only when nobody is working on the project there.")}};
    const QList<std::pair<QString, QString>> exitCodes{
        {QStringLiteral("0"), tr("success")},
        {QStringLiteral("1"), tr("the check found problems")},
        {QStringLiteral("2"), tr("the command line is wrong")},
        {QStringLiteral("3"), tr("the file cannot be opened as a project (not one, newer, damaged, locked)")},
        {QStringLiteral("4"), tr("another input or output error (missing file, disk full...)")}};
    return tr("Usage: isms-cli COMMAND FILE [OPTIONS]") + QStringLiteral("\n\n")
           + tr("Works with ISMS Workbench project files (*.isms) without a window.") + QStringLiteral("\n\n")
           + tr("Commands:") + u'\n' + twoColumns(commands) + u'\n' + tr("Options:") + u'\n'
           + twoColumns(options) + u'\n' + tr("Exit codes:") + u'\n' + twoColumns(exitCodes);
}

ExitCode CliApplication::run(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        return m_console.usage(tr("No command was given; run \"isms-cli --help\" to see the commands."));
    }
    const QString name = arguments.at(1);
    // A register's verb ("import risks") needs the generated commands of that register only; anything
    // else, or a verb whose command is not among them, gets the whole list.
    const EntitySpec *kind =
        name == ExportName || recordVerbs().contains(name) ? Entities::find(arguments.value(2)) : nullptr;
    buildCommands(kind);
    if (kind && !find(name + u' ' + arguments.value(2))) {
        buildCommands(nullptr);
    }
    if (isHelpOption(name) || name == u"help") {
        if (name == u"help" && arguments.size() > 2) {
            const QString topic = arguments.mid(2).join(u' ');
            if (const Command *command = find(topic)) {
                m_console.out() << commandHelp(*command);
                return ExitCode::Success;
            }
            if (topic == ExportName) {
                return runExport({arguments.first(), ExportName, QStringLiteral("--help")});
            }
            return m_console.usage(
                tr("\"%1\" is not an isms-cli command; run \"isms-cli --help\" to see the commands.")
                    .arg(topic));
        }
        m_console.out() << overview();
        return ExitCode::Success;
    }
    if (name == u"--version" || name == u"-v") {
        m_console.out() << QStringLiteral("isms-cli ") << QStringLiteral(ISMS_VERSION_STRING) << u'\n';
        return ExitCode::Success;
    }
    if (name.startsWith(u'-')) {
        return m_console.usage(tr("\"%1\" is not an option here; the command comes first, see \"isms-cli "
                                  "--help\".")
                                   .arg(name));
    }
    if (name == ExportName) {
        return runExport(arguments);
    }
    if (recordVerbs().contains(name)) {
        return runForKind(name, arguments);
    }
    if (const Command *command = find(name)) {
        return runCommand(*command, arguments.mid(2));
    }
    if (const QString group = name + u' '; std::ranges::any_of(m_commands, [&group](const Command &command) {
            return command.name.startsWith(group);
        })) {
        return runGroup(name, arguments);
    }
    return m_console.usage(
        tr("\"%1\" is not an isms-cli command; run \"isms-cli --help\" to see the commands.").arg(name));
}

ExitCode CliApplication::runExport(const QStringList &arguments)
{
    QStringList available;
    for (const Command &command : m_commands) {
        if (command.name.startsWith(ExportName + u' ')) {
            available << command.name.mid(ExportName.size() + 1);
        }
    }
    const QString kind = arguments.value(2);
    if (kind.isEmpty() || kind.startsWith(u'-')) {
        if (isHelpOption(kind)) {
            QString text = tr("Usage: isms-cli export KIND FILE -o OUT") + QStringLiteral("\n\n")
                           + tr("Kinds available in this version:") + u'\n';
            QList<std::pair<QString, QString>> rows;
            for (const Command &command : m_commands) {
                if (command.name.startsWith(ExportName + u' ')) {
                    rows.append({command.name.mid(ExportName.size() + 1), command.summary});
                }
            }
            m_console.out() << text << twoColumns(rows);
            return ExitCode::Success;
        }
        return m_console.usage(tr("Say what to export, for example \"isms-cli export controls FILE -o "
                                  "controls.pdf\"."));
    }
    if (const Command *command = find(ExportName + u' ' + kind)) {
        return runCommand(*command, arguments.mid(3));
    }
    if (plannedExportKinds().contains(kind)) {
        return m_console.usage(
            tr("Exporting \"%1\" is not available in this version yet; it exports %2 only.")
                .arg(kind, available.join(QStringLiteral(", "))));
    }
    return m_console.usage(tr("\"%1\" is not something isms-cli can export; this version exports %2.")
                               .arg(kind, available.join(QStringLiteral(", "))));
}

ExitCode CliApplication::runGroup(const QString &group, const QStringList &arguments)
{
    QStringList available;
    for (const Command &command : m_commands) {
        if (command.name.startsWith(group + u' ')) {
            available << command.name.mid(group.size() + 1);
        }
    }
    const QString action = arguments.value(2);
    if (const Command *command = action.isEmpty() ? nullptr : find(group + u' ' + action)) {
        return runCommand(*command, arguments.mid(3));
    }
    if (action.isEmpty() || action.startsWith(u'-')) {
        return m_console.usage(
            tr("Say what \"isms-cli %1\" should do: %2.").arg(group, available.join(QStringLiteral(", "))));
    }
    return m_console.usage(tr("\"%1\" is not something \"isms-cli %2\" does; use %3.")
                               .arg(printable(action), group, available.join(QStringLiteral(", "))));
}

ExitCode CliApplication::runForKind(const QString &verb, const QStringList &arguments)
{
    const QString kind = arguments.value(2);
    if (kind.isEmpty() || kind.startsWith(u'-')) {
        return m_console.usage(
            tr("Say which register, for example \"isms-cli %1 threats FILE\"; the registers "
               "are %2.")
                .arg(verb, Entities::keyList()));
    }
    if (const Command *command = find(verb + u' ' + kind)) {
        return runCommand(*command, arguments.mid(3));
    }
    if (const EntitySpec *spec = Entities::find(kind); spec && spec->createdElsewhere) {
        return m_console.usage(spec->createdElsewhereText());
    }
    if (const EntitySpec *spec = Entities::find(kind); spec && spec->isCatalogue()) {
        return m_console.usage(fixedCatalogueError(*spec).message
                               + tr(" Change one with \"isms-cli set %1 FILE %2 --status ...\".")
                                     .arg(spec->key, spec->sampleRef()));
    }
    return m_console.usage(
        tr("\"%1\" is not a register; use one of %2.").arg(printable(kind), Entities::keyList()));
}

ExitCode CliApplication::runCommand(const Command &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(command.options);
    const QString seeHelp = tr("run \"isms-cli %1 --help\" for its usage").arg(command.name);

    // QCommandLineParser skips the first argument as the program name.
    if (!parser.parse(QStringList{QStringLiteral("isms-cli")} + arguments)) {
        QString problem = parser.errorText().trimmed();
        if (problem.endsWith(u'.')) {
            problem.chop(1);
        }
        return m_console.usage(tr("%1; %2.").arg(problem, seeHelp));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_console.out() << commandHelp(command);
        return ExitCode::Success;
    }
    const QStringList positionals = parser.positionalArguments();
    const auto required = std::count_if(command.arguments.cbegin(),
                                        command.arguments.cend(),
                                        [](const Argument &argument) { return !argument.isOptional; });
    if (positionals.size() < required) {
        return m_console.usage(
            tr("%1 is missing; %2.").arg(command.arguments.at(positionals.size()).name, seeHelp));
    }
    if (positionals.size() > command.arguments.size()
        && (command.arguments.isEmpty() || !command.arguments.constLast().isRepeatable)) {
        return m_console.usage(tr("\"%1\" is one argument too many; %2.")
                                   .arg(positionals.at(command.arguments.size()), seeHelp));
    }
    return command.run(Invocation(parser, positionals), m_console);
}

} // namespace isms::cli
