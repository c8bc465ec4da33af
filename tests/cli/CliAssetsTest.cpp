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

/// The asset register on the command line: add, list with dependencies, import in German, cycles.
class CliAssetsTest : public CliTest
{
protected:
    QString addAsset(const QString &file, const QString &name, const QString &confidentiality)
    {
        const CliRun added = run({u"add"_s,
                                  u"assets"_s,
                                  file,
                                  u"--name"_s,
                                  name,
                                  u"--type"_s,
                                  u"Hardware"_s,
                                  u"--confidentiality"_s,
                                  confidentiality});
        EXPECT_EQ(added.exitCode, 0) << qPrintable(added.err);
        return added.out.trimmed();
    }
};

QJsonArray jsonOf(const CliRun &result)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(result.out);
    return document.array();
}

TEST_F(CliAssetsTest, ListsAssetsWithTheirDependenciesAndEffectiveLevels)
{
    const QString file = newProject();
    const QString database = addAsset(file, u"Customer database"_s, u"4"_s);
    const QString server = addAsset(file, u"Database server"_s, u"1"_s);
    EXPECT_EQ(database, u"AS-001");
    EXPECT_EQ(server, u"AS-002");
    const CliRun linked =
        run({u"add"_s, u"asset-dependencies"_s, file, u"--asset"_s, database, u"--depends_on"_s, server});
    ASSERT_EQ(linked.exitCode, 0) << qPrintable(linked.err);
    EXPECT_EQ(linked.out.trimmed(), u"AD-001");

    const QJsonArray json = jsonOf(run({u"list"_s, u"assets"_s, file, u"--format"_s, u"json"_s}));
    ASSERT_EQ(json.size(), 2);
    const QJsonObject first = json.at(0).toObject();
    for (const QString &key : {u"ref"_s,
                               u"name"_s,
                               u"type"_s,
                               u"owner"_s,
                               u"confidentiality"_s,
                               u"integrity"_s,
                               u"availability"_s,
                               u"depends_on"_s}) {
        EXPECT_TRUE(first.contains(key)) << qPrintable(key);
    }
    EXPECT_EQ(first.value(u"type"_s).toString(), u"hardware");
    EXPECT_EQ(first.value(u"confidentiality"_s).toInt(), 4);
    EXPECT_TRUE(first.value(u"integrity"_s).isNull());
    EXPECT_EQ(first.value(u"depends_on"_s).toArray(), QJsonArray{u"AS-002"_s});
    const QJsonObject second = json.at(1).toObject();
    EXPECT_EQ(second.value(u"depends_on"_s).toArray(), QJsonArray{});
    EXPECT_EQ(second.value(u"effective_confidentiality"_s).toInt(), 4); // inherited from AS-001

    const CliRun shown = run({u"show"_s, u"assets"_s, file, server});
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.contains(u"Effective confidentiality:"_s)) << qPrintable(shown.out);

    const CliRun cycle =
        run({u"add"_s, u"asset-dependencies"_s, file, u"--asset"_s, server, u"--depends_on"_s, database});
    EXPECT_NE(cycle.exitCode, 0);
    EXPECT_TRUE(cycle.err.contains(u"AS-002 \u2192 AS-001 \u2192 AS-002"_s)) << qPrintable(cycle.err);

    const CliRun removal = run({u"remove"_s, u"assets"_s, file, server});
    EXPECT_NE(removal.exitCode, 0);
    EXPECT_TRUE(removal.err.contains(u"AD-001"_s)) << qPrintable(removal.err);
}

TEST_F(CliAssetsTest, ImportsACsvWithGermanHeaders)
{
    const QString file = newProject();
    const QString input = path(u"werte.csv"_s);
    QFile csv(input);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Objekt;Typ;Eigentümer;Klassifizierung;Vertraulichkeit;Integrität;Verfügbarkeit;Standort\n"
              "Lohndaten;Daten;Personalleitung;streng vertraulich;4;3;2;Zentrale\n"
              "Lagerverwaltung;Anwendung;IT-Betrieb;intern;mittel;hoch;sehr hoch;Lager Hamburg\n");
    csv.close();
    const CliRun imported = run({u"import"_s, u"assets"_s, file, input});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.out + imported.err);

    const QJsonArray json = jsonOf(run({u"list"_s, u"assets"_s, file, u"--format"_s, u"json"_s}));
    ASSERT_EQ(json.size(), 2);
    const QJsonObject first = json.at(0).toObject();
    EXPECT_EQ(first.value(u"name"_s).toString(), u"Lohndaten");
    EXPECT_EQ(first.value(u"type"_s).toString(), u"information");
    EXPECT_EQ(first.value(u"owner"_s).toString(), u"Personalleitung");
    EXPECT_EQ(first.value(u"classification"_s).toString(), u"strictly-confidential");
    EXPECT_EQ(first.value(u"availability"_s).toInt(), 2);
    const QJsonObject second = json.at(1).toObject();
    EXPECT_EQ(second.value(u"type"_s).toString(), u"software");
    EXPECT_EQ(second.value(u"confidentiality"_s).toInt(), 2); // levels by name: mittel, hoch, sehr hoch
    EXPECT_EQ(second.value(u"integrity"_s).toInt(), 3);
    EXPECT_EQ(second.value(u"availability"_s).toInt(), 4);

    const CliRun check = run({u"check"_s, file});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);
}

TEST_F(CliAssetsTest, CheckReportsACycleWrittenOutsideTheProgram)
{
    const QString file = newProject();
    const QString a = addAsset(file, u"A"_s, u"1"_s);
    const QString b = addAsset(file, u"B"_s, u"2"_s);
    ASSERT_EQ(run({u"add"_s, u"asset-dependencies"_s, file, u"--asset"_s, a, u"--depends_on"_s, b}).exitCode,
              0);
    execSql(file, {u"INSERT INTO asset_dependency (ref, asset, depends_on) VALUES ('AD-050', 2, 1)"_s});
    const CliRun check = run({u"check"_s, file});
    EXPECT_NE(check.exitCode, 0);
    EXPECT_TRUE(check.out.contains(u"AS-001 \u2192 AS-002 \u2192 AS-001"_s)) << qPrintable(check.out);
}

TEST_F(CliAssetsTest, AnImportThatClosesACycleNamesItsLineAndImportsNothing)
{
    const QString file = newProject();
    addAsset(file, u"A"_s, u"1"_s);
    addAsset(file, u"B"_s, u"2"_s);
    const QString input = path(u"links.csv"_s);
    QFile csv(input);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Wert;hängt ab von\nAS-001;AS-002\nAS-002;AS-001\n");
    csv.close();
    const QByteArray before = bytes(file);
    const CliRun result = run({u"import"_s, u"asset-dependencies"_s, file, input});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.outLines().size(), 1) << qPrintable(result.out);
    EXPECT_TRUE(result.out.startsWith(u"line 3: "_s)) << qPrintable(result.out);
    EXPECT_TRUE(result.out.contains(u"AS-002 \u2192 AS-001 \u2192 AS-002"_s));
    EXPECT_EQ(bytes(file), before);
}

} // namespace

} // namespace isms::test
