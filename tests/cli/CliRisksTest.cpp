// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms::test {

namespace {

/// The risk register on the command line: the JSON contract, links, words, imports and removal.
class CliRisksTest : public CliTest
{
protected:
    void ok(const QStringList &arguments) const
    {
        const CliRun result = run(arguments);
        ASSERT_EQ(result.exitCode, 0) << qPrintable(arguments.join(u' ') + u'\n' + result.err);
    }

    /// A project with two assets, two risks linked to them and to controls, and a task.
    QString projectWithRisks(const QString &name) const
    {
        const QString file = newProject(name);
        for (const QString &asset : {u"CRM"_s, u"File server"_s}) {
            EXPECT_EQ(
                run({u"add"_s, u"assets"_s, file, u"--name"_s, asset, u"--type"_s, u"software"_s}).exitCode,
                0);
        }
        ok({u"add"_s,
            u"risks"_s,
            file,
            u"--title"_s,
            u"=cmd|' /C calc'!A0 ransomware"_s,
            u"--description"_s,
            u"Two lines,\n\"quoted\" <b>markup</b>"_s,
            u"--owner"_s,
            u"Jane Doe"_s,
            u"--likelihood"_s,
            u"likely"_s,
            u"--impact"_s,
            u"5"_s,
            u"--treatment"_s,
            u"reduce"_s,
            u"--residual_likelihood"_s,
            u"2"_s,
            u"--residual_impact"_s,
            u"3"_s,
            u"--status"_s,
            u"in-treatment"_s});
        ok({u"add"_s,
            u"risks"_s,
            file,
            u"--title"_s,
            u"Lost laptop"_s,
            u"--likelihood"_s,
            u"3"_s,
            u"--impact"_s,
            u"2"_s});
        ok({u"add"_s, u"risk-assets"_s, file, u"--risk"_s, u"R-001"_s, u"--asset"_s, u"AS-002"_s});
        ok({u"add"_s, u"risk-assets"_s, file, u"--risk"_s, u"R-001"_s, u"--asset"_s, u"AS-001"_s});
        ok({u"add"_s,
            u"risk-controls"_s,
            file,
            u"--risk"_s,
            u"R-001"_s,
            u"--control"_s,
            u"8.13"_s,
            u"--role"_s,
            u"planned"_s});
        ok({u"add"_s,
            u"risk-controls"_s,
            file,
            u"--risk"_s,
            u"R-001"_s,
            u"--control"_s,
            u"8.7"_s,
            u"--role"_s,
            u"existing"_s});
        ok({u"add"_s,
            u"treatment-tasks"_s,
            file,
            u"--risk"_s,
            u"R-001"_s,
            u"--title"_s,
            u"Offline backups"_s,
            u"--due_date"_s,
            u"2026-01-15"_s});
        return file;
    }
};

QJsonArray jsonOf(const CliRun &result)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(result.out);
    return document.array();
}

} // namespace

