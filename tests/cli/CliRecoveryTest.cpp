// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"
#include "storage/FileRecovery.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace isms::test {

namespace {

/// A crash in the middle of a save, and a damaged copy: what the commands do with each.
class CliRecoveryTest : public CliTest
{
protected:
    QString crashedProject()
    {
        const QString file = newProject(QStringLiteral("crashed.isms"));
        EXPECT_EQ(run({QStringLiteral("control"),
                       file,
                       QStringLiteral("5.2"),
                       QStringLiteral("--status"),
                       QStringLiteral("planned")})
                      .exitCode,
                  0);
        TempProject::crashDuringSave(file);
        return file;
    }
};

TEST_F(CliRecoveryTest, ReadingAHalfSavedFileShowsTheLastCompleteSaveAndWritesNothing)
{
    const QString file = crashedProject();
    const QByteArray before = bytes(file);
    const CliRun result = run({QStringLiteral("control"), file, QStringLiteral("5.2")});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.out.contains(QStringLiteral("planned"))) << qPrintable(result.out);
    expectOneErrorLine(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("half-saved"))) << qPrintable(result.err);
    EXPECT_EQ(bytes(file), before);
    EXPECT_TRUE(recovery::hasJournal(file));

    const CliRun check = run({QStringLiteral("check"), file});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.err);
    EXPECT_TRUE(check.err.contains(QStringLiteral("half-saved"))) << qPrintable(check.err);
    EXPECT_EQ(bytes(file), before);
}

TEST_F(CliRecoveryTest, ChangingAHalfSavedFileRestoresItFirst)
{
    const QString file = crashedProject();
    const CliRun result = run({QStringLiteral("control"),
                               file,
                               QStringLiteral("5.2"),
                               QStringLiteral("--owner"),
                               QStringLiteral("Dana")});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.err.contains(QStringLiteral("half-saved"))) << qPrintable(result.err);
    EXPECT_FALSE(recovery::hasJournal(file));
    const CliRun check = run({QStringLiteral("check"), file});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);
    EXPECT_TRUE(check.err.isEmpty()) << qPrintable(check.err);
    const CliRun shown = run({QStringLiteral("control"), file, QStringLiteral("5.2")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("planned")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Dana")));
}

TEST_F(CliRecoveryTest, ADamagedProjectIsNamedSoAndCheckExitsThree)
{
    const QString file = newProject(QStringLiteral("damaged.isms"), true);
    QFile project(file);
    ASSERT_TRUE(project.resize(project.size() / 3));
    for (const QString &command :
         {QStringLiteral("check"), QStringLiteral("info"), QStringLiteral("controls")}) {
        const CliRun result = run({command, file});
        EXPECT_EQ(result.exitCode, 3) << qPrintable(command + u' ' + result.err);
        expectOneErrorLine(result);
        EXPECT_TRUE(result.err.contains(QStringLiteral("damaged"))) << qPrintable(result.err);
        EXPECT_FALSE(result.err.contains(QStringLiteral("not an ISMS"))) << qPrintable(result.err);
    }
}

TEST_F(CliRecoveryTest, AReportOfADamagedProjectIsRefusedAndNothingIsWritten)
{
    // The pages are checked while the report is built: damage to an index that the report never reads
    // is still found, and no PDF is left behind.
    const QString file = newProject(QStringLiteral("damaged-index.isms"), true);
    TempProject::damagePageOf(file, QStringLiteral("change_log_by_record"));
    const QString pdf = path(QStringLiteral("report.pdf"));
    const CliRun result =
        run({QStringLiteral("export"), QStringLiteral("risk-report"), file, QStringLiteral("-o"), pdf});
    EXPECT_EQ(result.exitCode, 3) << qPrintable(result.err);
    expectOneErrorLine(result);
    EXPECT_TRUE(result.err.contains(QStringLiteral("damaged"))) << qPrintable(result.err);
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_TRUE(QDir(m_project.path(QString())).entryList({QStringLiteral("*.pdf*")}, QDir::Files).isEmpty());
}

TEST_F(CliRecoveryTest, AnImportIntoADamagedProjectIsRefusedBeforeItsRowsAreReported)
{
    const QString file = newProject(QStringLiteral("damaged-import.isms"), true);
    TempProject::damagePageOf(file, QStringLiteral("change_log_by_record"));
    const QByteArray before = bytes(file);
    const QString csv = path(QStringLiteral("risks.csv"));
    QFile out(csv);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("Title,Owner\nA new risk,Ops\n,missing title\n");
    out.close();
    for (const bool dryRun : {true, false}) {
        QStringList arguments{QStringLiteral("import"), QStringLiteral("risks"), file, csv};
        if (dryRun) {
            arguments.append(QStringLiteral("--dry-run"));
        }
        const CliRun result = run(arguments);
        EXPECT_EQ(result.exitCode, 3) << qPrintable(result.out + result.err);
        EXPECT_TRUE(result.out.isEmpty()) << qPrintable(result.out); // no line about the rows
        EXPECT_TRUE(result.err.contains(QStringLiteral("damaged"))) << qPrintable(result.err);
    }
    EXPECT_EQ(bytes(file), before);
}

} // namespace

} // namespace isms::test
