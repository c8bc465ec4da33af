// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Internal audit from the command line: the registers, the checklist generator, findings from answers and
// the audit report.
#include "CliTest.h"

#include <QProcess>
#include <QStandardPaths>

using namespace isms::test;
using namespace Qt::StringLiterals;

namespace {

class CliAuditTest : public CliTest
{
protected:
    static QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(QStandardPaths::findExecutable(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }
};

} // namespace

TEST_F(CliAuditTest, AnAuditIsPlannedCheckedAnsweredAndReported)
{
    const QString project = newProject();
    CliRun checked = run({u"check"_s, project});
    EXPECT_TRUE(checked.out.contains(u"[internal audit] No audit programme is recorded"_s))
        << qPrintable(checked.out);

    ASSERT_EQ(run({u"add"_s, u"people"_s, project, u"--name"_s, u"Nora Eklund"_s}).exitCode, 0);
    const CliRun programme = run({u"add"_s,
                                  u"audit-programme"_s,
                                  project,
                                  u"--title"_s,
                                  u"Three-year programme"_s,
                                  u"--cycle_start"_s,
                                  u"2026-01-01"_s,
                                  u"--cycle_end"_s,
                                  u"2028-12-31"_s,
                                  u"--owner"_s,
                                  u"P-001"_s});
    ASSERT_EQ(programme.exitCode, 0) << qPrintable(programme.err);
    EXPECT_EQ(programme.out.trimmed(), u"AP-001"_s);

    const CliRun reversed = run({u"add"_s,
                                 u"audits"_s,
                                 project,
                                 u"--title"_s,
                                 u"Backwards"_s,
                                 u"--planned_start"_s,
                                 u"2026-05-10"_s,
                                 u"--planned_end"_s,
                                 u"2026-05-01"_s});
    EXPECT_EQ(reversed.exitCode, 2) << qPrintable(reversed.err);
    expectOneErrorLine(reversed);
    EXPECT_TRUE(reversed.err.contains(u"swap"_s)) << qPrintable(reversed.err);

    const CliRun audit = run({u"add"_s,
                              u"audits"_s,
                              project,
                              u"--title"_s,
                              u"Access <b>control</b> audit"_s,
                              u"--programme"_s,
                              u"AP-001"_s,
                              u"--lead_auditor"_s,
                              u"P-001"_s,
                              u"--planned_start"_s,
                              u"2026-05-01"_s});
    ASSERT_EQ(audit.exitCode, 0) << qPrintable(audit.err);
    EXPECT_EQ(audit.out.trimmed(), u"AUD-001"_s);
    ASSERT_EQ(
        run({u"add"_s, u"audit-clauses"_s, project, u"--audit"_s, u"AUD-001"_s, u"--clause"_s, u"9.2"_s})
            .exitCode,
        0);
    for (const QString &control : {u"5.15"_s, u"5.18"_s}) {
        const CliRun linked = run(
            {u"add"_s, u"audit-controls"_s, project, u"--audit"_s, u"AUD-001"_s, u"--control"_s, control});
        ASSERT_EQ(linked.exitCode, 0) << qPrintable(linked.err);
    }
    const CliRun badClause =
        run({u"add"_s, u"audit-clauses"_s, project, u"--audit"_s, u"AUD-001"_s, u"--clause"_s, u"12"_s});
    EXPECT_EQ(badClause.exitCode, 2);
    expectOneErrorLine(badClause);

    const CliRun generated = run({u"audit-checklist"_s, project, u"AUD-001"_s});
    ASSERT_EQ(generated.exitCode, 0) << qPrintable(generated.err);
    EXPECT_TRUE(generated.out.contains(u"Added 4 checklist items"_s)) << qPrintable(generated.out);
    const CliRun again = run({u"audit-checklist"_s, project, u"AUD-001"_s});
    EXPECT_TRUE(again.out.contains(u"Added 0 checklist items; 4 were already"_s)) << qPrintable(again.out);

    const CliRun ungraded =
        run({u"set"_s, u"checklist-items"_s, project, u"CL-0003"_s, u"--result"_s, u"nonconformity"_s});
    EXPECT_EQ(ungraded.exitCode, 2);
    expectOneErrorLine(ungraded);
    ASSERT_EQ(run({u"set"_s,
                   u"checklist-items"_s,
                   project,
                   u"CL-0003"_s,
                   u"--result"_s,
                   u"nonconformity"_s,
                   u"--grade"_s,
                   u"minor"_s,
                   u"--notes"_s,
                   u"Access rules not reviewed"_s})
                  .exitCode,
              0);
    const CliRun raised = run({u"raise-finding"_s, project, u"CL-0003"_s});
    ASSERT_EQ(raised.exitCode, 0) << qPrintable(raised.err);
    EXPECT_EQ(raised.out.trimmed(), u"F-001"_s);
    const CliRun shown = run({u"show"_s, u"findings"_s, project, u"F-001"_s});
    EXPECT_TRUE(shown.out.contains(u"Minor nonconformity"_s)) << qPrintable(shown.out);
    EXPECT_TRUE(shown.out.contains(u"CL-0003"_s)) << qPrintable(shown.out);

    // The minor nonconformity finding raises its nonconformity in one step, once.
    const CliRun nc = run({u"raise-nonconformity"_s, project, u"F-001"_s});
    ASSERT_EQ(nc.exitCode, 0) << qPrintable(nc.err);
    EXPECT_EQ(nc.out.trimmed(), u"NC-001"_s);
    const CliRun ncShown = run({u"show"_s, u"nonconformities"_s, project, u"NC-001"_s});
    EXPECT_TRUE(ncShown.out.contains(u"AUD-001, finding F-001"_s)) << qPrintable(ncShown.out);
    EXPECT_TRUE(ncShown.out.contains(u"Minor"_s)) << qPrintable(ncShown.out);
    const CliRun twice = run({u"raise-nonconformity"_s, project, u"F-001"_s});
    EXPECT_EQ(twice.exitCode, 2) << qPrintable(twice.out);
    EXPECT_TRUE(twice.err.contains(u"already raised nonconformity NC-001"_s)) << qPrintable(twice.err);
    EXPECT_EQ(run({u"raise-nonconformity"_s, project}).exitCode, 2);

    const CliRun list = run({u"list"_s, u"checklist-items"_s, project});
    EXPECT_TRUE(list.out.contains(u"A.5.18"_s)) << qPrintable(list.out);
    const CliRun exported = run({u"export"_s, u"findings"_s, project, u"-o"_s, path(u"f.json"_s)});
    EXPECT_EQ(exported.exitCode, 0) << qPrintable(exported.err);

    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        GTEST_SKIP() << "pdftotext is missing (install poppler-utils)";
    }
    const QString pdf = path(u"audit.pdf"_s);
    const CliRun report = run({u"export"_s, u"audit-report"_s, project, u"AUD-001"_s, u"-o"_s, pdf});
    ASSERT_EQ(report.exitCode, 0) << qPrintable(report.err);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"Access <b>control</b> audit"_s)) << "markup prints literally";
    EXPECT_TRUE(text.contains(u"Nora Eklund (P-001)"_s));
    EXPECT_TRUE(text.contains(u"Independence"_s));
    EXPECT_TRUE(text.contains(u"Access rules not reviewed"_s));
    EXPECT_TRUE(text.contains(u"Minor nonconformity (1)"_s));
    const CliRun missing = run({u"export"_s, u"audit-report"_s, project, u"AUD-009"_s, u"-o"_s, pdf});
    EXPECT_NE(missing.exitCode, 0);
    expectOneErrorLine(missing);
}
