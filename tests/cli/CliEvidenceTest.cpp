// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace isms::test {

namespace {

/// attach, evidence and extract: evidence files stored in the project.
class CliEvidenceTest : public CliTest
{
protected:
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile out(path(name));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return path(name);
    }

    CliRun attach(const QString &file, const QStringList &rest) const
    {
        return run(QStringList{QStringLiteral("attach"), file} + rest);
    }
};

// Text with a NUL and bytes above 0x7f; the length comes from the literal, never typed by hand.
const char BytesLiteral[] = "access review, Q1\n\x00\x7f\x80\xff";
const QByteArray Bytes = QByteArray(BytesLiteral, sizeof(BytesLiteral) - 1);

TEST_F(CliEvidenceTest, AttachesListsAndExtractsByteForByte)
{
    const QString file = newProject();
    const QString source = writeFile(QStringLiteral("review.csv"), Bytes);
    const CliRun attached = attach(file,
                                   {QStringLiteral("controls"),
                                    QStringLiteral("A.5.18"),
                                    source,
                                    QStringLiteral("--evidence-date"),
                                    QStringLiteral("2026-03-31"),
                                    QStringLiteral("--expires"),
                                    QStringLiteral("2020-12-31")});
    // An expiry before the evidence date is refused as a usage error.
    EXPECT_EQ(attached.exitCode, 2) << qPrintable(attached.err);
    expectOneErrorLine(attached);

    const CliRun first = attach(file,
                                {QStringLiteral("controls"),
                                 QStringLiteral("A.5.18"),
                                 source,
                                 QStringLiteral("--evidence-date"),
                                 QStringLiteral("2025-03-31"),
                                 QStringLiteral("--expires"),
                                 QStringLiteral("2025-12-31")});
    ASSERT_EQ(first.exitCode, 0) << qPrintable(first.err);
    EXPECT_EQ(first.out.trimmed(), QStringLiteral("EV-001"));
    const CliRun second = attach(file, {QStringLiteral("clauses"), QStringLiteral("4.3"), source});
    ASSERT_EQ(second.exitCode, 0) << qPrintable(second.err);
    EXPECT_EQ(second.out.trimmed(), QStringLiteral("EV-002"));

    const QByteArray before = bytes(file);
    const CliRun json =
        run({QStringLiteral("evidence"), file, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << qPrintable(json.err);
    EXPECT_EQ(bytes(file), before) << "reading commands never write the file";
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 2) << qPrintable(json.out);
    const QJsonObject row = rows.at(0).toObject();
    EXPECT_EQ(row.value(QStringLiteral("id")).toString(), QStringLiteral("EV-001"));
    EXPECT_EQ(row.value(QStringLiteral("sha256")).toString(),
              QString::fromLatin1(QCryptographicHash::hash(Bytes, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(row.value(QStringLiteral("name")).toString(), QStringLiteral("review.csv"));
    EXPECT_EQ(row.value(QStringLiteral("size")).toInt(), Bytes.size());
    EXPECT_EQ(row.value(QStringLiteral("kind")).toString(), QStringLiteral("controls"));
    EXPECT_EQ(row.value(QStringLiteral("record")).toString(), QStringLiteral("5.18"));
    EXPECT_EQ(row.value(QStringLiteral("evidence_date")).toString(), QStringLiteral("2025-03-31"));
    EXPECT_EQ(row.value(QStringLiteral("expires")).toString(), QStringLiteral("2025-12-31"));
    EXPECT_TRUE(row.value(QStringLiteral("expired")).toBool());
    EXPECT_TRUE(rows.at(1).toObject().value(QStringLiteral("expires")).isNull());

    const CliRun table =
        run({QStringLiteral("evidence"), file, QStringLiteral("clauses"), QStringLiteral("4.3")});
    ASSERT_EQ(table.exitCode, 0) << qPrintable(table.err);
    EXPECT_TRUE(table.out.contains(QStringLiteral("EV-002")));
    EXPECT_FALSE(table.out.contains(QStringLiteral("EV-001")));
    const CliRun all = run({QStringLiteral("evidence"), file});
    EXPECT_TRUE(all.out.contains(QStringLiteral("EXPIRED"))) << qPrintable(all.out);

    const QString out = path(QStringLiteral("out.csv"));
    const CliRun extracted =
        run({QStringLiteral("extract"), file, QStringLiteral("EV-002"), QStringLiteral("-o"), out});
    ASSERT_EQ(extracted.exitCode, 0) << qPrintable(extracted.err);
    EXPECT_EQ(bytes(out), Bytes);
    EXPECT_EQ(bytes(file), before) << "extract reads the project only";

    const CliRun checked = run({QStringLiteral("check"), file});
    EXPECT_EQ(checked.exitCode, 0) << qPrintable(checked.out + checked.err);
}

TEST_F(CliEvidenceTest, RefusesBadInputInOneSentence)
{
    const QString file = newProject();
    const QString source = writeFile(QStringLiteral("a.txt"), Bytes);
    const CliRun missing =
        attach(file, {QStringLiteral("controls"), QStringLiteral("5.1"), path(QStringLiteral("no.pdf"))});
    EXPECT_EQ(missing.exitCode, 4);
    expectOneErrorLine(missing);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist")));
    const CliRun folder = attach(file, {QStringLiteral("controls"), QStringLiteral("5.1"), QDir::tempPath()});
    EXPECT_EQ(folder.exitCode, 4);
    expectOneErrorLine(folder);
    const CliRun kind = attach(file, {QStringLiteral("widgets"), QStringLiteral("5.1"), source});
    EXPECT_EQ(kind.exitCode, 2);
    expectOneErrorLine(kind);
    const CliRun record = attach(file, {QStringLiteral("risks"), QStringLiteral("R-404"), source});
    EXPECT_EQ(record.exitCode, 4);
    expectOneErrorLine(record);
    const CliRun date = attach(file,
                               {QStringLiteral("controls"),
                                QStringLiteral("5.1"),
                                source,
                                QStringLiteral("--expires"),
                                QStringLiteral("soon")});
    EXPECT_EQ(date.exitCode, 2);
    expectOneErrorLine(date);
    const CliRun added = run({QStringLiteral("add"), QStringLiteral("evidence"), file});
    EXPECT_EQ(added.exitCode, 2);
    EXPECT_TRUE(added.err.contains(QStringLiteral("attach")));
    const CliRun unknown = run({QStringLiteral("extract"),
                                file,
                                QStringLiteral("EV-009"),
                                QStringLiteral("-o"),
                                path(QStringLiteral("x"))});
    EXPECT_EQ(unknown.exitCode, 4);
    expectOneErrorLine(unknown);
    const CliRun noOut = run({QStringLiteral("extract"), file, QStringLiteral("EV-001")});
    EXPECT_EQ(noOut.exitCode, 2);
    const CliRun noProject = attach(path(QStringLiteral("none.isms")),
                                    {QStringLiteral("controls"), QStringLiteral("5.1"), source});
    EXPECT_NE(noProject.exitCode, 0);
    const CliRun list =
        run({QStringLiteral("evidence"), file, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(list.out.trimmed(), QStringLiteral("[]")) << "nothing was stored";
}

TEST_F(CliEvidenceTest, RefusesAFileOverTheProjectsLimit)
{
    const QString file = newProject();
    // The limit is a setting in the file; a small one here stands for 50 MB.
    execSql(file, {QStringLiteral("UPDATE evidence_setting SET max_file_size = 8")});
    const CliRun refused = attach(
        file,
        {QStringLiteral("controls"), QStringLiteral("5.1"), writeFile(QStringLiteral("big.bin"), Bytes)});
    EXPECT_EQ(refused.exitCode, 4);
    expectOneErrorLine(refused);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("limit"))) << qPrintable(refused.err);
    EXPECT_TRUE(refused.out.isEmpty());
    const CliRun fits = attach(
        file,
        {QStringLiteral("controls"), QStringLiteral("5.1"), writeFile(QStringLiteral("ok.bin"), "12345678")});
    EXPECT_EQ(fits.exitCode, 0) << qPrintable(fits.err);
}

TEST_F(CliEvidenceTest, CheckNamesEvidenceWhoseBytesWereAlteredOutsideTheProgram)
{
    const QString file = newProject();
    ASSERT_EQ(
        attach(file,
               {QStringLiteral("controls"), QStringLiteral("5.1"), writeFile(QStringLiteral("p.pdf"), Bytes)})
            .exitCode,
        0);
    execSql(file, {QStringLiteral("UPDATE evidence_blob SET data = X'0102'")});
    const CliRun checked = run({QStringLiteral("check"), file});
    EXPECT_EQ(checked.exitCode, 1);
    EXPECT_TRUE(checked.out.contains(QStringLiteral("EV-001 (p.pdf)"))) << qPrintable(checked.out);
}

TEST_F(CliEvidenceTest, RemovingEvidenceIsLoggedAndARecordWithEvidenceStays)
{
    const QString file = newProject();
    ASSERT_EQ(run({QStringLiteral("add"),
                   QStringLiteral("assets"),
                   file,
                   QStringLiteral("--name"),
                   QStringLiteral("CRM"),
                   QStringLiteral("--type"),
                   QStringLiteral("software")})
                  .exitCode,
              0);
    ASSERT_EQ(
        attach(
            file,
            {QStringLiteral("assets"), QStringLiteral("AS-001"), writeFile(QStringLiteral("p.pdf"), Bytes)})
            .exitCode,
        0);
    const CliRun refused =
        run({QStringLiteral("remove"), QStringLiteral("assets"), file, QStringLiteral("AS-001")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("EV-001"))) << qPrintable(refused.err);
    const CliRun removed =
        run({QStringLiteral("remove"), QStringLiteral("evidence"), file, QStringLiteral("EV-001")});
    EXPECT_EQ(removed.exitCode, 0) << qPrintable(removed.err);
    const CliRun history =
        run({QStringLiteral("history"), file, QStringLiteral("--entity"), QStringLiteral("evidence")});
    EXPECT_EQ(history.exitCode, 0) << qPrintable(history.err);
    EXPECT_EQ(run({QStringLiteral("check"), file}).exitCode, 0);
    EXPECT_EQ(
        run({QStringLiteral("remove"), QStringLiteral("assets"), file, QStringLiteral("AS-001")}).exitCode,
        0);
}

TEST_F(CliEvidenceTest, CheckPointsOutExpiredEvidenceAndStillPasses)
{
    const QString file = newProject();
    ASSERT_EQ(attach(file,
                     {QStringLiteral("controls"),
                      QStringLiteral("8.13"),
                      writeFile(QStringLiteral("backup-test.log"), Bytes),
                      QStringLiteral("--evidence-date"),
                      QStringLiteral("2019-01-31"),
                      QStringLiteral("--expires"),
                      QStringLiteral("2020-01-31")})
                  .exitCode,
              0);
    const CliRun checked = run({QStringLiteral("check"), file});
    EXPECT_EQ(checked.exitCode, 0) << "expired evidence is a point to settle, not a fault of the file";
    EXPECT_TRUE(checked.out.contains(QStringLiteral("[evidence] The evidence EV-001 (backup-test.log) of "
                                                    "Annex A control A.8.13 expired on 2020-01-31")))
        << qPrintable(checked.out);
    EXPECT_TRUE(checked.out.contains(QStringLiteral("No problems found"))) << qPrintable(checked.out);
}

TEST_F(CliEvidenceTest, PrintsAndSetsTheSizeLimitAndLogsTheChange)
{
    const QString file = newProject();
    const CliRun shown = run({QStringLiteral("evidence-limit"), file});
    ASSERT_EQ(shown.exitCode, 0) << qPrintable(shown.err);
    EXPECT_EQ(shown.out.trimmed(), QStringLiteral("Size limit per evidence file: 50 MB (52428800 bytes)"));

    const CliRun set = run({QStringLiteral("evidence-limit"), file, QStringLiteral("1")});
    ASSERT_EQ(set.exitCode, 0) << qPrintable(set.err);
    EXPECT_EQ(set.out.trimmed(), QStringLiteral("Size limit per evidence file: 1 MB (1048576 bytes)"));
    EXPECT_TRUE(run({QStringLiteral("evidence-limit"), file}).out.contains(QStringLiteral("1 MB")));

    // The new limit holds: one byte over a megabyte is refused, a megabyte is stored.
    const CliRun refused = attach(file,
                                  {QStringLiteral("controls"),
                                   QStringLiteral("5.1"),
                                   writeFile(QStringLiteral("big.bin"), QByteArray(1048577, 'x'))});
    EXPECT_EQ(refused.exitCode, 4);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("limit"))) << qPrintable(refused.err);
    EXPECT_EQ(attach(file,
                     {QStringLiteral("controls"),
                      QStringLiteral("5.1"),
                      writeFile(QStringLiteral("ok.bin"), QByteArray(1048576, 'x'))})
                  .exitCode,
              0);

    const CliRun history =
        run({QStringLiteral("history"), file, QStringLiteral("--last"), QStringLiteral("3")});
    EXPECT_EQ(history.exitCode, 0) << qPrintable(history.err);
    EXPECT_TRUE(history.out.contains(QStringLiteral("max_file_size  52428800 \u2192 1048576")))
        << qPrintable(history.out);
    EXPECT_EQ(run({QStringLiteral("check"), file}).exitCode, 0);

    const CliRun help = run({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("evidence-limit FILE [MEGABYTES]"))) << qPrintable(help.out);
}

TEST_F(CliEvidenceTest, RefusesASizeLimitOfZeroNegativeOrAbsurdInOneSentence)
{
    const QString file = newProject();
    const QByteArray before = bytes(file);
    // "--" ends the options, so that a negative number reaches the command.
    for (const QString &given : {QStringLiteral("0"),
                                 QStringLiteral("-5"),
                                 QStringLiteral("954"),
                                 QStringLiteral("99999999999999999999"),
                                 QStringLiteral("1.5"),
                                 QStringLiteral("fifty")}) {
        const CliRun refused = run({QStringLiteral("evidence-limit"), file, QStringLiteral("--"), given});
        EXPECT_EQ(refused.exitCode, 2) << qPrintable(given);
        expectOneErrorLine(refused);
        EXPECT_TRUE(refused.err.contains(QStringLiteral("whole number of megabytes from 1 to 953")))
            << qPrintable(refused.err);
    }
    const CliRun option = run({QStringLiteral("evidence-limit"), file, QStringLiteral("-5")});
    EXPECT_EQ(option.exitCode, 2) << "without \"--\" it reads as an unknown option";
    expectOneErrorLine(option);
    EXPECT_EQ(bytes(file), before) << "nothing was changed";
    EXPECT_TRUE(run({QStringLiteral("evidence-limit"), file}).out.contains(QStringLiteral("50 MB")));
}

} // namespace

} // namespace isms::test
