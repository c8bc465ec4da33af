// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace isms::test {

namespace {

// Sanitizer builds are slow; a command that hangs still fails the test.
constexpr int ProcessTimeoutMs = 120'000;

} // namespace

QStringList CliRun::outLines() const
{
    return out.split(u'\n', Qt::SkipEmptyParts);
}

CliRun CliTest::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ISMS_ACTOR"), QString::fromLatin1(Actor));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(path(QString()));
    process.start(QStringLiteral(ISMS_CLI_PATH), arguments);

    CliRun result;
    if (!process.waitForStarted(ProcessTimeoutMs)) {
        ADD_FAILURE() << "isms-cli did not start: " << qPrintable(process.errorString());
        return result;
    }
    if (!process.waitForFinished(ProcessTimeoutMs)) {
        ADD_FAILURE() << "isms-cli did not finish: " << qPrintable(arguments.join(u' '));
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QString CliTest::newProject(const QString &name, bool demo) const
{
    const QString file = path(name);
    QStringList arguments{QStringLiteral("new"), file};
    if (demo) {
        arguments << QStringLiteral("--demo");
    } else {
        arguments << QStringLiteral("--org") << QStringLiteral("Acme Test Ltd");
    }
    const CliRun result = run(arguments);
    EXPECT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.err.isEmpty()) << qPrintable(result.err);
    return file;
}

void CliTest::execSql(const QString &path, const QStringList &statements)
{
    TempProject::runSql(path, statements);
}

void CliTest::expectOneErrorLine(const CliRun &result)
{
    EXPECT_TRUE(result.err.startsWith(u"isms-cli: ")) << qPrintable(result.err);
    EXPECT_TRUE(result.err.endsWith(u'\n')) << qPrintable(result.err);
    EXPECT_EQ(result.err.count(u'\n'), 1) << qPrintable(result.err);
}

} // namespace isms::test
