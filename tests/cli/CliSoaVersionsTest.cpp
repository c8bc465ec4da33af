// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms::test {

namespace {

/// soa issue, soa versions and soa compare.
class CliSoaVersionsTest : public CliTest
{
protected:
    CliRun issue(const QString &file, const QStringList &rest = {}) const
    {
        return run(QStringList{u"soa"_s,
                               u"issue"_s,
                               file,
                               u"--approver"_s,
                               u"Dana Example"_s,
                               u"--summary"_s,
                               u"First issue."_s}
                   + rest);
    }

    /// The text of a PDF, simplified; empty when pdftotext is missing.
    static QString pdfText(const QString &pdf)
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty()) {
            return {};
        }
        QProcess process;
        process.start(pdftotext, {pdf, u"-"_s});
        EXPECT_TRUE(process.waitForFinished(60000));
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }
};

TEST_F(CliSoaVersionsTest, IssuesListsAndComparesVersions)
{
    const QString file = newProject();
    const CliRun issued = issue(file, {u"--date"_s, u"2026-01-15"_s});
    ASSERT_EQ(issued.exitCode, 0) << qPrintable(issued.err);
    EXPECT_TRUE(issued.out.contains(u"version 1"_s)) << qPrintable(issued.out);

    ASSERT_EQ(run({u"set"_s, u"controls"_s, file, u"5.7"_s, u"--owner"_s, u"Threat Desk"_s}).exitCode, 0);
    const CliRun second = run({u"soa"_s,
                               u"issue"_s,
                               file,
                               u"--approver"_s,
                               u"Dana Example"_s,
                               u"--summary"_s,
                               u"Owner of A.5.7 named."_s});
    ASSERT_EQ(second.exitCode, 0) << qPrintable(second.err);

    const CliRun versions = run({u"soa"_s, u"versions"_s, file, u"--format"_s, u"json"_s});
    ASSERT_EQ(versions.exitCode, 0) << qPrintable(versions.err);
    const QJsonArray list = QJsonDocument::fromJson(versions.out.toUtf8()).array();
    ASSERT_EQ(list.size(), 2) << qPrintable(versions.out);
    EXPECT_EQ(list.at(0)[u"number"_s].toInt(), 1);
    EXPECT_EQ(list.at(0)[u"approval_date"_s].toString(), u"2026-01-15"_s);
    EXPECT_EQ(list.at(1)[u"change_summary"_s].toString(), u"Owner of A.5.7 named."_s);
    EXPECT_EQ(list.at(1)[u"sha256"_s].toString().size(), 64);

    const CliRun table = run({u"soa"_s, u"versions"_s, file});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(u"Dana Example"_s));

    const CliRun compared = run({u"soa"_s, u"compare"_s, file, u"1"_s, u"2"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(compared.exitCode, 0) << qPrintable(compared.err);
    const QJsonObject diff = QJsonDocument::fromJson(compared.out.toUtf8()).object();
    const QJsonArray changes = diff[u"changes"_s].toArray();
    ASSERT_EQ(changes.size(), 1) << qPrintable(compared.out);
    EXPECT_EQ(changes.at(0)[u"id"_s].toString(), u"A.5.7"_s);
    EXPECT_EQ(changes.at(0)[u"field"_s].toString(), u"owner"_s);
    EXPECT_EQ(changes.at(0)[u"after"_s].toString(), u"Threat Desk"_s);

    ASSERT_EQ(run({u"set"_s, u"controls"_s, file, u"5.8"_s, u"--owner"_s, u"PMO"_s}).exitCode, 0);
    const CliRun current = run({u"soa"_s, u"compare"_s, file, u"2"_s, u"current"_s});
    ASSERT_EQ(current.exitCode, 0) << qPrintable(current.err);
    EXPECT_TRUE(current.out.contains(u"A.5.8"_s)) << qPrintable(current.out);
    EXPECT_TRUE(current.out.contains(u"PMO"_s));
    EXPECT_FALSE(current.out.contains(u"A.5.7 "_s));

    const CliRun none = run({u"soa"_s, u"compare"_s, file, u"1"_s, u"1"_s});
    ASSERT_EQ(none.exitCode, 0);
    EXPECT_TRUE(none.out.startsWith(u"Nothing changed"_s)) << qPrintable(none.out);

    EXPECT_EQ(run({u"check"_s, file}).exitCode, 0);
}

TEST_F(CliSoaVersionsTest, RefusesWhatCannotBeIssued)
{
    const QString file = newProject();
    const CliRun noApprover = run({u"soa"_s, u"issue"_s, file, u"--summary"_s, u"S"_s});
    EXPECT_EQ(noApprover.exitCode, 2);
    expectOneErrorLine(noApprover);
    const CliRun emptyApprover =
        run({u"soa"_s, u"issue"_s, file, u"--approver"_s, u" "_s, u"--summary"_s, u"S"_s});
    EXPECT_EQ(emptyApprover.exitCode, 2);
    expectOneErrorLine(emptyApprover);
    const CliRun badDate = issue(file, {u"--date"_s, u"15.01.2026"_s});
    EXPECT_EQ(badDate.exitCode, 2);
    expectOneErrorLine(badDate);

    ASSERT_EQ(issue(file).exitCode, 0);
    const CliRun unchanged = issue(file);
    EXPECT_EQ(unchanged.exitCode, 2);
    expectOneErrorLine(unchanged);
    EXPECT_TRUE(unchanged.err.contains(u"--unchanged"_s)) << qPrintable(unchanged.err);
    EXPECT_EQ(issue(file, {u"--unchanged"_s}).exitCode, 0);

    const CliRun unknown = run({u"soa"_s, u"compare"_s, file, u"7"_s, u"current"_s});
    EXPECT_EQ(unknown.exitCode, 4) << qPrintable(unknown.err);
    expectOneErrorLine(unknown);
    const CliRun badSide = run({u"soa"_s, u"compare"_s, file, u"latest"_s, u"current"_s});
    EXPECT_EQ(badSide.exitCode, 2);
    expectOneErrorLine(badSide);
    const CliRun noAction = run({u"soa"_s});
    EXPECT_EQ(noAction.exitCode, 2);
    expectOneErrorLine(noAction);
    const CliRun wrongAction = run({u"soa"_s, u"approve"_s, file});
    EXPECT_EQ(wrongAction.exitCode, 2);
    expectOneErrorLine(wrongAction);
}

TEST_F(CliSoaVersionsTest, CheckFindsAVersionChangedOutsideTheProgram)
{
    const QString file = newProject();
    ASSERT_EQ(issue(file).exitCode, 0);
    execSql(file, {u"UPDATE soa_version SET change_summary = 'Rewritten later.'"_s});
    const CliRun check = run({u"check"_s, file});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.out.contains(u"SoA version 1"_s)) << qPrintable(check.out);
}

