// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/ReportRenderer.h"

#include "PdfTools.h"
#include "TempProject.h"
#include "report/ControlStatusReport.h"
#include "report/PdfExport.h"
#include "report/ReportPrinter.h"
#include "services/DemoData.h"
#include "services/RequirementService.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QRegularExpression>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace isms {
namespace {

const QString MarkupOwner = u"<b>Bold</b> & <img src=\"http://example.invalid/x.png\">"_s;

QDateTime fixedTime()
{
    return QDateTime(QDate(2026, 11, 23), QTime(17, 40), QTimeZone::utc());
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

/// Copies a rendered PDF to the folder named by ISMS_KEEP_PDF_DIR, if set, to look at it after the run.
void keepPdf(const QString &path)
{
    const QString folder = qEnvironmentVariable("ISMS_KEEP_PDF_DIR");
    if (!folder.isEmpty()) {
        const QString target = QDir(folder).absoluteFilePath(QFileInfo(path).fileName());
        QFile::remove(target);
        QFile::copy(path, target);
    }
}

bool havePdfTools()
{
    return test::hasProgram(u"pdftotext"_s) && test::hasProgram(u"pdfinfo"_s) && test::hasProgram(u"qpdf"_s);
}

/// Index (0-based) of the first page from `from` on with a line that is exactly `heading`, or -1.
qsizetype pageWithHeading(const QStringList &pages, const QString &heading, qsizetype from)
{
    const QRegularExpression line(u"^\\s*"_s + QRegularExpression::escape(heading) + u"\\s*$"_s,
                                  QRegularExpression::MultilineOption);
    for (qsizetype i = from; i < pages.size(); ++i) {
        if (line.match(pages[i]).hasMatch()) {
            return i;
        }
    }
    return -1;
}

/// The control status report of a demo project whose A.5.1 owner is written in markup, as a real PDF.
class ControlReportPdfTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (!havePdfTools()) {
            return;
        }
        s_project = std::make_unique<test::TempProject>();
        const QString path = s_project->createDemo();
        auto db = Database::open(path, Database::OpenOptions{});
        ASSERT_TRUE(db.hasValue());
        RequirementChange change;
        change.owner = MarkupOwner;
        ASSERT_TRUE(
            RequirementService(**db).update(RequirementKey{RequirementKind::Control, u"5.1"_s}, change));
        ReportOptions options;
        options.generatedAtUtc = fixedTime();
        options.pageSize = QPageSize::A4;
        const Result<ReportDocument> doc = ControlStatusReport::build(**db, options);
        ASSERT_TRUE(doc.hasValue());
        s_document = doc.value();
        s_pdf = s_project->path(u"controls.pdf"_s);
        QElapsedTimer timer;
        timer.start();
        const Result<void> written = PdfExport::writePdf(s_document, s_pdf, options);
        s_renderMs = timer.elapsed();
        ASSERT_TRUE(written.hasValue()) << qPrintable(written.error().message);
        keepPdf(s_pdf);
        s_pages = test::pdfPageTexts(s_pdf);
        s_rawPages = test::pdfPageTexts(s_pdf, false);
    }

    static void TearDownTestSuite() { s_project.reset(); }

    void SetUp() override
    {
        if (!havePdfTools()) {
            GTEST_SKIP() << "pdftotext, pdfinfo or qpdf is missing (install poppler-utils and qpdf)";
        }
        ASSERT_FALSE(s_pages.isEmpty());
    }

    static inline std::unique_ptr<test::TempProject> s_project;
    static inline ReportDocument s_document;
    static inline QString s_pdf;
    static inline QStringList s_pages;
    static inline QStringList s_rawPages;
    static inline qint64 s_renderMs = 0;
};

