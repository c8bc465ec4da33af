// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"
#include "services/DemoData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms::test {

namespace {

class CliControlsTest : public CliTest
{};

TEST_F(CliControlsTest, NewThenCsvPrintsHeaderAnd93Rows)
{
    const QString file = newProject();
    const CliRun result =
        run({QStringLiteral("controls"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.err.isEmpty()) << qPrintable(result.err);
    const QStringList lines = result.outLines();
    ASSERT_EQ(lines.size(), 94);
    EXPECT_EQ(lines.first(), u"id,title,theme,status,owner");
    EXPECT_TRUE(lines.at(1).startsWith(u"A.5.1,")) << qPrintable(lines.at(1));
    EXPECT_TRUE(lines.last().startsWith(u"A.8.34,")) << qPrintable(lines.last());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        EXPECT_TRUE(lines.at(i).endsWith(u",not-started,")) << qPrintable(lines.at(i));
    }
}

TEST_F(CliControlsTest, JsonIsAnArrayOf93Objects)
{
    const QString file = newProject();
    const CliRun result =
        run({QStringLiteral("controls"), file, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    ASSERT_TRUE(document.isArray());
    const QJsonArray controls = document.array();
    ASSERT_EQ(controls.size(), 93);
    const QJsonObject first = controls.first().toObject();
    EXPECT_EQ(first.value(u"id").toString(), u"A.5.1");
    EXPECT_EQ(first.value(u"theme").toString(), u"Organizational");
    EXPECT_EQ(first.value(u"status").toString(), u"not-started");
    EXPECT_TRUE(first.contains(u"title"));
    EXPECT_TRUE(first.contains(u"owner"));
    int people = 0;
    for (const QJsonValue &value : controls) {
        people += value.toObject().value(u"theme").toString() == u"People" ? 1 : 0;
    }
    EXPECT_EQ(people, 8);
}

TEST_F(CliControlsTest, TableAlignsOneRowPerControl)
{
    const QString file = newProject();
    const CliRun result = run({QStringLiteral("controls"), file});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    const QStringList lines = result.outLines();
    qsizetype rows = 0;
    qsizetype themeColumn = -1;
    for (const QString &line : lines) {
        if (line.startsWith(u"A.")) {
            ++rows;
            // Columns are aligned: the theme starts at the same position on every row.
            const qsizetype column = line.indexOf(
                QRegularExpression(QStringLiteral("  (Organizational|People|Physical|Technological)  ")));
            ASSERT_GT(column, 0) << qPrintable(line);
            if (themeColumn < 0) {
                themeColumn = column;
            }
            EXPECT_EQ(column, themeColumn) << qPrintable(line);
        }
    }
    EXPECT_EQ(rows, 93);
    EXPECT_TRUE(lines.first().startsWith(u"Id")) << qPrintable(lines.first());
    EXPECT_TRUE(result.out.contains(u"(93 in total)")) << qPrintable(result.out);
}

TEST_F(CliControlsTest, DemoWithoutOrganisationUsesTheDemoName)
{
    const QString file = newProject(QStringLiteral("demo.isms"), true);
    const CliRun result = run({QStringLiteral("info"), file});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.out.contains(DemoData::organisation())) << qPrintable(result.out);
    EXPECT_TRUE(result.out.contains(u"93")) << qPrintable(result.out);
}

TEST_F(CliControlsTest, NewWithoutOrganisationIsAUsageError)
{
    const CliRun result = run({QStringLiteral("new"), path(QStringLiteral("x.isms"))});
    EXPECT_EQ(result.exitCode, 2);
    expectOneErrorLine(result);
    EXPECT_TRUE(result.err.contains(u"--org")) << qPrintable(result.err);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.isms"))));
}

TEST_F(CliControlsTest, NewNeverOverwritesAFile)
{
    const QString file = newProject();
    const QByteArray before = bytes(file);
    const CliRun result =
        run({QStringLiteral("new"), file, QStringLiteral("--org"), QStringLiteral("Other")});
    EXPECT_EQ(result.exitCode, 4);
    expectOneErrorLine(result);
    EXPECT_EQ(bytes(file), before);
}

TEST_F(CliControlsTest, ControlShowsAttributesTrackingAndMapping)
{
    const QString file = newProject();
    const CliRun result = run({QStringLiteral("control"), file, QStringLiteral("A.5.1")});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.out.startsWith(u"A.5.1 Policies for information security")) << qPrintable(result.out);
    EXPECT_TRUE(result.out.contains(u"Organizational"));
    EXPECT_TRUE(result.out.contains(u"Preventive"));
    EXPECT_TRUE(result.out.contains(u"A.5.1.1")) << qPrintable(result.out);
    EXPECT_TRUE(result.out.contains(u"not-started"));
}

TEST_F(CliControlsTest, ControlIdWorksWithoutPrefix)
{
    const QString file = newProject();
    const CliRun result = run({QStringLiteral("control"), file, QStringLiteral("8.34")});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.out.startsWith(u"A.8.34 ")) << qPrintable(result.out);
}

TEST_F(CliControlsTest, ChangeIsOneLoggedActionShownInHistory)
{
    const QString file = newProject();
    const CliRun changed = run({QStringLiteral("control"),
                                file,
                                QStringLiteral("a.5.1"),
                                QStringLiteral("--status"),
                                QStringLiteral("implemented"),
                                QStringLiteral("--owner"),
                                QStringLiteral("Alice Example"),
                                QStringLiteral("--target-date"),
                                QStringLiteral("2027-03-31")});
    ASSERT_EQ(changed.exitCode, 0) << qPrintable(changed.err);
    EXPECT_TRUE(changed.err.isEmpty()) << qPrintable(changed.err);
    EXPECT_TRUE(changed.out.contains(u"implemented"));
    EXPECT_TRUE(changed.out.contains(u"Alice Example"));
    EXPECT_TRUE(changed.out.contains(u"2027-03-31"));

    const CliRun history = run({QStringLiteral("history"),
                                file,
                                QStringLiteral("--entity"),
                                QStringLiteral("control"),
                                QStringLiteral("--id"),
                                QStringLiteral("A.5.1")});
    ASSERT_EQ(history.exitCode, 0) << qPrintable(history.err);
    EXPECT_TRUE(history.out.contains(u"not-started \u2192 implemented")) << qPrintable(history.out);
    EXPECT_TRUE(history.out.contains(u"Alice Example"));
    EXPECT_TRUE(history.out.contains(u"2027-03-31"));
    EXPECT_TRUE(history.out.contains(QString::fromLatin1(Actor)));
    qsizetype rows = 0;
    for (const QString &line : history.outLines()) {
        rows += line.contains(u"control A.5.1") ? 1 : 0;
    }
    EXPECT_EQ(rows, 3) << qPrintable(history.out);

    // Another control's history stays empty.
    const CliRun other = run({QStringLiteral("history"),
                              file,
                              QStringLiteral("--entity"),
                              QStringLiteral("control"),
                              QStringLiteral("--id"),
                              QStringLiteral("5.2")});
    ASSERT_EQ(other.exitCode, 0) << qPrintable(other.err);
    EXPECT_FALSE(other.out.contains(u"A.5.1")) << qPrintable(other.out);
}

TEST_F(CliControlsTest, RepeatingAChangeWritesNothing)
{
    const QString file = newProject();
    const QStringList change{QStringLiteral("control"),
                             file,
                             QStringLiteral("5.2"),
                             QStringLiteral("--status"),
                             QStringLiteral("planned")};
    ASSERT_EQ(run(change).exitCode, 0);
    const QByteArray before = bytes(file);
    const CliRun again = run(change);
    EXPECT_EQ(again.exitCode, 0) << qPrintable(again.err);
    EXPECT_TRUE(again.out.contains(u"nothing was changed")) << qPrintable(again.out);
    EXPECT_EQ(bytes(file), before);
}

TEST_F(CliControlsTest, UnknownStatusKeywordIsAUsageError)
{
    const QString file = newProject();
    const QByteArray before = bytes(file);
    const CliRun result = run({QStringLiteral("control"),
                               file,
                               QStringLiteral("5.1"),
                               QStringLiteral("--status"),
                               QStringLiteral("done")});
    EXPECT_EQ(result.exitCode, 2);
    expectOneErrorLine(result);
    EXPECT_TRUE(result.err.contains(u"done")) << qPrintable(result.err);
    EXPECT_TRUE(result.err.contains(u"not-applicable")) << qPrintable(result.err);
    EXPECT_EQ(bytes(file), before);
}

TEST_F(CliControlsTest, EveryStatusKeywordIsAccepted)
{
    const QString file = newProject();
    for (const char *keyword : {"planned", "partial", "implemented", "not-applicable", "not-started"}) {
        const CliRun result = run({QStringLiteral("control"),
                                   file,
                                   QStringLiteral("6.3"),
                                   QStringLiteral("--status"),
                                   QString::fromLatin1(keyword)});
        EXPECT_EQ(result.exitCode, 0) << keyword << ' ' << qPrintable(result.err);
    }
}

TEST_F(CliControlsTest, BadTargetDateIsAUsageError)
{
    const QString file = newProject();
    const CliRun result = run({QStringLiteral("control"),
                               file,
                               QStringLiteral("5.1"),
                               QStringLiteral("--target-date"),
                               QStringLiteral("2027-13-01")});
    EXPECT_EQ(result.exitCode, 2);
    expectOneErrorLine(result);
}

TEST_F(CliControlsTest, UnknownControlNamesTheValidIds)
{
    const QString file = newProject();
    for (const char *id : {"A.9.99", "8.35", "banana"}) {
        const CliRun result = run({QStringLiteral("control"), file, QString::fromLatin1(id)});
        EXPECT_EQ(result.exitCode, 2) << id;
        expectOneErrorLine(result);
        EXPECT_TRUE(result.err.contains(QString::fromLatin1(id))) << qPrintable(result.err);
        EXPECT_TRUE(result.err.contains(u"isms-cli controls")) << qPrintable(result.err);
    }
}

TEST_F(CliControlsTest, UnknownFormatIsAUsageError)
{
    const QString file = newProject();
    const CliRun result =
        run({QStringLiteral("controls"), file, QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(result.exitCode, 2);
    expectOneErrorLine(result);
    EXPECT_TRUE(result.out.isEmpty());
}

TEST_F(CliControlsTest, CsvNeutralisesFormulasInOwners)
{
    const QString file = newProject();
    ASSERT_EQ(run({QStringLiteral("control"),
                   file,
                   QStringLiteral("5.1"),
                   QStringLiteral("--owner"),
                   QStringLiteral("=HYPERLINK(\"http://x\")")})
                  .exitCode,
              0);
    const CliRun result =
        run({QStringLiteral("controls"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains(u"\"'=HYPERLINK(\"\"http://x\"\")\"")) << qPrintable(result.out);
}

TEST_F(CliControlsTest, RefusesControlCharactersInSingleLineFields)
{
    const QString file = newProject();
    const QByteArray before = bytes(file);
    for (const QString &owner :
         {QStringLiteral("Eve\x1b[2J"), QStringLiteral("Ring\x07"), QString(QChar(0x202E))}) {
        const CliRun result =
            run({QStringLiteral("control"), file, QStringLiteral("5.1"), QStringLiteral("--owner"), owner});
        EXPECT_EQ(result.exitCode, 2) << qPrintable(result.err);
        expectOneErrorLine(result);
        EXPECT_TRUE(result.err.contains(u"U+"_s)) << qPrintable(result.err);
    }
    EXPECT_EQ(bytes(file), before);
}

TEST_F(CliControlsTest, TerminalEscapesInTheFileArePrintedHarmlessly)
{
    const QString file = newProject();
    // Written past the program's rules, as another tool could.
    TempProject::runSql(file,
                        {QStringLiteral("UPDATE requirement SET owner = 'Eve' || char(27) || '[2J' || "
                                        "char(8238) WHERE ref = '5.1'")});
    const CliRun table = run({QStringLiteral("controls"), file});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_FALSE(table.out.contains(QChar(0x1b)));
    EXPECT_FALSE(table.out.contains(QChar(0x202E)));
    const CliRun csv =
        run({QStringLiteral("controls"), file, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_FALSE(csv.out.contains(QChar(0x1b))) << qPrintable(csv.out);
    EXPECT_FALSE(csv.out.contains(QChar(0x202E)));
    const CliRun json =
        run({QStringLiteral("controls"), file, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0);
    EXPECT_FALSE(json.out.contains(QChar(0x1b)));
}

TEST_F(CliControlsTest, HistoryLastShowsTheNewestEntries)
{
    const QString file = newProject();
    ASSERT_EQ(run({QStringLiteral("control"),
                   file,
                   QStringLiteral("5.3"),
                   QStringLiteral("--status"),
                   QStringLiteral("planned"),
                   QStringLiteral("--owner"),
                   QStringLiteral("Dana")})
                  .exitCode,
              0);
    const CliRun result =
        run({QStringLiteral("history"), file, QStringLiteral("--last"), QStringLiteral("1")});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    const QStringList lines = result.outLines();
    ASSERT_EQ(lines.size(), 2) << qPrintable(result.out);
    EXPECT_TRUE(lines.at(1).contains(u"Dana")) << qPrintable(result.out);

    const CliRun bad = run({QStringLiteral("history"), file, QStringLiteral("--last"), QStringLiteral("0")});
    EXPECT_EQ(bad.exitCode, 2);
    expectOneErrorLine(bad);
}

TEST_F(CliControlsTest, HistoryIdNeedsAnEntity)
{
    const QString file = newProject();
    const CliRun result =
        run({QStringLiteral("history"), file, QStringLiteral("--id"), QStringLiteral("5.1")});
    EXPECT_EQ(result.exitCode, 2);
    expectOneErrorLine(result);
}

} // namespace

} // namespace isms::test
