// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"
#include "common/Version.h"

#include <gtest/gtest.h>

namespace isms::test {

namespace {

class CliUsageTest : public CliTest
{};

TEST_F(CliUsageTest, BadCommandLinesExitTwoWithOneLine)
{
    const QString file = path(QStringLiteral("x.isms"));
    const QList<QStringList> commandLines{
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--frobnicate")},
        {QStringLiteral("controls")},
        {QStringLiteral("controls"), file, QStringLiteral("extra")},
        {QStringLiteral("controls"), file, QStringLiteral("--bogus")},
        {QStringLiteral("controls"), file, QStringLiteral("--format")},
        {QStringLiteral("control"), file},
        {QStringLiteral("history"), file, QStringLiteral("--entity"), QStringLiteral("widget")},
        {QStringLiteral("export")},
        {QStringLiteral("export"),
         QStringLiteral("everything"),
         file,
         QStringLiteral("-o"),
         QStringLiteral("x.pdf")},
        {QStringLiteral("import"), QStringLiteral("widgets"), file, QStringLiteral("in.csv")},
    };
    for (const QStringList &arguments : commandLines) {
        const CliRun result = run(arguments);
        EXPECT_EQ(result.exitCode, 2) << qPrintable(arguments.join(u' ') + u'\n' + result.err);
        expectOneErrorLine(result);
        EXPECT_TRUE(result.out.isEmpty()) << qPrintable(result.out);
    }
}

TEST_F(CliUsageTest, HelpListsEveryCommand)
{
    const CliRun result = run({QStringLiteral("--help")});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.err.isEmpty());
    for (const char *command : {"new",
                                "info",
                                "check",
                                "controls",
                                "control",
                                "export controls",
                                "export risk-report",
                                "export treatment-plan",
                                "export audit-pack",
                                "history"}) {
        EXPECT_TRUE(result.out.contains(QStringLiteral("  ") + QString::fromLatin1(command) + u' '))
            << command << '\n'
            << qPrintable(result.out);
    }
}

TEST_F(CliUsageTest, EachCommandHasItsOwnHelp)
{
    const CliRun control = run({QStringLiteral("control"), QStringLiteral("--help")});
    ASSERT_EQ(control.exitCode, 0);
    EXPECT_TRUE(control.out.startsWith(u"Usage: isms-cli control FILE ID")) << qPrintable(control.out);
    EXPECT_TRUE(control.out.contains(u"--target-date YYYY-MM-DD"));

    const CliRun exportHelp =
        run({QStringLiteral("export"), QStringLiteral("controls"), QStringLiteral("--help")});
    ASSERT_EQ(exportHelp.exitCode, 0);
    EXPECT_TRUE(exportHelp.out.contains(u"-o, --output OUT.pdf")) << qPrintable(exportHelp.out);

    const CliRun viaHelp = run({QStringLiteral("help"), QStringLiteral("history")});
    ASSERT_EQ(viaHelp.exitCode, 0);
    EXPECT_TRUE(viaHelp.out.contains(u"--entity KIND")) << qPrintable(viaHelp.out);
}

TEST_F(CliUsageTest, VersionPrintsTheProgramVersion)
{
    const CliRun result = run({QStringLiteral("--version")});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out, QStringLiteral("isms-cli " ISMS_VERSION_STRING "\n"));
}

} // namespace

} // namespace isms::test
