// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "UiTestFixture.h"
#include "common/MessageBanner.h"
#include "dashboard/DashboardPage.h"
#include "domain/Entities.h"
#include "history/HistoryPage.h"
#include "mainwindow/PageRegistry.h"
#include "models/ChangeLogFilterProxyModel.h"
#include "models/ChangeLogTableModel.h"
#include "models/RecordFilterProxyModel.h"
#include "models/RecordTableModel.h"
#include "preferences/PreferencesDialog.h"
#include "records/FieldEditor.h"
#include "records/RecordForm.h"
#include "records/RegisterPage.h"
#include "services/ControlStatistics.h"
#include "services/DemoData.h"
#include "services/RecordService.h"
#include "services/RequirementService.h"
#include "start/StartPage.h"
#include "storage/Database.h"
#include "storage/ProjectLock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class MainWindowTest : public UiTestFixture
{};

} // namespace

TEST_F(MainWindowTest, StartsOnTheStartPage)
{
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Start);
    EXPECT_EQ(m_window->database(), nullptr);
    EXPECT_TRUE(m_window->navigation()->isHidden());
    EXPECT_EQ(m_window->windowTitle(), u"ISMS Workbench"_s);
}

TEST_F(MainWindowTest, OpensTheDemoProjectOnTheDashboard)
{
    openDemo();
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Dashboard);
    EXPECT_FALSE(m_window->navigation()->isHidden());
    EXPECT_TRUE(m_window->windowTitle().contains(isms::DemoData::organisation()));
    EXPECT_TRUE(m_window->windowTitle().contains(u"demo.isms"_s));
    EXPECT_FALSE(m_window->windowTitle().contains(u"read-only"_s));
    EXPECT_EQ(m_settings->recentFiles().value(0), m_demoPath);
    EXPECT_TRUE(m_prompt.errors.isEmpty());
}

TEST_F(MainWindowTest, NavigatesBetweenPages)
{
    openDemo();
    for (const MainWindow::Page page : {MainWindow::Page::Controls,
                                        MainWindow::Page::Clauses,
                                        MainWindow::Page::History,
                                        MainWindow::Page::Dashboard}) {
        m_window->showPage(page);
        EXPECT_EQ(m_window->currentPage(), page);
    }
    m_window->closeProject();
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Start);
    m_window->showPage(MainWindow::Page::Controls);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Start);
}

TEST_F(MainWindowTest, DashboardCountsMatchTheProject)
{
    openDemo();
    DashboardPage *dashboard = m_window->dashboardPage();
    const isms::RequirementService service(*m_window->database());
    const auto controls = service.controls();
    const auto clauses = service.clauses();
    ASSERT_TRUE(controls && clauses);
    const isms::StatusSummary expected = isms::ControlStatistics::summarize(*controls);
    EXPECT_EQ(dashboard->controlSummary().count, expected.count);
    EXPECT_EQ(dashboard->controlSummary().total(), 93);
    EXPECT_EQ(dashboard->clauseCounts(), isms::ControlStatistics::summarizeClauses(*clauses));
    for (const isms::ImplementationStatus status : isms::AllStatuses) {
        EXPECT_EQ(dashboard->controlCountLabel(status)->text(),
                  QLocale().toString(expected.byStatus(status)));
    }
    EXPECT_EQ(dashboard->recentChangesModel()->rowCount(), 10);

    // A status change shows on the dashboard without reopening.
    const QString ref = controls->first().ref;
    const isms::ImplementationStatus before = controls->first().tracking.status;
    const isms::ImplementationStatus after = before == isms::ImplementationStatus::NotStarted
                                                 ? isms::ImplementationStatus::Planned
                                                 : isms::ImplementationStatus::NotStarted;
    RegisterPage *page = m_window->controlsPage();
    ASSERT_TRUE(page->showRecord(ref));
    QComboBox *status = page->form()->editor(u"status")->parts().combo;
    status->setCurrentIndex(status->findData(isms::statusKeyword(after)));
    Q_EMIT status->activated(status->currentIndex());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return dashboard->controlSummary().byStatus(after) == expected.byStatus(after) + 1; }));
    EXPECT_EQ(dashboard->controlSummary().byStatus(before), expected.byStatus(before) - 1);
    EXPECT_EQ(dashboard->controlCountLabel(after)->text(), QLocale().toString(expected.byStatus(after) + 1));
    EXPECT_EQ(dashboard->recentChangesModel()->index(0, ChangeLogTableModel::EntityId).data().toString(),
              u"A."_s + ref);
}

