// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace isms::test {

namespace {

/// Files written by an older version are brought forward once, after a backup copy.
class CliMigrationTest : public CliTest
{};

TEST_F(CliMigrationTest, ReadingAnOlderFileMigratesItAfterABackup)
{
    const QString file = m_project.copyFixture(QStringLiteral("schema-v1.isms"));
    const QByteArray original = bytes(file);
    const CliRun result =
        run({QStringLiteral("controls"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_EQ(result.outLines().size(), 94);
    // One line on stderr says what happened and where the old version is.
    expectOneErrorLine(result);
    const QString backup = Database::backupPathFor(file, 1);
    EXPECT_TRUE(result.err.contains(QFileInfo(backup).fileName())) << qPrintable(result.err);
    ASSERT_TRUE(QFile::exists(backup));
    EXPECT_EQ(bytes(backup), original);

    // Once migrated, reading is silent and changes nothing.
    const QByteArray migrated = bytes(file);
    const CliRun again = run({QStringLiteral("info"), file});
    EXPECT_EQ(again.exitCode, 0) << qPrintable(again.err);
    EXPECT_TRUE(again.err.isEmpty()) << qPrintable(again.err);
    EXPECT_EQ(bytes(file), migrated);
}

TEST_F(CliMigrationTest, CheckNeverMigrates)
{
    const QString file = m_project.copyFixture(QStringLiteral("schema-v1.isms"));
    const QByteArray original = bytes(file);
    const CliRun result = run({QStringLiteral("check"), file});
    EXPECT_TRUE(result.exitCode == 0 || result.exitCode == 1) << result.exitCode << qPrintable(result.err);
    EXPECT_EQ(bytes(file), original);
    EXPECT_FALSE(QFile::exists(Database::backupPathFor(file, 1)));
}

} // namespace

} // namespace isms::test
