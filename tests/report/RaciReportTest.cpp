// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/RaciReport.h"

#include "PdfTools.h"
#include "RiskProject.h"
#include "report/PdfExport.h"
#include "services/DemoPeople.h"
#include "services/DemoProcesses.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

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

} // namespace

TEST(RaciReportTest, ListsTheRolesAndTheMatrixWithItsGap)
{
    test::RiskProject project;
    const QDate today = test::RiskProject::reportTime().date();
    ASSERT_TRUE(DemoProcesses::write(project.db(), today).hasValue());
    ASSERT_TRUE(DemoPeople::write(project.db(), today).hasValue());
    const auto doc = RaciReport::build(project.db(), test::RiskProject::options());
    ASSERT_TRUE(doc.hasValue()) << qPrintable(doc.error().message);
    EXPECT_EQ(doc->documentId, u"ISMS-RPT-RACI"_s);
    EXPECT_EQ(doc->orientation, QPageLayout::Landscape);
    const QList<ReportTable> tables = tablesOf(*doc);
    ASSERT_EQ(tables.size(), 2);
    const ReportTable &roles = tables.first();
    ASSERT_EQ(roles.rows.size(), 8);
    EXPECT_EQ(roles.rows[1][1].text, u"ISMS Manager"_s);
    EXPECT_EQ(roles.rows[1][4].text, u"Yes"_s) << "ensures conformity";
    EXPECT_EQ(roles.rows[1][5].text, u"Yes"_s) << "reports performance";

    const ReportTable &matrix = tables.last();
    EXPECT_EQ(matrix.columns.size(), 1 + 8 + 1);
    ASSERT_EQ(matrix.rows.size(), 9);
    QStringList gaps;
    for (const QList<ReportTableCell> &row : matrix.rows) {
        if (row.last().text != u"Yes") {
            gaps.append(row.first().text + u": "_s + row.last().text);
        }
    }
    EXPECT_EQ(gaps, QStringList{u"PR-006 Payroll: None"_s});

    if (!test::hasProgram(u"pdftotext"_s)) {
        GTEST_SKIP() << "pdftotext is missing (install poppler-utils)";
    }
    const QString pdf = project.path(u"raci.pdf"_s);
    ASSERT_TRUE(PdfExport::writePdf(*doc, pdf, test::RiskProject::options()).hasValue());
    const QString text = test::pdfPageTexts(pdf).join(u'\n');
    EXPECT_TRUE(text.contains(u"RACI matrix"_s));
    EXPECT_TRUE(text.contains(u"Incident management"_s));
}
