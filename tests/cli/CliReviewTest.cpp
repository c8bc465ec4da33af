// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Management reviews and their actions from the command line, and the minutes PDF.
#include "CliTest.h"

#include <QProcess>
#include <QStandardPaths>

using namespace isms::test;
using namespace Qt::StringLiterals;

namespace {

class CliReviewTest : public CliTest
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

TEST_F(CliReviewTest, ReviewsAndActionsAreAddedHeldOnceAndExportedAsMinutes)
{
    const QString project = newProject();
    ASSERT_EQ(run({u"add"_s,
                   u"people"_s,
                   project,
                   u"--name"_s,
                   u"Dana Director"_s,
                   u"--top_management"_s,
                   u"yes"_s})
                  .exitCode,
              0);
    const CliRun added = run({u"add"_s,
                              u"management-reviews"_s,
                              project,
                              u"--title"_s,
                              u"<b>Annual</b> review"_s,
                              u"--chair"_s,
                              u"P-001"_s});
    ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);
    EXPECT_EQ(added.out.trimmed(), u"MR-001"_s);
    const CliRun attendee = run(
        {u"add"_s, u"review-attendees"_s, project, u"--review"_s, u"MR-001"_s, u"--person"_s, u"P-001"_s});
    ASSERT_EQ(attendee.exitCode, 0) << qPrintable(attendee.err);

    const CliRun badHeld =
        run({u"set"_s, u"management-reviews"_s, project, u"MR-001"_s, u"--status"_s, u"held"_s});
    EXPECT_EQ(badHeld.exitCode, 2) << qPrintable(badHeld.err);
    expectOneErrorLine(badHeld);
    EXPECT_TRUE(badHeld.err.contains(u"Held on"_s)) << qPrintable(badHeld.err);

    const CliRun action = run({u"add"_s,
                               u"review-actions"_s,
                               project,
                               u"--review"_s,
                               u"MR-001"_s,
                               u"--type"_s,
                               u"change"_s,
                               u"--decision"_s,
                               u"Move supplier reviews into purchasing"_s,
                               u"--owner"_s,
                               u"P-001"_s});
    ASSERT_EQ(action.exitCode, 0) << qPrintable(action.err);
    EXPECT_EQ(action.out.trimmed(), u"RA-001"_s);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const CliRun held = run({u"set"_s,
                             u"management-reviews"_s,
                             project,
                             u"MR-001"_s,
                             u"--status"_s,
                             u"held"_s,
                             u"--held_on"_s,
                             today});
    ASSERT_EQ(held.exitCode, 0) << qPrintable(held.err);
    const CliRun again = run({u"set"_s,
                              u"management-reviews"_s,
                              project,
                              u"MR-001"_s,
                              u"--status"_s,
                              u"planned"_s,
                              u"--held_on"_s,
                              u""_s});
    EXPECT_NE(again.exitCode, 0);
    expectOneErrorLine(again);
    EXPECT_TRUE(again.err.contains(u"held only once"_s)) << qPrintable(again.err);

    const CliRun listed = run({u"list"_s, u"review-actions"_s, project});
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
    EXPECT_TRUE(listed.out.contains(u"Move supplier reviews into purchasing"_s));
    const CliRun shown = run({u"show"_s, u"management-reviews"_s, project, u"MR-001"_s});
    ASSERT_EQ(shown.exitCode, 0) << qPrintable(shown.err);
    EXPECT_TRUE(shown.out.contains(u"<b>Annual</b> review"_s));
    const CliRun exported =
        run({u"export"_s, u"management-reviews"_s, project, u"-o"_s, path(u"reviews.csv"_s)});
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);

    const CliRun checked = run({u"check"_s, project});
    EXPECT_EQ(checked.exitCode, 0) << qPrintable(checked.out + checked.err);

    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        GTEST_SKIP() << "pdftotext is missing (install poppler-utils)";
    }
    const QString pdf = path(u"minutes.pdf"_s);
    const CliRun minutes = run({u"export"_s, u"review-minutes"_s, project, u"MR-001"_s, u"-o"_s, pdf});
    ASSERT_EQ(minutes.exitCode, 0) << qPrintable(minutes.err);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"Management review minutes"_s));
    EXPECT_TRUE(text.contains(u"<b>Annual</b> review"_s)) << "markup prints literally";
    EXPECT_TRUE(text.contains(u"RA-001"_s) && text.contains(u"Move supplier"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"Dana Director"_s));
    const CliRun missing = run({u"export"_s, u"review-minutes"_s, project, u"MR-009"_s, u"-o"_s, pdf});
    EXPECT_NE(missing.exitCode, 0);
    expectOneErrorLine(missing);
}
