// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace isms::test {

namespace {

class CliExportTest : public CliTest
{};

TEST_F(CliExportTest, ControlsReportIsAPdfWithEveryControl)
{
    const QString file = newProject(QStringLiteral("demo.isms"), true);
    const QByteArray before = bytes(file);
    const QString pdf = path(QStringLiteral("controls.pdf"));
    const CliRun result =
        run({QStringLiteral("export"), QStringLiteral("controls"), file, QStringLiteral("-o"), pdf});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.err.isEmpty()) << qPrintable(result.err);
    EXPECT_TRUE(bytes(pdf).startsWith("%PDF-")) << "not a PDF";
    EXPECT_EQ(bytes(file), before);

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    }
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(60'000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(u"A.5.1")) << qPrintable(text.left(2000));
    EXPECT_TRUE(text.contains(u"A.8.34")) << qPrintable(text.left(2000));
}

TEST_F(CliExportTest, OutputMustBeAPdfName)
{
    const QString file = newProject();
    const CliRun result = run({QStringLiteral("export"),
                               QStringLiteral("controls"),
                               file,
                               QStringLiteral("-o"),
                               path(QStringLiteral("controls.txt"))});
    EXPECT_EQ(result.exitCode, 2);
    expectOneErrorLine(result);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("controls.txt"))));
}

TEST_F(CliExportTest, OutputIsRequired)
{
    const QString file = newProject();
    const CliRun result = run({QStringLiteral("export"), QStringLiteral("controls"), file});
    EXPECT_EQ(result.exitCode, 2);
    expectOneErrorLine(result);
}

TEST_F(CliExportTest, ProjectFileIsNeverTheOutput)
{
    const QString file = newProject(QStringLiteral("report.pdf"));
    const QByteArray before = bytes(file);
    const CliRun result =
        run({QStringLiteral("export"), QStringLiteral("controls"), file, QStringLiteral("-o"), file});
    EXPECT_EQ(result.exitCode, 2);
    expectOneErrorLine(result);
    EXPECT_EQ(bytes(file), before);
}

} // namespace

} // namespace isms::test
