// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/RiskReport.h"

#include "PdfTools.h"
#include "RiskProject.h"
#include "domain/Entities.h"
#include "report/PdfExport.h"
#include "report/ReportPrinter.h"
#include "report/StatusChart.h"
#include "services/RiskMethodService.h"
#include "storage/ChangeLogHead.h"

#include <QPrinter>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms {
namespace {

template <typename T>
QList<T> blocksOf(const ReportDocument &doc)
{
    QList<T> result;
    for (const ReportBlock &block : doc.blocks) {
        if (const T *b = std::get_if<T>(&block)) {
            result.append(*b);
        }
    }
    return result;
}

/// The first table whose first column is titled `title`.
ReportTable tableStartingWith(const ReportDocument &doc, const QString &title)
{
    for (const ReportTable &table : blocksOf<ReportTable>(doc)) {
        if (!table.columns.isEmpty() && table.columns.first().title == title) {
            return table;
        }
    }
    ADD_FAILURE() << "no table starts with " << qPrintable(title);
    return {};
}

/// The row of `table` whose first cell starts with `ref`.
QList<ReportTableCell> rowOf(const ReportTable &table, const QString &ref)
{
    for (const QList<ReportTableCell> &row : table.rows) {
        if (!row.isEmpty() && row.first().text.startsWith(ref)) {
            return row;
        }
    }
    ADD_FAILURE() << "no row " << qPrintable(ref);
    return {};
}

qsizetype columnOf(const ReportTable &table, const QString &title)
{
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].title == title) {
            return c;
        }
    }
    ADD_FAILURE() << "no column " << qPrintable(title);
    return 0;
}

class RiskReportTest : public ::testing::Test
{
protected:
    ReportDocument build()
    {
        const Result<ReportDocument> doc = RiskReport::build(m_project.db(), test::RiskProject::options());
        EXPECT_TRUE(doc.hasValue()) << (doc ? "" : qPrintable(doc.error().message));
        return doc ? *doc : ReportDocument{};
    }

    test::RiskProject m_project;
};

TEST_F(RiskReportTest, DescribesTheDocumentInLandscape)
{
    const ReportDocument doc = build();
    EXPECT_EQ(doc.documentId, u"ISMS-RPT-RSK"_s);
    EXPECT_EQ(doc.organisation, u"Acme Risk Ltd"_s);
    EXPECT_EQ(doc.orientation, QPageLayout::Landscape);
    EXPECT_EQ(doc.generatedAtUtc, test::RiskProject::reportTime());
    const Result<ChangeLogHead> head = ChangeLogHead::read(m_project.db());
    ASSERT_TRUE(head.hasValue());
    EXPECT_EQ(doc.changeLogHead, head->displayText());
}

TEST_F(RiskReportTest, FollowsTheOrderOfTheWork)
{
    QStringList sections;
    for (const ReportHeading &heading : blocksOf<ReportHeading>(build())) {
        if (heading.level == 1) {
            sections.append(heading.text);
        }
    }
    EXPECT_EQ(sections,
              QStringList({u"Summary"_s,
                           u"Risk assessment method"_s,
                           u"Heat maps"_s,
                           u"Risk register"_s,
                           u"Sign-offs"_s,
                           u"Treatment plan"_s}));
}

