// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The processes report (4.4, 8.1): the interaction map drawn into the PDF, the process register and the
// interactions, and markup printed literally.
#include "report/ProcessReport.h"

#include "PdfTools.h"
#include "RiskProject.h"
#include "domain/Entities.h"
#include "report/PdfExport.h"
#include "report/ProcessMapChart.h"
#include "services/DemoProcesses.h"
#include "services/RecordService.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

TEST(ProcessReportTest, DrawsTheMapAndListsTheProcessesAndInteractions)
{
    test::RiskProject project;
    const QDate today = test::RiskProject::reportTime().date();
    ASSERT_TRUE(DemoProcesses::write(project.db(), today).hasValue());
    Record markup = processSpec().newRecord();
    markup.values[processSpec().indexOf(u"name")] = u"<b>Bold</b> & co"_s;
    ASSERT_TRUE(RecordService(project.db(), processSpec()).create(markup).hasValue());

    const auto doc = ProcessReport::build(project.db(), test::RiskProject::options());
    ASSERT_TRUE(doc.hasValue()) << qPrintable(doc.error().message);
    EXPECT_EQ(doc->documentId, u"ISMS-RPT-PRC"_s);
    EXPECT_EQ(doc->orientation, QPageLayout::Landscape);
    const ReportProcessMap *chart = nullptr;
    QList<ReportTable> tables;
    for (const ReportBlock &block : doc->blocks) {
        if (const auto *map = std::get_if<ReportProcessMap>(&block)) {
            chart = map;
        }
        if (const auto *table = std::get_if<ReportTable>(&block)) {
            tables.append(*table);
        }
    }
    ASSERT_NE(chart, nullptr);
    EXPECT_EQ(chart->map.nodes().size(), 10);
    ASSERT_EQ(tables.size(), 2);
    EXPECT_EQ(tables.first().rows.size(), 10);
    EXPECT_EQ(tables.last().rows.size(), chart->map.edges().size());

    // Boxes of one layer stack without overlapping, and every box lies inside the drawing.
    const QRectF area(0, 0, 1000, 500);
    for (int i = 0; i < chart->map.nodes().size(); ++i) {
        const QRectF box = ProcessMapChart::boxOf(chart->map, i, area);
        EXPECT_TRUE(area.contains(box)) << i;
        for (int j = i + 1; j < chart->map.nodes().size(); ++j) {
            EXPECT_FALSE(box.intersects(ProcessMapChart::boxOf(chart->map, j, area))) << i << ' ' << j;
        }
    }
    // The chart paints ink: some pixels are no longer white.
    QImage image(800, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        ProcessMapChart::paint(painter, QRectF(0, 0, 800, 400), chart->map, QFont());
    }
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            inked += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
    }
    EXPECT_GT(inked, 500);

    if (!test::hasProgram(u"pdftotext"_s)) {
        GTEST_SKIP() << "pdftotext is missing (install poppler-utils)";
    }
    const QString pdf = project.path(u"processes.pdf"_s);
    ASSERT_TRUE(PdfExport::writePdf(*doc, pdf, test::RiskProject::options()).hasValue());
    const QString text = test::pdfPageTexts(pdf).join(u'\n');
    EXPECT_TRUE(text.contains(u"Interaction map"_s));
    EXPECT_TRUE(text.contains(u"PR-001"_s));
    EXPECT_TRUE(text.contains(u"<b>Bold</b> & co"_s)) << "markup is printed literally";
}
