// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/SoaReport.h"

#include "PdfTools.h"
#include "RiskProject.h"
#include "TempProject.h"
#include "domain/Entities.h"
#include "report/PdfExport.h"
#include "services/EvidenceService.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

class SoaReportPdfTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_temp = std::make_unique<test::TempProject>();
        const QString path = s_temp->createDemo();
        auto db = Database::open(path, {});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
        // One open point, so that the report shows what is still to settle.
        RecordService controls(**db, controlSpec());
        ASSERT_TRUE(controls.update(controls.getByRef(u"5.5"_s)->id, {{u"status"_s, u"not-applicable"_s}})
                        .hasValue());
        // An additional control, printed in a section of its own, and evidence counted per control.
        const EntitySpec &additional = additionalControlSpec();
        Record cloud = additional.newRecord();
        cloud.values[additional.indexOf(u"title")] = u"Deletion of cloud customer data on exit"_s;
        cloud.values[additional.indexOf(u"source")] = u"ISO/IEC 27017"_s;
        cloud.values[additional.indexOf(u"source_ref")] = u"CLD.8.1.5"_s;
        cloud.values[additional.indexOf(u"reasons")] = u"contractual"_s;
        ASSERT_TRUE(RecordService(**db, additional).create(cloud).hasValue());
        const QString file = s_temp->path(u"restore-test.txt"_s);
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("Restore test: 12 of 12 sample files restored.\n");
        out.close();
        ASSERT_TRUE(EvidenceService(**db).attach(controlSpec().key, u"8.13"_s, file).hasValue());
        ASSERT_TRUE(EvidenceService(**db).attach(controlSpec().key, u"8.13"_s, file).hasValue());
        const auto doc = SoaReport::build(**db, test::RiskProject::options());
        ASSERT_TRUE(doc.hasValue()) << qPrintable(doc.error().message);
        s_pdf = s_temp->path(u"soa.pdf"_s);
        ASSERT_TRUE(PdfExport::writePdf(*doc, s_pdf, test::RiskProject::options()).hasValue());
        s_pages = test::pdfPageTexts(s_pdf, false);
    }

    static void TearDownTestSuite() { s_temp.reset(); }

    void SetUp() override
    {
        if (!test::hasProgram(u"pdftotext"_s) || !test::hasProgram(u"pdfinfo"_s)
            || !test::hasProgram(u"qpdf"_s)) {
            GTEST_SKIP() << "pdftotext, pdfinfo or qpdf is missing (install poppler-utils and qpdf)";
        }
        ASSERT_FALSE(s_pages.isEmpty());
    }

    static QString text() { return s_pages.join(u'\n'); }

    static inline std::unique_ptr<test::TempProject> s_temp;
    static inline QString s_pdf;
    static inline QStringList s_pages;
};

} // namespace

TEST_F(SoaReportPdfTest, IsALandscapePdfThatPassesQpdf)
{
    const test::ProcessOutput check = test::runProgram(u"qpdf"_s, {u"--check"_s, s_pdf});
    EXPECT_EQ(check.exitCode, 0) << check.standardOutput.constData() << check.standardError.constData();
    const QSizeF size = test::pdfPageSizePoints(s_pdf);
    EXPECT_GT(size.width(), size.height());
    const int pages = test::pdfPageCount(s_pdf);
    EXPECT_EQ(pages, s_pages.size());
    EXPECT_TRUE(s_pages.last().contains(u"Page %1 of %1"_s.arg(pages))) << qPrintable(s_pages.last());
}

TEST_F(SoaReportPdfTest, HoldsEveryControlAndTheDocumentControl)
{
    const QString all = text();
    for (const QString &label : {u"Statement of Applicability"_s,
                                 u"Document control"_s,
                                 u"ISMS-SOA"_s,
                                 u"Working draft"_s,
                                 u"Draft, not yet issued"_s,
                                 u"Approved by"_s,
                                 u"Risk treatment"_s,
                                 u"Points still open"_s,
                                 u"A.5.5 is excluded without a justification"_s}) {
        EXPECT_TRUE(all.simplified().contains(label)) << qPrintable(label);
    }
    for (const auto &[theme, last] :
         {std::pair{5, 37}, std::pair{6, 8}, std::pair{7, 14}, std::pair{8, 34}}) {
        for (int number = 1; number <= last; ++number) {
            const QString id = u"A.%1.%2"_s.arg(theme).arg(number);
            EXPECT_TRUE(all.contains(id)) << qPrintable(id);
        }
    }
    // An excluded control shows its justification and no version number is invented.
    EXPECT_TRUE(
        all.simplified().contains(u"No secure areas: all servers are hosted by the cloud provider."_s));
    EXPECT_FALSE(all.contains(u"Version 1.0"_s));
}

TEST_F(SoaReportPdfTest, PrintsTheAdditionalControlsAndTheEvidenceCount)
{
    const QString all = text();
    EXPECT_TRUE(all.contains(u"Additional controls"_s));
    EXPECT_TRUE(all.contains(u"AC-001"_s));
    EXPECT_TRUE(all.contains(u"CLD.8.1.5"_s));
    EXPECT_TRUE(all.contains(u"Evidence"_s));
    // A.8.13's row counts its files (the demo's backup log and the two attached here), in the column
    // before the last review.
    const QString layout = test::pdfPageTexts(s_pdf, true).join(u'\n');
    const QRegularExpression backupRow(u"(^|\\n)A\\.8\\.13 [^\\n]* 3 +(\\d{4}-\\d\\d-\\d\\d|\u2014)"_s);
    EXPECT_TRUE(backupRow.match(layout).hasMatch());
    EXPECT_LT(all.indexOf(u"A.8.34"_s), all.lastIndexOf(u"AC-001"_s)) << "additional controls come last";
}