TEST_F(MainWindowTest, HistoryPageFiltersTheLog)
{
    openDemo();
    HistoryPage *history = m_window->historyPage();
    QAbstractItemModelTester tester(history->proxyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int total = history->proxyModel()->rowCount();
    ASSERT_GT(total, 0);
    QTest::keyClicks(history->filterEdit(), u"A.5.1"_s);
    const int shown = history->proxyModel()->rowCount();
    EXPECT_GT(shown, 0);
    EXPECT_LT(shown, total);
    // Newest first.
    const qint64 first = history->proxyModel()->index(0, 0).data(ChangeLogTableModel::IdRole).toLongLong();
    const qint64 last =
        history->proxyModel()->index(shown - 1, 0).data(ChangeLogTableModel::IdRole).toLongLong();
    EXPECT_GT(first, last);
}

TEST_F(MainWindowTest, ReadOnlyChoiceForALockedProject)
{
    const QString path = m_temp.createDemo();
    auto lock = isms::ProjectLock::acquire(path, u"someone else"_s, false, false);
    ASSERT_TRUE(lock);
    const QByteArray bytes = isms::test::TempProject::readAll(path);
    m_prompt.lockedAnswer = Prompt::LockedChoice::OpenReadOnly;

    ASSERT_TRUE(m_window->openProject(path)) << qPrintable(m_prompt.errors.join(u'\n'));
    ASSERT_EQ(m_prompt.lockedPaths.size(), 1);
    ASSERT_TRUE(m_prompt.lastHolder.has_value());
    EXPECT_EQ(m_prompt.lastHolder->user, u"someone else"_s);
    ASSERT_NE(m_window->database(), nullptr);
    EXPECT_TRUE(m_window->database()->isReadOnly());
    EXPECT_TRUE(m_window->windowTitle().contains(u"[read-only]"_s));
    EXPECT_FALSE(m_window->banner()->isHidden());

    RegisterPage *page = m_window->controlsPage();
    m_window->showPage(MainWindow::Page::Controls);
    ASSERT_TRUE(page->showRecord(u"5.1"_s));
    EXPECT_FALSE(page->form()->editor(u"status")->parts().combo->isEnabled());
    EXPECT_TRUE(page->form()->editor(u"owner")->parts().line->isReadOnly()
                || !page->form()->editor(u"owner")->parts().line->isEnabled());
    const QModelIndex status = page->model()->index(0, page->model()->columnOf(u"status"));
    EXPECT_FALSE(status.flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(page->model()->setData(status, u"planned"_s));
    EXPECT_FALSE(page->editSelectedAction()->isEnabled());
    EXPECT_EQ(page->proxyModel()->rowCount(), 93);

    m_window->closeProject();
    EXPECT_EQ(isms::test::TempProject::readAll(path), bytes);
}

TEST_F(MainWindowTest, ReadOnlyBannerNamesWhoHoldsTheLock)
{
    const QString path = m_temp.createDemo();
    {
        QFile lock(isms::ProjectLock::lockPathFor(path));
        ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
        lock.write("alice\nanother-laptop\n4242\n2026-03-04T09:05:00Z\n");
    }
    m_prompt.lockedAnswer = Prompt::LockedChoice::OpenReadOnly;
    ASSERT_TRUE(m_window->openProject(path)) << qPrintable(m_prompt.errors.join(u'\n'));
    ASSERT_TRUE(m_window->database()->isReadOnly());

    const QString text = m_window->banner()->text();
    EXPECT_FALSE(m_window->banner()->isHidden());
    EXPECT_TRUE(text.contains(u"alice"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"another-laptop"_s)) << qPrintable(text);
    const QDateTime since = QDateTime::fromString(u"2026-03-04T09:05:00Z"_s, Qt::ISODate);
    EXPECT_TRUE(text.contains(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(u"read-only"_s)) << qPrintable(text);
}

TEST_F(MainWindowTest, ReadOnlyProjectOpensForEditingOnceTheLockIsGone)
{
    const QString path = m_temp.createDemo();
    auto lock = isms::ProjectLock::acquire(path, u"someone else"_s, false, false);
    ASSERT_TRUE(lock);
    m_prompt.lockedAnswer = Prompt::LockedChoice::OpenReadOnly;
    ASSERT_TRUE(m_window->openProject(path));
    ASSERT_TRUE(m_window->database()->isReadOnly());
    lock->reset();
    m_window->reopenForEditingAction()->trigger();
    ASSERT_NE(m_window->database(), nullptr);
    EXPECT_FALSE(m_window->database()->isReadOnly());
    EXPECT_EQ(m_prompt.lockedPaths.size(), 1);
    EXPECT_TRUE(m_window->banner()->isHidden());
}

TEST_F(MainWindowTest, CancelLeavesALockedProjectAlone)
{
    const QString path = m_temp.createDemo();
    auto lock = isms::ProjectLock::acquire(path, u"someone else"_s, false, false);
    ASSERT_TRUE(lock);
    const QByteArray bytes = isms::test::TempProject::readAll(path);
    m_prompt.lockedAnswer = Prompt::LockedChoice::Cancel;
    EXPECT_FALSE(m_window->openProject(path));
    EXPECT_EQ(m_prompt.lockedPaths.size(), 1);
    EXPECT_EQ(m_window->database(), nullptr);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Start);
    EXPECT_EQ(isms::test::TempProject::readAll(path), bytes);
}

TEST_F(MainWindowTest, TakingOverTheLockOpensForEditing)
{
    const QString path = m_temp.createDemo();
    auto lock = isms::ProjectLock::acquire(path, u"someone else"_s, false, false);
    ASSERT_TRUE(lock);
    m_prompt.lockedAnswer = Prompt::LockedChoice::TakeOverLock;
    ASSERT_TRUE(m_window->openProject(path)) << qPrintable(m_prompt.errors.join(u'\n'));
    ASSERT_NE(m_window->database(), nullptr);
    EXPECT_FALSE(m_window->database()->isReadOnly());
}

TEST_F(MainWindowTest, RefusesAFileThatIsNotAProject)
{
    const QString path = m_temp.path(u"notes.isms"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("This is not a database, just some text.\n");
    file.close();
    const QByteArray bytes = isms::test::TempProject::readAll(path);
    {
        ExpectedCoreWarnings allowed;
        EXPECT_FALSE(m_window->openProject(path));
    }
    ASSERT_EQ(m_prompt.errors.size(), 1);
    EXPECT_FALSE(m_prompt.errors.first().isEmpty());
    EXPECT_EQ(m_window->database(), nullptr);
    EXPECT_EQ(isms::test::TempProject::readAll(path), bytes);
}

TEST_F(MainWindowTest, CreatesANewProject)
{
    const QString path = m_temp.path(u"new/Acme.isms"_s);
    ASSERT_TRUE(m_window->createProject(path, u"Acme Ltd"_s, false))
        << qPrintable(m_prompt.errors.join(u'\n'));
    ASSERT_NE(m_window->database(), nullptr);
    EXPECT_TRUE(m_window->windowTitle().startsWith(u"Acme Ltd — Acme.isms"_s));
    EXPECT_EQ(m_window->controlsPage()->model()->rowCount(), 93);
    // An existing file is never overwritten.
    m_window->closeProject();
    const QByteArray bytes = isms::test::TempProject::readAll(path);
    {
        ExpectedCoreWarnings allowed;
        EXPECT_FALSE(m_window->createProject(path, u"Other"_s, false));
    }
    EXPECT_EQ(m_prompt.errors.size(), 1);
    EXPECT_EQ(isms::test::TempProject::readAll(path), bytes);
}

TEST_F(MainWindowTest, OpensTheDemoProjectFromTheStartPage)
{
    ASSERT_TRUE(m_window->openDemoProject()) << qPrintable(m_prompt.errors.join(u'\n'));
    EXPECT_EQ(m_window->database()->path(), MainWindow::demoProjectPath());
    // Opening it again refreshes it.
    ASSERT_TRUE(m_window->openDemoProject());
    m_window->closeProject();
    QFile::remove(MainWindow::demoProjectPath());
}

TEST_F(MainWindowTest, StartPageListsRecentFilesAndMarksMissingOnes)
{
    openDemo();
    m_window->closeProject();
    m_settings->addRecentFile(m_temp.path(u"gone.isms"_s));
    m_window->closeProject();
    QListWidget *list = m_window->startPage()->recentFilesList();
    ASSERT_EQ(list->count(), 2);
    EXPECT_FALSE(list->item(0)->data(StartPage::ExistsRole).toBool());
    EXPECT_TRUE(list->item(0)->text().contains(u"missing"_s));
    EXPECT_TRUE(list->item(1)->data(StartPage::ExistsRole).toBool());
    Q_EMIT list->itemActivated(list->item(1));
    ASSERT_NE(m_window->database(), nullptr);
    EXPECT_EQ(m_window->database()->path(), m_demoPath);
}

TEST_F(MainWindowTest, ExportsTheControlStatusReport)
{
    openDemo();
    const QString pdf = m_temp.path(u"report.pdf"_s);
    ASSERT_TRUE(m_window->exportControlReport(pdf)) << qPrintable(m_prompt.errors.join(u'\n'));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
}

TEST_F(MainWindowTest, ExportsTheRiskReportAndTheTreatmentPlan)
{
    openDemo();
    for (const MainWindow::Report report : {MainWindow::Report::Risk, MainWindow::Report::TreatmentPlan}) {
        const QList<QAction *> actions = m_window->reportActions(report);
        ASSERT_EQ(actions.size(), 3); // export as PDF, print preview, print
        for (const QAction *action : actions) {
            EXPECT_TRUE(action->isEnabled());
        }
        const QString pdf = m_temp.path(u"report-%1.pdf"_s.arg(static_cast<int>(report)));
        ASSERT_TRUE(m_window->exportReport(report, pdf)) << qPrintable(m_prompt.errors.join(u'\n'));
        QFile file(pdf);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    }
    m_window->closeProject();
    EXPECT_FALSE(m_window->reportActions(MainWindow::Report::Risk).first()->isEnabled());
}

TEST_F(MainWindowTest, ActorNameFromPreferencesIsLogged)
{
    openDemo();
    PreferencesDialog dialog(*m_settings, m_window.get());
    dialog.actorNameEdit()->setText(u"Dana Auditor"_s);
    dialog.apply();
    EXPECT_EQ(m_settings->effectiveActorName(), u"Dana Auditor"_s);
    RegisterPage *page = m_window->controlsPage();
    ASSERT_TRUE(page->showRecord(u"6.3"_s));
    QComboBox *status = page->form()->editor(u"status")->parts().combo;
    status->setCurrentIndex((status->currentIndex() + 1) % status->count());
    Q_EMIT status->activated(status->currentIndex());
    EXPECT_EQ(m_window->historyPage()->model()->index(0, ChangeLogTableModel::Actor).data().toString(),
              u"Dana Auditor"_s);
}

TEST_F(MainWindowTest, ClosingClearsUndo)
{
    openDemo();
    RegisterPage *page = m_window->controlsPage();
    ASSERT_TRUE(page->showRecord(u"7.1"_s));
    QComboBox *status = page->form()->editor(u"status")->parts().combo;
    status->setCurrentIndex((status->currentIndex() + 1) % status->count());
    Q_EMIT status->activated(status->currentIndex());
    EXPECT_TRUE(m_window->undoAction()->isEnabled());
    m_window->closeProject();
    EXPECT_EQ(m_window->undoStack()->count(), 0);
    EXPECT_FALSE(m_window->undoAction()->isEnabled());
}

TEST_F(MainWindowTest, HistoryRowOpensItsRecord)
{
    openDemo();
    m_window->showPage(MainWindow::Page::History);
    HistoryPage *history = m_window->historyPage();
    QTest::keyClicks(history->filterEdit(), u"A.8.24"_s);
    ASSERT_GT(history->proxyModel()->rowCount(), 0);
    int row = 0; // the control's own row (an audit's checklist item names the control too)
    while (row + 1 < history->proxyModel()->rowCount()
           && !history->proxyModel()
                   ->index(row, ChangeLogTableModel::EntityId)
                   .data()
                   .toString()
                   .contains(u"8.24"_s)) {
        ++row;
    }
    Q_EMIT history->tableView()->activated(history->proxyModel()->index(row, 0));
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Controls);
    RegisterPage *controls = m_window->controlsPage();
    EXPECT_EQ(controls->form()->findChild<QLabel *>(u"recordRefLabel"_s)->text(), u"A.8.24"_s);
    EXPECT_EQ(
        isms::EntitySpec::refOf(controls->model()->recordAt(controls->model()->rowOf(controls->currentId()))),
        u"8.24"_s);
}

TEST_F(MainWindowTest, StatusCardShowsItsControls)
{
    openDemo();
    DashboardPage *dashboard = m_window->dashboardPage();
    QWidget *card = dashboard->controlCountLabel(isms::ImplementationStatus::Planned)->parentWidget();
    QTest::mouseClick(card, Qt::LeftButton);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Controls);
    EXPECT_EQ(m_window->controlsPage()->proxyModel()->rowCount(),
              dashboard->controlSummary().byStatus(isms::ImplementationStatus::Planned));
}

TEST_F(MainWindowTest, MissingRecentProjectCanBeRemovedFromTheList)
{
    const QString gone = m_temp.path(u"gone.isms"_s);
    m_settings->addRecentFile(gone);
    m_prompt.confirmAnswer = true;
    {
        ExpectedCoreWarnings allowed;
        EXPECT_FALSE(m_window->openProject(gone));
    }
    EXPECT_EQ(m_prompt.questions.size(), 1);
    EXPECT_FALSE(m_settings->recentFiles().contains(gone));
    EXPECT_EQ(m_window->startPage()->recentFilesList()->count(), 1); // "No recent projects yet."
}

TEST_F(MainWindowTest, RemembersWindowAndColumnState)
{
    openDemo();
    QTableView *table = m_window->controlsPage()->tableView();
    const int owner = m_window->controlsPage()->model()->columnOf(u"owner");
    table->setColumnWidth(owner, 321);
    table->setColumnHidden(m_window->controlsPage()->model()->columnOf(u"theme"), true);
    m_window->close();
    EXPECT_FALSE(m_settings->value(isms::AppSettings::Key::MainWindowGeometry).toByteArray().isEmpty());
    EXPECT_FALSE(m_settings->value(isms::AppSettings::Key::ControlsHeaderState).toByteArray().isEmpty());

    MainWindow second(*m_settings, m_prompt, m_chooser);
    EXPECT_EQ(second.controlsPage()->tableView()->columnWidth(owner), 321);
    EXPECT_TRUE(second.controlsPage()->tableView()->isColumnHidden(
        second.controlsPage()->model()->columnOf(u"theme")));
}

TEST_F(MainWindowTest, DashboardCountsWhatNeedsAttention)
{
    openDemo();
    const isms::RequirementService service(*m_window->database());
    const auto controls = service.controls();
    ASSERT_TRUE(controls);
    int unowned = 0;
    for (const isms::Control &control : *controls) {
        unowned += control.tracking.status != isms::ImplementationStatus::NotApplicable
                           && control.tracking.owner.isEmpty()
                       ? 1
                       : 0;
    }
    DashboardPage *dashboard = m_window->dashboardPage();
    EXPECT_EQ(dashboard->attention().unowned, unowned);

    // A target date in the past on an unfinished control is overdue.
    const int overdueBefore = dashboard->attention().overdue;
    isms::RequirementChange change;
    change.status = isms::ImplementationStatus::Planned;
    change.targetDate = QDate::currentDate().addDays(-3);
    ASSERT_TRUE(isms::RequirementService(*m_window->database())
                    .update({isms::RequirementKind::Control, u"8.1"_s}, change));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dashboard->attention().overdue == overdueBefore + 1; }));
}

