// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "Console.h"

#include "io/RecordExport.h"

#include <QStringConverter>

namespace isms::cli {

using namespace Qt::StringLiterals;

namespace {

const QString ProgramPrefix = QStringLiteral("isms-cli: ");

/// One line only: a multi-line message from a lower layer is folded so that stderr stays one line.
QString oneLine(const QString &text)
{
    QString line = text.trimmed();
    line.replace(u"\r\n"_s, u" "_s);
    line.replace(u'\n', u' ');
    line.replace(u'\r', u' ');
    return line;
}

/// Embedding, override and isolate controls can make a terminal show text in another order than it is
/// stored ("Trojan Source"); marks that only steer neutral characters are harmless and kept.
bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

} // namespace

ExitCode exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NotAProject:
    case ErrorCode::NewerSchema:
    case ErrorCode::OlderSchema:
    case ErrorCode::Corrupt:
    case ErrorCode::ForeignSchema:
    case ErrorCode::Locked:
        return ExitCode::NotAProject;
    case ErrorCode::InvalidArgument:
        return ExitCode::Usage;
    case ErrorCode::NotFound:
    case ErrorCode::ReadOnly:
    case ErrorCode::Io:
    case ErrorCode::Database:
        return ExitCode::Io;
    }
    return ExitCode::Io;
}

Console::Console(std::FILE *out, std::FILE *err)
    : m_out(out)
    , m_err(err)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

Console::~Console()
{
    flush();
}

void Console::error(const QString &sentence)
{
    // Results printed so far come first, so that a script reading both streams sees them in order.
    m_out.flush();
    m_err << ProgramPrefix << oneLine(sentence) << u'\n';
    m_err.flush();
}

ExitCode Console::fail(const Error &problem)
{
    error(problem.message.isEmpty() ? problem.detail : problem.message);
    return exitCodeFor(problem);
}

ExitCode Console::usage(const QString &sentence)
{
    error(sentence);
    return ExitCode::Usage;
}

void Console::note(const QString &sentence)
{
    error(sentence);
}

void Console::flush()
{
    m_out.flush();
    m_err.flush();
}

QString printable(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n') {
            result += u'\u21B5'; // ↵: a line break in a note
        } else if (c == u'\t') {
            result += u' ';
        } else if (c == u'\r') {
            continue;
        } else if (c.category() == QChar::Other_Control || isBidiControl(c) || c == QChar::LineSeparator
                   || c == QChar::ParagraphSeparator) {
            result += QChar::ReplacementCharacter;
        } else {
            result += c;
        }
    }
    return result;
}

QString jsonString(const QString &text)
{
    return RecordExport::jsonString(text);
}

QString elided(const QString &text, int maxLength)
{
    if (text.size() <= maxLength || maxLength < 1) {
        return text;
    }
    return text.left(maxLength - 1) + u'\u2026';
}

} // namespace isms::cli
