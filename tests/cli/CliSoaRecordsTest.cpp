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

/// The soa kind: list, show, add, set and import of the Statement of Applicability.
class CliSoaRecordsTest : public CliTest
{
protected:
    QString writeInput(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path(name);
    }

    QJsonArray listJson(const QString &file) const
    {
        const CliRun listed = run({u"list"_s, u"soa"_s, file, u"--format"_s, u"json"_s});
        EXPECT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(listed.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(listed.out);
        return document.array();
    }
};

TEST_F(CliSoaRecordsTest, ListsTheAnnexAControlsThenTheAdditionalOnes)
{
    const QString file = newProject();
    const CliRun added = run({u"add"_s,
                              u"soa"_s,
                              file,
                              u"--title"_s,
                              u"Customer data <b>location</b>"_s,
                              u"--source"_s,
                              u"ISO/IEC 27018"_s});
    ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);
    EXPECT_EQ(added.out.trimmed(), u"AC-001"_s);

    const QJsonArray json = listJson(file);
    ASSERT_EQ(json.size(), 94);
    const QJsonObject first = json.at(0).toObject();
    EXPECT_EQ(first.value(u"id"_s).toString(), u"A.5.1"_s);
    EXPECT_TRUE(first.value(u"applicable"_s).isBool());
    EXPECT_TRUE(first.value(u"reasons"_s).isArray());
    for (const QString &key :
         {u"title"_s, u"justification"_s, u"status"_s, u"owner"_s, u"implementation"_s, u"theme"_s}) {
        EXPECT_TRUE(first.contains(key)) << qPrintable(key);
    }
    EXPECT_EQ(json.at(92).toObject().value(u"id"_s).toString(), u"A.8.34"_s);
    const QJsonObject last = json.at(93).toObject();
    EXPECT_EQ(last.value(u"id"_s).toString(), u"AC-001"_s);
    EXPECT_EQ(last.value(u"title"_s).toString(), u"Customer data <b>location</b>"_s);
    EXPECT_TRUE(last.value(u"additional"_s).toBool());
    // The keys come in the contract's order, not sorted.
    const CliRun raw = run({u"list"_s, u"soa"_s, file, u"--format"_s, u"json"_s});
    EXPECT_TRUE(raw.outLines().value(1).trimmed().startsWith(u"{\"id\": \"A.5.1\", \"title\""_s));

    const CliRun csv = run({u"list"_s, u"soa"_s, file, u"--format"_s, u"csv"_s});
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_EQ(csv.outLines().size(), 95);
    EXPECT_TRUE(
        csv.outLines().constFirst().startsWith(u"id,title,applicable,reasons,justification,status"_s));

    const CliRun table = run({u"list"_s, u"soa"_s, file});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(u"AC-001"_s));
    EXPECT_TRUE(table.out.contains(u"Controls: 94 in total, 94 applicable, 0 excluded."_s));
}

TEST_F(CliSoaRecordsTest, ShowsAndSetsAControlByEitherId)
{
    const QString file = newProject();
    const CliRun set = run({u"set"_s,
                            u"soa"_s,
                            file,
                            u"5.7"_s,
                            u"applicable=no"_s,
                            u"justification=No feeds <script>"_s,
                            u"owner=Alice"_s});
    ASSERT_EQ(set.exitCode, 0) << qPrintable(set.err);
    const CliRun shown = run({u"show"_s, u"soa"_s, file, u"A.5.7"_s});
    ASSERT_EQ(shown.exitCode, 0) << qPrintable(shown.err);
    EXPECT_TRUE(shown.out.contains(u"Threat intelligence"_s));
    EXPECT_TRUE(shown.out.contains(u"not-applicable"_s));
    EXPECT_TRUE(shown.out.contains(u"No feeds <script>"_s));
    EXPECT_TRUE(shown.out.contains(u"Alice"_s));

    ASSERT_EQ(run({u"set"_s, u"soa"_s, file, u"A.5.7"_s, u"applicable=yes"_s}).exitCode, 0);
    EXPECT_TRUE(run({u"show"_s, u"soa"_s, file, u"5.7"_s}).out.contains(u"not-started"_s));

    ASSERT_EQ(
        run({u"add"_s, u"soa"_s, file, u"--title"_s, u"Own rule"_s, u"--source"_s, u"Board"_s}).exitCode,
        0);
    ASSERT_EQ(run({u"set"_s, u"soa"_s, file, u"AC-001"_s, u"--status"_s, u"planned"_s}).exitCode, 0);
    EXPECT_TRUE(run({u"show"_s, u"soa"_s, file, u"AC-001"_s}).out.contains(u"planned"_s));

    const CliRun unknown = run({u"show"_s, u"soa"_s, file, u"A.9.9"_s});
    EXPECT_NE(unknown.exitCode, 0);
    expectOneErrorLine(unknown);
    const CliRun wrongField = run({u"set"_s, u"soa"_s, file, u"5.7"_s, u"colour=red"_s});
    EXPECT_EQ(wrongField.exitCode, 2);
    expectOneErrorLine(wrongField);
}

