// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The context registers from the command line: context-issues, interested-parties and scope.
#include "CliTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace isms::test;
using namespace Qt::StringLiterals;

namespace {

class CliContextTest : public CliTest
{};

} // namespace

TEST_F(CliContextTest, PartiesAreImportedFromAGermanSheetAndListedAsJson)
{
    const QString project = newProject();
    const QString csv = path(u"parteien.csv"_s);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Interessierte Partei;Art;Anforderungen;Verbindlichkeit;berücksichtigt\n"
               "Kunden;extern;Verfügbarkeit, Meldung von Vorfällen;vertraglich;ja\n"
               "Aufsicht;extern;Meldepflichten;gesetzlich;offen\n");
    file.close();
    const CliRun imported = run({u"import"_s, u"interested-parties"_s, project, csv});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);

    const CliRun listed = run({u"list"_s, u"interested-parties"_s, project, u"--format"_s, u"json"_s});
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
    const QJsonArray parties = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(parties.size(), 2);
    const QJsonObject customers = parties.at(0).toObject();
    EXPECT_EQ(customers.value(u"ref"_s).toString(), u"IP-001"_s);
    EXPECT_EQ(customers.value(u"side"_s).toString(), u"external"_s);
    EXPECT_EQ(customers.value(u"obligation"_s).toString(), u"contractual"_s);
    EXPECT_EQ(customers.value(u"addressed"_s).toString(), u"yes"_s);
    EXPECT_EQ(parties.at(1).toObject().value(u"addressed"_s).toString(), u"undecided"_s);

    // `check` names what is left to settle and keeps its exit code for the file's soundness.
    const CliRun checked = run({u"check"_s, project});
    EXPECT_EQ(checked.exitCode, 0) << qPrintable(checked.out + checked.err);
    EXPECT_TRUE(checked.out.contains(u"[context] IP-002 Aufsicht: it is not decided yet"_s))
        << qPrintable(checked.out);
    EXPECT_TRUE(
        checked.out.contains(u"[context] IP-001 Kunden: its requirements are addressed, but not how"_s));
    EXPECT_TRUE(checked.out.contains(u"[context] The scope of the ISMS (4.3) is not recorded"_s));
}

TEST_F(CliContextTest, AScopeIsApprovedOnlyWithItsApproverAndDate)
{
    const QString project = newProject();
    const CliRun refused = run(
        {u"add"_s, u"scope"_s, project, u"--statement"_s, u"All of Acme."_s, u"--status"_s, u"approved"_s});
    EXPECT_EQ(refused.exitCode, 2) << qPrintable(refused.err);
    expectOneErrorLine(refused);
    EXPECT_TRUE(refused.err.contains(u"Approved by"_s)) << qPrintable(refused.err);

    const CliRun added = run({u"add"_s,
                              u"scope"_s,
                              project,
                              u"--statement"_s,
                              u"All of Acme."_s,
                              u"--climate"_s,
                              u"not-relevant"_s,
                              u"--climate_rationale"_s,
                              u"No exposed sites."_s,
                              u"--status"_s,
                              u"approved"_s,
                              u"--approved_by"_s,
                              u"Board"_s,
                              u"--approval_date"_s,
                              u"2026-11-02"_s});
    ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);
    EXPECT_EQ(added.out.trimmed(), u"SC-001"_s);
    const CliRun checked = run({u"check"_s, project});
    EXPECT_FALSE(checked.out.contains(u"scope"_s, Qt::CaseInsensitive)) << qPrintable(checked.out);
}
