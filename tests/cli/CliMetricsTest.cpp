// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Metrics, measurements, evaluations and the improvement log from the command line, and the
// performance evaluation report.
#include "CliTest.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace isms::test;
using namespace Qt::StringLiterals;

namespace {

class CliMetricsTest : public CliTest
{
protected:
    /// The output of a helper program, or nullopt when it is not installed.
    static std::optional<std::pair<int, QString>> tool(const QString &program, const QStringList &arguments)
    {
        const QString path = QStandardPaths::findExecutable(program);
        if (path.isEmpty()) {
            return std::nullopt;
        }
        QProcess process;
        process.start(path, arguments);
        process.waitForFinished(60'000);
        return std::pair{process.exitCode(),
                         QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
    }
};

} // namespace

TEST_F(CliMetricsTest, MetricsMeasurementsAndImprovementsAreAddedSetShownAndExported)
{
    const QString project = newProject();
    const CliRun checked = run({u"check"_s, project});
    EXPECT_TRUE(checked.out.contains(u"[performance] No active metric (9.1) is recorded"_s))
        << qPrintable(checked.out);

    const CliRun metric = run({u"add"_s,
                               u"metrics"_s,
                               project,
                               u"--name"_s,
                               u"Phishing click rate"_s,
                               u"--unit"_s,
                               u"%"_s,
                               u"--target"_s,
                               u"5,0"_s,
                               u"--direction"_s,
                               u"at-most"_s});
    ASSERT_EQ(metric.exitCode, 0) << qPrintable(metric.err);
    EXPECT_EQ(metric.out.trimmed(), u"M-001"_s);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const CliRun text = run({u"add"_s,
                             u"measurements"_s,
                             project,
                             u"--metric"_s,
                             u"M-001"_s,
                             u"--measured_on"_s,
                             today,
                             u"--value"_s,
                             u"<b>many</b>"_s});
    EXPECT_EQ(text.exitCode, 2) << qPrintable(text.err);
    expectOneErrorLine(text);
    EXPECT_TRUE(text.err.contains(u"\"<b>many</b>\" is not a number"_s)) << qPrintable(text.err);
    const CliRun future = run({u"add"_s,
                               u"measurements"_s,
                               project,
                               u"--metric"_s,
                               u"M-001"_s,
                               u"--measured_on"_s,
                               QDate::currentDate().addDays(3).toString(Qt::ISODate),
                               u"--value"_s,
                               u"4"_s});
    EXPECT_EQ(future.exitCode, 2);
    expectOneErrorLine(future);
    EXPECT_TRUE(future.err.contains(u"future"_s)) << qPrintable(future.err);

    const CliRun measured = run({u"add"_s,
                                 u"measurements"_s,
                                 project,
                                 u"--metric"_s,
                                 u"M-001"_s,
                                 u"--measured_on"_s,
                                 today,
                                 u"--value"_s,
                                 u"6.25"_s});
    ASSERT_EQ(measured.exitCode, 0) << qPrintable(measured.err);
    EXPECT_EQ(measured.out.trimmed(), u"MS-0001"_s);
    const CliRun set = run({u"set"_s, u"measurements"_s, project, u"MS-0001"_s, u"--value"_s, u"4.50"_s});
    ASSERT_EQ(set.exitCode, 0) << qPrintable(set.err);

    const CliRun list = run({u"list"_s, u"measurements"_s, project, u"--format"_s, u"json"_s});
    ASSERT_EQ(list.exitCode, 0) << qPrintable(list.err);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).toObject().value(u"value"_s).toString(), u"4.5"_s);
    EXPECT_EQ(rows.at(0).toObject().value(u"metric"_s).toString(), u"M-001"_s);

    const CliRun objective =
        run({u"add"_s, u"objectives"_s, project, u"--objective"_s, u"Resist phishing"_s});
    ASSERT_EQ(objective.exitCode, 0) << qPrintable(objective.err);
    const CliRun link = run({u"add"_s,
                             u"metric-objectives"_s,
                             project,
                             u"--metric"_s,
                             u"M-001"_s,
                             u"--objective"_s,
                             u"OBJ-001"_s});
    ASSERT_EQ(link.exitCode, 0) << qPrintable(link.err);
    const CliRun control =
        run({u"add"_s, u"metric-controls"_s, project, u"--metric"_s, u"M-001"_s, u"--control"_s, u"6.3"_s});
    ASSERT_EQ(control.exitCode, 0) << qPrintable(control.err);
    const CliRun shown = run({u"show"_s, u"metrics"_s, project, u"M-001"_s});
    ASSERT_EQ(shown.exitCode, 0) << qPrintable(shown.err);
    EXPECT_TRUE(shown.out.contains(u"OBJ-001"_s)) << qPrintable(shown.out);
    EXPECT_TRUE(shown.out.contains(u"6.3"_s)) << qPrintable(shown.out);
    const CliRun other = run({u"show"_s, u"objectives"_s, project, u"OBJ-001"_s});
    EXPECT_TRUE(other.out.contains(u"M-001"_s)) << qPrintable(other.out);

