// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/TableLayout.h"

#include "report/ReportRenderer.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPdfWriter>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms::render {
namespace {

class TableLayoutTest : public ::testing::Test
{
protected:
    TableLayoutTest()
        : m_writer(&m_buffer)
        , m_fonts(style::Fonts::make(ReportRenderer::fontFamily()))
    {
        m_buffer.open(QIODevice::WriteOnly);
        m_writer.setResolution(1200);
        m_writer.setPageSize(QPageSize(QPageSize::A4));
        m_geometry = makeGeometry(&m_writer);
    }

    static ReportTableCell cell(const QString &text)
    {
        return ReportTableCell{.text = text, .background = {}, .bold = false, .foreground = {}};
    }

    QByteArray m_bytes;
    QBuffer m_buffer{&m_bytes};
    QPdfWriter m_writer;
    style::Fonts m_fonts;
    Geometry m_geometry;
};

TEST_F(TableLayoutTest, ColumnsFollowTheirWeightsWhenWordsFit)
{
    ReportTable table;
    table.columns = {{u"A"_s, 1.0, Qt::AlignLeft}, {u"B"_s, 3.0, Qt::AlignLeft}};
    table.rows = {{cell(u"one"_s), cell(u"two words"_s)}};
    const TableLayout layout = TableLayout::make(table, m_geometry, m_fonts, &m_writer);
    ASSERT_EQ(layout.xs.size(), 3);
    EXPECT_NEAR(layout.xs[1] - layout.xs[0], m_geometry.body.width() / 4, 0.01);
    EXPECT_NEAR(layout.xs[2], m_geometry.body.right(), 0.01);
}

TEST_F(TableLayoutTest, ANarrowColumnIsWidenedToItsLongestWord)
{
    const QString reference = u"R-000123456"_s;
    ReportTable table;
    table.columns = {{u"Ref"_s, 0.2, Qt::AlignLeft}, {u"Title"_s, 8.0, Qt::AlignLeft}};
    table.rows = {{cell(reference), cell(u"A title long enough to give up some of its space"_s)}};
    const TableLayout layout = TableLayout::make(table, m_geometry, m_fonts, &m_writer);
    const qreal word = QFontMetricsF(m_fonts.table, &m_writer).horizontalAdvance(reference);
    EXPECT_GE(layout.xs[1] - layout.xs[0], word + 2 * layout.padH);
    ASSERT_EQ(layout.rows.size(), 1);
    EXPECT_EQ(layout.rows.first().cells.first().lineCount(), 1); // the reference is not broken
    EXPECT_NEAR(layout.xs[2], m_geometry.body.right(), 0.01);
}

TEST_F(TableLayoutTest, CompactTablesUseTheSmallType)
{
    ReportTable table;
    table.columns = {{u"A"_s, 1.0, Qt::AlignLeft}};
    table.rows = {{cell(u"x"_s)}};
    table.compact = true;
    EXPECT_EQ(TableLayout::make(table, m_geometry, m_fonts, &m_writer).font, m_fonts.small);
    table.compact = false;
    EXPECT_EQ(TableLayout::make(table, m_geometry, m_fonts, &m_writer).font, m_fonts.table);
}

TEST_F(TableLayoutTest, EqualTextsWrapByTheirOwnColumn)
{
    // A register repeats its texts on every row; each column still wraps them to its own width.
    const QString text = u"A text long enough to wrap in a narrow column but not in a wide one"_s;
    ReportTable table;
    table.columns = {{u"Narrow"_s, 1.0, Qt::AlignLeft}, {u"Wide"_s, 6.0, Qt::AlignLeft}};
    for (int i = 0; i < 3; ++i) {
        table.rows.append({cell(text), cell(text)});
    }
    table.rows.append(
        {ReportTableCell{.text = text, .background = {}, .bold = true, .foreground = {}}, cell(u"short"_s)});
    const TableLayout layout = TableLayout::make(table, m_geometry, m_fonts, &m_writer);
    ASSERT_EQ(layout.rows.size(), 4);
    const int narrowLines = layout.rows[0].cells[0].lineCount();
    EXPECT_GT(narrowLines, 1);
    EXPECT_EQ(layout.rows[0].cells[1].lineCount(), 1);
    for (int r = 1; r < 3; ++r) {
        EXPECT_EQ(layout.rows[r].cells[0].lineCount(), narrowLines) << r;
        EXPECT_EQ(layout.rows[r].cells[1].lineCount(), 1) << r;
        EXPECT_EQ(layout.rows[r].height, layout.rows[0].height) << r;
    }
    // The same text in bold is measured in bold: at least as many lines, never fewer.
    EXPECT_GE(layout.rows[3].cells[0].lineCount(), narrowLines);
}

TEST_F(TableLayoutTest, AShortTableMovesWithItsHeadingToTheNextPage)
{
    BodyLayout body(m_geometry, m_fonts, &m_writer);
    // Fill 85 % of the first page with lines of text.
    const qreal lineHeight = QFontMetricsF(m_fonts.body, &m_writer).lineSpacing() * 1.2;
    const int lines = int(m_geometry.body.height() * 0.85 / lineHeight);
    const ReportBlock filler = ReportParagraph{u"Filler\n"_s.repeated(lines - 1) + u"Filler"_s};
    body.add(filler, nullptr);
    ReportTable table;
    table.columns = {{u"A"_s, 1.0, Qt::AlignLeft}, {u"B"_s, 1.0, Qt::AlignLeft}};
    for (int i = 0; i < 6; ++i) {
        table.rows.append({cell(QString::number(i)), cell(u"row"_s)});
    }
    const ReportBlock heading = ReportHeading{1, u"Short table"_s};
    const ReportBlock tableBlock = table;
    body.add(heading, &tableBlock);
    body.add(tableBlock, nullptr);
    const QList<ContentsEntry> contents = body.contents();
    const QList<Page> pages = body.takePages();
    ASSERT_EQ(contents.size(), 1);
    EXPECT_EQ(pages.size(), 2);
    EXPECT_EQ(contents.first().bodyPage, 1);
}

TEST_F(TableLayoutTest, AHeadingKeepsItsIntroductionAndShortTable)
{
    BodyLayout body(m_geometry, m_fonts, &m_writer);
    const qreal lineHeight = QFontMetricsF(m_fonts.body, &m_writer).lineSpacing() * 1.2;
    const int lines = int(m_geometry.body.height() * 0.85 / lineHeight);
    body.add(ReportParagraph{u"Filler\n"_s.repeated(lines - 1) + u"Filler"_s}, nullptr);
    ReportTable table;
    table.columns = {{u"A"_s, 1.0, Qt::AlignLeft}, {u"B"_s, 1.0, Qt::AlignLeft}};
    for (int i = 0; i < 6; ++i) {
        table.rows.append({cell(QString::number(i)), cell(u"row"_s)});
    }
    const ReportBlock heading = ReportHeading{1, u"Scale"_s};
    const ReportBlock introduction = ReportParagraph{u"One line that introduces the table."_s};
    const ReportBlock tableBlock = table;
    body.add(heading, &introduction, &tableBlock);
    body.add(introduction, &tableBlock, nullptr);
    body.add(tableBlock, nullptr, nullptr);
    const QList<ContentsEntry> contents = body.contents();
    const QList<Page> pages = body.takePages();
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages.first().ops.size(), 1); // the filler alone
    ASSERT_EQ(contents.size(), 1);
    EXPECT_EQ(contents.first().bodyPage, 1);
}

} // namespace
} // namespace isms::render