TEST_F(CliRisksTest, ListJsonKeepsTheScriptContract)
{
    const QString file = projectWithRisks(u"acme.isms"_s);
    const QJsonArray risks = jsonOf(run({u"list"_s, u"risks"_s, file, u"--format"_s, u"json"_s}));
    ASSERT_EQ(risks.size(), 2);
    const QJsonObject first = risks.at(0).toObject();
    for (const char *key : {"ref",
                            "title",
                            "description",
                            "owner",
                            "likelihood",
                            "impact",
                            "level",
                            "treatment",
                            "residual_likelihood",
                            "residual_impact",
                            "residual_level",
                            "status",
                            "assets",
                            "controls"}) {
        EXPECT_TRUE(first.contains(QLatin1StringView(key))) << key;
    }
    EXPECT_EQ(first.value(u"ref"_s).toString(), u"R-001");
    EXPECT_EQ(first.value(u"likelihood"_s).toInt(), 4); // "likely" on the default scale
    EXPECT_EQ(first.value(u"impact"_s).toInt(), 5);
    EXPECT_EQ(first.value(u"level"_s).toString(), u"Very high");
    EXPECT_EQ(first.value(u"residual_level"_s).toString(), u"Medium");
    EXPECT_EQ(first.value(u"treatment"_s).toString(), u"modify");
    EXPECT_EQ(first.value(u"assets"_s).toArray(), (QJsonArray{u"AS-001"_s, u"AS-002"_s}));
    EXPECT_EQ(first.value(u"controls"_s).toArray(), (QJsonArray{u"8.7"_s, u"8.13"_s}));
    const QJsonObject second = risks.at(1).toObject();
    EXPECT_EQ(second.value(u"controls"_s).toArray(), QJsonArray{});
    EXPECT_TRUE(second.value(u"residual_likelihood"_s).isNull());

    const QJsonArray tasks = jsonOf(run({u"list"_s, u"treatment-tasks"_s, file, u"--format"_s, u"json"_s}));
    ASSERT_EQ(tasks.size(), 1);
    EXPECT_EQ(tasks.at(0).toObject().value(u"risk"_s).toString(), u"R-001");
}

TEST_F(CliRisksTest, OurOwnExportImportsBackWithoutLossInEveryFormat)
{
    const QString source = projectWithRisks(u"source.isms"_s);
    for (const QString &extension : {u"csv"_s, u"json"_s, u"xlsx"_s}) {
        SCOPED_TRACE(extension.toStdString());
        const QString exported = path(u"risks."_s + extension);
        ok({u"export"_s, u"risks"_s, source, u"-o"_s, exported});
        const QString target = newProject(u"target-"_s + extension + u".isms"_s);
        for (const QString &asset : {u"CRM"_s, u"File server"_s}) {
            ok({u"add"_s, u"assets"_s, target, u"--name"_s, asset, u"--type"_s, u"software"_s});
        }
        const CliRun imported = run({u"import"_s, u"risks"_s, target, exported});
        ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.out + imported.err);
        EXPECT_EQ(imported.outLines().size(), 1);
        const QString again = path(u"again."_s + extension);
        ok({u"export"_s, u"risks"_s, target, u"-o"_s, again});
        if (extension != u"xlsx") {
            EXPECT_EQ(bytes(again), bytes(exported));
        }
        EXPECT_EQ(run({u"list"_s, u"risks"_s, target, u"--format"_s, u"json"_s}).out,
                  run({u"list"_s, u"risks"_s, source, u"--format"_s, u"json"_s}).out);
        // A formula-like title is neutralised on export and imported back as the same text.
        if (extension == u"csv") {
            EXPECT_TRUE(bytes(exported).contains("'=cmd")) << bytes(exported).constData();
        }
        EXPECT_EQ(run({u"check"_s, target}).exitCode, 0);
    }
}