TEST_F(RiskReportTest, MethodStatementShowsScalesMatrixLevelsAndThreshold)
{
    const ReportDocument doc = build();
    const Result<RiskMethod> method = RiskMethodService::load(m_project.db());
    ASSERT_TRUE(method.hasValue());

    const ReportTable likelihood = tableStartingWith(doc, u"Step"_s);
    ASSERT_EQ(likelihood.rows.size(), method->likelihood.size());
    for (qsizetype i = 0; i < likelihood.rows.size(); ++i) {
        EXPECT_EQ(likelihood.rows[i][0].text, QString::number(i + 1));
        EXPECT_EQ(likelihood.rows[i][1].text, method->likelihood[i].label);
        EXPECT_EQ(likelihood.rows[i][2].text, method->likelihood[i].description);
    }

    // The matrix: the most likely row first, each cell named and coloured as its level.
    const ReportTable matrix = tableStartingWith(doc, u"Likelihood \\ Impact"_s);
    ASSERT_EQ(matrix.rows.size(), method->likelihood.size());
    ASSERT_EQ(matrix.columns.size(), method->impact.size() + 1);
    for (qsizetype r = 0; r < matrix.rows.size(); ++r) {
        const int l = int(method->likelihood.size() - r);
        for (int i = 1; i <= method->impact.size(); ++i) {
            const int level = method->levelOf(l, i);
            const ReportTableCell &cell = matrix.rows[r][i];
            EXPECT_EQ(cell.text, method->levelName(level));
            EXPECT_EQ(cell.background, QColor::fromRgb(method->levels[level - 1].colour));
            EXPECT_EQ(cell.foreground, StatusChart::textColorOn(cell.background));
        }
    }

    const QList<ReportKeyValueList> lists = blocksOf<ReportKeyValueList>(doc);
    bool threshold = false;
    bool triggers = false;
    for (const ReportKeyValueList &list : lists) {
        for (const auto &[key, value] : list.items) {
            threshold |=
                key == u"Acceptance threshold" && value.contains(method->levelName(method->acceptanceLevel));
            triggers |= key == u"Reassessment triggers" && !method->triggers.isEmpty()
                        && value.contains(method->triggers.first());
        }
    }
    EXPECT_TRUE(threshold);
    EXPECT_TRUE(triggers);
    ASSERT_EQ(blocksOf<ReportHeatMaps>(doc).size(), 1);
    EXPECT_EQ(blocksOf<ReportHeatMaps>(doc).first().panels.size(), 2);
}

TEST_F(RiskReportTest, MethodNotesPrintWhenSet)
{
    Result<RiskMethod> method = RiskMethodService::load(m_project.db());
    ASSERT_TRUE(method.hasValue());
    method->notes = u"Ratings are agreed in the <i>risk workshop</i>."_s;
    ASSERT_TRUE(RiskMethodService::apply(m_project.db(), *method).hasValue());
    const QList<ReportParagraph> paragraphs = blocksOf<ReportParagraph>(build());
    EXPECT_TRUE(std::any_of(paragraphs.cbegin(), paragraphs.cend(), [&](const ReportParagraph &p) {
        return p.text == method->notes;
    }));
}

TEST_F(RiskReportTest, RegisterHasEveryRiskWithLinksRatingsAndSignoff)
{
    const ReportTable table = tableStartingWith(build(), u"Ref"_s);
    ASSERT_EQ(table.rows.size(), 5);
    EXPECT_TRUE(table.compact);
    const QList<ReportTableCell> first = rowOf(table, u"R-001"_s);
    EXPECT_EQ(first[columnOf(table, u"Risk"_s)].text, u"<b>x</b> leaks via http://example.com"_s);
    EXPECT_EQ(first[columnOf(table, u"Owner"_s)].text, u"Olivia Owner"_s);
    EXPECT_EQ(first[columnOf(table, u"Assets"_s)].text, u"AS-001 Customer database\nAS-002 Web shop"_s);
    EXPECT_TRUE(first[columnOf(table, u"Threat / vulnerability"_s)].text.startsWith(u"T-001 "_s));
    EXPECT_TRUE(first[columnOf(table, u"Threat / vulnerability"_s)].text.contains(u"\nV-001 "_s));
    EXPECT_EQ(first[columnOf(table, u"Existing controls"_s)].text, u"A.8.7"_s);
    EXPECT_EQ(first[columnOf(table, u"Planned controls"_s)].text, u"A.5.30\nA.8.13"_s);
    EXPECT_EQ(first[columnOf(table, u"Treatment"_s)].text, u"Modify"_s);
    EXPECT_EQ(first[columnOf(table, u"Sign-off"_s)].text, u"Jane Doe\n2026-11-01"_s);

    const Result<RiskMethod> method = RiskMethodService::load(m_project.db());
    ASSERT_TRUE(method.hasValue());
    const ReportTableCell current = first[columnOf(table, u"Current risk"_s)];
    const int level = method->levelOf(4, 5);
    EXPECT_EQ(current.text, u"%1\n4 \u00d7 5"_s.arg(method->levelName(level)));
    EXPECT_EQ(current.background, QColor::fromRgb(method->levels[level - 1].colour));
    EXPECT_TRUE(current.foreground.isValid());
    const ReportTableCell residual = first[columnOf(table, u"Residual risk"_s)];
    EXPECT_TRUE(residual.text.startsWith(method->levelName(method->levelOf(2, 3))));

    EXPECT_EQ(rowOf(table, u"R-002"_s)[columnOf(table, u"Sign-off"_s)].text, u"Awaiting sign-off"_s);
    EXPECT_EQ(rowOf(table, u"R-004"_s)[columnOf(table, u"Sign-off"_s)].text, u"\u2014"_s); // closed
    const QList<ReportTableCell> unrated = rowOf(table, u"R-005"_s);
    EXPECT_EQ(unrated[columnOf(table, u"Current risk"_s)].text, u"Not rated"_s);
    EXPECT_FALSE(unrated[columnOf(table, u"Current risk"_s)].background.isValid());
}

