// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"
#include "Console.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace isms {
struct EntitySpec;
}

namespace isms::cli {

/// Dispatches an isms-cli command line to its command: finds the command, parses its options, answers
/// --help and --version, and turns every usage mistake into one sentence on stderr and exit code 2.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::CliApplication)

public:
    explicit CliApplication(Console &console);

    /// Runs the command line `arguments` (the program name first) and returns the exit code.
    ExitCode run(const QStringList &arguments);

    /// Whether the command line needs a QGuiApplication (a report renders fonts and pages).
    static bool needsGui(int argc, char **argv);

private:
    /// A command of a group ("soa issue"): the word after the group names it.
    ExitCode runGroup(const QString &group, const QStringList &arguments);
    ExitCode runForKind(const QString &verb, const QStringList &arguments);
    ExitCode runCommand(const Command &command, const QStringList &arguments);
    ExitCode runExport(const QStringList &arguments);
    QString overview() const;
    const Command *find(const QString &name) const;
    /// Builds the command list: every command, or (given `onlyKind`) the generated commands of that
    /// register alone beside every hand-written one, which is all a register's verb needs.
    void buildCommands(const EntitySpec *onlyKind);

    Console &m_console;
    QList<Command> m_commands;
};

} // namespace isms::cli