    const CliRun evaluation = run({u"add"_s,
                                   u"metric-evaluations"_s,
                                   project,
                                   u"--metric"_s,
                                   u"M-001"_s,
                                   u"--period_start"_s,
                                   today,
                                   u"--period_end"_s,
                                   QDate::currentDate().addDays(-5).toString(Qt::ISODate),
                                   u"--evaluated_on"_s,
                                   today,
                                   u"--conclusion"_s,
                                   u"Met."_s});
    EXPECT_EQ(evaluation.exitCode, 2);
    expectOneErrorLine(evaluation);
    EXPECT_TRUE(evaluation.err.contains(u"before it starts"_s)) << qPrintable(evaluation.err);

    const CliRun improvement = run({u"add"_s,
                                    u"improvements"_s,
                                    project,
                                    u"--raised_on"_s,
                                    today,
                                    u"--title"_s,
                                    u"Lesson after a click"_s,
                                    u"--source"_s,
                                    u"metric"_s,
                                    u"--status"_s,
                                    u"done"_s});
    EXPECT_EQ(improvement.exitCode, 2);
    expectOneErrorLine(improvement);
    EXPECT_TRUE(improvement.err.contains(u"Result"_s)) << qPrintable(improvement.err);

    const QString csv = path(u"metrics.csv"_s);
    const CliRun exported = run({u"export"_s, u"metrics"_s, project, u"-o"_s, csv});
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(content.contains(u"Phishing click rate"_s)) << qPrintable(content);
    EXPECT_TRUE(content.contains(u"OBJ-001"_s)) << qPrintable(content);

    const CliRun clean = run({u"check"_s, project});
    EXPECT_FALSE(clean.out.contains(u"[performance]"_s)) << qPrintable(clean.out);
}

TEST_F(CliMetricsTest, TheMetricsReportHoldsEachMetricWithItsChartMeasurementsAndEvaluations)
{
    const QString project = newProject(u"demo.isms"_s, true);
    const QString pdf = path(u"metrics.pdf"_s);
    const CliRun exported = run({u"export"_s, u"metrics"_s, project, u"-o"_s, pdf});
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    EXPECT_TRUE(exported.out.contains(u"performance evaluation report"_s)) << qPrintable(exported.out);

    const auto text = tool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!text) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    }
    for (const QString &expected : {u"Performance evaluation"_s,
                                    u"M-001 Critical patches installed within 14 days"_s,
                                    u"M-006 Staff who completed awareness training"_s,
                                    u"Target: at most 5"_s,
                                    u"Measurements"_s,
                                    u"Evaluations"_s,
                                    u"Improvement log"_s,
                                    u"IMP-005"_s}) {
        EXPECT_TRUE(text->second.contains(expected)) << qPrintable(expected);
    }
    if (const auto checked = tool(u"qpdf"_s, {u"--check"_s, pdf})) {
        EXPECT_EQ(checked->first, 0) << qPrintable(checked->second);
    }

    // Markup in user text is printed as typed, never interpreted.
    const CliRun marked = run({u"add"_s, u"metrics"_s, project, u"--name"_s, u"<b>Bold</b> & <i>co</i>"_s});
    ASSERT_EQ(marked.exitCode, 0) << qPrintable(marked.err);
    ASSERT_EQ(run({u"export"_s, u"metrics"_s, project, u"-o"_s, pdf}).exitCode, 0);
    const auto literal = tool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    EXPECT_TRUE(literal->second.contains(u"<b>Bold</b> & <i>co</i>"_s))
        << qPrintable(literal->second.right(2000));

    const CliRun wrong = run({u"export"_s, u"metrics"_s, project, u"-o"_s, path(u"metrics.txt"_s)});
    EXPECT_EQ(wrong.exitCode, 2);
    expectOneErrorLine(wrong);
}

TEST_F(CliMetricsTest, TheDemoLeavesOneMetricOverdue)
{
    const QString project = newProject(u"demo.isms"_s, true);
    const CliRun checked = run({u"check"_s, project, u"--format"_s, u"json"_s});
    const QJsonObject report = QJsonDocument::fromJson(checked.out.toUtf8()).object();
    QStringList performance;
    for (const QJsonValue &value : report.value(u"readiness"_s).toObject().value(u"findings"_s).toArray()) {
        const QJsonObject finding = value.toObject();
        const QString rule = finding.value(u"rule"_s).toString();
        if (rule.startsWith(u"R-METRIC"_s) || rule.startsWith(u"R-IMPROVEMENT"_s)
            || rule == u"R-OBJECTIVE-NO-METRIC"_s) {
            performance.append(rule + u' ' + finding.value(u"id"_s).toString());
        }
    }
    EXPECT_EQ(performance, QStringList{u"R-METRIC-OVERDUE M-005"_s}) << qPrintable(checked.out.left(3000));
}
