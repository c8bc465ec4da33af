// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// The line protocol between the crash child and the crash driver (tests/crash).
///
/// The child writes one line per event on stdout, flushed at once, each shorter than PIPE_BUF so that a
/// kill never leaves half a line that looks complete:
///   ready <pid>                                     the project is open; edits follow
///   wait                                            (step mode) waiting for a line on stdin
///   begin <n> <entity> <id> <field> <token>         edit n is about to write this field
///   committed <n> <entity> <id> <field> <token>     the service call of edit n returned success
/// Entities and fields are named as in the change log ("control", "clause", "project"; "status",
/// "owner", "notes", "target_date", "organisation"). A token holds no white space: "-" stands for an
/// empty owner or no target date, and "notes-<n>-<length>" for the long notes text that notesText() makes.
namespace isms::crash {

/// The key of one tracked field: "<entity> <id> <field>".
QString fieldKey(const QString &entity, const QString &id, const QString &field);

/// The notes text that the token "notes-<edit>-<length>" stands for.
QString notesText(qint64 edit, int length);

/// The value a token stands for, in the form Snapshot uses (see valueToken()).
QString expandToken(const QString &field, const QString &token);

/// The canonical form of a stored value: an empty owner and a missing date become "-".
QString canonicalValue(const QString &field, const QString &value);

/// One parsed "begin" or "committed" line.
struct ScriptLine
{
    bool committed = false;
    qint64 edit = 0;
    QString key;
    QString value; ///< expanded and canonical
};

/// Parses a begin or committed line; nothing for any other line.
std::optional<ScriptLine> parseScriptLine(const QString &line);

} // namespace isms::crash
