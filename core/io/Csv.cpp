// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/Csv.h"

#include "common/TextRules.h"

#include <QCoreApplication>

namespace isms {

Result<QList<QStringList>> Csv::parse(const QString &text, QChar separator, QList<int> *rowLines)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    int line = 1;
    int quoteStartLine = 1;
    int rowStartLine = 1;
    const qsizetype size = text.size();

    const auto endField = [&] {
        row.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        // A blank line yields one empty field; it carries no data.
        if (!(row.size() == 1 && row.constFirst().isEmpty())) {
            rows.append(row);
            if (rowLines) {
                rowLines->append(rowStartLine);
            }
        }
        row.clear();
    };

    const QStringView view(text);
    for (; i < size; ++i) {
        const QChar c = view.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && view.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                // The run up to the next quote, appended at once (character by character costs a
                // large import more than the rest of its reading).
                qsizetype end = view.indexOf(u'"', i);
                if (end < 0) {
                    end = size;
                }
                const QStringView run = view.sliced(i, end - i);
                line += static_cast<int>(run.count(u'\n'));
                field.append(run);
                i = end - 1;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
            quoteStartLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r') {
            if (i + 1 < size && text.at(i + 1) == u'\n') {
                ++i;
            }
            endRow();
            rowStartLine = ++line;
        } else if (c == u'\n') {
            endRow();
            rowStartLine = ++line;
        } else {
            // An unquoted run: once a field has started, a quote in it is an ordinary character.
            qsizetype end = i + 1;
            while (end < size) {
                const QChar next = view.at(end);
                if (next == separator || next == u'\r' || next == u'\n') {
                    break;
                }
                ++end;
            }
            field.append(view.sliced(i, end - i));
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
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        endRow();
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
