// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/PdfExport.h"

#include "PdfTools.h"
#include "TempProject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms {
namespace {

ReportDocument smallDocument()
{
    ReportDocument doc;
    doc.title = u"Export test"_s;
    doc.organisation = u"Example Org"_s;
    doc.documentId = u"ISMS-RPT-TEST"_s;
    doc.version = u"1.0"_s;
    doc.classification = u"Internal"_s;
    doc.generatedAtUtc = QDateTime(QDate(2026, 11, 23), QTime(17, 40), QTimeZone::utc());
    doc.blocks.append(ReportHeading{1, u"Section"_s});
    doc.blocks.append(ReportParagraph{u"Some text."_s});
    return doc;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

class PdfExportTest : public ::testing::Test
{
protected:
    test::TempProject m_dir;
};

TEST_F(PdfExportTest, WritesAPdfA1bWithMetadata)
{
    const QString path = m_dir.path(u"out.pdf"_s);
    ASSERT_TRUE(PdfExport::writePdf(smallDocument(), path, ReportOptions{}).hasValue());
    const QByteArray bytes = test::TempProject::readAll(path);
    ASSERT_TRUE(bytes.startsWith("%PDF-1.4"));
    EXPECT_TRUE(bytes.contains("pdfaid:part"));
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
    EXPECT_EQ(entries(m_dir.path(QString())), QStringList{u"out.pdf"_s});
    if (!test::hasProgram(u"pdfinfo"_s)) {
        GTEST_SKIP() << "pdfinfo is missing (install poppler-utils)";
    }
    const test::ProcessOutput info = test::runProgram(u"pdfinfo"_s, {path});
    EXPECT_TRUE(info.standardOutput.contains("Export test"));
    EXPECT_TRUE(info.standardOutput.contains("ISMS Workbench"));
}

TEST_F(PdfExportTest, CompressesItsStreamsAtTheFastLevel)
{
    // Every compressed stream of the PDF starts with a zlib header whose level bits say how hard it
    // was compressed: 0x78 0x5E for levels 2 to 5 (ScopedDeflateLevel's 3 in PdfExport), 0x78 0x9C for
    // zlib's default 6. Qt's PDF engine opens its streams itself, so this shows that it reaches the
    // program's deflateInit_() and not zlib's.
    const auto pdf = PdfExport::renderPdf(smallDocument(), ReportOptions{});
    ASSERT_TRUE(pdf.hasValue());
    int fast = 0;
    int atDefault = 0;
    for (qsizetype at = pdf->indexOf("stream\n"); at >= 0; at = pdf->indexOf("stream\n", at + 1)) {
        if (at > 2 && pdf->mid(at - 3, 3) == "end") {
            continue; // "endstream"
        }
        const QByteArray header = pdf->mid(at + 7, 2);
        fast += header == QByteArray::fromHex("785e") ? 1 : 0;
        atDefault += header == QByteArray::fromHex("789c") ? 1 : 0;
    }
    EXPECT_GE(fast, 2); // at least the page and its font
    EXPECT_EQ(atDefault, 0);
}

TEST_F(PdfExportTest, ReplacesAWritableFile)
{
    const QString path = m_dir.path(u"out.pdf"_s);
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();
    ASSERT_TRUE(PdfExport::writePdf(smallDocument(), path, ReportOptions{}).hasValue());
    EXPECT_TRUE(test::TempProject::readAll(path).startsWith("%PDF-"));
    EXPECT_EQ(entries(m_dir.path(QString())), QStringList{u"out.pdf"_s});
}

TEST_F(PdfExportTest, RefusesAMissingFolder)
{
    const Result<void> result =
        PdfExport::writePdf(smallDocument(), m_dir.path(u"missing/out.pdf"_s), ReportOptions{});
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(result.error().code, ErrorCode::Io);
    EXPECT_FALSE(result.error().message.isEmpty());
    EXPECT_TRUE(entries(m_dir.path(QString())).isEmpty());
}

TEST_F(PdfExportTest, RefusesAPathUnderAFile)
{
    const QString file = m_dir.path(u"plain.txt"_s);
    QFile plain(file);
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.write("x");
    plain.close();
    const Result<void> result = PdfExport::writePdf(smallDocument(), file + u"/out.pdf"_s, ReportOptions{});
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(result.error().code, ErrorCode::Io);
    EXPECT_EQ(entries(m_dir.path(QString())), QStringList{u"plain.txt"_s});
    EXPECT_EQ(test::TempProject::readAll(file), QByteArray("x"));
}

TEST_F(PdfExportTest, RefusesAFolderAsTarget)
{
    ASSERT_TRUE(QDir(m_dir.path(QString())).mkdir(u"folder.pdf"_s));
    const Result<void> result =
        PdfExport::writePdf(smallDocument(), m_dir.path(u"folder.pdf"_s), ReportOptions{});
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(result.error().code, ErrorCode::Io);
    EXPECT_TRUE(QFileInfo(m_dir.path(u"folder.pdf"_s)).isDir());
    EXPECT_EQ(entries(m_dir.path(QString())), QStringList{u"folder.pdf"_s});
}

TEST_F(PdfExportTest, RefusesANonWritableFolderAndLeavesNothing)
{
    const QString folder = m_dir.path(u"locked"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    if (QFileInfo(folder).isWritable()) {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        GTEST_SKIP() << "this user can write to any folder (root)";
    }
    const Result<void> result = PdfExport::writePdf(smallDocument(), folder + u"/out.pdf"_s, ReportOptions{});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(result.error().code, ErrorCode::Io);
    EXPECT_TRUE(entries(folder).isEmpty());
}

TEST_F(PdfExportTest, KeepsANonWritableFileUnchanged)
{
    const QString path = m_dir.path(u"readonly.pdf"_s);
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("keep me");
    old.close();
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner));
    if (QFileInfo(path).isWritable()) {
        GTEST_SKIP() << "this user can write to any file (root)";
    }
    const Result<void> result = PdfExport::writePdf(smallDocument(), path, ReportOptions{});
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(result.error().code, ErrorCode::Io);
    EXPECT_EQ(test::TempProject::readAll(path), QByteArray("keep me"));
    EXPECT_EQ(entries(m_dir.path(QString())), QStringList{u"readonly.pdf"_s});
}

} // namespace
} // namespace isms
