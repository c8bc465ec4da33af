// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors

// isms-workbench's command line as a process on a machine without a display: no QT_QPA_PLATFORM, no
// DISPLAY, no WAYLAND_DISPLAY. Before it was read ahead of the QApplication, --help and --version
// aborted there, and --page nonsense silently showed the dashboard.

#include "TempProject.h"
#include "common/Version.h"
#include "domain/Entities.h"
#include "services/DemoData.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QDate>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace isms::test {

namespace {

constexpr int ProcessTimeoutMs = 120'000;

struct GuiRun
{
    int exitCode = -1; ///< -1 after a crash
    QString out;
    QString err;
};

class GuiCommandLineTest : public ::testing::Test
{
protected:
    /// Runs isms-workbench without a display, or with the offscreen platform when `offscreen` is set.
    GuiRun run(const QStringList &arguments, bool offscreen = false) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
            environment.remove(QString::fromLatin1(name));
        }
        if (offscreen) {
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        }
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_temp.path(QStringLiteral("config")));
        environment.insert(QStringLiteral("HOME"), m_temp.path(QStringLiteral("home")));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_temp.path(QString()));
        process.start(QStringLiteral(ISMS_WORKBENCH_PATH), arguments);
        GuiRun result;
        if (!process.waitForStarted(ProcessTimeoutMs) || !process.waitForFinished(ProcessTimeoutMs)) {
            ADD_FAILURE() << "isms-workbench did not run: " << qPrintable(arguments.join(u' '));
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return result;
    }

    /// One line on stderr, starting with "isms-workbench: ".
    static void expectOneErrorLine(const GuiRun &result)
    {
        EXPECT_TRUE(result.err.startsWith(u"isms-workbench: ")) << qPrintable(result.err);
        EXPECT_EQ(result.err.count(u'\n'), 1) << qPrintable(result.err);
    }

    TempProject m_temp;
};

} // namespace

TEST_F(GuiCommandLineTest, HelpPrintsWithoutADisplay)
{
    const GuiRun result = run({QStringLiteral("--help")});
    EXPECT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.out.contains(u"--screenshot")) << qPrintable(result.out);
    EXPECT_TRUE(result.out.contains(u"print-preview")) << qPrintable(result.out);
}

TEST_F(GuiCommandLineTest, VersionPrintsWithoutADisplay)
{
    const GuiRun result = run({QStringLiteral("--version")});
    EXPECT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.out.contains(QStringLiteral(ISMS_VERSION_STRING))) << qPrintable(result.out);
}

TEST_F(GuiCommandLineTest, UnknownPageIsAUsageErrorNamingThePages)
{
    const QString picture = m_temp.path(QStringLiteral("shot.png"));
    const GuiRun result = run({m_temp.path(QStringLiteral("missing.isms")),
                               QStringLiteral("--screenshot"),
                               picture,
                               QStringLiteral("--page"),
                               QStringLiteral("nonsense")});
    EXPECT_EQ(result.exitCode, 2) << qPrintable(result.err);
    expectOneErrorLine(result);
    for (const char *named : {"nonsense", "dashboard", "controls", "clauses", "history", "print-preview"}) {
        EXPECT_TRUE(result.err.contains(QString::fromLatin1(named)))
            << named << ": " << qPrintable(result.err);
    }
    EXPECT_FALSE(QFileInfo::exists(picture));
}

TEST_F(GuiCommandLineTest, PageWithoutScreenshotIsAUsageError)
{
    const GuiRun result = run({QStringLiteral("--page"), QStringLiteral("controls")});
    EXPECT_EQ(result.exitCode, 2) << qPrintable(result.err);
    expectOneErrorLine(result);
    EXPECT_TRUE(result.err.contains(u"--screenshot")) << qPrintable(result.err);
}

