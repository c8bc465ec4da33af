// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace isms::test {

namespace {

/// The verbs every register gets from its description: list, show, add, set, remove.
class CliRecordsTest : public CliTest
{};

QJsonArray jsonOf(const CliRun &result)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(result.out);
    return document.array();
}

TEST_F(CliRecordsTest, ListsEveryRegisterInThreeFormats)
{
    const QString file = newProject();
    for (const QString &kind : {QStringLiteral("threats"), QStringLiteral("vulnerabilities")}) {
        const CliRun table = run({QStringLiteral("list"), kind, file});
        ASSERT_EQ(table.exitCode, 0) << qPrintable(table.err);
        EXPECT_TRUE(table.out.startsWith(QStringLiteral("Reference"))) << qPrintable(table.out);
        const CliRun csv =
            run({QStringLiteral("list"), kind, file, QStringLiteral("--format"), QStringLiteral("csv")});
        ASSERT_EQ(csv.exitCode, 0);
        EXPECT_TRUE(csv.outLines().constFirst().startsWith(QStringLiteral("ref,name,category,description")));
        const QJsonArray json = jsonOf(
            run({QStringLiteral("list"), kind, file, QStringLiteral("--format"), QStringLiteral("json")}));
        EXPECT_EQ(json.size(), csv.outLines().size() - 1);
        EXPECT_TRUE(json.at(0).toObject().contains(QStringLiteral("ref")));
    }
}

TEST_F(CliRecordsTest, AddsShowsChangesAndRemovesALoggedRecord)
{
    const QString file = newProject();
    const CliRun added = run({QStringLiteral("add"),
                              QStringLiteral("threats"),
                              file,
                              QStringLiteral("--name"),
                              QStringLiteral("Drone surveillance"),
                              QStringLiteral("--category"),
                              QStringLiteral("vorsätzlich")});
    ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);
    const QString ref = added.out.trimmed();
    EXPECT_EQ(ref, QStringLiteral("T-041"));

    const CliRun shown =
        run({QStringLiteral("show"), QStringLiteral("threats"), file, QStringLiteral("t-041")});
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Drone surveillance")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Human, deliberate")));

    const CliRun set = run({QStringLiteral("set"),
                            QStringLiteral("threats"),
                            file,
                            ref,
                            QStringLiteral("--sources"),
                            QStringLiteral("competitors")});
    ASSERT_EQ(set.exitCode, 0) << qPrintable(set.err);
    const QJsonArray filtered = jsonOf(run({QStringLiteral("list"),
                                            QStringLiteral("threats"),
                                            file,
                                            QStringLiteral("--format"),
                                            QStringLiteral("json"),
                                            QStringLiteral("--where"),
                                            QStringLiteral("ref=") + ref}));
    ASSERT_EQ(filtered.size(), 1);
    EXPECT_EQ(filtered.at(0).toObject().value(QStringLiteral("ref")).toString(), ref);
    EXPECT_EQ(filtered.at(0).toObject().value(QStringLiteral("sources")).toString(),
              QStringLiteral("competitors"));

    const CliRun history =
        run({QStringLiteral("history"), file, QStringLiteral("--entity"), QStringLiteral("threat")});
    ASSERT_EQ(history.exitCode, 0);
    EXPECT_TRUE(history.out.contains(QStringLiteral("competitors"))) << qPrintable(history.out);

    ASSERT_EQ(run({QStringLiteral("remove"), QStringLiteral("threats"), file, ref}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("show"), QStringLiteral("threats"), file, ref}).exitCode, 4);
    const CliRun check = run({QStringLiteral("check"), file});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);
    // References are never given twice.
    const CliRun again = run({QStringLiteral("add"),
                              QStringLiteral("threats"),
                              file,
                              QStringLiteral("--name"),
                              QStringLiteral("Again"),
                              QStringLiteral("--category"),
                              QStringLiteral("natural")});
    EXPECT_EQ(again.out.trimmed(), QStringLiteral("T-042"));
}

