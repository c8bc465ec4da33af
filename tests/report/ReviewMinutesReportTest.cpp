// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The minutes of a management review (9.3): attendees with top management marked, the frozen inputs
// with their discussion, the outputs, the approval; live inputs marked for a planned review; markup
// printed literally; a valid PDF.
#include "report/ReviewMinutesReport.h"

#include "PdfTools.h"
#include "RiskProject.h"
#include "domain/Entities.h"
#include "report/PdfExport.h"
#include "services/RecordService.h"
#include "services/ReviewService.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

QString textOf(const QList<ReportBlock> &blocks)
{
    QString all;
    for (const ReportBlock &block : blocks) {
        if (const auto *paragraph = std::get_if<ReportParagraph>(&block)) {
            all += paragraph->text + u'\n';
        } else if (const auto *heading = std::get_if<ReportHeading>(&block)) {
            all += heading->text + u'\n';
        } else if (const auto *table = std::get_if<ReportTable>(&block)) {
            for (const auto &row : table->rows) {
                for (const ReportTableCell &cell : row) {
                    all += cell.text + u'\t';
                }
                all += u'\n';
            }
        }
    }
    return all;
}

} // namespace

TEST(ReviewMinutesReportTest, PlannedReviewsShowLiveInputsAndHeldOnesTheFrozenMinutes)
{
    test::RiskProject project;
    Database &db = project.db();
    const RecordId director =
        project.add(personSpec(), {{u"name"_s, u"Dana <i>Director</i>"_s}, {u"top_management"_s, true}});
    const RecordId staff = project.add(personSpec(), {{u"name"_s, u"Sam Staff"_s}});
    const RecordId review = project.add(managementReviewSpec(),
                                        {{u"title"_s, u"<b>Annual</b> review & more"_s},
                                         {u"planned_date"_s, QDate::currentDate()},
                                         {u"chair"_s, director.value},
                                         {u"notes_risks"_s, u"Discussed the <script>risks</script>."_s}});
    for (const RecordId who : {director, staff}) {
        project.add(reviewAttendeeSpec(), {{u"review"_s, review.value}, {u"person"_s, who.value}});
    }
    project.add(reviewActionSpec(),
                {{u"review"_s, review.value},
                 {u"type"_s, u"change"_s},
                 {u"decision"_s, u"Change the supplier process"_s},
                 {u"owner"_s, staff.value},
                 {u"due_date"_s, QDate::currentDate().addDays(30)}});

    QList<ReportBlock> body;
    ASSERT_TRUE(ReviewMinutesReport::appendBody(body, db, u"MR-001"_s).hasValue());
    EXPECT_TRUE(textOf(body).contains(u"Not yet frozen"_s));
    EXPECT_TRUE(textOf(body).contains(u"<b>Annual</b> review & more"_s));

    ASSERT_TRUE(ReviewService(db).hold(review).hasValue());
    ASSERT_TRUE(RecordService(db, managementReviewSpec())
                    .update(review,
                            {{u"status"_s, u"minutes-approved"_s},
                             {u"minutes_approved_by"_s, director.value},
                             {u"minutes_approved_on"_s, QDate::currentDate()}})
                    .hasValue());
    const auto doc = ReviewMinutesReport::build(db, test::RiskProject::options(), u"MR-001"_s);
    ASSERT_TRUE(doc.hasValue()) << qPrintable(doc.error().message);
    EXPECT_EQ(doc->documentId, u"ISMS-RPT-MR"_s);
    const QString text = textOf(doc->blocks);
    EXPECT_TRUE(text.contains(u"frozen when the review was held"_s));
    EXPECT_TRUE(text.contains(u"Discussion: Discussed the <script>risks</script>."_s));
    EXPECT_TRUE(text.contains(u"Change the supplier process"_s));
    EXPECT_TRUE(text.contains(u"Approved by Dana <i>Director</i>"_s));
    EXPECT_FALSE(ReviewMinutesReport::build(db, test::RiskProject::options(), u"MR-009"_s).hasValue());

    if (!test::hasProgram(u"pdftotext"_s) || !test::hasProgram(u"qpdf"_s)) {
        GTEST_SKIP() << "pdftotext or qpdf is missing (install poppler-utils and qpdf)";
    }
    const QString pdf = project.path(u"minutes.pdf"_s);
    ASSERT_TRUE(PdfExport::writePdf(*doc, pdf, test::RiskProject::options()).hasValue());
    EXPECT_EQ(test::runProgram(u"qpdf"_s, {u"--check"_s, pdf}).exitCode, 0);
    const QString pages = test::pdfPageTexts(pdf, false).join(u'\n');
    EXPECT_TRUE(pages.contains(u"Management review minutes"_s));
    EXPECT_TRUE(pages.contains(u"<b>Annual</b> review & more"_s)) << "markup prints literally";
    EXPECT_TRUE(pages.contains(u"Status of actions from previous reviews"_s));
    EXPECT_TRUE(pages.contains(u"Top management"_s));
}
