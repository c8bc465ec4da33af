// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"

#include <gtest/gtest.h>

namespace isms::test {

namespace {

class CliCheckTest : public CliTest
{
protected:
    /// A project with one logged change (A.5.1 implemented, owner set).
    QString changedProject()
    {
        const QString file = newProject();
        const CliRun result = run({QStringLiteral("control"),
                                   file,
                                   QStringLiteral("5.1"),
                                   QStringLiteral("--status"),
                                   QStringLiteral("implemented"),
                                   QStringLiteral("--owner"),
                                   QStringLiteral("Alice")});
        EXPECT_EQ(result.exitCode, 0) << qPrintable(result.err);
        return file;
    }
};

TEST_F(CliCheckTest, CleanFileExitsZero)
{
    const QString file = changedProject();
    const QByteArray before = bytes(file);
    const CliRun result = run({QStringLiteral("check"), file});
    EXPECT_EQ(result.exitCode, 0) << qPrintable(result.out + result.err);
    EXPECT_TRUE(result.err.isEmpty()) << qPrintable(result.err);
    EXPECT_TRUE(result.out.contains(u"No problems")) << qPrintable(result.out);
    EXPECT_EQ(bytes(file), before);
}

TEST_F(CliCheckTest, DemoProjectIsClean)
{
    const QString file = newProject(QStringLiteral("demo.isms"), true);
    const CliRun result = run({QStringLiteral("check"), file});
    EXPECT_EQ(result.exitCode, 0) << qPrintable(result.out + result.err);
}

TEST_F(CliCheckTest, TamperedChangeLogExitsOne)
{
    const QString file = changedProject();
    execSql(file,
            {QStringLiteral(
                "UPDATE change_log SET actor = 'Mallory' WHERE seq = (SELECT max(seq) FROM change_log)")});
    const QByteArray before = bytes(file);
    const CliRun result = run({QStringLiteral("check"), file});
    EXPECT_EQ(result.exitCode, 1) << qPrintable(result.out + result.err);
    EXPECT_FALSE(result.out.isEmpty());
    expectOneErrorLine(result);
    EXPECT_EQ(bytes(file), before);
}

TEST_F(CliCheckTest, DeletedChangeLogRowExitsOne)
{
    const QString file = changedProject();
    execSql(file, {QStringLiteral("DELETE FROM change_log WHERE seq = (SELECT min(seq) FROM change_log)")});
    const CliRun result = run({QStringLiteral("check"), file});
    EXPECT_EQ(result.exitCode, 1) << qPrintable(result.out + result.err);
}

TEST_F(CliCheckTest, EditOutsideTheProgramExitsOne)
{
    const QString file = changedProject();
    execSql(
        file,
        {QStringLiteral("UPDATE requirement SET status = 'partial' WHERE kind = 'control' AND ref = '5.1'")});
    const CliRun result = run({QStringLiteral("check"), file});
    EXPECT_EQ(result.exitCode, 1) << qPrintable(result.out + result.err);
    EXPECT_TRUE(result.out.contains(u"5.1")) << qPrintable(result.out);
    expectOneErrorLine(result);
}

TEST_F(CliCheckTest, ForeignTriggerIsAFinding)
{
    const QString file = newProject();
    execSql(file,
            {QStringLiteral("CREATE TRIGGER audit_hook AFTER UPDATE ON requirement BEGIN SELECT 1; END")});
    const QByteArray before = bytes(file);
    const CliRun result = run({QStringLiteral("check"), file});
    EXPECT_EQ(result.exitCode, 1) << qPrintable(result.out + result.err);
    EXPECT_EQ(bytes(file), before);
}

} // namespace

} // namespace isms::test
