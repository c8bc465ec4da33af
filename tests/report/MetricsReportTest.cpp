// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/MetricsReport.h"

#include "PdfTools.h"
#include "RiskProject.h"
#include "domain/Entities.h"
#include "report/PdfExport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms {
namespace {

class MetricsReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_project.add(metricSpec(),
                      {{u"name"_s, u"Click rate <i>phish</i>"_s},
                       {u"unit"_s, u"%"_s},
                       {u"target"_s, u"5"_s},
                       {u"direction"_s, u"at-most"_s},
                       {u"analysis_frequency"_s, u"quarterly"_s}});
        m_project.add(metricSpec(), {{u"name"_s, u"Never measured"_s}});
        const double values[] = {12.5, 9, 6.25, 4.5};
        for (int i = 0; i < 4; ++i) {
            m_project.add(measurementSpec(),
                          {{u"metric"_s, u"M-001"_s},
                           {u"measured_on"_s, QDate(2026, 8, 1).addMonths(i)},
                           {u"value"_s, QString::number(values[i])}});
        }
        m_project.add(metricEvaluationSpec(),
                      {{u"metric"_s, u"M-001"_s},
                       {u"period_start"_s, QDate(2026, 8, 1)},
                       {u"period_end"_s, QDate(2026, 9, 30)},
                       {u"evaluated_on"_s, QDate(2026, 10, 5)},
                       {u"evaluated_by"_s, u"CISO"_s},
                       {u"target_met"_s, u"no"_s},
                       {u"conclusion"_s, u"Falling but above five per cent."_s}});
        m_project.add(improvementSpec(),
                      {{u"raised_on"_s, QDate(2026, 10, 6)},
                       {u"source"_s, u"metric"_s},
                       {u"title"_s, u"Lesson after a click"_s}});
    }

    ReportDocument build()
    {
        const auto doc = MetricsReport::build(m_project.db(), test::RiskProject::options());
        EXPECT_TRUE(doc.hasValue()) << (doc ? "" : qPrintable(doc.error().message));
        return doc ? *doc : ReportDocument{};
    }

    test::RiskProject m_project;
};

TEST_F(MetricsReportTest, GivesEachMetricItsChartMeasurementsAndEvaluations)
{
    const ReportDocument doc = build();
    EXPECT_EQ(doc.documentId, u"ISMS-RPT-MET"_s);
    QStringList headings;
    QList<ReportTrendChart> charts;
    qsizetype tables = 0;
    for (const ReportBlock &block : doc.blocks) {
        if (const auto *heading = std::get_if<ReportHeading>(&block)) {
            headings.append(heading->text);
        } else if (const auto *chart = std::get_if<ReportTrendChart>(&block)) {
            charts.append(*chart);
        } else if (std::holds_alternative<ReportTable>(block)) {
            ++tables;
        }
    }
    EXPECT_EQ(headings,
              (QStringList{u"Summary"_s,
                           u"M-001 Click rate <i>phish</i>"_s,
                           u"Measurements"_s,
                           u"Evaluations"_s,
                           u"M-002 Never measured"_s,
                           u"Measurements"_s,
                           u"Evaluations"_s,
                           u"Improvement log"_s}));
    ASSERT_EQ(charts.size(), 2);
    EXPECT_EQ(charts.at(0).series.points.size(), 4);
    EXPECT_EQ(charts.at(0).series.points.last().text, u"4.5"_s);
    EXPECT_TRUE(charts.at(1).series.points.isEmpty());
    EXPECT_EQ(tables, 4) << "summary, M-001's measurements and evaluations, the improvement log";
}

TEST_F(MetricsReportTest, IsAPdfWithTheChartTextAndMarkupPrintedLiterally)
{
    if (!test::hasProgram(u"pdftotext"_s) || !test::hasProgram(u"qpdf"_s)
        || !test::hasProgram(u"pdfinfo"_s)) {
        GTEST_SKIP() << "pdftotext, pdfinfo or qpdf is missing (install poppler-utils and qpdf)";
    }
    const QString pdf = m_project.path(u"metrics.pdf"_s);
    ASSERT_TRUE(PdfExport::writePdf(build(), pdf, test::RiskProject::options()).hasValue());
    EXPECT_EQ(test::runProgram(u"qpdf"_s, {u"--check"_s, pdf}).exitCode, 0);
    const int pages = test::pdfPageCount(pdf);
    EXPECT_GE(pages, 5);
    EXPECT_LE(pages, 8);
    const QString text = test::pdfPageTexts(pdf).join(u'\n');
    for (const QString &expected : {u"Click rate <i>phish</i>"_s,
                                    u"Target: at most 5"_s,
                                    u"No measurements yet"_s,
                                    u"No measurement is recorded yet."_s,
                                    u"Falling but above five per cent."_s,
                                    u"2026-08-01 to"_s,
                                    u"Lesson after a click"_s,
                                    u"Aug 2026"_s}) {
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected);
    }
}

} // namespace
} // namespace isms
