// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"

#include <QString>
#include <QTextStream>

#include <cstdio>

namespace isms::cli {

/// The exit codes of isms-cli, as ARCHITECTURE "Command line" defines them.
enum class ExitCode
{
    Success = 0,       ///< the command did what was asked
    ProblemsFound = 1, ///< `check` found problems in the file
    Usage = 2,         ///< the command line was wrong
    NotAProject = 3,   ///< the file cannot be opened as a project (not one, newer, corrupt, locked...)
    Io = 4,            ///< any other input or output failure
};

/// The exit code for a core error.
ExitCode exitCodeFor(const Error &error);

/// Standard output for results and standard error for the one sentence that says what went wrong.
class Console final
{
public:
    Console(std::FILE *out, std::FILE *err);
    ~Console();
    Q_DISABLE_COPY_MOVE(Console)

    /// Results go here (UTF-8).
    QTextStream &out() { return m_out; }

    /// Writes "isms-cli: <sentence>" as one line to standard error.
    void error(const QString &sentence);

    /// Writes a core error's message as one line to standard error and returns its exit code.
    ExitCode fail(const Error &problem);

    /// Writes a usage error as one line to standard error and returns ExitCode::Usage.
    ExitCode usage(const QString &sentence);

    /// Writes an informative line to standard error (for example that a file was migrated).
    void note(const QString &sentence);

    /// Flushes both streams.
    void flush();

private:
    QTextStream m_out;
    QTextStream m_err;
};

/// Makes user text safe to print on a terminal: control characters (escape sequences, line breaks)
/// become visible symbols, so that text from a project file cannot move the cursor or recolour the
/// terminal and every record stays on one line.
QString printable(const QString &text);

/// A JSON string literal (RFC 8259). JSON output is written by hand because QJsonObject sorts its keys,
/// and scripts and people read the fields best in the order of the other formats.
QString jsonString(const QString &text);

/// Shortens `text` to at most `maxLength` characters, ending with an ellipsis when it was cut.
QString elided(const QString &text, int maxLength);

} // namespace isms::cli
