// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Roles, the RACI matrix, competences, trainings and the communication plan from the command line.
#include "CliTest.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace isms::test;
using namespace Qt::StringLiterals;

namespace {

class CliRolesTest : public CliTest
{
protected:
    /// Runs `add KIND project ARGS...`, expects success and returns the new reference.
    QString add(const QString &kind, const QString &project, const QStringList &arguments)
    {
        const CliRun added = run(QStringList{u"add"_s, kind, project} + arguments);
        EXPECT_EQ(added.exitCode, 0) << qPrintable(kind + u": "_s + added.err);
        return added.out.trimmed();
    }
};

} // namespace

TEST_F(CliRolesTest, RolesRaciAndSupportAreAddedListedShownAndExported)
{
    const QString project = newProject();
    CliRun checked = run({u"check"_s, project});
    EXPECT_EQ(checked.exitCode, 0) << qPrintable(checked.out + checked.err);
    EXPECT_TRUE(checked.out.contains(u"[roles and support] No role is given the duty of making sure"_s))
        << qPrintable(checked.out);

    EXPECT_EQ(add(u"people"_s, project, {u"--name"_s, u"Dana Reyes"_s}), u"P-001"_s);
    EXPECT_EQ(add(u"people"_s, project, {u"--name"_s, u"Omar Haddad"_s}), u"P-002"_s);
    const CliRun sameDeputy = run({u"add"_s,
                                   u"roles"_s,
                                   project,
                                   u"--name"_s,
                                   u"ISMS Manager"_s,
                                   u"--holder"_s,
                                   u"P-001"_s,
                                   u"--deputy"_s,
                                   u"P-001"_s});
    EXPECT_EQ(sameDeputy.exitCode, 2);
    expectOneErrorLine(sameDeputy);
    EXPECT_EQ(add(u"roles"_s,
                  project,
                  {u"--name"_s,
                   u"ISMS Manager"_s,
                   u"--holder"_s,
                   u"P-001"_s,
                   u"--deputy"_s,
                   u"P-002"_s,
                   u"--ensures_conformity"_s,
                   u"yes"_s,
                   u"--reports_performance"_s,
                   u"yes"_s,
                   u"--communicated_how"_s,
                   u"Intranet"_s,
                   u"--communicated_on"_s,
                   u"2026-02-01"_s}),
              u"RL-001"_s);
    EXPECT_EQ(add(u"processes"_s, project, {u"--name"_s, u"Incident management"_s}), u"PR-001"_s);
    EXPECT_EQ(add(u"raci"_s,
                  project,
                  {u"--process"_s, u"PR-001"_s, u"--role"_s, u"RL-001"_s, u"--letter"_s, u"a"_s}),
              u"RA-001"_s);
    const CliRun twice = run({u"add"_s,
                              u"raci"_s,
                              project,
                              u"--process"_s,
                              u"PR-001"_s,
                              u"--role"_s,
                              u"RL-001"_s,
                              u"--letter"_s,
                              u"R"_s});
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_TRUE(twice.err.contains(u"already has a letter"_s)) << qPrintable(twice.err);
    EXPECT_EQ(add(u"competences"_s,
                  project,
                  {u"--role"_s,
                   u"RL-001"_s,
                   u"--competence"_s,
                   u"Risk assessment"_s,
                   u"--person"_s,
                   u"P-001"_s,
                   u"--level"_s,
                   u"missing"_s}),
              u"CO-001"_s);
    const CliRun early = run({u"add"_s,
                              u"trainings"_s,
                              project,
                              u"--person"_s,
                              u"P-001"_s,
                              u"--title"_s,
                              u"Risk assessment course"_s,
                              u"--training_date"_s,
                              u"2026-03-10"_s,
                              u"--effectiveness"_s,
                              u"effective"_s,
                              u"--evaluated_on"_s,
                              u"2026-03-01"_s});
    EXPECT_EQ(early.exitCode, 2);
    expectOneErrorLine(early);
    EXPECT_TRUE(early.err.contains(u"before the training"_s)) << qPrintable(early.err);
    // Planned: its effectiveness is judged after it took place.
    const QString planned = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    EXPECT_EQ(add(u"trainings"_s,
                  project,
                  {u"--person"_s,
                   u"P-001"_s,
                   u"--title"_s,
                   u"Risk assessment course"_s,
                   u"--training_date"_s,
                   planned,
                   u"--competence"_s,
                   u"CO-001"_s,
                   u"--kind"_s,
                   u"training"_s}),
              u"TR-001"_s);
    EXPECT_EQ(add(u"communications"_s,
                  project,
                  {u"--subject"_s,
                   u"Awareness newsletter"_s,
                   u"--timing"_s,
                   u"Quarterly"_s,
                   u"--audience"_s,
                   u"All staff"_s,
                   u"--communicator"_s,
                   u"P-001"_s,
                   u"--channel"_s,
                   u"E-mail"_s}),
              u"CM-001"_s);

    const CliRun roles = run({u"list"_s, u"roles"_s, project, u"--format"_s, u"json"_s});
    ASSERT_EQ(roles.exitCode, 0) << qPrintable(roles.err);
    const QJsonArray roleRows = QJsonDocument::fromJson(roles.out.toUtf8()).array();
    ASSERT_EQ(roleRows.size(), 1);
    EXPECT_EQ(roleRows.at(0).toObject().value(u"holder"_s).toString(), u"P-001"_s);
    EXPECT_TRUE(roleRows.at(0).toObject().value(u"ensures_conformity"_s).toBool());

    const CliRun cells = run({u"list"_s, u"raci"_s, project, u"--format"_s, u"json"_s});
    ASSERT_EQ(cells.exitCode, 0) << qPrintable(cells.err);
    const QJsonArray cellRows = QJsonDocument::fromJson(cells.out.toUtf8()).array();
    ASSERT_EQ(cellRows.size(), 1);
    EXPECT_EQ(cellRows.at(0).toObject().value(u"letter"_s).toString(), u"A"_s);

    const CliRun shown = run({u"show"_s, u"trainings"_s, project, u"TR-001"_s});
    ASSERT_EQ(shown.exitCode, 0) << qPrintable(shown.err);
    EXPECT_TRUE(shown.out.contains(u"Risk assessment course"_s)) << qPrintable(shown.out);
    EXPECT_TRUE(shown.out.contains(u"CO-001"_s)) << qPrintable(shown.out);

    for (const QString &kind : {u"roles"_s, u"competences"_s, u"trainings"_s, u"communications"_s}) {
        const QString out = path(kind + u".json"_s);
        const CliRun exported = run({u"export"_s, kind, project, u"-o"_s, out});
        ASSERT_EQ(exported.exitCode, 0) << qPrintable(kind + u": "_s + exported.err);
        QFile file(out);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(QJsonDocument::fromJson(file.readAll()).array().size(), 1) << qPrintable(kind);
    }

    checked = run({u"check"_s, project});
    EXPECT_EQ(checked.exitCode, 0) << qPrintable(checked.out + checked.err);
    EXPECT_FALSE(checked.out.contains(u"[roles and support]"_s)) << qPrintable(checked.out);
}