TEST_F(CliRisksTest, AGermanFileWithWordsImportsAndABadOneChangesNothing)
{
    const QString file = projectWithRisks(u"acme.isms"_s);
    const QString good = path(u"risiken.csv"_s);
    QFile out(good);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("\xEF\xBB\xBFRisiko;Wahrscheinlichkeit;Auswirkung;Risikoeigent\xC3\xBCmer;Behandlung;Werte;"
              "Beschreibung\n"
              "Phishing;sehr wahrscheinlich;geringf\xC3\xBC"
              "gig;Max;\xC3\xBC"
              "bertragen;AS-001;\n"
              "Brand;2;4;;vermeiden;;\"Zwei\nZeilen\"\n");
    out.close();
    const CliRun imported = run({u"import"_s, u"risks"_s, file, good});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.out + imported.err);
    EXPECT_TRUE(imported.err.contains(u"\"sehr wahrscheinlich\" read as 5 Almost certain"))
        << qPrintable(imported.err);
    const QJsonArray risks = jsonOf(run({u"list"_s, u"risks"_s, file, u"--format"_s, u"json"_s}));
    ASSERT_EQ(risks.size(), 4);
    EXPECT_EQ(risks.at(2).toObject().value(u"treatment"_s).toString(), u"share");
    EXPECT_EQ(risks.at(2).toObject().value(u"impact"_s).toInt(), 2);
    EXPECT_EQ(risks.at(3).toObject().value(u"description"_s).toString(), u"Zwei\nZeilen");

    const QByteArray before = bytes(file);
    const QString bad = path(u"bad.csv"_s);
    QFile badFile(bad);
    ASSERT_TRUE(badFile.open(QIODevice::WriteOnly));
    badFile.write("ref,title,likelihood,assets\nR-900,,3,\nR-901,Ok,sometimes,AS-404\nR-901,Dup,1,\n");
    badFile.close();
    const CliRun refused = run({u"import"_s, u"risks"_s, file, bad});
    EXPECT_EQ(refused.exitCode, 1);
    const QStringList lines = refused.outLines();
    ASSERT_GE(lines.size(), 3) << qPrintable(refused.out);
    for (const QString &line : lines) {
        EXPECT_TRUE(line.startsWith(u"line ")) << qPrintable(line);
    }
    EXPECT_TRUE(refused.out.contains(u"line 3: likelihood:")) << qPrintable(refused.out);
    EXPECT_TRUE(refused.out.contains(u"line 3: assets: there is no asset \"AS-404\""))
        << qPrintable(refused.out);
    EXPECT_EQ(bytes(file), before);
}

TEST_F(CliRisksTest, AnEmptyMappingLeavesAColumnOut)
{
    const QString source = projectWithRisks(u"source.isms"_s);
    const QString exported = path(u"risks.csv"_s);
    ok({u"export"_s, u"risks"_s, source, u"-o"_s, exported});
    const QString target = newProject(u"bare.isms"_s); // no assets: the links cannot be kept
    EXPECT_EQ(run({u"import"_s, u"risks"_s, target, exported}).exitCode, 1);
    const CliRun imported =
        run({u"import"_s, u"risks"_s, target, exported, u"--map"_s, u"assets=,planned_controls="_s});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.out + imported.err);
    EXPECT_TRUE(imported.err.contains(u"assets")) << qPrintable(imported.err); // named as ignored
    const QJsonArray risks = jsonOf(run({u"list"_s, u"risks"_s, target, u"--format"_s, u"json"_s}));
    ASSERT_EQ(risks.size(), 2);
    EXPECT_EQ(risks.at(0).toObject().value(u"assets"_s).toArray(), QJsonArray{});
    EXPECT_EQ(risks.at(0).toObject().value(u"existing_controls"_s).toArray(), QJsonArray{u"8.7"_s});
}

TEST_F(CliRisksTest, RemovingARiskNamesTheRecordsThatWentWithIt)
{
    const QString file = projectWithRisks(u"acme.isms"_s);
    // An asset a risk names is not removed from under it.
    const CliRun refused = run({u"remove"_s, u"assets"_s, file, u"AS-001"_s});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains(u"RA-0002")) << qPrintable(refused.err);
    const CliRun removed = run({u"remove"_s, u"risks"_s, file, u"R-001"_s});
    ASSERT_EQ(removed.exitCode, 0) << qPrintable(removed.err);
    EXPECT_TRUE(removed.out.contains(u"TT-001")) << qPrintable(removed.out);
    EXPECT_TRUE(removed.out.contains(u"RA-0001")) << qPrintable(removed.out);
    EXPECT_EQ(jsonOf(run({u"list"_s, u"treatment-tasks"_s, file, u"--format"_s, u"json"_s})).size(), 0);
    EXPECT_EQ(run({u"check"_s, file}).exitCode, 0);
    EXPECT_EQ(run({u"remove"_s, u"assets"_s, file, u"AS-001"_s}).exitCode, 0);
}

} // namespace isms::test
