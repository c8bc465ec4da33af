// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/Csv.h"

#include <gtest/gtest.h>

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