TEST_F(CliRolesTest, TheRaciMatrixIsExportedAsPdfOrAsRecords)
{
    const QString project = newProject(u"demo.isms"_s, true);
    const QString pdf = path(u"raci.pdf"_s);
    const CliRun written = run({u"export"_s, u"raci"_s, project, u"-o"_s, pdf});
    ASSERT_EQ(written.exitCode, 0) << qPrintable(written.out + written.err);
    EXPECT_TRUE(written.out.contains(u"Wrote the roles and the RACI matrix"_s)) << qPrintable(written.out);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));

    const QString csv = path(u"raci.csv"_s);
    const CliRun records = run({u"export"_s, u"raci"_s, project, u"-o"_s, csv});
    ASSERT_EQ(records.exitCode, 0) << qPrintable(records.out + records.err);
    QFile table(csv);
    ASSERT_TRUE(table.open(QIODevice::ReadOnly));
    EXPECT_TRUE(table.readLine().contains("letter"));

    // The demo's deliberate gap: no role is Accountable for payroll.
    const CliRun checked = run({u"check"_s, project, u"--format"_s, u"json"_s});
    const QJsonArray findings = QJsonDocument::fromJson(checked.out.toUtf8())
                                    .object()
                                    .value(u"readiness"_s)
                                    .toObject()
                                    .value(u"findings"_s)
                                    .toArray();
    QStringList people;
    for (const QJsonValue &value : findings) {
        const QString rule = value.toObject().value(u"rule"_s).toString();
        if (rule.startsWith(u"R-ROLE"_s) || rule.startsWith(u"R-RACI"_s) || rule.startsWith(u"R-COMPETENCE"_s)
            || rule.startsWith(u"R-TRAINING"_s) || rule.startsWith(u"R-COMMUNICATION"_s)) {
            people.append(rule + u' ' + value.toObject().value(u"id"_s).toString());
        }
    }
    EXPECT_EQ(people, QStringList{u"R-RACI-ACCOUNTABLE PR-006"_s}) << qPrintable(checked.out);
}

TEST_F(CliRolesTest, ARaciSheetWithOneCellTwiceImportsNothing)
{
    const QString project = newProject();
    add(u"people"_s, project, {u"--name"_s, u"Dana Reyes"_s});
    add(u"roles"_s, project, {u"--name"_s, u"ISMS Manager"_s, u"--holder"_s, u"P-001"_s});
    add(u"roles"_s, project, {u"--name"_s, u"Director"_s, u"--holder"_s, u"P-001"_s});
    add(u"processes"_s, project, {u"--name"_s, u"Incident management"_s});
    const auto write = [this](const QString &name, const QByteArray &content) {
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    write(u"twice.csv"_s,
          "Prozess;Rolle;RACI\n"
          "PR-001;RL-001;A\n"
          "PR-001;RL-001;R\n");
    const CliRun twice = run({u"import"_s, u"raci"_s, project, path(u"twice.csv"_s)});
    EXPECT_EQ(twice.exitCode, 1) << qPrintable(twice.out + twice.err);
    EXPECT_TRUE(twice.out.contains(u"line 3: Role RL-001 already has a letter for process PR-001"_s))
        << qPrintable(twice.out);
    const CliRun none = run({u"list"_s, u"raci"_s, project, u"--format"_s, u"json"_s});
    EXPECT_TRUE(QJsonDocument::fromJson(none.out.toUtf8()).array().isEmpty()) << "nothing half-saved";

    write(u"raci.csv"_s,
          "process;role;letter\n"
          "PR-001;RL-001;responsible\n"
          "PR-001;RL-002;accountable\n");
    const CliRun good = run({u"import"_s, u"raci"_s, project, path(u"raci.csv"_s)});
    ASSERT_EQ(good.exitCode, 0) << qPrintable(good.out + good.err);
    const CliRun listed = run({u"list"_s, u"raci"_s, project, u"--format"_s, u"json"_s});
    const QJsonArray cells = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(cells.size(), 2);
    EXPECT_EQ(cells.at(1).toObject().value(u"letter"_s).toString(), u"A"_s);
    EXPECT_EQ(cells.at(1).toObject().value(u"role"_s).toString(), u"RL-002"_s);
}
