// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace isms {

/// Where one field of a parsed CSV text lies in that text.
struct CsvCell
{
    qsizetype from = 0;
    qsizetype length = 0;
};

/// CSV by RFC 4180, with the dialects spreadsheets write.
class Csv final
{
public:
    /// parse() without a copy of each field: `text` is rewritten so that each field (its quotes
    /// undone) is one run of it, which `cells` receives; `rowStarts` receives the index in `cells` of
    /// each row's first field, and one more entry, the end of the last row. Rows and lines as parse().
    [[nodiscard]] static Result<void> parseInPlace(QString &text,
                                                   QChar separator,
                                                   QList<CsvCell> &cells,
                                                   QList<qsizetype> &rowStarts,
                                                   QList<int> *rowLines = nullptr);

    /// Parses `text` (a UTF-8 BOM is skipped; LF or CRLF line ends; `separator` is ',' or ';').
    /// Fails with InvalidArgument on an unterminated quoted field.
    /// `rowLines`, when given, receives the line each row starts on (for messages about a row).
    [[nodiscard]] static Result<QList<QStringList>> parse(const QString &text,
                                                          QChar separator = u',',
                                                          QList<int> *rowLines = nullptr);

    /// The separator of the text's first line: ';' when it has more semicolons than commas outside
    /// quotes (what spreadsheets write in locales with a decimal comma), otherwise ','.
    static QChar detectSeparator(const QString &text);

    /// Quotes a field when it holds the separator, a quote or a line break.
    static QString quote(const QString &field, QChar separator = u',');

    /// Like quote(), but first neutralises a cell that a spreadsheet would run as a formula (one that
    /// starts with =, +, -, @, tab or carriage return) by prefixing an apostrophe.
    static QString quoteForExport(const QString &field, QChar separator = u',');

    /// Joins fields into one CSV line (no line end), each through quoteForExport().
    static QString exportLine(const QStringList &fields, QChar separator = u',');
};

} // namespace isms
