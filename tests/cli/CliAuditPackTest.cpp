// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// `isms-cli export audit-pack` as a process: the presets, --sections (an unknown key is a usage error
// naming the valid keys), the evidence folder whose files match the hashes the index prints, and the
// per-file setting set with `set evidence`.
#include "CliTest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms::test {

namespace {

/// The text of a PDF (pdftotext, no layout); empty when the tool is missing.
QString pdfText(const QString &pdf)
{
    const QString program = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (program.isEmpty()) {
        return {};
    }
    QProcess process;
    process.start(program, {pdf, u"-"_s});
    process.waitForFinished(60'000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

class CliAuditPackTest : public CliTest
{
protected:
    void SetUp() override { m_project = newProject(u"demo.isms"_s, true); }

    QString m_project;
};

} // namespace

TEST_F(CliAuditPackTest, PresetsAndSectionsChooseWhatThePackHolds)
{
    const QString stage1 = path(u"stage1.pdf"_s);
    const CliRun first = run({u"export"_s, u"audit-pack"_s, m_project, u"-o"_s, stage1});
    ASSERT_EQ(first.exitCode, 0) << qPrintable(first.err);
    EXPECT_TRUE(first.out.contains(u"Wrote the audit pack"_s)) << qPrintable(first.out);
    ASSERT_TRUE(QFile::exists(stage1));

    const QString picked = path(u"picked.pdf"_s);
    const CliRun second = run({u"export"_s,
                               u"audit-pack"_s,
                               m_project,
                               u"-o"_s,
                               picked,
                               u"--sections"_s,
                               u"soa,context,readiness"_s});
    ASSERT_EQ(second.exitCode, 0) << qPrintable(second.err);

    const QString text1 = pdfText(stage1);
    const QString text2 = pdfText(picked);
    if (text1.isEmpty()) {
        GTEST_SKIP() << "pdftotext is not installed";
    }
    EXPECT_TRUE(text1.contains(u"Context of the organisation"_s));
    EXPECT_TRUE(text1.contains(u"Risk assessment"_s));
    EXPECT_FALSE(text1.contains(u"Evidence index"_s));
    EXPECT_FALSE(text1.contains(u"Readiness summary"_s));
    EXPECT_TRUE(text2.contains(u"Readiness summary"_s));
    EXPECT_TRUE(text2.contains(u"Context of the organisation"_s));
    EXPECT_FALSE(text2.contains(u"Scope of the ISMS"_s));
    // Sections print in the pack's order whatever the order of the list.
    EXPECT_LT(text2.indexOf(u"Context of the organisation"_s),
              text2.indexOf(u"Statement of Applicability"_s));
}

TEST_F(CliAuditPackTest, BadChoicesAreUsageErrorsThatNameTheValidOnes)
{
    const QString out = path(u"bad.pdf"_s);
    const CliRun section =
        run({u"export"_s, u"audit-pack"_s, m_project, u"-o"_s, out, u"--sections"_s, u"context,annexes"_s});
    EXPECT_EQ(section.exitCode, 2);
    expectOneErrorLine(section);
    EXPECT_TRUE(section.err.contains(u"annexes"_s)) << qPrintable(section.err);
    EXPECT_TRUE(section.err.contains(u"risk-assessment"_s)) << qPrintable(section.err);
    for (const QStringList &extra :
         {QStringList{u"--preset"_s, u"stage3"_s},
          QStringList{u"--language"_s, u"es"_s},
          QStringList{u"--preset"_s, u"surveillance"_s, u"--since"_s, u"2026-13-01"_s},
          QStringList{u"--since"_s, u"2026-01-01"_s}}) {
        const CliRun bad = run(QStringList{u"export"_s, u"audit-pack"_s, m_project, u"-o"_s, out} + extra);
        EXPECT_EQ(bad.exitCode, 2) << qPrintable(extra.join(u' '));
        expectOneErrorLine(bad);
    }
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(CliAuditPackTest, EvidenceFolderMatchesTheIndexAndHonoursRedaction)
{
    const CliRun redact =
        run({u"set"_s, u"evidence"_s, m_project, u"EV-002"_s, u"--pack_export"_s, u"redact"_s});
    ASSERT_EQ(redact.exitCode, 0) << qPrintable(redact.err);
    const CliRun leave =
        run({u"set"_s, u"evidence"_s, m_project, u"EV-003"_s, u"--pack_export"_s, u"leave_out"_s});
    ASSERT_EQ(leave.exitCode, 0) << qPrintable(leave.err);

    const QString pdf = path(u"stage2.pdf"_s);
    const QString folder = path(u"evidence"_s);
    const CliRun pack = run({u"export"_s,
                             u"audit-pack"_s,
                             m_project,
                             u"-o"_s,
                             pdf,
                             u"--preset"_s,
                             u"stage2"_s,
                             u"--evidence"_s,
                             folder,
                             u"--language"_s,
                             u"en"_s});
    ASSERT_EQ(pack.exitCode, 0) << qPrintable(pack.err);
    const QStringList files = QDir(folder).entryList(QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    EXPECT_FALSE(files.filter(u"EV-002 "_s).size());
    EXPECT_FALSE(files.filter(u"EV-003 "_s).size());
    EXPECT_TRUE(files.filter(u"EV-001 "_s).size());

    const QString text = pdfText(pdf);
    if (text.isEmpty()) {
        GTEST_SKIP() << "pdftotext is not installed";
    }
    EXPECT_TRUE(text.contains(u"redacted, not supplied"_s));
    // The hashes the index prints (in groups of sixteen digits) are those of the written files.
    QString compact = text;
    compact.remove(QRegularExpression(u"\\s"_s));
    const QString sha256sum = QStandardPaths::findExecutable(u"sha256sum"_s);
    for (const QString &file : files) {
        QString hash;
        if (!sha256sum.isEmpty()) {
            QProcess process;
            process.start(sha256sum, {QDir(folder).filePath(file)});
            process.waitForFinished(30'000);
            hash = QString::fromLatin1(process.readAllStandardOutput()).section(u' ', 0, 0);
        } else {
            QFile in(QDir(folder).filePath(file));
            ASSERT_TRUE(in.open(QIODevice::ReadOnly));
            hash = QString::fromLatin1(
                QCryptographicHash::hash(in.readAll(), QCryptographicHash::Sha256).toHex());
        }
        ASSERT_EQ(hash.size(), 64) << qPrintable(file);
        EXPECT_TRUE(compact.contains(hash)) << qPrintable(file) << " " << qPrintable(hash);
    }
}

} // namespace isms::test

namespace isms::test {

TEST_F(CliAuditPackTest, LanguageWritesThePackInThatLanguage)
{
    const QString pdf = path(u"de.pdf"_s);
    const CliRun pack = run({u"export"_s,
                             u"audit-pack"_s,
                             m_project,
                             u"-o"_s,
                             pdf,
                             u"--sections"_s,
                             u"soa"_s,
                             u"--language"_s,
                             u"de"_s});
    ASSERT_EQ(pack.exitCode, 0) << qPrintable(pack.err);
    const QString text = pdfText(pdf);
    if (text.isEmpty()) {
        GTEST_SKIP() << "pdftotext is not installed";
    }
    // The page footer and the default classification come from the German catalogue.
    EXPECT_TRUE(text.contains(u"Seite 2 von"_s)) << qPrintable(text.left(400));
    EXPECT_TRUE(text.contains(u"Intern"_s));
}

} // namespace isms::test
