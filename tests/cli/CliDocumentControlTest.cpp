// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The document control of the reports: kept in the project, printed on the cover and in every footer.
#include "CliTest.h"

#include <QProcess>
#include <QStandardPaths>

using namespace isms::test;
using namespace Qt::StringLiterals;

namespace {

class CliDocumentControlTest : public CliTest
{
protected:
    /// The text of each page of a PDF (pdftotext ends every page with a form feed).
    static QStringList pageTexts(const QString &pdf)
    {
        QProcess process;
        process.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        process.waitForFinished(60000);
        QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
        if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
            pages.removeLast();
        }
        return pages;
    }
};

} // namespace

TEST_F(CliDocumentControlTest, AReportPrintsTheVersionAndApprovalTheProjectGivesIt)
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        GTEST_SKIP() << "pdftotext is missing (install poppler-utils)";
    }
    const QString project = newProject();
    const QString draftPdf = path(u"draft.pdf"_s);
    ASSERT_EQ(run({u"export"_s, u"controls"_s, project, u"-o"_s, draftPdf}).exitCode, 0);
    const QString draft = pageTexts(draftPdf).join(u'\n');
    EXPECT_TRUE(draft.contains(u"Version Working draft"_s)) << qPrintable(draft.left(2000));
    EXPECT_FALSE(draft.contains(u"Version 1.0"_s));

    const CliRun added = run({u"add"_s,
                              u"document-controls"_s,
                              project,
                              u"--report"_s,
                              u"control-status"_s,
                              u"--document_id"_s,
                              u"ACME-ISMS-05"_s,
                              u"--version"_s,
                              u"3.1"_s,
                              u"--status"_s,
                              u"approved"_s,
                              u"--approved_by"_s,
                              u"Dana Example"_s,
                              u"--approval_date"_s,
                              u"2026-11-02"_s});
    ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);
    const QString approvedPdf = path(u"approved.pdf"_s);
    ASSERT_EQ(run({u"export"_s, u"controls"_s, project, u"-o"_s, approvedPdf}).exitCode, 0);
    const QStringList pages = pageTexts(approvedPdf);
    ASSERT_FALSE(pages.isEmpty());
    EXPECT_TRUE(pages.first().contains(u"Dana Example on 2026-11-02"_s)) << qPrintable(pages.first());
    EXPECT_TRUE(pages.last().contains(u"ACME-ISMS-05 · Version 3.1"_s)) << qPrintable(pages.last());

    // One document control per report.
    const CliRun second = run({u"add"_s,
                               u"document-controls"_s,
                               project,
                               u"--report"_s,
                               u"control-status"_s,
                               u"--document_id"_s,
                               u"X"_s,
                               u"--version"_s,
                               u"1"_s});
    EXPECT_NE(second.exitCode, 0);
    expectOneErrorLine(second);
}