TEST_F(ControlReportPdfTest, HoldsAll93ControlIds)
{
    const QString text = s_pages.join(u'\n');
    const QList<int> perTheme{37, 8, 14, 34};
    int found = 0;
    for (int clause = 5; clause <= 8; ++clause) {
        for (int n = 1; n <= perTheme[clause - 5]; ++n) {
            const QRegularExpression id(u"(?<![\\w.])A\\.%1\\.%2(?![\\w.])"_s.arg(clause).arg(n));
            EXPECT_TRUE(id.match(text).hasMatch()) << "A." << clause << '.' << n;
            found += id.match(text).hasMatch() ? 1 : 0;
        }
    }
    EXPECT_EQ(found, 93);
    RecordProperty("pages", int(s_pages.size()));
    RecordProperty("render_ms", int(s_renderMs));
    std::printf("control status report: %d pages in %lld ms\n", int(s_pages.size()), s_renderMs);
}

TEST_F(ControlReportPdfTest, EveryPageButTheCoverHasHeaderAndFooter)
{
    const int pageCount = test::pdfPageCount(s_pdf);
    ASSERT_EQ(pageCount, s_pages.size());
    ASSERT_GE(pageCount, 6);
    EXPECT_FALSE(s_pages[0].contains(u"Page 1 of"_s));
    for (qsizetype i = 1; i < s_pages.size(); ++i) {
        const QString &page = s_pages[i];
        EXPECT_TRUE(page.contains(DemoData::organisation())) << "page " << i + 1;
        EXPECT_TRUE(page.contains(u"Control status report"_s)) << "page " << i + 1;
        EXPECT_TRUE(page.contains(u"Internal"_s)) << "page " << i + 1;
        EXPECT_TRUE(page.contains(u"Page %1 of %2"_s.arg(i + 1).arg(pageCount))) << "page " << i + 1;
        EXPECT_TRUE(page.contains(u"ISMS-RPT-CTL"_s)) << "page " << i + 1;
        EXPECT_TRUE(page.contains(u"Version Working draft"_s)) << "page " << i + 1;
        EXPECT_TRUE(page.contains(u"Generated 2026-11-23 17:40 UTC"_s)) << "page " << i + 1;
    }
}

TEST_F(ControlReportPdfTest, CoverNamesTheDocument)
{
    const QString &cover = s_pages.first();
    EXPECT_TRUE(cover.contains(u"Control status report"_s));
    EXPECT_TRUE(cover.contains(DemoData::organisation()));
    EXPECT_TRUE(cover.contains(u"ISMS-RPT-CTL"_s));
    EXPECT_TRUE(cover.contains(u"Internal"_s));
    EXPECT_TRUE(cover.contains(u"2026-11-23"_s));
}

TEST_F(ControlReportPdfTest, CoverAnchorsTheChangeLogHead)
{
    // A printed report carries the log's entry count and the start of its newest hash.
    ASSERT_FALSE(s_document.changeLogHead.isEmpty());
    const QString &cover = s_pages.first();
    EXPECT_TRUE(cover.contains(u"Change log"_s)) << qPrintable(cover);
    EXPECT_TRUE(cover.contains(s_document.changeLogHead)) << qPrintable(cover);
}

TEST_F(ControlReportPdfTest, MarkupInAnOwnerPrintsLiterally)
{
    // In content order a wrapped cell's lines follow each other; compare without the wrapping spaces.
    EXPECT_TRUE(withoutSpaces(s_rawPages.join(u'\n')).contains(withoutSpaces(MarkupOwner)));
    const QString text = s_pages.join(u'\n');
    EXPECT_TRUE(text.contains(u"<b>Bold</b>"_s));
    EXPECT_TRUE(text.contains(u"<img"_s));
}

TEST_F(ControlReportPdfTest, PassesQpdfCheck)
{
    const test::ProcessOutput check = test::runProgram(u"qpdf"_s, {u"--check"_s, s_pdf});
    EXPECT_EQ(check.exitCode, 0) << check.standardOutput.constData() << check.standardError.constData();
}

