// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"
#include "io/Xlsx.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms::test {

namespace {

/// What a poppler tool prints for a file; empty when the tool is missing.
QString popplerOutput(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60'000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The part `name` of a zip file.
QByteArray zipPart(const QString &zipPath, const QString &name)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name)) {
        return {};
    }
    QuaZipFile part(&zip);
    if (!part.open(QIODevice::ReadOnly)) {
        return {};
    }
    return part.readAll();
}

/// A project with three risks, links, tasks (one overdue) and one sign-off, built with isms-cli.
class CliRiskReportTest : public CliTest
{
protected:
    void SetUp() override
    {
        m_file = newProject(u"risks.isms"_s);
        add({u"add"_s,
             u"assets"_s,
             m_file,
             u"--name"_s,
             u"Customer database"_s,
             u"--type"_s,
             u"information"_s});
        add({u"add"_s,
             u"risks"_s,
             m_file,
             u"--title"_s,
             u"<b>x</b> and http://example.com"_s,
             u"--owner"_s,
             u"Olivia Owner"_s,
             u"--likelihood"_s,
             u"4"_s,
             u"--impact"_s,
             u"4"_s,
             u"--treatment"_s,
             u"modify"_s,
             u"--residual_likelihood"_s,
             u"1"_s,
             u"--residual_impact"_s,
             u"1"_s,
             u"--status"_s,
             u"in-treatment"_s});
        add({u"add"_s,
             u"risks"_s,
             m_file,
             u"--title"_s,
             u"Laptop theft"_s,
             u"--likelihood"_s,
             u"2"_s,
             u"--impact"_s,
             u"2"_s});
        add({u"add"_s, u"risks"_s, m_file, u"--title"_s, u"=HYPERLINK(\"http://x\")"_s});
        add({u"add"_s, u"risk-assets"_s, m_file, u"--risk"_s, u"R-001"_s, u"--asset"_s, u"AS-001"_s});
        add({u"add"_s,
             u"risk-controls"_s,
             m_file,
             u"--risk"_s,
             u"R-001"_s,
             u"--control"_s,
             u"5.15"_s,
             u"--role"_s,
             u"planned"_s});
        add({u"add"_s,
             u"treatment-tasks"_s,
             m_file,
             u"--risk"_s,
             u"R-001"_s,
             u"--title"_s,
             u"Review access rights"_s,
             u"--due_date"_s,
             u"2020-01-10"_s});
        add({u"add"_s,
             u"treatment-tasks"_s,
             m_file,
             u"--risk"_s,
             u"R-002"_s,
             u"--title"_s,
             u"Encrypt laptops"_s,
             u"--due_date"_s,
             u"2099-01-10"_s});
        add({u"set"_s,
             u"risks"_s,
             m_file,
             u"R-001"_s,
             u"--signoff_by"_s,
             u"Jane Doe"_s,
             u"--signoff_date"_s,
             u"2026-11-01"_s});
    }

    void add(const QStringList &arguments)
    {
        const CliRun result = run(arguments);
        ASSERT_EQ(result.exitCode, 0) << qPrintable(arguments.join(u' ') + u'\n' + result.err);
    }

    CliRun exportTo(const QString &kind, const QString &output, const QStringList &more = {})
    {
        return run(QStringList{u"export"_s, kind, m_file, u"-o"_s, output} + more);
    }

    QString m_file;
};

TEST_F(CliRiskReportTest, RiskReportIsALandscapePdfWithEveryRisk)
{
    const QByteArray before = bytes(m_file);
    const QString pdf = path(u"risk-report.pdf"_s);
    const CliRun result = exportTo(u"risk-report"_s, pdf);
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.err.isEmpty()) << qPrintable(result.err);
    EXPECT_TRUE(result.out.startsWith(u"Wrote the risk report to "_s)) << qPrintable(result.out);
    EXPECT_TRUE(bytes(pdf).startsWith("%PDF-"));
    EXPECT_EQ(bytes(m_file), before); // only read

    const QString text = popplerOutput(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    if (text.isEmpty()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    }
    for (const QString &expected : {u"R-001"_s,
                                    u"R-002"_s,
                                    u"R-003"_s,
                                    u"Risk assessment method"_s,
                                    u"Jane Doe"_s,
                                    u"Awaiting sign-off"_s,
                                    u"Overdue"_s,
                                    u"<b>x</b>"_s,
                                    u"=HYPERLINK"_s}) {
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected);
    }
    const QString info = popplerOutput(u"pdfinfo"_s, {pdf});
    EXPECT_TRUE(info.contains(u"842 x 595 pts"_s)) << qPrintable(info);
}

