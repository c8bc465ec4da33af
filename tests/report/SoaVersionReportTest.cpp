// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "PdfTools.h"
#include "RiskProject.h"
#include "TempProject.h"
#include "domain/Entities.h"
#include "report/PdfExport.h"
#include "report/SoaReport.h"
#include "services/RecordService.h"
#include "services/SoaVersionService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

/// The SoA of an issued version, and the draft that follows it.
class SoaVersionReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!test::hasProgram(u"pdftotext"_s) || !test::hasProgram(u"qpdf"_s)) {
            GTEST_SKIP() << "pdftotext or qpdf is missing (install poppler-utils and qpdf)";
        }
        m_db = m_temp.create(u"soa.isms"_s);
        ASSERT_TRUE(m_db);
        const auto issued =
            SoaVersionService(*m_db).issue(SoaIssue{u"Dana <b>Example</b>"_s,
                                                    u"First issue, approved at the March board."_s,
                                                    {2026, 3, 2},
                                                    false});
        ASSERT_TRUE(issued.hasValue()) << qPrintable(issued.error().message);
        RecordService controls(*m_db, controlSpec());
        ASSERT_TRUE(
            controls.update(controls.getByRef(u"5.7"_s)->id, {{u"owner"_s, u"Threat Desk"_s}}).hasValue());
    }

    QString pdfOf(const Result<ReportDocument> &doc, const QString &name)
    {
        EXPECT_TRUE(doc.hasValue()) << qPrintable(doc ? QString() : doc.error().message);
        const QString pdf = m_temp.path(name);
        if (doc) {
            EXPECT_TRUE(PdfExport::writePdf(*doc, pdf, test::RiskProject::options()).hasValue());
        }
        const test::ProcessOutput check = test::runProgram(u"qpdf"_s, {u"--check"_s, pdf});
        EXPECT_EQ(check.exitCode, 0) << check.standardOutput.constData();
        return test::pdfPageTexts(pdf, false).join(u'\n').simplified();
    }

    test::TempProject m_temp;
    std::unique_ptr<Database> m_db;
};

TEST_F(SoaVersionReportTest, AnIssuedVersionShowsItsVersionApproverAndFrozenContent)
{
    const QString text = pdfOf(SoaReport::buildVersion(*m_db, test::RiskProject::options(), 1), u"v1.pdf"_s);
    EXPECT_TRUE(text.contains(u"Version 1"_s)) << qPrintable(text.left(800));
    EXPECT_TRUE(text.contains(u"Issued"_s));
    EXPECT_TRUE(text.contains(u"Dana <b>Example</b>"_s)); // markup prints literally
    EXPECT_TRUE(text.contains(u"2026-03-02"_s));
    EXPECT_TRUE(text.contains(u"First issue, approved at the March board."_s));
    EXPECT_TRUE(text.contains(u"A.8.34"_s));
    // The change made after the version is not in it, and no open points are listed.
    EXPECT_FALSE(text.contains(u"Threat Desk"_s));
    EXPECT_FALSE(text.contains(u"Points still open"_s));
    EXPECT_FALSE(text.contains(u"Version 1.0"_s));
}

TEST_F(SoaVersionReportTest, TheDraftNamesTheVersionItFollows)
{
    const QString text = pdfOf(SoaReport::build(*m_db, test::RiskProject::options()), u"draft.pdf"_s);
    EXPECT_TRUE(text.contains(u"Draft after version 1"_s)) << qPrintable(text.left(800));
    EXPECT_TRUE(text.contains(u"Field changes since version 1, not yet approved: 1."_s));
    EXPECT_TRUE(text.contains(u"Threat Desk"_s));
}

TEST_F(SoaVersionReportTest, AnUnknownVersionIsNotFound)
{
    const auto doc = SoaReport::buildVersion(*m_db, test::RiskProject::options(), 2);
    ASSERT_FALSE(doc.hasValue());
    EXPECT_EQ(doc.error().code, ErrorCode::NotFound);
}

} // namespace