TEST_F(CliRecordsTest, BadInputIsAUsageErrorAndChangesNothing)
{
    const QString file = newProject();
    const QByteArray before = bytes(file);
    const QList<QStringList> bad{
        {QStringLiteral("add"),
         QStringLiteral("threats"),
         file,
         QStringLiteral("--name"),
         QStringLiteral("X"),
         QStringLiteral("--category"),
         QStringLiteral("cosmic")},
        {QStringLiteral("add"),
         QStringLiteral("threats"),
         file,
         QStringLiteral("--category"),
         QStringLiteral("natural")},
        {QStringLiteral("add"),
         QStringLiteral("threats"),
         file,
         QStringLiteral("--name"),
         QStringLiteral("Bell\x07"),
         QStringLiteral("--category"),
         QStringLiteral("natural")},
        {QStringLiteral("set"),
         QStringLiteral("threats"),
         file,
         QStringLiteral("T-001"),
         QStringLiteral("--ref"),
         QStringLiteral("T-002")},
        {QStringLiteral("list"), QStringLiteral("widgets"), file},
        {QStringLiteral("list"),
         QStringLiteral("threats"),
         file,
         QStringLiteral("--where"),
         QStringLiteral("colour=red")},
        {QStringLiteral("set"), QStringLiteral("threats"), file, QStringLiteral("T-001")},
    };
    for (const QStringList &arguments : bad) {
        const CliRun result = run(arguments);
        EXPECT_EQ(result.exitCode, 2) << qPrintable(arguments.join(u' ') + u' ' + result.err);
        expectOneErrorLine(result);
    }
    EXPECT_EQ(
        run({QStringLiteral("show"), QStringLiteral("threats"), file, QStringLiteral("T-999")}).exitCode,
        4);
    EXPECT_EQ(bytes(file), before);
}

TEST_F(CliRecordsTest, HelpListsTheFieldsAsOptions)
{
    const CliRun help =
        run({QStringLiteral("add"), QStringLiteral("vulnerabilities"), QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--name")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("organisational, people, physical, technical, supplier")));
    const CliRun overview = run({QStringLiteral("--help")});
    EXPECT_TRUE(overview.out.contains(QStringLiteral("list threats")));
}

} // namespace

} // namespace isms::test

namespace isms::test {

namespace {

class CliImportTest : public CliTest
{};

TEST_F(CliImportTest, ExportsAndImportsBackWithoutLoss)
{
    const QString source = newProject(QStringLiteral("source.isms"));
    const QString target = newProject(QStringLiteral("target.isms"));
    for (const QString &suffix : {QStringLiteral("csv"), QStringLiteral("json")}) {
        const QString out = path(QStringLiteral("threats.") + suffix);
        const CliRun exported =
            run({QStringLiteral("export"), QStringLiteral("threats"), source, QStringLiteral("-o"), out});
        ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
        const CliRun imported = run({QStringLiteral("import"), QStringLiteral("threats"), target, out});
        ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
        const QString again = path(QStringLiteral("again.") + suffix);
        ASSERT_EQ(
            run({QStringLiteral("export"), QStringLiteral("threats"), target, QStringLiteral("-o"), again})
                .exitCode,
            0);
        EXPECT_EQ(bytes(again), bytes(out));
    }
}

TEST_F(CliImportTest, ABadFileListsItsProblemsAndImportsNothing)
{
    const QString file = newProject();
    const QString input = path(QStringLiteral("bad.csv"));
    QFile csv(input);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Bedrohung;Kategorie\nDrohne;kosmisch\n;technisch\n");
    csv.close();
    const QByteArray before = bytes(file);
    const CliRun result = run({QStringLiteral("import"), QStringLiteral("threats"), file, input});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.outLines().size(), 2) << qPrintable(result.out);
    EXPECT_TRUE(result.out.startsWith(QStringLiteral("line 2: Kategorie: "))) << qPrintable(result.out);
    EXPECT_TRUE(result.outLines().value(1).startsWith(QStringLiteral("line 3: Bedrohung: ")));
    expectOneErrorLine(result);
    EXPECT_EQ(bytes(file), before);

    const CliRun dryRun =
        run({QStringLiteral("import"), QStringLiteral("threats"), file, input, QStringLiteral("--dry-run")});
    EXPECT_EQ(dryRun.exitCode, 1);
    const CliRun badMap = run({QStringLiteral("import"),
                               QStringLiteral("threats"),
                               file,
                               input,
                               QStringLiteral("--map"),
                               QStringLiteral("Bedrohung=colour")});
    EXPECT_EQ(badMap.exitCode, 2);
    EXPECT_EQ(bytes(file), before);
}

} // namespace

} // namespace isms::test