TEST_F(CliRiskReportTest, TreatmentPlanIsAPdfWithTheOverdueTask)
{
    const QString pdf = path(u"plan.pdf"_s);
    const CliRun result = exportTo(u"treatment-plan"_s, pdf, {u"--paper"_s, u"letter"_s});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.out.startsWith(u"Wrote the treatment plan to "_s)) << qPrintable(result.out);
    const QString text = popplerOutput(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    if (text.isEmpty()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    }
    EXPECT_TRUE(text.contains(u"TT-001"_s));
    EXPECT_TRUE(text.contains(u"TT-002"_s));
    EXPECT_TRUE(text.contains(u"Overdue"_s));
    EXPECT_TRUE(popplerOutput(u"pdfinfo"_s, {pdf}).contains(u"612 x 792 pts"_s));
}

TEST_F(CliRiskReportTest, RiskReportTakesTheOptionsOfTheOtherReports)
{
    const QString pdf = path(u"letter.pdf"_s);
    const CliRun result =
        exportTo(u"risk-report"_s, pdf, {u"--paper"_s, u"letter"_s, u"--classification"_s, u"Secret"_s});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    const QString info = popplerOutput(u"pdfinfo"_s, {pdf});
    if (info.isEmpty()) {
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    }
    EXPECT_TRUE(info.contains(u"792 x 612 pts"_s)) << qPrintable(info);
    EXPECT_TRUE(popplerOutput(u"pdftotext"_s, {pdf, u"-"_s}).contains(u"Secret"_s));
}

TEST_F(CliRiskReportTest, ReportsRefuseWrongUsageWithTheContractsExitCodes)
{
    for (const QString &kind : {u"risk-report"_s, u"treatment-plan"_s}) {
        const CliRun text = exportTo(kind, path(u"out.txt"_s));
        EXPECT_EQ(text.exitCode, 2) << qPrintable(kind);
        expectOneErrorLine(text);
        EXPECT_FALSE(QFile::exists(path(u"out.txt"_s)));

        const CliRun noOutput = run({u"export"_s, kind, m_file});
        EXPECT_EQ(noOutput.exitCode, 2);
        expectOneErrorLine(noOutput);

        const CliRun paper = exportTo(kind, path(u"out.pdf"_s), {u"--paper"_s, u"a3"_s});
        EXPECT_EQ(paper.exitCode, 2);
        expectOneErrorLine(paper);

        const CliRun self = exportTo(kind, m_file);
        EXPECT_EQ(self.exitCode, 2);

        const CliRun missing =
            run({u"export"_s, kind, path(u"missing.isms"_s), u"-o"_s, path(u"missing.pdf"_s)});
        EXPECT_EQ(missing.exitCode, 4) << qPrintable(missing.err);
        expectOneErrorLine(missing);

        QFile notAProject(path(u"not-a-project.isms"_s));
        ASSERT_TRUE(notAProject.open(QIODevice::WriteOnly));
        notAProject.write("plain text, not SQLite");
        notAProject.close();
        const CliRun foreign =
            run({u"export"_s, kind, notAProject.fileName(), u"-o"_s, path(u"foreign.pdf"_s)});
        EXPECT_EQ(foreign.exitCode, 3) << qPrintable(foreign.err);
        expectOneErrorLine(foreign);
        EXPECT_FALSE(QFile::exists(path(u"out.pdf"_s)));
    }
}

