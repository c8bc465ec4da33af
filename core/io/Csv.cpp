// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/Csv.h"

#include "common/TextRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace isms {

namespace {

/// The text of one field, kept as a slice of the parsed text while it is one run of it (the usual
/// case) and copied out once, when the field ends or when a second, separate piece joins it.
class CsvField final
{
public:
    explicit CsvField(QStringView text)
        : m_text(text)
    {}

    /// Adds `length` characters of the text from `from`.
    void add(qsizetype from, qsizetype length)
    {
        if (length == 0) {
            return;
        }
        if (!m_copied) {
            if (m_length == 0) {
                m_from = from;
                m_length = length;
                return;
            }
            if (m_from + m_length == from) {
                m_length += length;
                return;
            }
            m_copy = m_text.sliced(m_from, m_length).toString();
            m_copied = true;
        }
        m_copy.append(m_text.sliced(from, length));
    }

    bool isEmpty() const { return m_copied ? m_copy.isEmpty() : m_length == 0; }

    /// The field's text; the builder is empty again.
    QString take()
    {
        QString taken;
        if (m_copied) {
            taken = std::move(m_copy);
            m_copy = QString();
        } else if (m_length > 0) {
            taken = m_text.sliced(m_from, m_length).toString();
        }
        m_copied = false;
        m_length = 0;
        return taken;
    }

private:
    QStringView m_text;
    qsizetype m_from = 0;
    qsizetype m_length = 0;
    QString m_copy;
    bool m_copied = false;
};

} // namespace

Result<QList<QStringList>> Csv::parse(const QString &text, QChar separator, QList<int> *rowLines)
{
    // Scanned by index; each field is copied out of the text once.
    const QStringView view(text);
    const char16_t *const chars = view.utf16();
    const qsizetype size = view.size();
    const char16_t sep = separator.unicode();
    QList<QStringList> rows;
    QStringList row;
    CsvField field(view);
    bool inQuotes = false;
    bool fieldStarted = false;
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    int line = 1;
    int quoteStartLine = 1;
    int rowStartLine = 1;
    qsizetype rowWidth = 0;

    const auto endField = [&] {
        row.append(field.take());
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        // A blank line yields one empty field; it carries no data.
        if (!(row.size() == 1 && row.constFirst().isEmpty())) {
            rowWidth = row.size();
            rows.append(std::move(row));
            if (rowLines) {
                rowLines->append(rowStartLine);
            }
        }
        row = QStringList();
        row.reserve(rowWidth);
    };

    for (; i < size; ++i) {
        const char16_t c = chars[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && chars[i + 1] == u'"') {
                    field.add(i, 1);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                // The run up to the next quote.
                qsizetype end = view.indexOf(u'"', i);
                if (end < 0) {
                    end = size;
                }
                line += static_cast<int>(std::count(chars + i, chars + end, u'\n'));
                field.add(i, end - i);
                i = end - 1;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
            quoteStartLine = line;
        } else if (c == sep) {
            endField();
        } else if (c == u'\r') {
            if (i + 1 < size && chars[i + 1] == u'\n') {
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
            while (end < size && chars[end] != sep && chars[end] != u'\n' && chars[end] != u'\r') {
                ++end;
            }
            field.add(i, end - i);
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