TEST_F(RiskReportTest, SignoffsSayWhoSignedAndWhatStillAwaits)
{
    const ReportDocument doc = build();
    const QList<ReportTable> tables = blocksOf<ReportTable>(doc);
    ReportTable signedOff;
    ReportTable awaiting;
    for (const ReportTable &table : tables) {
        if (!table.columns.isEmpty() && table.columns.first().title == u"Risk") {
            (signedOff.columns.isEmpty() ? signedOff : awaiting) = table;
        }
    }
    ASSERT_EQ(signedOff.rows.size(), 2);
    const QList<ReportTableCell> jane = rowOf(signedOff, u"R-001"_s);
    EXPECT_EQ(jane[columnOf(signedOff, u"Signed off by"_s)].text, u"Jane Doe"_s);
    EXPECT_EQ(jane[columnOf(signedOff, u"Date"_s)].text, u"2026-11-01"_s);
    EXPECT_EQ(jane[columnOf(signedOff, u"Comment"_s)].text, u"Approved with the backup project."_s);
    EXPECT_EQ(jane[columnOf(signedOff, u"Acceptance rationale"_s)].text, u"Kept under quarterly review."_s);
    EXPECT_EQ(rowOf(signedOff, u"R-003"_s)[columnOf(signedOff, u"Signed off by"_s)].text, u"Robert Brown"_s);

    // Flagged, never left out; the closed risk needs no sign-off.
    ASSERT_EQ(awaiting.rows.size(), 2);
    EXPECT_TRUE(awaiting.rows[0][0].text.startsWith(u"R-002"_s));
    EXPECT_TRUE(awaiting.rows[1][0].text.startsWith(u"R-005"_s));
    for (const QList<ReportTableCell> &row : awaiting.rows) {
        EXPECT_EQ(row[columnOf(awaiting, u"Sign-off"_s)].text, u"Awaiting sign-off"_s);
        EXPECT_TRUE(row[columnOf(awaiting, u"Sign-off"_s)].background.isValid());
    }
    EXPECT_TRUE(awaiting.rows[1].last().text.contains(u"risk owner"_s));
}

TEST_F(RiskReportTest, RefusesAMethodDamagedOutsideTheProgram)
{
    const QString path = m_project.db().path();
    test::TempProject::runSql(path, {u"UPDATE risk_method SET definition = '{\"likelihood\":[]}'"_s});
    const Result<ReportDocument> doc = RiskReport::build(m_project.db(), test::RiskProject::options());
    ASSERT_FALSE(doc.hasValue());
    EXPECT_EQ(doc.error().code, ErrorCode::InvalidArgument);
}

/// The risk report of RiskProject as a real PDF.
class RiskReportPdfTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_project = std::make_unique<test::RiskProject>();
        const Result<ReportDocument> doc = RiskReport::build(s_project->db(), test::RiskProject::options());
        ASSERT_TRUE(doc.hasValue());
        s_pdf = s_project->path(u"risk-report.pdf"_s);
        ASSERT_TRUE(PdfExport::writePdf(*doc, s_pdf, test::RiskProject::options()).hasValue());
        s_pages = test::pdfPageTexts(s_pdf);
    }

    static void TearDownTestSuite() { s_project.reset(); }

    void SetUp() override
    {
        if (!test::hasProgram(u"pdftotext"_s) || !test::hasProgram(u"pdfinfo"_s)
            || !test::hasProgram(u"qpdf"_s)) {
            GTEST_SKIP() << "pdftotext, pdfinfo or qpdf is missing (install poppler-utils and qpdf)";
        }
        ASSERT_FALSE(s_pages.isEmpty());
    }

    static QString text() { return s_pages.join(u'\n'); }

    static inline std::unique_ptr<test::RiskProject> s_project;
    static inline QString s_pdf;
    static inline QStringList s_pages;
};