TEST_F(ControlReportPdfTest, ContentsGiveThePageOfEverySection)
{
    const QString &contents = s_pages[1];
    EXPECT_TRUE(contents.contains(u"Contents"_s));
    const QStringList sections{u"Summary"_s,
                               u"A.5 Organizational controls"_s,
                               u"A.6 People controls"_s,
                               u"A.7 Physical controls"_s,
                               u"A.8 Technological controls"_s};
    int previous = 0;
    for (const QString &section : sections) {
        const QRegularExpression entry(u"^\\s*"_s + QRegularExpression::escape(section)
                                           + u"\\s+(\\d+)\\s*$"_s,
                                       QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = entry.match(contents);
        ASSERT_TRUE(match.hasMatch()) << qPrintable(section) << "\n" << qPrintable(contents);
        const int listed = match.captured(1).toInt();
        const qsizetype actual = pageWithHeading(s_pages, section, 2);
        ASSERT_GE(actual, 0) << qPrintable(section);
        EXPECT_EQ(listed, actual + 1) << qPrintable(section);
        EXPECT_GT(listed, previous);
        previous = listed;
    }
}

TEST_F(ControlReportPdfTest, PageCountIsStable)
{
    ReportOptions options;
    options.generatedAtUtc = fixedTime();
    options.pageSize = QPageSize::A4;
    int first = 0;
    int second = 0;
    ASSERT_TRUE(PdfExport::renderPdf(s_document, options, &first).hasValue());
    ASSERT_TRUE(PdfExport::renderPdf(s_document, options, &second).hasValue());
    EXPECT_EQ(first, second);
    EXPECT_EQ(first, test::pdfPageCount(s_pdf));
}

TEST_F(ControlReportPdfTest, HonoursLetterAndA4)
{
    ReportOptions options;
    options.generatedAtUtc = fixedTime();
    options.pageSize = QPageSize::Letter;
    const QString letter = s_project->path(u"letter.pdf"_s);
    ASSERT_TRUE(PdfExport::writePdf(s_document, letter, options).hasValue());
    const QSizeF letterSize = test::pdfPageSizePoints(letter);
    EXPECT_NEAR(letterSize.width(), 612.0, 0.5);
    EXPECT_NEAR(letterSize.height(), 792.0, 0.5);
    const QSizeF a4Size = test::pdfPageSizePoints(s_pdf);
    EXPECT_NEAR(a4Size.width(), 595.28, 0.5);
    EXPECT_NEAR(a4Size.height(), 841.89, 0.5);
    // Everything still prints on the other paper size.
    const QStringList pages = test::pdfPageTexts(letter);
    ASSERT_FALSE(pages.isEmpty());
    EXPECT_TRUE(pages.join(u'\n').contains(u"A.8.34"_s));
    EXPECT_TRUE(pages.last().contains(u"Page %1 of %1"_s.arg(pages.size())));
}

TEST_F(ControlReportPdfTest, PrintsThroughQPrinter)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = s_project->path(u"printed.pdf"_s);
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    ASSERT_TRUE(ReportPrinter::print(s_document, &printer).hasValue());
    keepPdf(printed);
    const QStringList pages = test::pdfPageTexts(printed);
    EXPECT_EQ(pages.size(), s_pages.size());
    ASSERT_FALSE(pages.isEmpty());
    EXPECT_TRUE(pages.last().contains(u"Page %1 of %1"_s.arg(pages.size())));
}

/// Synthetic documents that exercise the layout engine's edge cases.
class ReportLayoutTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!havePdfTools()) {
            GTEST_SKIP() << "pdftotext, pdfinfo or qpdf is missing (install poppler-utils and qpdf)";
        }
    }

    static ReportDocument document()
    {
        ReportDocument doc;
        doc.title = u"Layout test"_s;
        doc.subtitle = u"Edge cases of the page layout"_s;
        doc.organisation = u"Example Org"_s;
        doc.documentId = u"ISMS-RPT-TEST"_s;
        doc.version = u"1.0"_s;
        doc.classification = u"Internal"_s;
        doc.generatedAtUtc = fixedTime();
        return doc;
    }

    QStringList render(const ReportDocument &doc)
    {
        const QString name =
            QString::fromUtf8(::testing::UnitTest::GetInstance()->current_test_info()->name()) + u".pdf"_s;
        ReportOptions options;
        options.pageSize = QPageSize::A4;
        const QString path = m_project.path(name);
        const Result<void> written = PdfExport::writePdf(doc, path, options);
        EXPECT_TRUE(written.hasValue());
        keepPdf(path);
        const test::ProcessOutput check = test::runProgram(u"qpdf"_s, {u"--check"_s, path});
        EXPECT_EQ(check.exitCode, 0) << check.standardOutput.constData();
        return test::pdfPageTexts(path);
    }

    test::TempProject m_project;
};

