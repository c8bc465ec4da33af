// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness check through isms-cli: `check --format table|json` and `export readiness`.
#include "CliTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms::test {

namespace {

class CliReadinessTest : public CliTest
{
protected:
    QJsonObject checkJson(const QString &file, int expectedExit)
    {
        const CliRun result = run({u"check"_s, file, u"--format"_s, u"json"_s});
        EXPECT_EQ(result.exitCode, expectedExit) << qPrintable(result.out + result.err);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError)
            << qPrintable(error.errorString() + u'\n' + result.out);
        return doc.object();
    }
};

TEST_F(CliReadinessTest, TheTableEndsTheReadinessPointsWithTheScore)
{
    const QString file = newProject();
    const CliRun result = run({u"check"_s, file});
    EXPECT_EQ(result.exitCode, 0) << "readiness points do not change the exit code\n"
                                  << qPrintable(result.out + result.err);
    EXPECT_TRUE(result.err.isEmpty()) << qPrintable(result.err);
    EXPECT_TRUE(result.out.contains(u"[context] The scope of the ISMS (4.3) is not recorded"_s))
        << qPrintable(result.out);
    EXPECT_TRUE(result.out.contains(u"[applicability] A.5.1 is included without a reason"_s));
    EXPECT_TRUE(result.out.contains(u"Readiness score: 37 of 100 (major points: "_s))
        << qPrintable(result.out);
    EXPECT_TRUE(result.out.contains(u"No problems found"_s));
    EXPECT_TRUE(result.out.contains(u"[clauses] 6.1.3 Statement of Applicability (DI-6.1.3-SOA): "_s))
        << "every missing item of mandatory documented information is named";
    EXPECT_TRUE(result.out.contains(u"[clauses] 9.3.3 Management review results (DI-9.3.3): "_s));
}

TEST_F(CliReadinessTest, AClauseCannotBeSetNotApplicable)
{
    const QString file = newProject();
    const CliRun refused = run({u"set"_s, u"clauses"_s, file, u"7.4"_s, u"--status"_s, u"not-applicable"_s});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(u"Clause 7.4 cannot be \"not applicable\""_s))
        << qPrintable(refused.err);
    const CliRun shown = run({u"show"_s, u"clauses"_s, file, u"7.4"_s});
    EXPECT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.contains(u"Not started"_s)) << qPrintable(shown.out);
}

TEST_F(CliReadinessTest, JsonListsTheFileFindingsAndEachReadinessFinding)
{
    const QString file = newProject();
    const CliRun risk = run({u"add"_s,
                             u"risks"_s,
                             file,
                             u"--title"_s,
                             u"Ransomware"_s,
                             u"--likelihood"_s,
                             u"5"_s,
                             u"--impact"_s,
                             u"5"_s});
    ASSERT_EQ(risk.exitCode, 0) << qPrintable(risk.out + risk.err);
    const QJsonObject report = checkJson(file, 0);
    EXPECT_TRUE(report.value(u"sound"_s).toBool());
    EXPECT_TRUE(report.value(u"findings"_s).toArray().isEmpty());
    EXPECT_GT(report.value(u"changeLogEntries"_s).toInt(), 0);
    const QJsonObject readiness = report.value(u"readiness"_s).toObject();
    EXPECT_GE(readiness.value(u"score"_s).toInt(-1), 0);
    EXPECT_LT(readiness.value(u"score"_s).toInt(), 100);
    const QJsonArray findings = readiness.value(u"findings"_s).toArray();
    ASSERT_FALSE(findings.isEmpty());
    QStringList seen;
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        EXPECT_EQ(finding.keys(), (QStringList{u"id"_s, u"kind"_s, u"message"_s, u"rule"_s, u"severity"_s}));
        const QString severity = finding.value(u"severity"_s).toString();
        EXPECT_TRUE(severity == u"major" || severity == u"minor") << qPrintable(severity);
        EXPECT_FALSE(finding.value(u"message"_s).toString().isEmpty());
        seen.append(finding.value(u"rule"_s).toString() + u' ' + finding.value(u"id"_s).toString());
    }
    EXPECT_TRUE(seen.contains(u"R-SCOPE-MISSING "_s)) << "a missing record has an empty id";
    EXPECT_TRUE(seen.contains(u"R-RISK-NO-OWNER R-001"_s)) << qPrintable(seen.join(u", "_s));
    EXPECT_TRUE(seen.contains(u"R-SOA-NO-REASON A.5.1"_s));
}

TEST_F(CliReadinessTest, JsonOfAnUnsoundFileExitsOneAndNamesItsFindings)
{
    const QString file = newProject();
    execSql(file,
            {u"UPDATE change_log SET actor = 'Mallory' WHERE seq = (SELECT max(seq) FROM change_log)"_s});
    const QJsonObject report = checkJson(file, 1);
    EXPECT_FALSE(report.value(u"sound"_s).toBool(true));
    const QJsonArray findings = report.value(u"findings"_s).toArray();
    ASSERT_FALSE(findings.isEmpty());
    EXPECT_EQ(findings.first().toObject().value(u"area"_s).toString(), u"change-log"_s);
    EXPECT_TRUE(report.value(u"readiness"_s).toObject().contains(u"score"_s));
}

TEST_F(CliReadinessTest, AnUnknownFormatIsAUsageError)
{
    const CliRun result = run({u"check"_s, newProject(), u"--format"_s, u"xml"_s});
    EXPECT_EQ(result.exitCode, 2);
    expectOneErrorLine(result);
    EXPECT_TRUE(result.out.isEmpty()) << qPrintable(result.out);
}

TEST_F(CliReadinessTest, TheHelpSaysReadinessPointsDoNotChangeTheExitCode)
{
    const CliRun result = run({u"check"_s, u"--help"_s});
    EXPECT_EQ(result.exitCode, 0) << qPrintable(result.err);
    QString help = result.out;
    help.replace(u'\n', u' ');
    EXPECT_TRUE(help.contains(u"Readiness points do not change the exit code"_s)) << qPrintable(result.out);
    EXPECT_TRUE(result.out.contains(u"--format"_s));
}

TEST_F(CliReadinessTest, ExportReadinessWritesAPdf)
{
    const QString file = newProject(u"demo.isms"_s, true);
    const QString pdf = path(u"readiness.pdf"_s);
    const CliRun result = run({u"export"_s, u"readiness"_s, file, u"-o"_s, pdf});
    EXPECT_EQ(result.exitCode, 0) << qPrintable(result.out + result.err);
    EXPECT_TRUE(result.out.contains(u"Wrote the readiness report"_s)) << qPrintable(result.out);
    QFile written(pdf);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.read(5).startsWith("%PDF-"));

    const CliRun csv = run({u"export"_s, u"readiness"_s, file, u"-o"_s, path(u"readiness.csv"_s)});
    EXPECT_EQ(csv.exitCode, 2);
    expectOneErrorLine(csv);
}

} // namespace

} // namespace isms::test