TEST_F(RiskReportPdfTest, PassesQpdfCheckWithASanePageCountInLandscape)
{
    const test::ProcessOutput check = test::runProgram(u"qpdf"_s, {u"--check"_s, s_pdf});
    EXPECT_EQ(check.exitCode, 0) << check.standardOutput.constData() << check.standardError.constData();
    const int pages = test::pdfPageCount(s_pdf);
    EXPECT_GE(pages, 8);
    EXPECT_LE(pages, 16);
    EXPECT_EQ(pages, s_pages.size());
    const QSizeF size = test::pdfPageSizePoints(s_pdf);
    EXPECT_NEAR(size.width(), 842, 1);
    EXPECT_NEAR(size.height(), 595, 1);
    EXPECT_TRUE(s_pages.last().contains(u"Page %1 of %1"_s.arg(pages))) << qPrintable(s_pages.last());
}

TEST_F(RiskReportPdfTest, HoldsTheMethodStatement)
{
    for (const QString &label : {u"Risk assessment method"_s,
                                 u"Likelihood scale"_s,
                                 u"Impact scale"_s,
                                 u"Risk matrix"_s,
                                 u"Risk levels and acceptance"_s,
                                 u"Acceptance threshold"_s,
                                 u"Classification scheme"_s,
                                 u"Review interval"_s,
                                 u"Reassessment triggers"_s,
                                 u"Almost certain"_s,
                                 u"Severe"_s}) {
        EXPECT_TRUE(text().contains(label)) << qPrintable(label);
    }
}

TEST_F(RiskReportPdfTest, HoldsEveryRiskSignoffAndTask)
{
    for (int n = 1; n <= 5; ++n) {
        const QString ref = u"R-%1"_s.arg(n, 3, 10, QChar(u'0'));
        EXPECT_TRUE(text().contains(ref)) << qPrintable(ref);
    }
    for (int n = 1; n <= 4; ++n) {
        const QString ref = u"TT-%1"_s.arg(n, 3, 10, QChar(u'0'));
        EXPECT_TRUE(text().contains(ref)) << qPrintable(ref);
    }
    for (const QString &expected : {u"Jane Doe"_s,
                                    u"Robert Brown"_s,
                                    u"Kept under quarterly review."_s,
                                    u"Awaiting sign-off"_s,
                                    u"Risks awaiting sign-off"_s,
                                    u"Overdue"_s,
                                    u"Current risk"_s,
                                    u"Residual risk"_s}) {
        EXPECT_TRUE(text().contains(expected)) << qPrintable(expected);
    }
}

TEST_F(RiskReportPdfTest, PrintsMarkupAndUrlsLiterally)
{
    EXPECT_TRUE(text().contains(u"<b>x</b>"_s)) << qPrintable(text().left(3000));
    // In content order; a narrow column may wrap the address after "http://".
    QString raw = test::pdfPageTexts(s_pdf, false).join(u'\n');
    raw.remove(QRegularExpression(u"\\s+"_s));
    EXPECT_TRUE(raw.contains(u"<b>x</b>leaksviahttp://example.com"_s)) << qPrintable(raw.left(3000));
    // A link annotation would make the URL clickable: the renderer makes none.
    const QByteArray pdf = test::TempProject::readAll(s_pdf);
    EXPECT_FALSE(pdf.contains("/URI"));
}

TEST_F(RiskReportPdfTest, PrintsInLandscapeOnAPortraitPrinter)
{
    const Result<ReportDocument> doc = RiskReport::build(s_project->db(), test::RiskProject::options());
    ASSERT_TRUE(doc.hasValue());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = s_project->path(u"printed.pdf"_s);
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    ASSERT_TRUE(ReportPrinter::print(*doc, &printer).hasValue());
    EXPECT_EQ(printer.pageLayout().orientation(), QPageLayout::Landscape);
    const QSizeF size = test::pdfPageSizePoints(printed);
    EXPECT_GT(size.width(), size.height());
    EXPECT_EQ(test::pdfPageCount(printed), s_pages.size());
}

TEST_F(RiskReportPdfTest, ContentsListTheSections)
{
    ASSERT_GE(s_pages.size(), 2);
    for (const QString &section :
         {u"Summary"_s, u"Heat maps"_s, u"Risk register"_s, u"Sign-offs"_s, u"Treatment plan"_s}) {
        EXPECT_TRUE(QRegularExpression(QRegularExpression::escape(section) + u"\\s*\\.*\\s*\\d+"_s)
                        .match(s_pages[1])
                        .hasMatch())
            << qPrintable(section) << '\n'
            << qPrintable(s_pages[1]);
    }
}

} // namespace
} // namespace isms
