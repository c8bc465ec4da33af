// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"

#include <QDir>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace isms::test {

namespace {

class CliTamperTest : public CliTest
{
protected:
    /// `info`'s value for `label`, or empty.
    QString infoValue(const QString &file, const QString &label) const
    {
        const CliRun result = run({QStringLiteral("info"), file});
        EXPECT_EQ(result.exitCode, 0) << qPrintable(result.err);
        for (const QString &line : result.outLines()) {
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(label + u' ')) {
                return trimmed.mid(label.size()).trimmed();
            }
        }
        return {};
    }

    CliRun setStatus(const QString &file, const QString &ref, const QString &status) const
    {
        return run({QStringLiteral("control"), file, ref, QStringLiteral("--status"), status});
    }
};

} // namespace

TEST_F(CliTamperTest, InfoPrintsTheFullHeadAndTheProjectId)
{
    const QString file = newProject();
    const QString head = infoValue(file, QStringLiteral("Change log head"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(head).hasMatch())
        << qPrintable(head);
    EXPECT_EQ(infoValue(file, QStringLiteral("Project id")).size(), 36);
    ASSERT_EQ(setStatus(file, QStringLiteral("5.1"), QStringLiteral("planned")).exitCode, 0);
    EXPECT_NE(infoValue(file, QStringLiteral("Change log head")), head);
}

TEST_F(CliTamperTest, CheckNamesADeletedControlRow)
{
    const QString file = newProject();
    execSql(file,
            {QStringLiteral("DELETE FROM annex_a_2013_mapping WHERE ref_2022 = '5.7'"),
             QStringLiteral("DELETE FROM annex_a_control WHERE ref = '5.7'")});
    const CliRun result = run({QStringLiteral("check"), file});
    EXPECT_EQ(result.exitCode, 1) << qPrintable(result.out + result.err);
    EXPECT_TRUE(result.out.contains(u"[catalogue] Annex A control A.5.7 is missing from the file."))
        << qPrintable(result.out);
}

TEST_F(CliTamperTest, WarnsWhenEntriesThisComputerSawAreGone)
{
    const QString file = newProject();
    ASSERT_EQ(setStatus(file, QStringLiteral("5.1"), QStringLiteral("planned")).exitCode, 0);
    ASSERT_EQ(setStatus(file, QStringLiteral("5.2"), QStringLiteral("planned")).exitCode, 0);
    // Drop the newest entry and undo its change, so that nothing else in the file gives it away.
    execSql(file,
            {QStringLiteral("DELETE FROM change_log WHERE seq = (SELECT MAX(seq) FROM change_log)"),
             QStringLiteral(
                 "UPDATE requirement SET status = 'not-started' WHERE kind = 'control' AND ref = '5.2'")});

    const CliRun info = run({QStringLiteral("info"), file});
    EXPECT_EQ(info.exitCode, 0);
    EXPECT_TRUE(info.err.contains(u"the newest entries were removed")) << qPrintable(info.err);

    const CliRun check = run({QStringLiteral("check"), file});
    EXPECT_EQ(check.exitCode, 1) << qPrintable(check.out + check.err);
    EXPECT_TRUE(check.out.contains(u"[seen history]")) << qPrintable(check.out);
}

TEST_F(CliTamperTest, AnotherComputerSeesNoWarning)
{
    // Deleting the newest rows is detected only where they were seen: a fresh configuration has no
    // memory of them (the README says so).
    const QString file = newProject();
    ASSERT_EQ(setStatus(file, QStringLiteral("5.1"), QStringLiteral("planned")).exitCode, 0);
    execSql(file,
            {QStringLiteral("DELETE FROM change_log WHERE seq = (SELECT MAX(seq) FROM change_log)"),
             QStringLiteral(
                 "UPDATE requirement SET status = 'not-started' WHERE kind = 'control' AND ref = '5.1'")});
    QDir(path(QStringLiteral("config"))).removeRecursively();
    const CliRun check = run({QStringLiteral("check"), file});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);
}

TEST_F(CliTamperTest, CheckConfirmsAPrintedHeadOnAnotherComputer)
{
    const QString file = newProject();
    ASSERT_EQ(setStatus(file, QStringLiteral("5.1"), QStringLiteral("planned")).exitCode, 0);
    const QString head = infoValue(file, QStringLiteral("Change log head"));
    const QString count = infoValue(file, QStringLiteral("Change log entries"));
    const QString printed = count + u':' + head.left(16);
    ASSERT_EQ(setStatus(file, QStringLiteral("5.2"), QStringLiteral("planned")).exitCode, 0);
    QDir(path(QStringLiteral("config"))).removeRecursively();

    // Entries appended after the printed head do not matter.
    CliRun check = run({QStringLiteral("check"), file, QStringLiteral("--head"), printed});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);

    // Remove both newest entries and undo their changes: only the printed head tells.
    execSql(file,
            {QStringLiteral("DELETE FROM change_log WHERE seq >= ") + count,
             QStringLiteral("UPDATE requirement SET status = 'not-started' WHERE kind = 'control'")});
    QDir(path(QStringLiteral("config"))).removeRecursively();
    check = run({QStringLiteral("check"), file});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);
    check = run({QStringLiteral("check"), file, QStringLiteral("--head"), printed});
    EXPECT_EQ(check.exitCode, 1) << qPrintable(check.out + check.err);
    EXPECT_TRUE(check.out.contains(QStringLiteral("Change-log entry %1 does not have the hash").arg(count)))
        << qPrintable(check.out);

    const CliRun wrong = run({QStringLiteral("check"), file, QStringLiteral("--head"), QStringLiteral("5")});
    EXPECT_EQ(wrong.exitCode, 2);
    expectOneErrorLine(wrong);
}

} // namespace isms::test
