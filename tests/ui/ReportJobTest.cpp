// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// ReportJob runs a report's work in a worker thread on its own read-only connection to what the window
// reads (the file, or the working copy of a file read through one), and falls back to the GUI thread
// with a reason when the worker cannot open it.
#include "common/ReportJob.h"

#include "UiTestFixture.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QProgressDialog>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// Where and on what a work ran.
struct Ran
{
    bool inGuiThread = false;
    const isms::Database *db = nullptr;
    bool readOnly = false;
    QString path;
};

ReportJob::Work recording(Ran &ran)
{
    return [&ran](ReportJob::Context &context) -> isms::Result<void> {
        ran.inGuiThread = QThread::currentThread() == QCoreApplication::instance()->thread();
        ran.db = &context.db();
        ran.readOnly = context.db().isReadOnly();
        ran.path = context.db().readPath();
        return {};
    };
}

class ReportJobTest : public UiTestFixture
{};

} // namespace

TEST_F(ReportJobTest, RunsInAWorkerOnItsOwnReadOnlyConnection)
{
    openDemo();
    ReportJob job(*m_window->database(), u"Working"_s, m_window.get());
    Ran ran;
    ASSERT_TRUE(job.run(recording(ran)).hasValue());
    EXPECT_TRUE(job.fallbackReason().isEmpty()) << qPrintable(job.fallbackReason());
    EXPECT_FALSE(ran.inGuiThread);
    EXPECT_NE(ran.db, m_window->database());
    EXPECT_TRUE(ran.readOnly);
    EXPECT_EQ(ran.path, m_window->database()->path());
    EXPECT_EQ(job.progressDialog(), nullptr);
}

TEST_F(ReportJobTest, ReadsTheWorkingCopyTheWindowReads)
{
    const QString path = m_temp.path(u"older.isms"_s);
    ASSERT_TRUE(isms::Database::createAtSchemaVersion(path, isms::Database::currentSchemaVersion() - 1));
    isms::Database::OpenOptions options;
    options.access = isms::Database::Access::ReadOnly;
    auto db = isms::Database::open(path, options);
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    ASSERT_TRUE((*db)->readsWorkingCopy());
    ReportJob job(**db, u"Working"_s, nullptr);
    Ran ran;
    ASSERT_TRUE(job.run(recording(ran)).hasValue());
    EXPECT_TRUE(job.fallbackReason().isEmpty()) << qPrintable(job.fallbackReason());
    EXPECT_FALSE(ran.inGuiThread);
    EXPECT_EQ(ran.path, (*db)->readPath());
    EXPECT_NE(ran.path, (*db)->path()) << "never the older file, which would be upgraded again";
}

TEST_F(ReportJobTest, FallsBackToTheWindowsConnectionWhenTheWorkerCannotOpenTheFile)
{
    openDemo();
    // The window still reads the file it opened; a new connection finds nothing there.
    ASSERT_TRUE(QFile::rename(m_demoPath, m_demoPath + u".moved"_s));
    const ExpectedCoreWarnings warnings;
    ReportJob job(*m_window->database(), u"Working"_s, m_window.get());
    Ran ran;
    ASSERT_TRUE(job.run(recording(ran)).hasValue());
    EXPECT_FALSE(job.fallbackReason().isEmpty());
    EXPECT_TRUE(ran.inGuiThread);
    EXPECT_EQ(ran.db, m_window->database());
}

TEST_F(ReportJobTest, ACancelledWorkReportsTheCancellation)
{
    openDemo();
    ReportJob job(*m_window->database(), u"Working"_s, m_window.get());
    job.setStepHook([&job](int step) {
        if (step == 2) {
            job.progressDialog()->cancel();
        }
    });
    int steps = 0;
    const auto result = job.run([&steps](ReportJob::Context &context) -> isms::Result<void> {
        for (int i = 0; i < 5; ++i) {
            if (!context.step(u"Step"_s, i, 5)) {
                return context.cancellation();
            }
            ++steps;
        }
        return {};
    });
    ASSERT_FALSE(result.hasValue());
    EXPECT_TRUE(job.wasCancelled());
    EXPECT_EQ(steps, 1) << "the second step sees the cancel";
}