TEST_F(ReportLayoutTest, AnEmptyDocumentIsACover)
{
    const QStringList pages = render(document());
    ASSERT_EQ(pages.size(), 1);
    EXPECT_TRUE(pages[0].contains(u"Layout test"_s));
}

TEST_F(ReportLayoutTest, TableHeaderRepeatsAndRowsStayWhole)
{
    ReportDocument doc = document();
    doc.blocks.append(ReportHeading{1, u"Long table"_s});
    ReportTable table;
    table.columns = {ReportTableColumn{u"Reference"_s, 1, Qt::AlignLeft},
                     ReportTableColumn{u"Description"_s, 4, Qt::AlignLeft},
                     ReportTableColumn{u"Score"_s, 1, Qt::AlignRight}};
    for (int i = 1; i <= 160; ++i) {
        const QString description = (i % 7 == 0)
                                        ? u"A longer description that wraps onto several lines of the "
                                          u"cell so that rows differ in height, row %1 of the table."_s.arg(i)
                                        : u"Row %1"_s.arg(i);
        table.rows.append(
            {ReportTableCell{.text = u"ROW-%1"_s.arg(i, 3, 10, QChar(u'0')),
                             .background = {},
                             .bold = false,
                             .foreground = {}},
             ReportTableCell{.text = description, .background = {}, .bold = false, .foreground = {}},
             ReportTableCell{.text = QString::number(i), .background = {}, .bold = false, .foreground = {}}});
    }
    doc.blocks.append(table);
    const QStringList pages = render(doc);
    ASSERT_GE(pages.size(), 6);
    int tablePages = 0;
    for (qsizetype p = 2; p < pages.size(); ++p) {
        if (!pages[p].contains(u"ROW-"_s)) {
            continue;
        }
        ++tablePages;
        const qsizetype header = pages[p].indexOf(u"Description"_s);
        ASSERT_GE(header, 0) << "page " << p + 1;
        EXPECT_LT(header, pages[p].indexOf(u"ROW-"_s)) << "page " << p + 1;
    }
    EXPECT_GE(tablePages, 4);
    EXPECT_EQ(pages.filter(u"Long table (continued)"_s).size(), tablePages - 1);
    const QString text = pages.join(u'\n');
    for (int i = 1; i <= 160; ++i) {
        EXPECT_EQ(text.count(u"ROW-%1"_s.arg(i, 3, 10, QChar(u'0'))), 1) << i;
        if (i % 7 == 0) {
            // A row is never split: its last words are on the same page as its id.
            const QString id = u"ROW-%1"_s.arg(i, 3, 10, QChar(u'0'));
            for (const QString &page : pages) {
                if (page.contains(id)) {
                    EXPECT_TRUE(page.contains(u"row %1 of the table."_s.arg(i))) << i;
                }
            }
        }
    }
}

