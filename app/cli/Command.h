// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Console.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace isms::cli {

/// A positional argument of a command, for its help text.
struct Argument
{
    QString name;              ///< "FILE"
    QString description;       ///< translated
    bool isOptional = false;   ///< may be left out (only after the required ones)
    bool isRepeatable = false; ///< the last argument only: may be given any number of times
};

/// A parsed command line: the command's options and its positional arguments.
class Invocation final
{
public:
    Invocation(const QCommandLineParser &parser, QStringList positionals);

    /// The positional argument at `index` (the command name itself is not counted).
    QString positional(qsizetype index) const { return m_positionals.value(index); }

    qsizetype positionalCount() const { return m_positionals.size(); }

    bool isSet(const QString &option) const { return m_parser.isSet(option); }

    /// The option's value (the last one when it was given more than once).
    QString value(const QString &option) const { return m_parser.value(option); }

    /// Every value given for a repeatable option, in order.
    QStringList values(const QString &option) const { return m_parser.values(option); }

private:
    const QCommandLineParser &m_parser;
    QStringList m_positionals;
};

/// One isms-cli command: its name, what its help shows, and what it runs.
struct Command
{
    QString name;      ///< "controls", or "export controls" for a command with a kind
    QString synopsis;  ///< untranslated syntax after the name: "FILE [--format table|csv|json]"
    QString summary;   ///< translated, one sentence for the command list
    QString details{}; ///< translated, more lines for the command's own help (may be empty)
    QList<Argument> arguments{};
    QList<QCommandLineOption> options{};
    /// Whether it can change the project; such commands also get the option --take-over-lock.
    bool changesProject = false;
    std::function<ExitCode(const Invocation &, Console &)> run;
};

/// The help text of one command.
QString commandHelp(const Command &command);

/// Lays out a table for a terminal: columns separated by two spaces and padded to their widest cell,
/// the last column not padded. `header` may be empty.
QString alignedTable(const QStringList &header, const QList<QStringList> &rows);

/// Lays out `rows` as a two-column list indented by two spaces, the second column aligned.
QString twoColumns(const QList<std::pair<QString, QString>> &rows);

} // namespace isms::cli
