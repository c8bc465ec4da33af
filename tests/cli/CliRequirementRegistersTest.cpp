// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Clauses and Annex A controls through the generic register verbs: they are registers of the framework
// whose records the catalogue fixes.
#include "CliTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms::test {

namespace {

class CliRequirementRegistersTest : public CliTest
{
protected:
    void writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
};

TEST_F(CliRequirementRegistersTest, SetListShowAndHistoryWorkWithOrWithoutThePrefix)
{
    const QString file = newProject();
    CliRun result = run({u"set"_s,
                         u"controls"_s,
                         file,
                         u"a.5.1"_s,
                         u"--status"_s,
                         u"implemented"_s,
                         u"--owner"_s,
                         u"CISO"_s});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.out.contains(u"A.5.1")) << qPrintable(result.out);

    result = run({u"list"_s, u"controls"_s, file, u"--where"_s, u"status=implemented"_s});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.out.contains(u"A.5.1    Policies for information security")) << qPrintable(result.out);
    EXPECT_TRUE(result.out.contains(u"1 record")) << qPrintable(result.out);

    result = run({u"set"_s, u"clauses"_s, file, u"4.3"_s, u"--notes"_s, u"Scope approved"_s});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    result = run({u"show"_s, u"clauses"_s, file, u"4.3"_s});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.out.contains(u"Scope approved"));
    EXPECT_TRUE(result.out.contains(u"Determining the scope")) << qPrintable(result.out);

    // The log names requirements by reference, as the first version did.
    result = run({u"history"_s, file, u"--entity"_s, u"control"_s, u"--id"_s, u"A.5.1"_s});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.out.contains(u"control A.5.1  status")) << qPrintable(result.out);
    result = run({u"history"_s, file, u"--entity"_s, u"clause"_s, u"--id"_s, u"4.3"_s});
    EXPECT_TRUE(result.out.contains(u"clause 4.3")) << qPrintable(result.out);

    // The first version's commands read the same records.
    result = run({u"control"_s, file, u"5.1"_s});
    EXPECT_TRUE(result.out.contains(u"CISO")) << qPrintable(result.out);
    EXPECT_EQ(run({u"check"_s, file}).exitCode, 0);
}

TEST_F(CliRequirementRegistersTest, NothingIsAddedOrRemovedAndFactsStayFixed)
{
    const QString file = newProject();
    for (const QString &verb : {u"add"_s, u"remove"_s}) {
        const CliRun result = run({verb, u"controls"_s, file, u"5.1"_s});
        EXPECT_EQ(result.exitCode, 2);
        EXPECT_TRUE(result.err.contains(u"catalogue")) << qPrintable(result.err);
    }
    const CliRun result = run({u"set"_s, u"controls"_s, file, u"5.1"_s, u"--title"_s, u"Mine"_s});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(run({u"controls"_s, file}).out.contains(u"Policies for information security"));
}

TEST_F(CliRequirementRegistersTest, ImportChangesTrackingAndRefusesUnknownControls)
{
    const QString file = newProject();
    writeFile(u"bad.csv"_s, "Control,Status,Owner\nA.5.2,partial,HR\nA.9.9,planned,x\n");
    CliRun result = run({u"import"_s, u"controls"_s, file, path(u"bad.csv"_s)});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains(u"line 3: Control: \"A.9.9\" is none of the Annex A controls"))
        << qPrintable(result.out);
    EXPECT_TRUE(run({u"controls"_s, file}).out.contains(u"A.5.2")); // nothing imported
    EXPECT_FALSE(
        run({u"list"_s, u"controls"_s, file, u"--where"_s, u"status=partial"_s}).out.contains(u"A.5.2"));

    // A spreadsheet of statuses in German words, with the catalogue's title column read past.
    writeFile(u"good.csv"_s,
              "Maßnahme;Titel;Umsetzung;Verantwortlich\nA.5.2;anything;teilweise;HR\n5.3;;umgesetzt;Ops\n");
    result = run({u"import"_s, u"controls"_s, file, path(u"good.csv"_s)});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.out + result.err);
    EXPECT_TRUE(result.out.contains(u"0 created, 2 changed")) << qPrintable(result.out);
    result = run({u"list"_s, u"controls"_s, file, u"--format"_s, u"json"_s});
    const QJsonArray controls = QJsonDocument::fromJson(result.out.toUtf8()).array();
    ASSERT_EQ(controls.size(), 93);
    EXPECT_EQ(controls.at(1).toObject().value(u"status").toString(), u"partial");
    EXPECT_EQ(controls.at(2).toObject().value(u"status").toString(), u"implemented");
    EXPECT_EQ(controls.at(1).toObject().value(u"title").toString(),
              u"Information security roles and responsibilities");
    EXPECT_EQ(run({u"check"_s, file}).exitCode, 0);
}

TEST_F(CliRequirementRegistersTest, ExportControlsWritesDataOrTheReport)
{
    const QString file = newProject();
    ASSERT_EQ(run({u"export"_s, u"controls"_s, file, u"-o"_s, path(u"c.csv"_s)}).exitCode, 0);
    QFile csv(path(u"c.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readLine().startsWith("ref,title,theme,status,owner,target_date,notes"));
    ASSERT_EQ(run({u"export"_s, u"controls"_s, file, u"-o"_s, path(u"c.pdf"_s)}).exitCode, 0);
    QFile pdf(path(u"c.pdf"_s));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
}

} // namespace

} // namespace isms::test