TEST_F(CliRiskReportTest, RisksWorkbookHasASheetPerRegisterAndReadsBack)
{
    const QString workbook = path(u"risks.xlsx"_s);
    const CliRun result = run({u"export"_s, u"risks"_s, m_file, u"-o"_s, workbook});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);

    const QString names = QString::fromUtf8(zipPart(workbook, u"xl/workbook.xml"_s));
    QStringList sheets;
    const QRegularExpression sheet(u"<sheet name=\"([^\"]+)\""_s);
    for (auto it = sheet.globalMatch(names); it.hasNext();) {
        sheets.append(it.next().captured(1));
    }
    // The risks' assets and controls are columns of the risks sheet; their tasks have a sheet.
    EXPECT_EQ(sheets, QStringList({u"Risks"_s, u"Treatment tasks"_s}));
    for (int i = 1; i <= 2; ++i) {
        const QByteArray xml = zipPart(workbook, u"xl/worksheets/sheet%1.xml"_s.arg(i));
        EXPECT_TRUE(xml.contains("state=\"frozen\"")) << i;
        EXPECT_TRUE(xml.contains("<autoFilter ref=\"A1:")) << i;
        EXPECT_TRUE(xml.contains("<col min=\"1\"")) << i;
        EXPECT_FALSE(xml.contains("<f>")) << i;
    }
    // The formula-like title is text, marked with the quote-prefix style.
    const QByteArray risks = zipPart(workbook, u"xl/worksheets/sheet1.xml"_s);
    EXPECT_TRUE(risks.contains("<c r=\"B4\" s=\"3\" t=\"inlineStr\">")) << risks.left(3000).constData();
    EXPECT_TRUE(zipPart(workbook, u"xl/styles.xml"_s).contains("quotePrefix=\"1\""));

    const auto table = Xlsx::readFirstSheet(workbook);
    ASSERT_TRUE(table.hasValue()) << qPrintable(table.error().message);
    ASSERT_EQ(table->rows.size(), 4);
    EXPECT_EQ(table->rows[0].first(), u"ref"_s);
    EXPECT_EQ(table->rows[1][1], u"<b>x</b> and http://example.com"_s);
    EXPECT_EQ(table->rows[3][1], u"=HYPERLINK(\"http://x\")"_s);

    // Imported into another project, the first sheet gives the same risks.
    const QString target = newProject(u"target.isms"_s);
    add({u"add"_s, u"assets"_s, target, u"--name"_s, u"Customer database"_s, u"--type"_s, u"information"_s});
    const CliRun imported = run({u"import"_s, u"risks"_s, target, workbook});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.out + imported.err);
    const CliRun listed = run({u"list"_s, u"risks"_s, target, u"--format"_s, u"csv"_s});
    EXPECT_TRUE(listed.out.contains(u"'=HYPERLINK"_s)) << qPrintable(listed.out);
}

TEST_F(CliRiskReportTest, AssetsWorkbookHoldsTheDependenciesToo)
{
    add({u"add"_s, u"assets"_s, m_file, u"--name"_s, u"Server"_s, u"--type"_s, u"hardware"_s});
    add({u"add"_s,
         u"asset-dependencies"_s,
         m_file,
         u"--asset"_s,
         u"AS-001"_s,
         u"--depends_on"_s,
         u"AS-002"_s});
    const QString workbook = path(u"assets.xlsx"_s);
    ASSERT_EQ(run({u"export"_s, u"assets"_s, m_file, u"-o"_s, workbook}).exitCode, 0);
    const QString names = QString::fromUtf8(zipPart(workbook, u"xl/workbook.xml"_s));
    EXPECT_TRUE(names.contains(u"<sheet name=\"Assets\""_s)) << qPrintable(names);
    EXPECT_TRUE(names.contains(u"<sheet name=\"Asset dependencies\""_s)) << qPrintable(names);
    EXPECT_FALSE(names.contains(u"Risk asset links"_s)) << qPrintable(names);
    EXPECT_TRUE(zipPart(workbook, u"xl/worksheets/sheet2.xml"_s).contains("AS-002"));
}

} // namespace

} // namespace isms::test
