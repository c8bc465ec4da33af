// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// What the window does with files that need care before they are shown: an older format, a crash's
// leftovers, and values in the file that break their limits.
#include "UiTestFixture.h"
#include "common/MessageBanner.h"
#include "records/FieldEditor.h"
#include "records/RecordForm.h"
#include "records/RegisterPage.h"
#include "services/RequirementService.h"
#include "storage/Database.h"
#include "storage/FileRecovery.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

#include <gtest/gtest.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

class OpenSafetyTest : public UiTestFixture
{};

} // namespace

TEST_F(OpenSafetyTest, AsksBeforeUpgradingAnOlderProjectAndOpensItReadOnlyWhenDeclined)
{
    const QString path = m_temp.copyFixture(u"schema-v1.isms"_s);
    const QByteArray original = isms::test::TempProject::readAll(path);
    m_prompt.confirmAnswer = false;
    ASSERT_TRUE(m_window->openProject(path));
    ASSERT_EQ(m_prompt.questions.size(), 1);
    EXPECT_TRUE(m_prompt.questions.constFirst().contains(u"older version"_s));
    ASSERT_NE(m_window->database(), nullptr);
    EXPECT_TRUE(m_window->database()->isReadOnly());
    EXPECT_TRUE(m_window->banner()->text().contains(u"older version"_s))
        << qPrintable(m_window->banner()->text());
    m_window->closeProject();
    EXPECT_EQ(isms::test::TempProject::readAll(path), original);
    EXPECT_FALSE(QFileInfo::exists(isms::Database::backupPathFor(path, 1)));

    m_prompt.confirmAnswer = true;
    ASSERT_TRUE(m_window->openProject(path));
    EXPECT_FALSE(m_window->database()->isReadOnly());
    EXPECT_TRUE(QFileInfo::exists(isms::Database::backupPathFor(path, 1)));
    EXPECT_TRUE(m_window->banner()->text().contains(u"current file format"_s))
        << qPrintable(m_window->banner()->text());
}

TEST_F(OpenSafetyTest, RestoresAProjectLeftHalfSavedAndSaysSo)
{
    {
        auto db = m_temp.create(u"crashed.isms"_s);
        ASSERT_TRUE(db);
    }
    const QString path = m_temp.path(u"crashed.isms"_s);
    isms::test::TempProject::crashDuringSave(path);
    ASSERT_TRUE(m_window->openProject(path)) << qPrintable(m_prompt.errors.join(u'\n'));
    EXPECT_FALSE(m_window->database()->isReadOnly());
    EXPECT_FALSE(isms::recovery::hasJournal(path));
    EXPECT_TRUE(m_window->banner()->text().contains(u"half-saved"_s))
        << qPrintable(m_window->banner()->text());
}

TEST_F(OpenSafetyTest, AMegabyteSingleLineInTheFileOpensQuickly)
{
    {
        auto db = m_temp.create(u"long.isms"_s);
        ASSERT_TRUE(db);
    }
    const QString path = m_temp.path(u"long.isms"_s);
    // Written past the program's rules, as sqlite3 can: 1 MB without a line break.
    isms::test::TempProject::runSql(path,
                                    {u"PRAGMA ignore_check_constraints = ON"_s,
                                     u"UPDATE requirement SET notes = printf('%.*c', 1000000, 'n'), "
                                     "owner = printf('%.*c', 300000, 'o') WHERE ref = '5.15'"_s});
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(m_window->openProject(path));
    m_window->showPage(MainWindow::Page::Controls);
    m_window->show();
    ASSERT_TRUE(m_window->controlsPage()->showRecord(u"5.15"_s));
    QApplication::processEvents();
    const qint64 elapsed = timer.elapsed();
    // Reported, not asserted: speed is measured by the benchmarks. Before the limits were enforced on
    // read this took about 112 s; the guard below only catches a return of that.
    std::printf("opened the 1 MB single-line case in %lld ms\n", static_cast<long long>(elapsed));
    EXPECT_LT(elapsed, 20000);
    const QPlainTextEdit *notes = m_window->controlsPage()->form()->editor(u"notes")->parts().text;
    ASSERT_NE(notes, nullptr);
    EXPECT_LE(m_window->controlsPage()->form()->editor(u"owner")->parts().line->text().size(),
              isms::RequirementService::MaxOwnerLength);
    EXPECT_LE(notes->toPlainText().size(), isms::RequirementService::MaxNotesLength + 100);
}
