// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Risk assessment runs and the ISMS calendar from the command line.
#include "CliTest.h"
#include "TempProject.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace isms::test;
using namespace Qt::StringLiterals;

namespace {

class CliAssessmentRunsTest : public CliTest
{};

} // namespace

TEST_F(CliAssessmentRunsTest, AssessmentRunsAreRecordedListedShownExportedAndNeverChanged)
{
    const QString project = newProject();
    const CliRun before = run({u"check"_s, project});
    EXPECT_TRUE(before.out.contains(u"No risk assessment run is recorded"_s)) << qPrintable(before.out);

    const CliRun added = run({u"add"_s, u"risks"_s, project, u"--title"_s, u"Laptop theft"_s});
    ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);
    const CliRun noScope = run({u"run-assessment"_s, project, u"--by"_s, u"Dana"_s});
    EXPECT_EQ(noScope.exitCode, 2);
    expectOneErrorLine(noScope);
    const CliRun recorded = run({u"run-assessment"_s,
                                 project,
                                 u"--scope"_s,
                                 u"Whole ISMS, <b>all</b> sites"_s,
                                 u"--by"_s,
                                 u"Dana Example"_s,
                                 u"--date"_s,
                                 QDate::currentDate().addDays(-3).toString(Qt::ISODate)});
    ASSERT_EQ(recorded.exitCode, 0) << qPrintable(recorded.err);
    EXPECT_EQ(recorded.out.trimmed(), u"RUN-001"_s);

    const CliRun listed = run({u"list"_s, u"assessment-runs"_s, project, u"--format"_s, u"json"_s});
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
    const QJsonArray runs = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs.at(0).toObject().value(u"scope"_s).toString(), u"Whole ISMS, <b>all</b> sites"_s);
    EXPECT_EQ(runs.at(0).toObject().value(u"risk_count"_s).toInt(), 1);
    const CliRun shown = run({u"show"_s, u"assessment-runs"_s, project, u"RUN-001"_s});
    ASSERT_EQ(shown.exitCode, 0) << qPrintable(shown.err);
    EXPECT_TRUE(shown.out.contains(u"Dana Example"_s));

    const CliRun set = run({u"set"_s, u"assessment-runs"_s, project, u"RUN-001"_s, u"--scope"_s, u"Less"_s});
    EXPECT_NE(set.exitCode, 0);
    expectOneErrorLine(set);
    const CliRun removed = run({u"remove"_s, u"assessment-runs"_s, project, u"RUN-001"_s});
    EXPECT_NE(removed.exitCode, 0);
    EXPECT_TRUE(removed.err.contains(u"cannot be changed or removed"_s)) << qPrintable(removed.err);
    const CliRun generic = run({u"add"_s, u"assessment-runs"_s, project, u"--scope"_s, u"x"_s});
    EXPECT_EQ(generic.exitCode, 2);
    EXPECT_TRUE(generic.err.contains(u"run-assessment"_s)) << qPrintable(generic.err);

    const QString pdf = path(u"run.pdf"_s);
    const CliRun exported = run({u"export"_s, u"assessment-run"_s, project, u"RUN-001"_s, u"-o"_s, pdf});
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    const CliRun missing = run({u"export"_s, u"assessment-run"_s, project, u"RUN-009"_s, u"-o"_s, pdf});
    EXPECT_NE(missing.exitCode, 0);
    expectOneErrorLine(missing);

    const CliRun clean = run({u"check"_s, project});
    EXPECT_FALSE(clean.out.contains(u"No risk assessment run is recorded"_s));
    EXPECT_FALSE(clean.out.contains(u"[assessment runs]"_s)) << qPrintable(clean.out);
    TempProject::runSql(
        project,
        {u"UPDATE assessment_run_snapshot SET content = replace(content, 'Laptop', 'Phone')"_s});
    const CliRun tampered = run({u"check"_s, project});
    EXPECT_EQ(tampered.exitCode, 1) << qPrintable(tampered.out);
    EXPECT_TRUE(tampered.out.contains(u"RUN-001"_s)) << qPrintable(tampered.out);
}

TEST_F(CliAssessmentRunsTest, TheCalendarIsListedAndExportedAsICalendar)
{
    const QString project = newProject(u"demo.isms"_s, true);
    const CliRun listed = run({u"calendar"_s, project, u"--format"_s, u"json"_s});
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
    const QJsonArray duties = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_FALSE(duties.isEmpty());
    const CliRun wrong = run({u"export"_s, u"calendar"_s, project, u"-o"_s, path(u"cal.pdf"_s)});
    EXPECT_EQ(wrong.exitCode, 2);
    expectOneErrorLine(wrong);

    const auto exportOnce = [&](const QString &name) {
        const CliRun exported = run({u"export"_s, u"calendar"_s, project, u"-o"_s, path(name)});
        EXPECT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    const QByteArray first = exportOnce(u"one.ics"_s);
    const QByteArray second = exportOnce(u"two.ics"_s);
    EXPECT_TRUE(first.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_EQ(first.count("BEGIN:VEVENT"), duties.size());
    QStringList uids;
    QStringList uidsAgain;
    for (const QByteArray &line : first.split('\n')) {
        if (line.startsWith("UID:")) {
            uids.append(QString::fromUtf8(line));
        }
    }
    for (const QByteArray &line : second.split('\n')) {
        if (line.startsWith("UID:")) {
            uidsAgain.append(QString::fromUtf8(line));
        }
    }
    EXPECT_EQ(uids.size(), duties.size());
    EXPECT_EQ(uids, uidsAgain);
}
