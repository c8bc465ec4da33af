// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The processes of the ISMS and their interactions from the command line.
#include "CliTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace isms::test;
using namespace Qt::StringLiterals;

namespace {

class CliProcessTest : public CliTest
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

TEST_F(CliProcessTest, ProcessesAreAddedListedAndCheckedForOwnerAndCriteria)
{
    const QString project = newProject();
    CliRun checked = run({u"check"_s, project});
    EXPECT_EQ(checked.exitCode, 0) << qPrintable(checked.out + checked.err);
    EXPECT_TRUE(checked.out.contains(u"[processes] No process of the ISMS (4.4) is recorded"_s))
        << qPrintable(checked.out);

    const CliRun refused = run(
        {u"add"_s, u"processes"_s, project, u"--name"_s, u"Payroll"_s, u"--externally_provided"_s, u"yes"_s});
    EXPECT_EQ(refused.exitCode, 2) << qPrintable(refused.err);
    expectOneErrorLine(refused);
    EXPECT_TRUE(refused.err.contains(u"Supplier"_s)) << qPrintable(refused.err);

    const CliRun payroll = run({u"add"_s,
                                u"processes"_s,
                                project,
                                u"--name"_s,
                                u"Payroll"_s,
                                u"--externally_provided"_s,
                                u"yes"_s,
                                u"--supplier"_s,
                                u"Payroll bureau"_s,
                                u"--owner"_s,
                                u"Head of Finance"_s,
                                u"--criteria"_s,
                                u"Data sent only through the encrypted portal."_s});
    ASSERT_EQ(payroll.exitCode, 0) << qPrintable(payroll.err);
    EXPECT_EQ(payroll.out.trimmed(), u"PR-001"_s);
    const CliRun hr = run({u"add"_s, u"processes"_s, project, u"--name"_s, u"HR onboarding"_s});
    ASSERT_EQ(hr.exitCode, 0) << qPrintable(hr.err);

    const CliRun linked = run({u"add"_s,
                               u"process-interactions"_s,
                               project,
                               u"--from_process"_s,
                               u"PR-002"_s,
                               u"--to_process"_s,
                               u"PR-001"_s,
                               u"--exchange"_s,
                               u"Starter data"_s});
    ASSERT_EQ(linked.exitCode, 0) << qPrintable(linked.err);
    EXPECT_EQ(linked.out.trimmed(), u"PI-001"_s);
    const CliRun self = run({u"add"_s,
                             u"process-interactions"_s,
                             project,
                             u"--from_process"_s,
                             u"PR-001"_s,
                             u"--to_process"_s,
                             u"PR-001"_s});
    EXPECT_EQ(self.exitCode, 2);
    EXPECT_TRUE(self.err.contains(u"itself"_s)) << qPrintable(self.err);

    const CliRun listed = run({u"list"_s, u"processes"_s, project, u"--format"_s, u"json"_s});
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
    const QJsonArray processes = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(processes.size(), 2);
    EXPECT_EQ(processes.at(0).toObject().value(u"supplier"_s).toString(), u"Payroll bureau"_s);
    EXPECT_EQ(processes.at(0).toObject().value(u"status"_s).toString(), u"operating"_s);

    checked = run({u"check"_s, project});
    EXPECT_EQ(checked.exitCode, 0) << qPrintable(checked.out + checked.err);
    // PR-001 has an owner and criteria; the RACI matrix still lacks its Accountable role.
    EXPECT_FALSE(checked.out.contains(u"[processes] PR-001"_s)) << qPrintable(checked.out);
    EXPECT_TRUE(checked.out.contains(u"[roles and support] PR-001 Payroll: no role is Accountable"_s))
        << qPrintable(checked.out);
    EXPECT_TRUE(checked.out.contains(u"[processes] PR-002 HR onboarding: the process has no owner"_s))
        << qPrintable(checked.out);
    EXPECT_TRUE(checked.out.contains(u"[processes] PR-002 HR onboarding: no criteria say how"_s));
}

TEST_F(CliProcessTest, ProcessesAndInteractionsAreImportedFromGermanAndFrenchSheets)
{
    const QString project = newProject();
    writeFile(u"prozesse.csv"_s,
              "Prozess;Verantwortlich;Kriterien;ausgelagert;Lieferant;Status\n"
              "Softwareentwicklung;Leitung Entwicklung;Review jeder Änderung;nein;;in Betrieb\n"
              "Cloud-Betrieb;Leitung Betrieb;Verfügbarkeit 99,5 %;nein;;aktiv\n"
              "Lohnabrechnung;Finanzen;Verschlüsseltes Portal;ja;Lohnbüro;geplant\n");
    const CliRun imported = run({u"import"_s, u"processes"_s, project, path(u"prozesse.csv"_s)});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.out + imported.err);