TEST_F(CliSoaRecordsTest, ImportsOurOwnListBackAndReportsBadRowsWithoutChangingAnything)
{
    const QString file = newProject();
    ASSERT_EQ(
        run({u"set"_s, u"soa"_s, file, u"8.1"_s, u"status=partial"_s, u"reasons=legal, business"_s}).exitCode,
        0);
    const QString exported =
        writeInput(u"soa.csv"_s, run({u"list"_s, u"soa"_s, file, u"--format"_s, u"csv"_s}).out.toUtf8());
    const QString other = newProject(u"other.isms"_s);
    const CliRun imported = run({u"import"_s, u"soa"_s, other, exported});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.out + imported.err);
    EXPECT_EQ(listJson(other), listJson(file));

    const QString bad = writeInput(u"bad.csv"_s,
                                   "Control,Applicable,Status,Justification\n"
                                   "A.5.1,ja,umgesetzt,\n"
                                   "A.5.100,yes,,\n"
                                   "5.1,yes,,\n"
                                   "5.2,no,,\n"
                                   "5.3,yes,sometimes,\n");
    const QJsonArray before = listJson(other);
    const CliRun refused = run({u"import"_s, u"soa"_s, other, bad});
    EXPECT_EQ(refused.exitCode, 1);
    const QStringList lines = refused.outLines();
    ASSERT_EQ(lines.size(), 4) << qPrintable(refused.out);
    EXPECT_TRUE(lines.at(0).startsWith(u"line 3: Control: "_s));
    EXPECT_TRUE(lines.at(1).startsWith(u"line 4: Control: 5.1 appears twice"_s));
    EXPECT_TRUE(lines.at(2).startsWith(u"line 5: Justification: 5.2 is excluded"_s));
    EXPECT_TRUE(lines.at(3).startsWith(u"line 6: Status: \"sometimes\""_s));
    expectOneErrorLine(refused);
    EXPECT_EQ(listJson(other), before);

    const QString good = writeInput(u"good.csv"_s, "Control,Applicable,Status\nA.5.1,ja,umgesetzt\n");
    const CliRun dry = run({u"import"_s, u"soa"_s, other, good, u"--dry-run"_s});
    ASSERT_EQ(dry.exitCode, 0) << qPrintable(dry.err);
    EXPECT_TRUE(dry.out.contains(u"--dry-run"_s));
    EXPECT_EQ(listJson(other), before);
    ASSERT_EQ(run({u"import"_s, u"soa"_s, other, good}).exitCode, 0);
    EXPECT_EQ(listJson(other).at(0).toObject().value(u"status"_s).toString(), u"implemented"_s);
}

TEST_F(CliSoaRecordsTest, A2013SoaIsCarriedOverAndItsReviewListPrinted)
{
    const QString file = newProject();
    const QString input = writeInput(u"soa2013.csv"_s,
                                     "Control,Applicable,Status,Justification\n"
                                     "A.5.1.1,Y,implemented,\n"
                                     "A.5.1.2,Y,implemented,\n"
                                     "A.12.4.1,Y,implemented,\n"
                                     "A.12.4.3,N,,No administrators\n"
                                     "A.9.2.3,Y,partial,\n");
    const CliRun dry = run({u"import"_s, u"soa"_s, file, input, u"--dry-run"_s});
    ASSERT_EQ(dry.exitCode, 0) << qPrintable(dry.out + dry.err);
    EXPECT_TRUE(dry.out.contains(u"ISO/IEC 27001:2013"_s));
    EXPECT_TRUE(dry.out.contains(u"Review list"_s));
    EXPECT_TRUE(dry.out.contains(u"[ ] A.5.7 Threat intelligence"_s));
    EXPECT_TRUE(dry.out.contains(u"[ ] A.8.15 Logging"_s));
    EXPECT_TRUE(
        dry.out.contains(u"A.12.4.3 Administrator and operator logs: not applicable (No administrators)"_s));
    EXPECT_EQ(listJson(file).at(0).toObject().value(u"status"_s).toString(), u"not-started"_s);

    const CliRun applied = run({u"import"_s, u"soa"_s, file, input});
    ASSERT_EQ(applied.exitCode, 0) << qPrintable(applied.err);
    EXPECT_TRUE(applied.out.contains(u"[ ] A.8.15 Logging"_s));
    const QJsonArray json = listJson(file);
    EXPECT_EQ(json.at(0).toObject().value(u"status"_s).toString(), u"implemented"_s); // A.5.1
    const CliRun forced = run({u"import"_s, u"soa"_s, file, input, u"--edition"_s, u"2022"_s});
    EXPECT_EQ(forced.exitCode, 1);
    EXPECT_TRUE(forced.out.contains(u"--edition 2013"_s));
}

} // namespace

} // namespace isms::test