TEST_F(MainWindowTest, ExportActionAsksForAFileAndWritesIt)
{
    openDemo();
    m_chooser.savePdfAnswer = m_temp.path(u"chosen.pdf"_s);
    QAction *exportAction = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().contains(u"PDF"_s)) {
            exportAction = action;
        }
    }
    ASSERT_NE(exportAction, nullptr);
    exportAction->trigger();
    EXPECT_TRUE(QFile::exists(m_chooser.savePdfAnswer));
    EXPECT_TRUE(m_prompt.errors.isEmpty());
}

TEST_F(MainWindowTest, FailedExportShowsTheError)
{
    openDemo();
    const QString impossible = m_temp.path(u"no/such/folder/report.pdf"_s);
    {
        ExpectedCoreWarnings allowed;
        EXPECT_FALSE(m_window->exportControlReport(impossible));
    }
    ASSERT_EQ(m_prompt.errors.size(), 1);
    EXPECT_FALSE(m_prompt.errors.first().isEmpty());
    EXPECT_FALSE(QFile::exists(impossible));
}

TEST_F(MainWindowTest, RecentChangesKeepTheNewestTen)
{
    openDemo();
    ChangeLogTableModel *recent = m_window->dashboardPage()->recentChangesModel();
    QAbstractItemModelTester tester(recent, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(recent->rowCount(), 10);
    isms::RequirementChange change;
    change.owner = u"Zoe Quinn, Site Security"_s;
    change.notes = u"Badge readers on every door."_s;
    ASSERT_TRUE(isms::RequirementService(*m_window->database())
                    .update({isms::RequirementKind::Control, u"7.2"_s}, change));
    EXPECT_EQ(recent->rowCount(), 10);
    EXPECT_EQ(recent->index(0, ChangeLogTableModel::EntityId).data().toString(), u"A.7.2"_s);
    EXPECT_EQ(recent->index(1, ChangeLogTableModel::EntityId).data().toString(), u"A.7.2"_s);
    EXPECT_GT(recent->entryAt(0).sequence, recent->entryAt(9).sequence);
}

TEST_F(MainWindowTest, OpeningTheEditMenuSavesTypedText)
{
    openDemo();
    RegisterPage *page = m_window->controlsPage();
    m_window->showPage(MainWindow::Page::Controls);
    ASSERT_TRUE(page->showRecord(u"5.30"_s));
    QLineEdit *owner = page->form()->editor(u"owner")->parts().line;
    owner->setFocus();
    owner->selectAll();
    QTest::keyClicks(owner, u"Continuity Lead"_s);
    QMenu *edit = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->menu() && action->text() == u"&Edit"_s) {
            edit = action->menu();
        }
    }
    ASSERT_NE(edit, nullptr);
    Q_EMIT edit->aboutToShow();
    EXPECT_EQ(isms::RequirementService(*m_window->database())
                  .tracking({isms::RequirementKind::Control, u"5.30"_s})
                  ->owner,
              u"Continuity Lead"_s);
    EXPECT_TRUE(m_window->undoAction()->isEnabled());
}

