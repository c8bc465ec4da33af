// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The renderer in worker threads: two reports rendered at once are two valid PDFs, and a render
// reports its layout and page progress and stops when its step says so, leaving no file.
#include "PdfTools.h"
#include "TempProject.h"
#include "report/ControlStatusReport.h"
#include "report/PdfExport.h"
#include "report/ReportRenderer.h"
#include "storage/Database.h"

#include <QFile>
#include <QThread>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace isms {
namespace {

class ReportThreadsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString path = m_project.createDemo();
        auto db = Database::open(path, Database::OpenOptions{});
        ASSERT_TRUE(db.hasValue());
        m_options.generatedAtUtc = QDateTime(QDate(2026, 11, 23), QTime(17, 40), QTimeZone::utc());
        m_options.pageSize = QPageSize::A4;
        const Result<ReportDocument> doc = ControlStatusReport::build(**db, m_options);
        ASSERT_TRUE(doc.hasValue());
        m_document = doc.value();
    }

    test::TempProject m_project;
    ReportOptions m_options;
    ReportDocument m_document;
};

} // namespace

TEST_F(ReportThreadsTest, TwoThreadsRenderTwoValidPdfsAtOnce)
{
    const std::array<QString, 2> paths{m_project.path(u"first.pdf"_s), m_project.path(u"second.pdf"_s)};
    std::array<Result<void>, 2> results{Result<void>{}, Result<void>{}};
    std::array<std::unique_ptr<QThread>, 2> threads;
    for (std::size_t i = 0; i < threads.size(); ++i) {
        threads[i].reset(QThread::create([this, &paths, &results, i] {
            results[i] = PdfExport::writePdf(m_document, paths[i], m_options);
        }));
    }
    for (auto &thread : threads) {
        thread->start();
    }
    for (auto &thread : threads) {
        thread->wait();
    }
    for (std::size_t i = 0; i < paths.size(); ++i) {
        ASSERT_TRUE(results[i].hasValue()) << qPrintable(results[i].error().message);
        ASSERT_TRUE(QFile::exists(paths[i]));
    }
    if (!test::hasProgram(u"qpdf"_s) || !test::hasProgram(u"pdftotext"_s)) {
        GTEST_SKIP() << "qpdf or pdftotext is missing (install qpdf and poppler-utils)";
    }
    QStringList texts;
    for (const QString &path : paths) {
        const test::ProcessOutput check = test::runProgram(u"qpdf"_s, {u"--check"_s, path});
        EXPECT_EQ(check.exitCode, 0) << check.standardOutput.constData() << check.standardError.constData();
        texts.append(test::pdfPageTexts(path).join(u'\f'));
    }
    EXPECT_TRUE(texts.first().contains(u"A.5.1"_s));
    EXPECT_EQ(texts.first(), texts.last()) << "the same document in two threads prints the same text";
}

TEST_F(ReportThreadsTest, ReportsLayoutThenEveryPage)
{
    int blocks = 0;
    QList<int> pages;
    int total = 0;
    bool paintBeforeLayoutEnded = false;
    int rendered = 0;
    const auto bytes = PdfExport::renderPdf(m_document,
                                            m_options,
                                            &rendered,
                                            [&](ReportRenderer::Phase phase, int done, int of) {
                                                if (phase == ReportRenderer::Phase::Layout) {
                                                    paintBeforeLayoutEnded =
                                                        paintBeforeLayoutEnded || !pages.isEmpty();
                                                    EXPECT_EQ(done, blocks);
                                                    EXPECT_EQ(of, m_document.blocks.size());
                                                    ++blocks;
                                                } else {
                                                    pages.append(done);
                                                    total = of;
                                                }
                                                return true;
                                            });
    ASSERT_TRUE(bytes.hasValue());
    EXPECT_EQ(blocks, m_document.blocks.size());
    EXPECT_FALSE(paintBeforeLayoutEnded);
    EXPECT_EQ(total, rendered);
    ASSERT_FALSE(pages.isEmpty());
    EXPECT_EQ(pages.first(), 1) << "after the cover";
    EXPECT_EQ(pages.last(), rendered) << "the last call says every page is done";
    EXPECT_EQ(pages.size(), rendered);
}

TEST_F(ReportThreadsTest, AStoppedRenderLeavesNoFile)
{
    const QString path = m_project.path(u"stopped.pdf"_s);
    int asked = 0;
    const Result<void> written =
        PdfExport::writePdf(m_document,
                            path,
                            m_options,
                            [&asked](ReportRenderer::Phase phase, int done, int) {
                                ++asked;
                                return phase == ReportRenderer::Phase::Layout || done < 3;
                            });
    ASSERT_FALSE(written.hasValue());
    EXPECT_TRUE(ReportRenderer::isCancellation(written.error()));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_GT(asked, 3);

    // Stopped while laying out, on the first block.
    const Result<QByteArray> stopped =
        PdfExport::renderPdf(m_document, m_options, nullptr, [](ReportRenderer::Phase, int, int) {
            return false;
        });
    ASSERT_FALSE(stopped.hasValue());
    EXPECT_TRUE(ReportRenderer::isCancellation(stopped.error()));
}

} // namespace isms
