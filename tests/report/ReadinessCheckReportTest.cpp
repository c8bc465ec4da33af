// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/ReadinessCheckReport.h"

#include "PdfTools.h"
#include "RiskProject.h"
#include "domain/Entities.h"
#include "report/PdfExport.h"

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

QStringList headingsOf(const ReportDocument &doc)
{
    QStringList headings;
    for (const ReportBlock &block : doc.blocks) {
        if (const auto *heading = std::get_if<ReportHeading>(&block)) {
            headings.append(heading->text);
        }
    }
    return headings;
}

/// "RULE RECORD" of every row of the findings tables (those with a Record column).
QStringList findingRows(const ReportDocument &doc)
{
    QStringList rows;
    for (const ReportTable &table : tablesOf(doc)) {
        if (table.columns.size() == 5 && table.columns.at(3).title == u"Record") {
            for (const QList<ReportTableCell> &row : table.rows) {
                rows.append(row.at(1).text + u' ' + row.at(3).text);
            }
        }
    }
    return rows;
}

class ReadinessCheckReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_project.add(interestedPartySpec(),
                      {{u"name"_s, u"<i>Regulator</i>"_s}, {u"side"_s, u"external"_s}});
    }

    ReportDocument build()
    {
        const auto doc = ReadinessCheckReport::build(m_project.db(), test::RiskProject::options());
        EXPECT_TRUE(doc.hasValue()) << (doc ? "" : qPrintable(doc.error().message));
        return doc ? *doc : ReportDocument{};
    }

    test::RiskProject m_project;
};

TEST_F(ReadinessCheckReportTest, GroupsTheFindingsByAreaWithRuleAndRecord)
{
    const ReportDocument doc = build();
    EXPECT_EQ(doc.documentId, u"ISMS-RPT-RDY"_s);
    EXPECT_EQ(doc.title, u"Readiness check"_s);
    const auto readiness = ReadinessCheck::run(m_project.db(), test::RiskProject::reportTime().date());
    ASSERT_TRUE(readiness.hasValue());
    EXPECT_TRUE(doc.subtitle.startsWith(u"Readiness score %1 of 100:"_s.arg(readiness->score)))
        << qPrintable(doc.subtitle);

    const QStringList headings = headingsOf(doc);
    for (const QString &expected : {u"Summary"_s,
                                    u"By severity"_s,
                                    u"Points to settle"_s,
                                    u"Context of the organisation (4)"_s,
                                    u"Risk assessment and treatment (6.1, 8.2, 8.3)"_s,
                                    u"Rules"_s}) {
        EXPECT_TRUE(headings.contains(expected)) << qPrintable(expected);
    }
    const QStringList rows = findingRows(doc);
    EXPECT_EQ(rows.size(), readiness->findings.size());
    EXPECT_TRUE(rows.contains(u"R-SCOPE-MISSING (missing)"_s)) << qPrintable(rows.join(u", "_s));
    EXPECT_TRUE(rows.contains(u"R-PARTY-UNDECIDED IP-001"_s));
    EXPECT_TRUE(rows.contains(u"R-TASK-OVERDUE TT-001"_s)) << "TT-001 is overdue on the report's date";

    // The severity summary: one row per severity, the counts of the check.
    const QList<ReportTable> tables = tablesOf(doc); // kept: the references below point into it
    ASSERT_FALSE(tables.isEmpty());
    const ReportTable &severities = tables.first();
    ASSERT_EQ(severities.rows.size(), 2);
    EXPECT_EQ(severities.rows[0][0].text, u"Major"_s);
    EXPECT_EQ(severities.rows[0][3].text, QString::number(readiness->count(ReadinessSeverity::Major)));
    EXPECT_EQ(severities.rows[1][3].text, QString::number(readiness->count(ReadinessSeverity::Minor)));

    // The mandatory documented information, item by item with its state.
    const ReportTable &information = tables.at(1);
    ASSERT_EQ(information.rows.size(), 19);
    EXPECT_EQ(information.rows[0][0].text, u"4.3"_s);
    EXPECT_EQ(information.rows[0][1].text, u"ISMS scope"_s);

    // Every rule is listed with its result.
    const ReportTable &rules = tables.last();
    EXPECT_EQ(rules.rows.size(), 72);
    EXPECT_EQ(rules.rows[0][0].text, u"R-CLAUSE-NOT-APPLICABLE"_s);
    EXPECT_EQ(rules.rows[0][4].text, u"Passed"_s);
    EXPECT_EQ(rules.rows[6][0].text, u"R-SCOPE-MISSING"_s);
    EXPECT_EQ(rules.rows[6][4].text, u"Points: 1"_s);
}

TEST_F(ReadinessCheckReportTest, IsAPdfWithTheScoreAndMarkupPrintedLiterally)
{
    if (!test::hasProgram(u"pdftotext"_s) || !test::hasProgram(u"qpdf"_s)
        || !test::hasProgram(u"pdfinfo"_s)) {
        GTEST_SKIP() << "pdftotext, pdfinfo or qpdf is missing (install poppler-utils and qpdf)";
    }
    const QString pdf = m_project.path(u"readiness.pdf"_s);
    ASSERT_TRUE(PdfExport::writePdf(build(), pdf, test::RiskProject::options()).hasValue());
    EXPECT_EQ(test::runProgram(u"qpdf"_s, {u"--check"_s, pdf}).exitCode, 0);
    const int pages = test::pdfPageCount(pdf);
    EXPECT_GE(pages, 3);
    const QStringList texts = test::pdfPageTexts(pdf);
    const QString text = texts.join(u'\n');
    for (const QString &expected : {u"Readiness check"_s,
                                    u"Readiness score"_s,
                                    u"R-SCOPE-MISSING"_s,
                                    u"R-TASK-OVERDUE"_s,
                                    u"TT-001"_s,
                                    u"<i>Regulator</i>"_s,
                                    u"Page 2 of %1"_s.arg(pages)}) {
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected);
    }
}

} // namespace
} // namespace isms