TEST_F(CliSoaVersionsTest, ExportsAVersionOrTheWorkingStateInEveryFormat)
{
    const QString file = newProject();
    ASSERT_EQ(issue(file, {u"--date"_s, u"2026-01-15"_s}).exitCode, 0);
    ASSERT_EQ(run({u"set"_s, u"controls"_s, file, u"5.7"_s, u"--owner"_s, u"Threat Desk"_s}).exitCode, 0);

    for (const QString &suffix : {u"csv"_s, u"xlsx"_s, u"json"_s}) {
        const QString out = path(u"soa-v1."_s + suffix);
        const CliRun exported = run({u"export"_s, u"soa"_s, file, u"--version"_s, u"1"_s, u"-o"_s, out});
        ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
        EXPECT_TRUE(exported.out.contains(u"93 entries"_s)) << qPrintable(exported.out);
    }
    const QJsonArray v1 = QJsonDocument::fromJson(bytes(path(u"soa-v1.json"_s))).array();
    ASSERT_EQ(v1.size(), 93);
    EXPECT_EQ(v1.at(6)[u"id"_s].toString(), u"A.5.7"_s);
    EXPECT_EQ(v1.at(6)[u"owner"_s].toString(), QString());
    EXPECT_TRUE(v1.at(6)[u"applicable"_s].isBool());
    EXPECT_TRUE(v1.at(6)[u"reasons"_s].isArray());
    ASSERT_EQ(run({u"export"_s, u"soa"_s, file, u"-o"_s, path(u"soa.json"_s)}).exitCode, 0);
    const QJsonArray current = QJsonDocument::fromJson(bytes(path(u"soa.json"_s))).array();
    EXPECT_EQ(current.at(6)[u"owner"_s].toString(), u"Threat Desk"_s);
    EXPECT_TRUE(QString::fromUtf8(bytes(path(u"soa-v1.csv"_s))).startsWith(u"id,title,applicable,reasons"_s));

    const CliRun pdf = run({u"export"_s, u"soa"_s, file, u"--version"_s, u"1"_s, u"-o"_s, path(u"v1.pdf"_s)});
    ASSERT_EQ(pdf.exitCode, 0) << qPrintable(pdf.err);
    EXPECT_TRUE(pdf.out.contains(u"version 1"_s)) << qPrintable(pdf.out);
    const QString text = pdfText(path(u"v1.pdf"_s));
    if (text.isEmpty()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    }
    EXPECT_TRUE(text.contains(u"Dana Example"_s));
    EXPECT_TRUE(text.contains(u"2026-01-15"_s));
    EXPECT_TRUE(text.contains(u"First issue."_s));
    EXPECT_TRUE(text.contains(u"Issued"_s));
    ASSERT_EQ(run({u"export"_s, u"soa"_s, file, u"-o"_s, path(u"draft.pdf"_s)}).exitCode, 0);
    const QString draft = pdfText(path(u"draft.pdf"_s));
    EXPECT_TRUE(draft.contains(u"Draft after version 1"_s)) << qPrintable(draft.left(600));
    EXPECT_TRUE(draft.contains(u"Field changes since version 1, not yet approved: 1."_s))
        << qPrintable(draft.left(600));

    const CliRun missing =
        run({u"export"_s, u"soa"_s, file, u"--version"_s, u"5"_s, u"-o"_s, path(u"x.pdf"_s)});
    EXPECT_EQ(missing.exitCode, 4);
    expectOneErrorLine(missing);
    const CliRun badVersion =
        run({u"export"_s, u"soa"_s, file, u"--version"_s, u"current"_s, u"-o"_s, path(u"x.csv"_s)});
    EXPECT_EQ(badVersion.exitCode, 2);
    expectOneErrorLine(badVersion);
    const CliRun badSuffix = run({u"export"_s, u"soa"_s, file, u"-o"_s, path(u"x.txt"_s)});
    EXPECT_EQ(badSuffix.exitCode, 2);
    expectOneErrorLine(badSuffix);
}

} // namespace

} // namespace isms::test
