// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The planning registers from the command line: isms-risks, objectives and planned-changes.
#include "CliTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace isms::test;
using namespace Qt::StringLiterals;

namespace {

class CliPlanningTest : public CliTest
{
protected:
    void writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
};

} // namespace

TEST_F(CliPlanningTest, ObjectivesAreImportedFromAFrenchSheetAndListedAsJson)
{
    const QString project = newProject();
    writeFile(u"objectifs.csv"_s,
              "Objectif;Cible;Responsable;Échéance;Statut;Ressources;Résultat\n"
              "Corriger vite les failles critiques;95 % en 14 jours;RSSI;2099-03-31;en bonne voie;Deux "
              "jours par mois;\n"
              "Sensibiliser le personnel;;RH;2099-06-30;prévu;;\n"
              "Tester les restaurations;12 sur 12;Exploitation;2026-01-31;atteint;;12 restaurations "
              "réussies\n");
    const CliRun imported = run({u"import"_s, u"objectives"_s, project, path(u"objectifs.csv"_s)});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.out + imported.err);

    const CliRun listed = run({u"list"_s, u"objectives"_s, project, u"--format"_s, u"json"_s});
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
    const QJsonArray objectives = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(objectives.size(), 3);
    const QJsonObject first = objectives.at(0).toObject();
    EXPECT_EQ(first.value(u"ref"_s).toString(), u"OBJ-001"_s);
    EXPECT_EQ(first.value(u"target"_s).toString(), u"95 % en 14 jours"_s);
    EXPECT_EQ(first.value(u"owner"_s).toString(), u"RSSI"_s);
    EXPECT_EQ(first.value(u"due_date"_s).toString(), u"2099-03-31"_s);
    EXPECT_EQ(first.value(u"status"_s).toString(), u"on-track"_s);
    EXPECT_EQ(first.value(u"resources"_s).toString(), u"Deux jours par mois"_s);
    EXPECT_EQ(objectives.at(1).toObject().value(u"status"_s).toString(), u"planned"_s);
    EXPECT_EQ(objectives.at(2).toObject().value(u"status"_s).toString(), u"achieved"_s);
    EXPECT_EQ(objectives.at(2).toObject().value(u"evaluation"_s).toString(), u"12 restaurations réussies"_s);

    // `check` names the objective without a measure and keeps its exit code for the file's soundness.
    const CliRun checked = run({u"check"_s, project});
    EXPECT_EQ(checked.exitCode, 0) << qPrintable(checked.out + checked.err);
    EXPECT_TRUE(
        checked.out.contains(u"[planning] OBJ-002 Sensibiliser le personnel: it has no measurable target"_s))
        << qPrintable(checked.out);
    EXPECT_FALSE(checked.out.contains(u"OBJ-003"_s)) << "achieved before its due date passed is settled";
}

TEST_F(CliPlanningTest, AnAchievedObjectiveWithoutEvaluationImportsNothing)
{
    const QString project = newProject();
    writeFile(u"ziele.csv"_s,
              "Ziel;Zielwert;Stand\n"
              "Schneller patchen;95 % in 14 Tagen;im Plan\n"
              "Wiederherstellung testen;12 von 12;erreicht\n");
    const CliRun imported = run({u"import"_s, u"objectives"_s, project, path(u"ziele.csv"_s)});
    EXPECT_EQ(imported.exitCode, 1) << qPrintable(imported.out + imported.err);
    EXPECT_TRUE(imported.out.contains(u"line 3"_s)) << qPrintable(imported.out);
    EXPECT_TRUE(imported.out.contains(u"Evaluation of results"_s)) << qPrintable(imported.out);
    const CliRun listed = run({u"list"_s, u"objectives"_s, project, u"--format"_s, u"json"_s});
    EXPECT_TRUE(QJsonDocument::fromJson(listed.out.toUtf8()).array().isEmpty()) << "nothing half-imported";
}