TEST_F(MainWindowTest, TypedTextIsSavedWhenTheWindowGoesAway)
{
    openDemo();
    // A built-in page and a registered one, each with text typed but not yet committed.
    m_window->showPage(MainWindow::Page::Controls);
    ASSERT_TRUE(m_window->controlsPage()->showRecord(u"5.30"_s));
    QLineEdit *owner = m_window->controlsPage()->form()->editor(u"owner")->parts().line;
    owner->setFocus();
    owner->selectAll();
    QTest::keyClicks(owner, u"Continuity Lead"_s);
    ASSERT_TRUE(m_window->showPage(u"risks"_s));
    auto *risks = qobject_cast<RegisterPage *>(m_window->registeredPage(u"risks"_s));
    ASSERT_NE(risks, nullptr);
    const auto shown = isms::RecordService(*m_window->database(), isms::riskSpec()).getByRef(u"R-001"_s);
    ASSERT_TRUE(shown.hasValue());
    ASSERT_TRUE(risks->showRecord(QString::number(shown->id.value)));
    QLineEdit *title = risks->form()->editor(u"title")->parts().line;
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Ransomware stops dispatch"_s);

    m_window.reset();

    // The project was closed (its lock is gone) with both edits saved and logged.
    EXPECT_FALSE(isms::ProjectLock::inspect(m_demoPath).has_value());
    auto db = isms::Database::open(m_demoPath, {.access = isms::Database::Access::ReadOnly});
    ASSERT_TRUE(db.hasValue());
    EXPECT_EQ(isms::RequirementService(**db).tracking({isms::RequirementKind::Control, u"5.30"_s})->owner,
              u"Continuity Lead"_s);
    const auto risk = isms::RecordService(**db, isms::riskSpec()).getByRef(u"R-001"_s);
    ASSERT_TRUE(risk.hasValue());
    EXPECT_EQ(risk->values.at(isms::riskSpec().indexOf(u"title")).toString(), u"Ransomware stops dispatch"_s);
}

TEST_F(MainWindowTest, GoesAwayWithEveryPageMadeAndARecordChosenOnEach)
{
    openDemo();
    for (const MainWindow::Page page : {MainWindow::Page::Dashboard,
                                        MainWindow::Page::Clauses,
                                        MainWindow::Page::Controls,
                                        MainWindow::Page::History}) {
        m_window->showPage(page);
    }
    for (const QString &key : PageRegistry::keys()) {
        ASSERT_TRUE(m_window->showPage(key)) << qPrintable(key);
        if (auto *page = qobject_cast<RegisterPage *>(m_window->registeredPage(key));
            page && page->model()->rowCount() > 0) {
            page->showRecord(
                QString::number(page->model()->recordAt(page->model()->rowCount() - 1).id.value));
        }
        QCoreApplication::processEvents();
    }
    // Deleting the pages with their records shown reaches no half-destroyed widget (a Qt assertion or
    // warning fails the test) and closes the project.
    m_window.reset();
    EXPECT_FALSE(isms::ProjectLock::inspect(m_demoPath).has_value());
}
