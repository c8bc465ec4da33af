// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms::test {

namespace {

/// `isms-cli new --demo [--scale N]`: the demo's registers, scaled for benchmarks.
class CliDemoTest : public CliTest
{
protected:
    QJsonArray list(const QString &kind, const QString &file) const
    {
        const CliRun result = run({u"list"_s, kind, file, u"--format"_s, u"json"_s});
        EXPECT_EQ(result.exitCode, 0) << qPrintable(result.err);
        return QJsonDocument::fromJson(result.out.toUtf8()).array();
    }
};

} // namespace

TEST_F(CliDemoTest, TheDemoHoldsTheRegistersAndPassesTheCheck)
{
    const QString file = newProject(u"demo.isms"_s, true);
    EXPECT_EQ(list(u"assets"_s, file).size(), 40);
    const QJsonArray risks = list(u"risks"_s, file);
    EXPECT_EQ(risks.size(), 60);
    int awaiting = 0;
    for (const QJsonValue &risk : risks) {
        awaiting += risk.toObject().value(u"signoff_by"_s).toString().isEmpty() ? 1 : 0;
    }
    EXPECT_GT(awaiting, 0);
    EXPECT_LT(awaiting, 15);
    const CliRun checked = run({u"check"_s, file});
    EXPECT_EQ(checked.exitCode, 0) << qPrintable(checked.out + checked.err);
}

TEST_F(CliDemoTest, ScaleMultipliesTheRegistersAndTheCheckStaysClean)
{
    const QString file = path(u"scaled.isms"_s);
    const CliRun created = run({u"new"_s, file, u"--demo"_s, u"--scale"_s, u"250"_s});
    ASSERT_EQ(created.exitCode, 0) << qPrintable(created.err);
    const QJsonArray risks = list(u"risks"_s, file);
    ASSERT_EQ(risks.size(), 250);
    QSet<QString> refs;
    for (const QJsonValue &risk : risks) {
        refs.insert(risk.toObject().value(u"ref"_s).toString());
    }
    EXPECT_EQ(refs.size(), 250);
    EXPECT_EQ(list(u"assets"_s, file).size(), 5 * 40); // five branches of the demo company
    EXPECT_GT(list(u"treatment-tasks"_s, file).size(), 4 * 67);
    const CliRun checked = run({u"check"_s, file});
    EXPECT_EQ(checked.exitCode, 0) << qPrintable(checked.out + checked.err);
}

TEST_F(CliDemoTest, ABadScaleIsAUsageErrorAndCreatesNothing)
{
    const QString file = path(u"scaled.isms"_s);
    const QList<QStringList> commandLines{
        {u"--scale"_s, u"many"_s},
        {u"--scale"_s, u"0"_s},
        {u"--scale"_s, u"-5"_s},
        {u"--scale"_s, u"2.5"_s},
        {u"--scale"_s, u"1000001"_s},
        {u"--scale"_s, u"99999999999"_s},
    };
    for (const QStringList &options : commandLines) {
        const CliRun result = run(QStringList{u"new"_s, file, u"--demo"_s} + options);
        EXPECT_EQ(result.exitCode, 2) << qPrintable(options.join(u' '));
        expectOneErrorLine(result);
        EXPECT_TRUE(result.err.contains(u"1000000"_s)) << qPrintable(result.err);
        EXPECT_FALSE(QFileInfo::exists(file));
    }
    const CliRun withoutDemo = run({u"new"_s, file, u"--org"_s, u"Acme"_s, u"--scale"_s, u"100"_s});
    EXPECT_EQ(withoutDemo.exitCode, 2);
    expectOneErrorLine(withoutDemo);
    EXPECT_TRUE(withoutDemo.err.contains(u"--demo"_s)) << qPrintable(withoutDemo.err);
    EXPECT_FALSE(QFileInfo::exists(file));
}

} // namespace isms::test