    // A file with a self-link, or with one interaction twice, imports nothing and names the line.
    writeFile(u"self.csv"_s,
              "de;vers;échange\n"
              "PR-001;PR-002;Versions\n"
              "PR-002;PR-002;Rien\n");
    const CliRun self = run({u"import"_s, u"process-interactions"_s, project, path(u"self.csv"_s)});
    EXPECT_EQ(self.exitCode, 1) << qPrintable(self.out + self.err);
    EXPECT_TRUE(self.out.contains(u"line 3: A process cannot interact with itself"_s))
        << qPrintable(self.out);
    writeFile(u"twice.csv"_s,
              "de;vers;échange\n"
              "PR-001;PR-002;Versions\n"
              "PR-001;PR-002;Encore\n");
    const CliRun twice = run({u"import"_s, u"process-interactions"_s, project, path(u"twice.csv"_s)});
    EXPECT_EQ(twice.exitCode, 1) << qPrintable(twice.out + twice.err);
    EXPECT_TRUE(twice.out.contains(u"line 3: PR-001 already passes something to PR-002"_s))
        << qPrintable(twice.out);

    writeFile(u"echanges.csv"_s,
              "de;vers;échange\n"
              "PR-001;PR-002;Versions testées\n"
              "PR-002;PR-001;Défauts en production\n");
    const CliRun good = run({u"import"_s, u"process-interactions"_s, project, path(u"echanges.csv"_s)});
    ASSERT_EQ(good.exitCode, 0) << qPrintable(good.out + good.err);

    const CliRun listed = run({u"list"_s, u"process-interactions"_s, project, u"--format"_s, u"json"_s});
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
    const QJsonArray links = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(links.size(), 2);
    EXPECT_EQ(links.at(1).toObject().value(u"from_process"_s).toString(), u"PR-002"_s);
    EXPECT_EQ(links.at(1).toObject().value(u"exchange"_s).toString(), u"Défauts en production"_s);

    const CliRun processes = run({u"list"_s, u"processes"_s, project, u"--format"_s, u"json"_s});
    const QJsonArray rows = QJsonDocument::fromJson(processes.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_TRUE(rows.at(2).toObject().value(u"externally_provided"_s).toBool());
    EXPECT_EQ(rows.at(2).toObject().value(u"status"_s).toString(), u"planned"_s);
    EXPECT_EQ(rows.at(1).toObject().value(u"status"_s).toString(), u"operating"_s);
}

TEST_F(CliProcessTest, TheProcessesAndTheirMapAreExportedAsAReportOrAsRecords)
{
    const QString project = newProject();
    for (const QString &name : {u"Software development"_s, u"Cloud operations"_s}) {
        ASSERT_EQ(run({u"add"_s, u"processes"_s, project, u"--name"_s, name}).exitCode, 0);
    }
    ASSERT_EQ(run({u"add"_s,
                   u"process-interactions"_s,
                   project,
                   u"--from_process"_s,
                   u"PR-001"_s,
                   u"--to_process"_s,
                   u"PR-002"_s,
                   u"--exchange"_s,
                   u"Tested releases"_s})
                  .exitCode,
              0);
    const QString pdf = path(u"processes.pdf"_s);
    const CliRun written = run({u"export"_s, u"processes"_s, project, u"-o"_s, pdf});
    ASSERT_EQ(written.exitCode, 0) << qPrintable(written.out + written.err);
    EXPECT_TRUE(written.out.contains(u"Wrote the ISMS processes and their interaction map"_s))
        << qPrintable(written.out);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));

    const QString csv = path(u"processes.csv"_s);
    const CliRun records = run({u"export"_s, u"processes"_s, project, u"-o"_s, csv});
    ASSERT_EQ(records.exitCode, 0) << qPrintable(records.out + records.err);
    QFile table(csv);
    ASSERT_TRUE(table.open(QIODevice::ReadOnly));
    EXPECT_TRUE(table.readAll().contains("Cloud operations"));
}
