// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Nonconformities, corrective actions, incidents and suppliers from the command line: the generic verbs,
// the closure rule in one sentence, and the export of the register as PDF, CSV, XLSX and JSON.
#include "CliTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace isms::test;
using namespace Qt::StringLiterals;

namespace {

class CliNonconformityTest : public CliTest
{};

} // namespace

TEST_F(CliNonconformityTest, TheRegistersTakeRecordsAndRefuseAClosureWithoutReview)
{
    const QString project = newProject();
    const CliRun nc = run({u"add"_s,
                           u"nonconformities"_s,
                           project,
                           u"--title"_s,
                           u"Leavers kept <b>VPN</b> access"_s,
                           u"--source"_s,
                           u"audit finding"_s,
                           u"--source_ref"_s,
                           u"Internal audit, finding 3"_s,
                           u"--classification"_s,
                           u"minor"_s});
    ASSERT_EQ(nc.exitCode, 0) << qPrintable(nc.err);
    EXPECT_EQ(nc.out.trimmed(), u"NC-001"_s);

    const CliRun closed =
        run({u"set"_s, u"nonconformities"_s, project, u"NC-001"_s, u"--status"_s, u"closed"_s});
    EXPECT_EQ(closed.exitCode, 2) << qPrintable(closed.err);
    expectOneErrorLine(closed);
    EXPECT_TRUE(closed.err.contains(u"effectiveness review"_s)) << qPrintable(closed.err);

    const CliRun action = run({u"add"_s,
                               u"corrective-actions"_s,
                               project,
                               u"--nonconformity"_s,
                               u"NC-001"_s,
                               u"--action"_s,
                               u"Add the VPN to the leaver checklist"_s,
                               u"--status"_s,
                               u"done"_s,
                               u"--done_on"_s,
                               QDate::currentDate().toString(Qt::ISODate)});
    ASSERT_EQ(action.exitCode, 0) << qPrintable(action.err);
    EXPECT_EQ(action.out.trimmed(), u"CA-001"_s);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const CliRun reviewed = run({u"set"_s,
                                 u"nonconformities"_s,
                                 project,
                                 u"NC-001"_s,
                                 u"--review_date"_s,
                                 today,
                                 u"--review_result"_s,
                                 u"effective"_s,
                                 u"--status"_s,
                                 u"closed"_s,
                                 u"--closed_on"_s,
                                 today});
    ASSERT_EQ(reviewed.exitCode, 0) << qPrintable(reviewed.err);
    const CliRun shown = run({u"show"_s, u"nonconformities"_s, project, u"NC-001"_s});
    ASSERT_EQ(shown.exitCode, 0) << qPrintable(shown.err);
    EXPECT_TRUE(shown.out.contains(u"Leavers kept <b>VPN</b> access"_s)) << qPrintable(shown.out);
    EXPECT_TRUE(shown.out.contains(u"closed"_s, Qt::CaseInsensitive)) << qPrintable(shown.out);

    const CliRun incident = run({u"add"_s,
                                 u"incidents"_s,
                                 project,
                                 u"--title"_s,
                                 u"Phishing"_s,
                                 u"--occurred_on"_s,
                                 today,
                                 u"--detected_on"_s,
                                 QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
    EXPECT_EQ(incident.exitCode, 2);
    expectOneErrorLine(incident);
    EXPECT_TRUE(incident.err.contains(u"detected"_s)) << qPrintable(incident.err);
    ASSERT_EQ(
        run({u"add"_s, u"incidents"_s, project, u"--title"_s, u"Phishing"_s, u"--severity"_s, u"high"_s})
            .exitCode,
        0);
    ASSERT_EQ(run({u"add"_s,
                   u"suppliers"_s,
                   project,
                   u"--name"_s,
                   u"Cloud host"_s,
                   u"--criticality"_s,
                   u"critical"_s,
                   u"--cloud"_s,
                   u"yes"_s})
                  .exitCode,
              0);
    const CliRun listed = run({u"list"_s, u"suppliers"_s, project});
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
    EXPECT_TRUE(listed.out.contains(u"SUP-001"_s) && listed.out.contains(u"Cloud host"_s))
        << qPrintable(listed.out);
    const CliRun checked = run({u"check"_s, project});
    EXPECT_TRUE(checked.out.contains(u"SUP-001"_s)) << qPrintable(checked.out) << "no security requirements";
}

TEST_F(CliNonconformityTest, TheRegisterIsExportedAsPdfAndAsRecords)
{
    const QString project = newProject(u"demo.isms"_s, true);
    const QString pdf = path(u"nc.pdf"_s);
    const CliRun written = run({u"export"_s, u"nonconformities"_s, project, u"-o"_s, pdf});
    ASSERT_EQ(written.exitCode, 0) << qPrintable(written.out + written.err);
    EXPECT_TRUE(written.out.contains(u"Wrote the nonconformity and corrective-action register"_s))
        << qPrintable(written.out);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    file.close();

    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    if (text.waitForFinished(60000) && text.exitCode() == 0) {
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        EXPECT_TRUE(content.contains(u"Nonconformities and corrective actions"_s));
        EXPECT_TRUE(content.contains(u"NC-001"_s) && content.contains(u"CA-003"_s));
        EXPECT_TRUE(content.contains(u"Suppliers"_s) && content.contains(u"SUP-008"_s));
        EXPECT_TRUE(content.contains(u"Overdue"_s));
    }

    QProcess qpdf;
    qpdf.start(u"qpdf"_s, {u"--check"_s, pdf});
    if (qpdf.waitForFinished(60000) && qpdf.exitStatus() == QProcess::NormalExit) {
        EXPECT_EQ(qpdf.exitCode(), 0) << qPrintable(QString::fromUtf8(qpdf.readAllStandardOutput()));
    }

    const QString json = path(u"nc.json"_s);
    const CliRun records = run({u"export"_s, u"nonconformities"_s, project, u"-o"_s, json});
    ASSERT_EQ(records.exitCode, 0) << qPrintable(records.out + records.err);
    QFile table(json);
    ASSERT_TRUE(table.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(table.readAll());
    const QJsonArray rows =
        document.isArray() ? document.array() : document.object().value(u"records"_s).toArray();
    EXPECT_GE(rows.size(), 6);
    for (const char *suffix : {"csv", "xlsx"}) {
        const QString out = path(u"nc."_s + QString::fromLatin1(suffix));
        const CliRun exported = run({u"export"_s, u"nonconformities"_s, project, u"-o"_s, out});
        EXPECT_EQ(exported.exitCode, 0) << qPrintable(exported.out + exported.err);
        EXPECT_TRUE(QFile::exists(out)) << suffix;
    }
    const QString actions = path(u"ca.csv"_s);
    ASSERT_EQ(run({u"export"_s, u"corrective-actions"_s, project, u"-o"_s, actions}).exitCode, 0);
    EXPECT_TRUE(bytes(actions).contains("NC-003"));
}
