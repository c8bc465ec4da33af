// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace isms::test {

namespace {

/// Files written by an older version are read through an upgraded temporary copy by commands that
/// only read, and upgraded in place, after a backup copy, by commands that change them.
class CliMigrationTest : public CliTest
{};

QStringList folderListing(const QString &file)
{
    return QDir(QFileInfo(file).absolutePath())
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

TEST_F(CliMigrationTest, ReadingAnOlderFileNeverWritesIt)
{
    const QString file = m_project.copyFixture(QStringLiteral("schema-v1.isms"));
    const QByteArray original = bytes(file);
    const QStringList listing = folderListing(file);
    for (const QString &command :
         {QStringLiteral("info"), QStringLiteral("controls"), QStringLiteral("history")}) {
        const CliRun result = run({command, file});
        ASSERT_EQ(result.exitCode, 0) << qPrintable(command + u' ' + result.err);
        // One line on stderr says how the file was read.
        expectOneErrorLine(result);
        EXPECT_TRUE(result.err.contains(QStringLiteral("older version"))) << qPrintable(result.err);
    }
    const CliRun csv =
        run({QStringLiteral("controls"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(csv.outLines().size(), 94);
    EXPECT_EQ(bytes(file), original);
    EXPECT_EQ(folderListing(file), listing);
    EXPECT_FALSE(QFile::exists(Database::backupPathFor(file, 1)));
}

TEST_F(CliMigrationTest, ReadingAnOlderFileWorksInAReadOnlyFolder)
{
    const QString file = m_project.copyFixture(QStringLiteral("schema-v1.isms"));
    const QString folder = QFileInfo(file).absolutePath();
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    const CliRun result = run({QStringLiteral("info"), file});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_EQ(result.exitCode, 0) << qPrintable(result.err);
}

TEST_F(CliMigrationTest, ChangingAnOlderFileUpgradesItAfterABackup)
{
    const QString file = m_project.copyFixture(QStringLiteral("schema-v1.isms"));
    const QByteArray original = bytes(file);
    const CliRun result = run({QStringLiteral("control"),
                               file,
                               QStringLiteral("5.1"),
                               QStringLiteral("--owner"),
                               QStringLiteral("Dana")});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    const QString backup = Database::backupPathFor(file, 1);
    EXPECT_TRUE(result.err.contains(QFileInfo(backup).fileName())) << qPrintable(result.err);
    ASSERT_TRUE(QFile::exists(backup));
    EXPECT_EQ(bytes(backup), original);

    // Once upgraded, reading is silent and changes nothing.
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
