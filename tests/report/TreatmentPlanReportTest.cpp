// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/TreatmentPlanReport.h"

#include "PdfTools.h"
#include "RiskProject.h"
#include "report/PdfExport.h"
#include "report/RiskCells.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms {
namespace {

QList<ReportTable> tablesOf(const ReportDocument &doc)
{
    QList<ReportTable> tables;
    for (const ReportBlock &block : doc.blocks) {
        if (const auto *table = std::get_if<ReportTable>(&block)) {
            tables.append(*table);
        }
    }
    return tables;
}

QString figure(const ReportDocument &doc, const QString &label)
{
    for (const ReportBlock &block : doc.blocks) {
        if (const auto *list = std::get_if<ReportKeyValueList>(&block)) {
            for (const auto &[key, value] : list->items) {
                if (key == label) {
                    return value;
                }
            }
        }
    }
    ADD_FAILURE() << "no figure " << qPrintable(label);
    return {};
}

class TreatmentPlanReportTest : public ::testing::Test
{
protected:
    ReportDocument build()
    {
        const auto doc = TreatmentPlanReport::build(m_project.db(), test::RiskProject::options());
        EXPECT_TRUE(doc.hasValue()) << (doc ? "" : qPrintable(doc.error().message));
        return doc ? *doc : ReportDocument{};
    }

    test::RiskProject m_project;
};

TEST_F(TreatmentPlanReportTest, ListsEveryTaskByDueDateWithItsRisk)
{
    const ReportDocument doc = build();
    EXPECT_EQ(doc.documentId, u"ISMS-RPT-RTP"_s);
    EXPECT_EQ(doc.orientation, QPageLayout::Portrait);
    const QList<ReportTable> tables = tablesOf(doc);
    ASSERT_EQ(tables.size(), 2); // the overdue tasks, then all of them
    const ReportTable &all = tables.last();
    ASSERT_EQ(all.rows.size(), 4);
    QStringList order;
    for (const QList<ReportTableCell> &row : all.rows) {
        order.append(row[1].text.left(6));
    }
    EXPECT_EQ(order, QStringList({u"TT-003"_s, u"TT-001"_s, u"TT-002"_s, u"TT-004"_s}));
    EXPECT_EQ(all.rows[3][0].text, u"No due date"_s);
    EXPECT_EQ(all.rows[1][4].text, u"R-001 <b>x</b> leaks via http://example.com"_s);
    EXPECT_TRUE(all.rows[1][5].background.isValid()); // the risk's level in its colour
}

TEST_F(TreatmentPlanReportTest, MarksOverdueTasksInWordsAndColour)
{
    const ReportDocument doc = build();
    const QList<ReportTable> tables = tablesOf(doc);
    ASSERT_EQ(tables.size(), 2);
    ASSERT_EQ(tables.first().rows.size(), 1);
    const QList<ReportTableCell> overdue = tables.first().rows.first();
    EXPECT_EQ(overdue[0].text, u"2026-01-10\nOverdue"_s);
    EXPECT_EQ(overdue[0].background, RiskCells::overdueTint());
    // A done task past its date is not overdue.
    const QList<ReportTableCell> done = tables.last().rows.first();
    EXPECT_EQ(done[0].text, u"2025-12-01"_s);
    EXPECT_FALSE(done[0].background.isValid());

    EXPECT_EQ(figure(doc, u"Treatment tasks"_s), u"4"_s);
    EXPECT_TRUE(figure(doc, u"Open"_s).startsWith(u"3"_s));
    EXPECT_TRUE(figure(doc, u"Overdue"_s).startsWith(u"1"_s));
    EXPECT_EQ(figure(doc, u"Done"_s), u"1"_s);
    EXPECT_EQ(figure(doc, u"Open without a due date"_s), u"1"_s);
}

TEST_F(TreatmentPlanReportTest, IsAPdfWithEveryTaskAndTheOverdueMark)
{
    if (!test::hasProgram(u"pdftotext"_s) || !test::hasProgram(u"qpdf"_s)
        || !test::hasProgram(u"pdfinfo"_s)) {
        GTEST_SKIP() << "pdftotext, pdfinfo or qpdf is missing (install poppler-utils and qpdf)";
    }
    const QString pdf = m_project.path(u"plan.pdf"_s);
    ASSERT_TRUE(PdfExport::writePdf(build(), pdf, test::RiskProject::options()).hasValue());
    EXPECT_EQ(test::runProgram(u"qpdf"_s, {u"--check"_s, pdf}).exitCode, 0);
    const int pages = test::pdfPageCount(pdf);
    EXPECT_GE(pages, 3);
    EXPECT_LE(pages, 6);
    const QSizeF size = test::pdfPageSizePoints(pdf);
    EXPECT_LT(size.width(), size.height());
    const QString text = test::pdfPageTexts(pdf).join(u'\n');
    for (const QString &expected : {u"TT-001"_s,
                                    u"TT-002"_s,
                                    u"TT-003"_s,
                                    u"TT-004"_s,
                                    u"Overdue"_s,
                                    u"Overdue tasks"_s,
                                    u"No due date"_s,
                                    u"Ivan IT"_s,
                                    u"<b>x</b>"_s}) {
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected);
    }
}

} // namespace
} // namespace isms
