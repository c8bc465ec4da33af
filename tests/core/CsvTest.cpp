// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/Csv.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <functional>

using namespace isms;
using namespace Qt::StringLiterals;

TEST(CsvTest, ParsesQuotedFieldsWithSeparatorsQuotesAndLineBreaks)
{
    const auto rows =
        Csv::parse(u"id,title\n6.3,\"Awareness, education\"\n9,\"He said \"\"hi\"\"\nthen left\"\n"_s);
    ASSERT_TRUE(rows.hasValue());
    ASSERT_EQ(rows->size(), 3);
    EXPECT_EQ(rows->at(1), QStringList({u"6.3"_s, u"Awareness, education"_s}));
    EXPECT_EQ(rows->at(2).at(1), u"He said \"hi\"\nthen left");
}

TEST(CsvTest, HandlesBomCrlfAndSemicolons)
{
    const auto rows = Csv::parse(u"\uFEFFa;b\r\n1;\"x;y\"\r\n"_s, u';');
    ASSERT_TRUE(rows.hasValue());
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(0), QStringList({u"a"_s, u"b"_s}));
    EXPECT_EQ(rows->at(1), QStringList({u"1"_s, u"x;y"_s}));
}

TEST(CsvTest, KeepsEmptyFieldsAndLastLineWithoutNewline)
{
    const auto rows = Csv::parse(u"a,,c\n,,"_s);
    ASSERT_TRUE(rows.hasValue());
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(0).size(), 3);
    EXPECT_EQ(rows->at(1), QStringList({QString(), QString(), QString()}));
}

TEST(CsvTest, RefusesAnUnterminatedQuote)
{
    const auto rows = Csv::parse(u"a,\"open\nb,c\n"_s);
    ASSERT_FALSE(rows.hasValue());
    EXPECT_EQ(rows.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(rows.error().message.contains(u"line 1"_s));
}

TEST(CsvTest, NeutralisesFormulasOnExport)
{
    EXPECT_EQ(Csv::quoteForExport(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\"");
    EXPECT_EQ(Csv::quoteForExport(u"+1"_s), u"'+1");
    EXPECT_EQ(Csv::quoteForExport(u"-1"_s), u"'-1");
    EXPECT_EQ(Csv::quoteForExport(u"@SUM(A1)"_s), u"'@SUM(A1)");
    EXPECT_EQ(Csv::quoteForExport(u"\tx"_s), u"'\tx");
    EXPECT_EQ(Csv::quoteForExport(u"plain"_s), u"plain");
    EXPECT_EQ(Csv::exportLine({u"A.5.1"_s, u"a,b"_s, u"=1+1"_s}), u"A.5.1,\"a,b\",'=1+1");
}

namespace {

/// Csv::parse as it was before it scanned by index: the new one must give the same rows, lines and
/// errors for every text.
Result<QList<QStringList>> referenceParse(const QString &text, QChar separator, QList<int> *rowLines)
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
        return Error{ErrorCode::InvalidArgument, QString::number(quoteStartLine), {}};
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        endRow();
    }
    return rows;
}

} // namespace

TEST(CsvTest, ScanningByIndexGivesWhatAppendingGave)
{
    // Every text of up to five characters from an alphabet of the characters that matter, and longer
    // random ones, with both separators.
    const QString alphabet = u"a\",;\r\n\uFEFF"_s;
    QStringList texts{u""_s,
                      u"\uFEFFref,title\r\nR-1,\"a \"\"b\"\" c\"\r\n"_s,
                      u"x,\"multi\nline\n\",y\n\n\n\"\"\nz"_s,
                      u"\"ab\"cd,e\"f\",\"\"\"\",\"\"\n"_s};
    std::function<void(QString, int)> grow = [&](const QString &prefix, int depth) {
        texts.append(prefix);
        if (depth == 0) {
            return;
        }
        for (const QChar c : alphabet) {
            grow(prefix + c, depth - 1);
        }
    };
    grow(QString(), 5);
    quint32 seed = 12345;
    for (int n = 0; n < 2000; ++n) {
        QString text;
        for (int k = 0; k < 40; ++k) {
            seed = seed * 1664525U + 1013904223U;
            text.append(alphabet.at(static_cast<qsizetype>((seed >> 16) % alphabet.size())));
        }
        texts.append(text);
    }
    for (const QString &text : std::as_const(texts)) {
        for (const QChar separator : {QChar(u','), QChar(u';')}) {
            QList<int> lines;
            QList<int> referenceLines;
            const auto rows = Csv::parse(text, separator, &lines);
            const auto reference = referenceParse(text, separator, &referenceLines);
            ASSERT_EQ(rows.hasValue(), reference.hasValue()) << qPrintable(text);
            if (rows) {
                ASSERT_EQ(*rows, *reference) << qPrintable(text);
                ASSERT_EQ(lines, referenceLines) << qPrintable(text);
            } else {
                ASSERT_TRUE(rows.error().message.contains(reference.error().message)) << qPrintable(text);
            }
        }
    }
}