TEST_F(CliPlanningTest, ADoneSignificantChangeFromAGermanSheetAsksForItsReviewAndReassessment)
{
    const QString project = newProject();
    writeFile(u"aenderungen.csv"_s,
              "Änderung;Zweck;Verantwortlich;geplant am;Status;geprüft;Neubewertung;Risikobewertung\n"
              "Umzug in die Cloud;Dienst für Kunden;IT-Leitung;2026-03-01;umgesetzt;nein;ja;\n"
              "Neues Ticketsystem;Support bündeln;Support;2099-01-15;vorgeschlagen;nein;nein;\n");
    const CliRun imported = run({u"import"_s, u"planned-changes"_s, project, path(u"aenderungen.csv"_s)});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.out + imported.err);
    const CliRun shown = run({u"show"_s, u"planned-changes"_s, project, u"PC-001"_s});
    ASSERT_EQ(shown.exitCode, 0) << qPrintable(shown.err);

    const CliRun listed = run({u"list"_s, u"planned-changes"_s, project, u"--format"_s, u"json"_s});
    const QJsonObject cloud = QJsonDocument::fromJson(listed.out.toUtf8()).array().at(0).toObject();
    EXPECT_EQ(cloud.value(u"status"_s).toString(), u"done"_s);
    EXPECT_EQ(cloud.value(u"consequences_reviewed"_s).toString(), u"no"_s);
    EXPECT_EQ(cloud.value(u"triggers_reassessment"_s).toString(), u"yes"_s);

    CliRun checked = run({u"check"_s, project});
    EXPECT_TRUE(checked.out.contains(u"[planning] PC-001 Umzug in die Cloud: a significant change is done"_s))
        << qPrintable(checked.out);
    EXPECT_TRUE(
        checked.out.contains(u"[planning] PC-001 Umzug in die Cloud: the change is done but was not"_s));
    EXPECT_FALSE(checked.out.contains(u"PC-002"_s));

    const CliRun settled = run({u"set"_s,
                                u"planned-changes"_s,
                                project,
                                u"PC-001"_s,
                                u"--consequences_reviewed"_s,
                                u"yes"_s,
                                u"--reassessment"_s,
                                u"R-001 and R-004 reassessed."_s});
    ASSERT_EQ(settled.exitCode, 0) << qPrintable(settled.err);
    checked = run({u"check"_s, project, u"--format"_s, u"json"_s});
    EXPECT_FALSE(checked.out.contains(u"PC-001"_s)) << qPrintable(checked.out);
}

TEST_F(CliPlanningTest, AnIsmsRiskIsAddedWithItsActionAndItsReviewNeedsANote)
{
    const QString project = newProject();
    const CliRun refused = run({u"add"_s,
                                u"isms-risks"_s,
                                project,
                                u"--type"_s,
                                u"risk"_s,
                                u"--title"_s,
                                u"Audit findings pile up"_s,
                                u"--effective"_s,
                                u"yes"_s});
    EXPECT_EQ(refused.exitCode, 2) << qPrintable(refused.err);
    expectOneErrorLine(refused);
    EXPECT_TRUE(refused.err.contains(u"Review note"_s)) << qPrintable(refused.err);

    const CliRun added = run({u"add"_s,
                              u"isms-risks"_s,
                              project,
                              u"--type"_s,
                              u"opportunity"_s,
                              u"--title"_s,
                              u"Customers reward certification"_s,
                              u"--action"_s,
                              u"Certify by next year"_s,
                              u"--related_issues"_s,
                              u"CI-001"_s});
    ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);
    EXPECT_EQ(added.out.trimmed(), u"RO-001"_s);
    const CliRun checked = run({u"check"_s, project});
    EXPECT_FALSE(checked.out.contains(u"RO-001"_s)) << qPrintable(checked.out);
    EXPECT_FALSE(checked.out.contains(u"No risk or opportunity of the ISMS"_s)) << qPrintable(checked.out);
    EXPECT_TRUE(checked.out.contains(u"[planning] No information security objective (6.2)"_s))
        << qPrintable(checked.out);
}
