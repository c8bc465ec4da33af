// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/PrintPreview.h"

#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

isms::ReportDocument landscapeDocument()
{
    isms::ReportDocument doc;
    doc.title = u"Wide report"_s;
    doc.organisation = u"Acme"_s;
    doc.documentId = u"ISMS-RPT-TEST"_s;
    doc.version = u"1.0"_s;
    doc.classification = u"Internal"_s;
    doc.orientation = QPageLayout::Landscape;
    doc.blocks.append(isms::ReportHeading{1, u"Section"_s});
    doc.blocks.append(isms::ReportParagraph{u"Text"_s});
    return doc;
}

TEST(PrintPreviewTest, ShowsALandscapeReportInLandscape)
{
    const isms::ReportDocument doc = landscapeDocument();
    QPrinter printer(QPrinter::HighResolution);
    PrintPreview::configurePrinter(printer, isms::ReportOptions{});
    ASSERT_EQ(printer.pageLayout().orientation(), QPageLayout::Portrait);
    std::unique_ptr<QPrintPreviewDialog> dialog(PrintPreview::createPreviewDialog(nullptr, printer, doc));
    dialog->show();
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    ASSERT_NE(preview, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([preview] { return preview->pageCount() > 0; }));
    // The preview lays its pages out on the printer's paper once the report is painted.
    EXPECT_EQ(printer.pageLayout().orientation(), QPageLayout::Landscape);
    EXPECT_EQ(preview->pageCount(), 3); // cover, contents, body
}

} // namespace