TEST_F(ReportLayoutTest, EveryPageOfALongRegisterSaysWhichPageItIs)
{
    // More than ten pages, so that the page number's width changes along the document, and cells that
    // repeat from row to row, as a register's owners and statuses do.
    ReportDocument doc = document();
    doc.blocks.append(ReportHeading{1, u"Register"_s});
    ReportTable table;
    table.columns = {ReportTableColumn{u"Reference"_s, 1, Qt::AlignLeft},
                     ReportTableColumn{u"Owner"_s, 2, Qt::AlignLeft},
                     ReportTableColumn{u"State"_s, 1, Qt::AlignLeft}};
    const QStringList owners{u"Head of Finance"_s, u"IT Operations Manager"_s, u"Facilities Lead"_s};
    const QStringList states{u"Open"_s, u"Treated"_s};
    constexpr int Rows = 600;
    for (int i = 1; i <= Rows; ++i) {
        table.rows.append(
            {ReportTableCell{.text = u"ROW-%1"_s.arg(i, 3, 10, QChar(u'0')),
                             .background = {},
                             .bold = true,
                             .foreground = {}},
             ReportTableCell{.text = owners[i % 3], .background = {}, .bold = false, .foreground = {}},
             ReportTableCell{.text = states[i % 2], .background = {}, .bold = false, .foreground = {}}});
    }
    doc.blocks.append(table);
    const QStringList pages = render(doc);
    ASSERT_GE(pages.size(), 12);
    EXPECT_FALSE(pages[0].contains(u"Page 1 of"_s));
    for (qsizetype p = 1; p < pages.size(); ++p) {
        EXPECT_TRUE(pages[p].contains(u"Page %1 of %2"_s.arg(p + 1).arg(pages.size()))) << "page " << p + 1;
        EXPECT_TRUE(pages[p].contains(u"ISMS-RPT-TEST \u00b7 Version 1.0"_s)) << "page " << p + 1;
        EXPECT_TRUE(pages[p].contains(u"Example Org"_s)) << "page " << p + 1;
    }
    const QString text = pages.join(u'\n');
    for (int o = 0; o < owners.size(); ++o) {
        EXPECT_EQ(text.count(owners[o]), Rows / 3) << qPrintable(owners[o]);
    }
    EXPECT_EQ(text.count(u"Treated"_s), Rows / 2);
    for (int i = 1; i <= Rows; ++i) {
        EXPECT_EQ(text.count(u"ROW-%1"_s.arg(i, 3, 10, QChar(u'0'))), 1) << i;
    }
}

TEST_F(ReportLayoutTest, ARowTallerThanAPageContinues)
{
    ReportDocument doc = document();
    QStringList words;
    for (int i = 1; i <= 1500; ++i) {
        words.append(u"w%1"_s.arg(i, 4, 10, QChar(u'0')));
    }
    ReportTable table;
    table.columns = {ReportTableColumn{u"Key"_s, 1, Qt::AlignLeft},
                     ReportTableColumn{u"Text"_s, 3, Qt::AlignLeft}};
    table.rows.append(
        {ReportTableCell{.text = u"only"_s, .background = {}, .bold = false, .foreground = {}},
         ReportTableCell{.text = words.join(u' '), .background = {}, .bold = false, .foreground = {}}});
    table.rows.append(
        {ReportTableCell{.text = u"after"_s, .background = {}, .bold = false, .foreground = {}},
         ReportTableCell{.text = u"the end"_s, .background = {}, .bold = false, .foreground = {}}});
    doc.blocks.append(table);
    const QStringList pages = render(doc);
    ASSERT_GE(pages.size(), 3);
    const QString text = pages.join(u'\n');
    for (const QString &word : words) {
        EXPECT_EQ(text.count(word), 1) << qPrintable(word);
    }
    EXPECT_TRUE(text.contains(u"the end"_s));
}

TEST_F(ReportLayoutTest, AValueLongerThanAPageContinues)
{
    ReportDocument doc = document();
    QStringList words;
    for (int i = 1; i <= 1200; ++i) {
        words.append(u"v%1"_s.arg(i, 4, 10, QChar(u'0')));
    }
    doc.blocks.append(
        ReportKeyValueList{{{u"Short"_s, u"first"_s}, {u"Long"_s, words.join(u' ')}, {u"Last"_s, u"end"_s}}});
    const QStringList pages = render(doc);
    ASSERT_GE(pages.size(), 3); // the cover and at least two pages (no headings, so no contents)
    const QString text = pages.join(u'\n');
    for (const QString &word : words) {
        EXPECT_EQ(text.count(word), 1) << qPrintable(word);
    }
    EXPECT_TRUE(pages.last().contains(u"end"_s));
}