TEST_F(GuiCommandLineTest, ScreenshotStillWorksAfterTheFirstReading)
{
    // The first reading runs under a QCoreApplication that is then replaced by the QApplication.
    const QString picture = m_temp.path(QStringLiteral("start.png"));
    const GuiRun result =
        run({QStringLiteral("--screenshot"), picture, QStringLiteral("--page"), QStringLiteral("Start")},
            true);
    EXPECT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(QFileInfo(picture).size() > 0);
}

TEST_F(GuiCommandLineTest, ScreenshotsShowTheRiskPages)
{
    const GuiRun help = run({QStringLiteral("--help")});
    for (const QString &page : {QStringLiteral("risks"), QStringLiteral("treatment-plan")}) {
        EXPECT_TRUE(help.out.contains(page)) << qPrintable(help.out);
        const QString picture = m_temp.path(page + QStringLiteral(".png"));
        const GuiRun result = run({QStringLiteral("--demo"),
                                   QStringLiteral("--screenshot"),
                                   picture,
                                   QStringLiteral("--page"),
                                   page},
                                  true);
        EXPECT_EQ(result.exitCode, 0) << qPrintable(result.err);
        EXPECT_GT(QFileInfo(picture).size(), 0) << qPrintable(page);
    }
}

TEST_F(GuiCommandLineTest, ScreenshotFormatFollowsTheExtension)
{
    // A benchmark saves an uncompressed BMP, so that encoding a PNG does not count.
    const QString bitmap = m_temp.path(QStringLiteral("start.BMP"));
    const GuiRun saved =
        run({QStringLiteral("--screenshot"), bitmap, QStringLiteral("--page"), QStringLiteral("start")},
            true);
    EXPECT_EQ(saved.exitCode, 0) << qPrintable(saved.err);
    EXPECT_TRUE(TempProject::readAll(bitmap).startsWith("BM"));

    const QString plain = m_temp.path(QStringLiteral("start"));
    const GuiRun png =
        run({QStringLiteral("--screenshot"), plain, QStringLiteral("--page"), QStringLiteral("start")}, true);
    EXPECT_EQ(png.exitCode, 0) << qPrintable(png.err);
    EXPECT_TRUE(TempProject::readAll(plain).startsWith("\x89PNG")) << "PNG without an extension";

    const QString unknown = m_temp.path(QStringLiteral("start.docx"));
    const GuiRun refused = run({QStringLiteral("--screenshot"), unknown});
    EXPECT_EQ(refused.exitCode, 2) << qPrintable(refused.err);
    expectOneErrorLine(refused);
    EXPECT_TRUE(refused.err.contains(u".bmp")) << qPrintable(refused.err);
    EXPECT_FALSE(QFileInfo::exists(unknown));
}

TEST_F(GuiCommandLineTest, AScreenshotShowsARecordBeyondTheFirstRowsOfALargeRegister)
{
    QString last;
    {
        auto db = m_temp.create();
        ASSERT_TRUE(db);
        ASSERT_TRUE(isms::DemoData::fill(*db, QDate(2026, 11, 23), 250).hasValue());
        const auto risks = isms::RecordRepository(*db, isms::riskSpec()).all();
        ASSERT_TRUE(risks.hasValue());
        last = isms::EntitySpec::refOf(risks->constLast());
    }
    const QString project = m_temp.path(QStringLiteral("test.isms"));
    const QString picture = m_temp.path(QStringLiteral("last-risk.png"));
    // The page reads its first rows, then the rest, and only then shows the record asked for.
    const GuiRun result = run({project,
                               QStringLiteral("--screenshot"),
                               picture,
                               QStringLiteral("--page"),
                               QStringLiteral("risks"),
                               QStringLiteral("--record"),
                               last},
                              true);
    EXPECT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_GT(QFileInfo(picture).size(), 0);
    const GuiRun missing = run({project,
                                QStringLiteral("--screenshot"),
                                picture,
                                QStringLiteral("--page"),
                                QStringLiteral("risks"),
                                QStringLiteral("--record"),
                                QStringLiteral("R-9999")},
                               true);
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("has no record R-9999"))) << qPrintable(missing.err);
}

} // namespace isms::test
