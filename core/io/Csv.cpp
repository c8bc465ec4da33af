// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/Csv.h"

#include "common/TextRules.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace isms {

Result<void> Csv::parseInPlace(QString &text,
                               QChar separator,
                               QList<CsvCell> &cells,
                               QList<qsizetype> &rowStarts,
                               QList<int> *rowLines)
{
    // Scanned by index. A field's text is moved back over its quotes where it has any, so that it is
    // one run of the text; the write position never passes the read position.
    const qsizetype size = text.size();
    char16_t *const chars = size > 0 ? reinterpret_cast<char16_t *>(text.data()) : nullptr;
    const char16_t sep = separator.unicode();
    bool inQuotes = false;
    bool fieldStarted = false;
    qsizetype i = size > 0 && chars[0] == 0xFEFF ? 1 : 0;
    qsizetype fieldStart = i; // where the current field's text begins
    qsizetype write = i;      // where its next piece goes
    int line = 1;
    int quoteStartLine = 1;
    int rowStartLine = 1;
    qsizetype rowStart = cells.size();
    rowStarts.append(rowStart);

    const auto add = [&](qsizetype from, qsizetype length) {
        if (write != from) {
            std::memmove(chars + write, chars + from, static_cast<size_t>(length) * sizeof(char16_t));
        }
        write += length;
    };
    const auto endField = [&](qsizetype next) {
        cells.append(CsvCell{fieldStart, write - fieldStart});
        fieldStarted = false;
        fieldStart = next;
        write = next;
    };
    const auto endRow = [&](qsizetype next) {
        endField(next);
        // A blank line yields one empty field; it carries no data.
        if (cells.size() - rowStart == 1 && cells.constLast().length == 0) {
            cells.removeLast();
            return;
        }
        rowStart = cells.size();
        rowStarts.append(rowStart);
        if (rowLines) {
            rowLines->append(rowStartLine);
        }
    };

    for (; i < size; ++i) {
        const char16_t c = chars[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && chars[i + 1] == u'"') {
                    add(i, 1);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                // The run up to the next quote.
                const char16_t *found = std::find(chars + i, chars + size, u'"');
                const qsizetype end = found - chars;
                line += static_cast<int>(std::count(chars + i, chars + end, u'\n'));
                add(i, end - i);
                i = end - 1;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && write == fieldStart) {
            inQuotes = true;
            fieldStarted = true;
            quoteStartLine = line;
            // The text begins after the quote, where it stands: only a doubled quote moves it.
            fieldStart = i + 1;
            write = i + 1;
        } else if (c == sep) {
            endField(i + 1);
        } else if (c == u'\r') {
            if (i + 1 < size && chars[i + 1] == u'\n') {
                ++i;
            }
            endRow(i + 1);
            rowStartLine = ++line;
        } else if (c == u'\n') {
            endRow(i + 1);
            rowStartLine = ++line;
        } else {
            // An unquoted run: once a field has started, a quote in it is an ordinary character.
            qsizetype end = i + 1;
            while (end < size && chars[end] != sep && chars[end] != u'\n' && chars[end] != u'\r') {
                ++end;
            }
            add(i, end - i);
            fieldStarted = true;
            i = end - 1;
        }
    }
    if (inQuotes) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::Csv",
                                                 "The CSV text has a quoted field that is never closed (line "
                                                 "%1); check the quotes in that line.")
                         .arg(quoteStartLine),
                     {}};
    }
    if (fieldStarted || write != fieldStart || cells.size() > rowStart) {
        endRow(size);
    }
    return {};
}

Result<QList<QStringList>> Csv::parse(const QString &text, QChar separator, QList<int> *rowLines)
{
    QString copy = text;
    QList<CsvCell> cells;
    QList<qsizetype> rowStarts;
    if (auto parsed = parseInPlace(copy, separator, cells, rowStarts, rowLines); !parsed) {
        return parsed.error();
    }
    QList<QStringList> rows;
    rows.reserve(rowStarts.size() - 1);
    const QStringView view(copy);
    for (qsizetype row = 0; row + 1 < rowStarts.size(); ++row) {
        QStringList fields;
        fields.reserve(rowStarts.at(row + 1) - rowStarts.at(row));
        for (qsizetype cell = rowStarts.at(row); cell < rowStarts.at(row + 1); ++cell) {
            const CsvCell &slice = cells.at(cell);
            fields.append(slice.length > 0 ? view.sliced(slice.from, slice.length).toString() : QString());
        }
        rows.append(std::move(fields));
    }
    return rows;
}

QChar Csv::detectSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            break;
        } else if (!inQuotes && c == u',') {
            ++commas;
        } else if (!inQuotes && c == u';') {
            ++semicolons;
        }
    }
    return semicolons > commas ? u';' : u',';
}

QString Csv::quote(const QString &field, QChar separator)
{
    const bool needsQuotes =
        field.contains(separator) || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes) {
        return field;
    }
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString Csv::quoteForExport(const QString &field, QChar separator)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    // Control and text-direction characters never reach the file raw: a terminal or a spreadsheet
    // could act on them.
    const QString clean = text::sanitized(field, text::Shape::MultiLine);
    if (!clean.isEmpty() && formulaStarts.contains(clean.front())) {
        return quote(u'\'' + clean, separator);
    }
    return quote(clean, separator);
}

QString Csv::exportLine(const QStringList &fields, QChar separator)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields) {
        quoted.append(quoteForExport(field, separator));
    }
    return quoted.join(separator);
}

} // namespace isms