TEST_F(ReportLayoutTest, ContentsContinueOnMorePages)
{
    ReportDocument doc = document();
    for (int i = 1; i <= 70; ++i) {
        doc.blocks.append(ReportHeading{1, u"Section %1"_s.arg(i)});
        doc.blocks.append(ReportParagraph{u"Text of section %1."_s.arg(i)});
        if (i % 10 == 0) {
            doc.blocks.append(ReportPageBreak{});
        }
    }
    const QStringList pages = render(doc);
    ASSERT_GE(pages.size(), 4);
    EXPECT_TRUE(pages[2].contains(u"Contents (continued)"_s));
    QString contents;
    qsizetype firstBodyPage = 1;
    while (firstBodyPage < pages.size()
           && (pageWithHeading(pages, u"Contents"_s, firstBodyPage) == firstBodyPage
               || pageWithHeading(pages, u"Contents (continued)"_s, firstBodyPage) == firstBodyPage)) {
        contents += pages[firstBodyPage++];
    }
    EXPECT_GE(firstBodyPage, 3);
    for (int section = 1; section <= 70; ++section) {
        const QRegularExpression entry(u"^\\s*Section %1\\s+(\\d+)\\s*$"_s.arg(section),
                                       QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = entry.match(contents);
        ASSERT_TRUE(match.hasMatch()) << section;
        EXPECT_EQ(match.captured(1).toInt(),
                  pageWithHeading(pages, u"Section %1"_s.arg(section), firstBodyPage) + 1)
            << section;
    }
}

TEST_F(ReportLayoutTest, MarkupInTextIsNotInterpreted)
{
    ReportDocument doc = document();
    doc.title = u"<i>Title</i>"_s;
    doc.organisation = u"A & B <u>Org</u>"_s;
    doc.blocks.append(ReportHeading{1, u"<h1>Heading</h1>"_s});
    doc.blocks.append(ReportParagraph{u"<b>x</b> <img src=\"http://example.invalid/y.png\"> &amp;"_s});
    doc.blocks.append(ReportKeyValueList{{{u"<b>Key</b>"_s, u"<a href=\"file:///etc/passwd\">v</a>"_s}}});
    const QStringList pages = render(doc);
    ASSERT_GE(pages.size(), 3);
    const QString text = pages.join(u'\n');
    EXPECT_TRUE(text.contains(u"<i>Title</i>"_s));
    EXPECT_TRUE(text.contains(u"A & B <u>Org</u>"_s));
    EXPECT_TRUE(text.contains(u"<h1>Heading</h1>"_s));
    EXPECT_TRUE(text.contains(u"<b>x</b> <img src=\"http://example.invalid/y.png\"> &amp;"_s));
    EXPECT_TRUE(text.contains(u"<a href=\"file:///etc/passwd\">v</a>"_s));
}

TEST_F(ReportLayoutTest, ChartsAndListsRender)
{
    ReportDocument doc = document();
    StatusSummary summary;
    summary.count[0] = {5, 4, 3, 20, 5};
    summary.count[3] = {1, 2, 3, 4, 24};
    doc.blocks.append(ReportHeading{1, u"Chart"_s});
    doc.blocks.append(ReportStatusChart{summary, 70.0});
    doc.blocks.append(ReportKeyValueList{{{u"Scope"_s, u"All sites"_s}, {u"Owner"_s, u"CISO"_s}}});
    const QStringList pages = render(doc);
    ASSERT_EQ(pages.size(), 3);
    EXPECT_TRUE(pages[2].contains(u"A.5"_s));
    EXPECT_TRUE(pages[2].contains(u"Implemented (24)"_s));
    EXPECT_TRUE(pages[2].contains(u"All sites"_s));
}

} // namespace
} // namespace isms
