// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"
#include "storage/ProjectLock.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace isms::test {

namespace {

/// Files that are not usable projects are refused with exit code 3 and stay byte-for-byte unchanged.
class CliRefusalTest : public CliTest
{
protected:
    /// Runs every command that opens a project on `file`, expecting `exitCode` and no change to the file
    /// or beside it.
    void expectRefusedUnchanged(const QString &file, int exitCode)
    {
        const QByteArray before = bytes(file);
        const QStringList filesBefore = QDir(path(QString())).entryList(QDir::Files | QDir::Hidden);
        const QList<QStringList> commands{
            {QStringLiteral("info"), file},
            {QStringLiteral("controls"), file, QStringLiteral("--format"), QStringLiteral("csv")},
            {QStringLiteral("control"), file, QStringLiteral("5.1")},
            {QStringLiteral("control"),
             file,
             QStringLiteral("5.1"),
             QStringLiteral("--status"),
             QStringLiteral("planned")},
            {QStringLiteral("history"), file},
            {QStringLiteral("export"),
             QStringLiteral("controls"),
             file,
             QStringLiteral("-o"),
             path(QStringLiteral("out.pdf"))},
        };
        for (const QStringList &command : commands) {
            const CliRun result = run(command);
            EXPECT_EQ(result.exitCode, exitCode) << qPrintable(command.join(u' ') + u'\n' + result.err);
            expectOneErrorLine(result);
            EXPECT_TRUE(result.out.isEmpty()) << qPrintable(result.out);
            EXPECT_EQ(bytes(file), before) << qPrintable(command.join(u' '));
        }
        EXPECT_EQ(QDir(path(QString())).entryList(QDir::Files | QDir::Hidden), filesBefore);
    }
};

TEST_F(CliRefusalTest, NonSqliteFileExitsThree)
{
    const QString file = path(QStringLiteral("notes.isms"));
    QFile text(file);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("These are meeting notes, not a project.\n").repeated(200));
    text.close();
    expectRefusedUnchanged(file, 3);
    const CliRun check = run({QStringLiteral("check"), file});
    EXPECT_EQ(check.exitCode, 3) << qPrintable(check.err);
    expectOneErrorLine(check);
}

TEST_F(CliRefusalTest, ForeignSqliteDatabaseExitsThree)
{
    const QString file = path(QStringLiteral("other.isms"));
    execSql(file, {QStringLiteral("CREATE TABLE contacts (name TEXT)")});
    expectRefusedUnchanged(file, 3);
}

TEST_F(CliRefusalTest, NewerSchemaExitsThree)
{
    const QString file = newProject();
    execSql(file, {QStringLiteral("PRAGMA user_version = 99")});
    expectRefusedUnchanged(file, 3);
    const CliRun check = run({QStringLiteral("check"), file});
    EXPECT_EQ(check.exitCode, 3) << qPrintable(check.out + check.err);
}

TEST_F(CliRefusalTest, ForeignTriggerExitsThree)
{
    const QString file = newProject();
    execSql(file,
            {QStringLiteral("CREATE TRIGGER keep_copy AFTER UPDATE ON requirement BEGIN "
                            "UPDATE project SET organisation = organisation; END")});
    expectRefusedUnchanged(file, 3);
}

TEST_F(CliRefusalTest, ForeignViewExitsThree)
{
    const QString file = newProject();
    execSql(file, {QStringLiteral("CREATE VIEW everything AS SELECT * FROM requirement")});
    expectRefusedUnchanged(file, 3);
}

TEST_F(CliRefusalTest, LockedProjectRefusesAChangeButCanBeRead)
{
    const QString file = newProject();
    const QByteArray before = bytes(file);
    auto lock = ProjectLock::acquire(file, QStringLiteral("someone else"), false, false);
    ASSERT_TRUE(lock.hasValue()) << qPrintable(lock.error().message);

    const CliRun change = run({QStringLiteral("control"),
                               file,
                               QStringLiteral("5.1"),
                               QStringLiteral("--status"),
                               QStringLiteral("planned")});
    EXPECT_EQ(change.exitCode, 3) << qPrintable(change.err);
    expectOneErrorLine(change);
    EXPECT_EQ(bytes(file), before);

    const CliRun info = run({QStringLiteral("info"), file});
    EXPECT_EQ(info.exitCode, 0) << qPrintable(info.err);
    EXPECT_TRUE(info.out.contains(u"someone else")) << qPrintable(info.out);
    EXPECT_EQ(bytes(file), before);
}

TEST_F(CliRefusalTest, MissingFileExitsFour)
{
    const QString file = path(QStringLiteral("missing.isms"));
    for (const QStringList &command : QList<QStringList>{{QStringLiteral("info"), file},
                                                         {QStringLiteral("controls"), file},
                                                         {QStringLiteral("check"), file},
                                                         {QStringLiteral("history"), file},
                                                         {QStringLiteral("control"),
                                                          file,
                                                          QStringLiteral("5.1"),
                                                          QStringLiteral("--owner"),
                                                          QStringLiteral("Bob")}}) {
        const CliRun result = run(command);
        EXPECT_EQ(result.exitCode, 4) << qPrintable(command.join(u' ') + u'\n' + result.err);
        expectOneErrorLine(result);
    }
    EXPECT_FALSE(QFile::exists(file));
}

} // namespace

} // namespace isms::test
