// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "Command.h"

#include <QCoreApplication>

#include <algorithm>

namespace isms::cli {

namespace {

class CommandHelpText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::CommandHelp)
};

QString optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names()) {
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    }
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty()) {
        syntax += u' ' + option.valueName();
    }
    return syntax;
}

/// Breaks a paragraph into lines of at most `width` characters at spaces, for an 80-100 column terminal.
QString wrapped(const QString &paragraph, qsizetype width = 100)
{
    QStringList lines;
    QString line;
    for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty()) {
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace

Invocation::Invocation(const QCommandLineParser &parser, QStringList positionals)
    : m_parser(parser)
    , m_positionals(std::move(positionals))
{}

QString twoColumns(const QList<std::pair<QString, QString>> &rows)
{
    constexpr qsizetype MaxFirstColumn = 34;
    qsizetype width = 0;
    for (const auto &[first, second] : rows) {
        if (first.size() <= MaxFirstColumn) {
            width = std::max(width, first.size());
        }
    }
    QString text;
    for (const auto &[first, second] : rows) {
        text += QStringLiteral("  ") + first;
        if (first.size() > width) {
            // A long entry gets its description on the next line, aligned with the others.
            text += u'\n' + QString(width + 2, u' ');
        } else {
            text += QString(width - first.size(), u' ');
        }
        text += QStringLiteral("  ") + second + u'\n';
    }
    return text;
}

QString alignedTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    const auto measure = [&widths](const QStringList &cells) {
        if (widths.size() < cells.size()) {
            widths.resize(cells.size(), 0);
        }
        for (qsizetype i = 0; i < cells.size(); ++i) {
            widths[i] = std::max(widths[i], cells[i].size());
        }
    };
    measure(header);
    for (const QStringList &row : rows) {
        measure(row);
    }
    QString text;
    const auto append = [&text, &widths](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0) {
                line += QStringLiteral("  ");
            }
            line += cells[i];
            if (i + 1 < cells.size()) {
                line += QString(widths[i] - cells[i].size(), u' ');
            }
        }
        // Trailing blanks (an empty last cell) would only confuse diff and grep.
        while (line.endsWith(u' ')) {
            line.chop(1);
        }
        text += line + u'\n';
    };
    if (!header.isEmpty()) {
        append(header);
    }
    for (const QStringList &row : rows) {
        append(row);
    }
    return text;
}

QString commandHelp(const Command &command)
{
    QString text = CommandHelpText::tr("Usage: %1")
                       .arg(QStringLiteral("isms-cli ") + command.name + u' ' + command.synopsis)
                   + QStringLiteral("\n\n") + wrapped(command.summary) + u'\n';
    if (!command.details.isEmpty()) {
        text += u'\n' + wrapped(command.details) + u'\n';
    }
    if (!command.arguments.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const Argument &argument : command.arguments) {
            rows.append({argument.name, argument.description});
        }
        text += u'\n' + CommandHelpText::tr("Arguments:") + u'\n' + twoColumns(rows);
    }
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : command.options) {
        if (!(option.flags() & QCommandLineOption::HiddenFromHelp)) {
            rows.append({optionSyntax(option), option.description()});
        }
    }
    text += u'\n' + CommandHelpText::tr("Options:") + u'\n' + twoColumns(rows);
    return text;
}

} // namespace isms::cli
