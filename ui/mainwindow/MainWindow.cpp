// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "mainwindow/MainWindow.h"

#include "common/FileChooser.h"
#include "common/MessageBanner.h"
#include "common/PrintPreview.h"
#include "common/Prompt.h"
#include "common/Version.h"
#include "dashboard/DashboardPage.h"
#include "history/HistoryPage.h"
#include "mainwindow/NavigationTree.h"
#include "mainwindow/PageRegistry.h"
#include "mainwindow/ProjectHistoryWatcher.h"
#include "mainwindow/RegisteredPages.h"
#include "mainwindow/WorkbenchPage.h"
#include "preferences/PreferencesDialog.h"
#include "records/RegisterPage.h"
#include "report/ControlStatusReport.h"
#include "report/PdfExport.h"
#include "services/ChangeNotifier.h"
#include "services/DemoData.h"
#include "services/ProjectService.h"
#include "settings/AppSettings.h"
#include "start/NewProjectDialog.h"
#include "start/StartPage.h"
#include "storage/Database.h"
#include "storage/ProjectLock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(isms::AppSettings &settings, Prompt &prompt, FileChooser &fileChooser, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_prompt(prompt)
    , m_fileChooser(fileChooser)
{
    setObjectName(u"mainWindow"_s);
    m_undoStack = new QUndoStack(this);

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_navigation = new NavigationTree(this);
    connect(m_navigation,
            &NavigationTree::pageActivated,
            this,
            qOverload<const QString &>(&MainWindow::showPage));
    centralLayout->addWidget(m_navigation);

    auto *right = new QWidget(central);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_banner = new MessageBanner(right);
    auto *bannerHolder = new QHBoxLayout;
    bannerHolder->setContentsMargins(16, 10, 16, 0);
    m_historyBanner = new MessageBanner(right);
    m_historyBanner->setObjectName(u"historyBanner"_s);
    auto *banners = new QVBoxLayout;
    banners->addWidget(m_banner);
    banners->addWidget(m_historyBanner);
    bannerHolder->addLayout(banners);
    rightLayout->addLayout(bannerHolder);
    m_historyWatcher = new ProjectHistoryWatcher(m_settings, m_historyBanner, this);
    m_stack = new QStackedWidget(right);
    rightLayout->addWidget(m_stack, 1);
    centralLayout->addWidget(right, 1);
    setCentralWidget(central);

    // Every built-in page is created when first shown (builtInPage()): a window opened straight onto a
    // project page makes neither the start page nor the dashboard.
    m_registeredPages = new RegisteredPages(m_stack, m_prompt, m_fileChooser, this);

    createActions();
    createMenus();
    createStatusBar();

    connect(m_registeredPages, &RegisteredPages::recordRequested, this, &MainWindow::showRecord);
    connect(m_registeredPages, &RegisteredPages::pageRequested, this, [this](const QString &key) {
        showPage(key);
    });
    connect(m_registeredPages,
            &RegisteredPages::filteredRecordsRequested,
            this,
            &MainWindow::showFilteredRecords);
    connect(&m_settings, &isms::AppSettings::changed, this, [this](isms::AppSettings::Key key) {
        if (key == isms::AppSettings::Key::ActorName && m_db) {
            m_db->setActor(m_settings.effectiveActorName());
        } else if (key == isms::AppSettings::Key::RecentFiles) {
            updateRecentMenu();
        }
    });

    resize(1280, 820);
    restoreUiState();
    updateRecentMenu();
    releaseProject();
}

MainWindow::~MainWindow()
{
    // Pending edits are saved, and the commands, which refer to the database, go before it. The pages go
    // next, while the project is still open: emptying them first, as closing a project does, would
    // refill every editor of their forms in a window that is going away.
    flushPendingEdits();
    m_undoStack->clear();
    m_historyWatcher->watch(nullptr);
    m_registeredPages->deletePages();
    delete m_stack; // the built-in pages
    m_stack = nullptr;
    m_startPage = nullptr;
    m_dashboardPage = nullptr;
    m_clausesPage = nullptr;
    m_controlsPage = nullptr;
    m_historyPage = nullptr;
    m_db.reset();
}

QString MainWindow::demoProjectPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .absoluteFilePath(u"demo.isms"_s);
}

bool MainWindow::openProject(const QString &path, const QString &pageKey)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_db && QFileInfo(m_db->path()).absoluteFilePath() == absolute) {
        if (pageKey.isEmpty() || !showPage(pageKey)) {
            showPage(Page::Dashboard);
        }
        return true;
    }
    isms::Database::OpenOptions options;
    options.actor = m_settings.effectiveActorName();
    options.allowMigration = false; // asked below: upgrading changes the user's file
    // Every page is checked on a worker thread once the window shows the project (ProjectHistoryWatcher);
    // changes wait for that check, and a damaged file is never written.
    options.deferPageCheck = true;
    auto opened = isms::Database::open(absolute, options);
    if (!opened && opened.error().code == isms::ErrorCode::OlderSchema) {
        const bool upgrade = m_prompt.confirm(
            this,
            tr("Upgrade project"),
            tr("\"%1\" was made by an older version of ISMS Workbench. Upgrade it to the current format "
               "so that it can be edited? A backup copy of the old file is kept beside it; if you do not "
               "upgrade it, it opens read-only.")
                .arg(QFileInfo(absolute).fileName()),
            tr("Upgrade"));
        options.allowMigration = upgrade;
        if (!upgrade) {
            options.access = isms::Database::Access::ReadOnly;
        }
        opened = isms::Database::open(absolute, options);
    }
    if (!opened && opened.error().code == isms::ErrorCode::Locked) {
        switch (m_prompt.askLocked(this, absolute, isms::ProjectLock::inspect(absolute))) {
        case Prompt::LockedChoice::OpenReadOnly:
            options.access = isms::Database::Access::ReadOnly;
            opened = isms::Database::open(absolute, options);
            break;
        case Prompt::LockedChoice::TakeOverLock:
            options.forceTakeOverLock = true;
            opened = isms::Database::open(absolute, options);
            break;
        case Prompt::LockedChoice::Cancel:
            return false;
        }
    }
    if (!opened) {
        if (opened.error().code == isms::ErrorCode::NotFound && m_settings.recentFiles().contains(absolute)) {
            // A recent project that moved or sits on a drive that is not connected.
            if (m_prompt.confirm(this,
                                 tr("Project not found"),
                                 tr("%1 Remove it from the recent projects?").arg(opened.error().message),
                                 tr("Remove from list"))) {
                m_settings.removeRecentFile(absolute);
                updateRecentMenu();
            }
            return false;
        }
        m_prompt.showError(this, tr("Cannot open project"), opened.error().message, opened.error().detail);
        return false;
    }
    installProject(std::move(opened).value(), pageKey);
    return true;
}

bool MainWindow::createProject(const QString &path, const QString &organisation, bool withDemoData)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_db && QFileInfo(m_db->path()).absoluteFilePath() == absolute) {
        closeProject();
    }
    QDir().mkpath(QFileInfo(absolute).absolutePath());
    auto created = isms::Database::create(absolute, organisation, m_settings.effectiveActorName());
    if (!created) {
        m_prompt.showError(this,
                           tr("Cannot create project"),
                           created.error().message,
                           created.error().detail);
        return false;
    }
    std::unique_ptr<isms::Database> db = std::move(created).value();
    if (withDemoData) {
        const isms::Result<void> filled = isms::DemoData::fill(*db, QDate::currentDate());
        if (!filled) {
            m_prompt.showError(this,
                               tr("Cannot create project"),
                               filled.error().message,
                               filled.error().detail);
            return false;
        }
    }
    installProject(std::move(db));
    return true;
}

bool MainWindow::openDemoProject()
{
    const QString path = demoProjectPath();
    if (m_db && QFileInfo(m_db->path()).absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
        closeProject();
    }
    if (QFileInfo::exists(path)) {
        const std::optional<isms::LockInfo> holder = isms::ProjectLock::inspect(path);
        if (holder && !holder->isStale) {
            // Another window works on the demo: open it as it is rather than replace it underneath.
            return openProject(path);
        }
        // The demo is recreated each time so that it always starts from the same, current state.
        QFile::remove(path);
    }
    return createProject(path, isms::DemoData::organisation(), true);
}

void MainWindow::installProject(std::unique_ptr<isms::Database> db, const QString &pageKey)
{
    releaseProject();
    m_db = std::move(db);
    m_db->setActor(m_settings.effectiveActorName());
    m_settings.addRecentFile(QFileInfo(m_db->path()).absoluteFilePath());
    rememberDirectory(m_db->path());

    // The built-in pages get the project when first shown: what they read grows with the file (the
    // history page reads the whole change log), and the first paint needs only the page it shows.
    m_unboundPages = {Page::Dashboard, Page::Clauses, Page::Controls, Page::History};
    m_historyWatcher->watch(m_db.get());
    m_registeredPages->setContext(m_db.get(), m_undoStack);

    isms::ChangeNotifier *notifier = m_db->notifier();
    connect(notifier, &isms::ChangeNotifier::changeLogAppended, this, &MainWindow::updateStatusBar);
    connect(notifier, &isms::ChangeNotifier::projectChanged, this, &MainWindow::updateWindowTitle);

    m_navigation->show();
    // What opening did (an interrupted save restored, an older file upgraded) comes first.
    const QString notices = m_db->notices().join(u' ');
    if (m_db->isReadOnly()) {
        // Opened read-only because another program holds the lock: say who, where and since when.
        const std::optional<isms::LockInfo> holder = isms::ProjectLock::inspect(m_db->path());
        const QString readOnly = holder
                                     ? MessageBoxPrompt::describeLockHolder(holder) + u' '
                                           + tr("It is open read-only here: you can look at everything and "
                                                "export reports, but changes cannot be made.")
                                     : tr("This project is open read-only. You can look at everything and "
                                          "export reports, but changes cannot be made.");
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              notices.isEmpty() ? readOnly : notices + u' ' + readOnly,
                              {m_reopenForEditingAction});
    } else if (!notices.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Information, notices);
    } else {
        m_banner->hideMessage();
    }
    if (pageKey.isEmpty() || !showPage(pageKey)) {
        showPage(Page::Dashboard);
    }
    updateRecentMenu();
    updateWindowTitle();
    updateStatusBar();
    updateActions();
}

void MainWindow::closeProject()
{
    releaseProject();
    showPage(Page::Start);
}

void MainWindow::releaseProject()
{
    flushPendingEdits();
    m_undoStack->clear();
    m_unboundPages.clear();
    if (m_dashboardPage) {
        m_dashboardPage->setDatabase(nullptr);
    }
    for (RegisterPage *page : {m_clausesPage, m_controlsPage}) {
        if (page) {
            page->setContext(nullptr, nullptr);
        }
    }
    if (m_historyPage) {
        m_historyPage->setDatabase(nullptr);
    }
    m_historyWatcher->watch(nullptr);
    m_registeredPages->setContext(nullptr, nullptr);
    m_db.reset();
    m_banner->hideMessage();
    m_navigation->hide();
    if (m_startPage) {
        m_startPage->setRecentFiles(m_settings.recentFiles());
    }
    updateWindowTitle();
    updateStatusBar();
    updateActions();
}

void MainWindow::flushPendingEdits()
{
    for (RegisterPage *page : {m_clausesPage, m_controlsPage}) {
        if (page) {
            page->flushPendingEdits();
        }
    }
    m_registeredPages->flushPendingEdits();
}

void MainWindow::updateWindowTitle()
{
    const QString appName = tr("ISMS Workbench");
    if (!m_db) {
        setWindowTitle(appName);
        return;
    }
    const auto organisation = isms::ProjectService(*m_db).organisation();
    const QString fileName = QFileInfo(m_db->path()).fileName();
    QString title = organisation ? tr("%1 — %2 — %3").arg(*organisation, fileName, appName)
                                 : tr("%1 — %2").arg(fileName, appName);
    if (m_db->isReadOnly()) {
        title = tr("%1 [read-only]").arg(title);
    }
    setWindowTitle(title);
}

void MainWindow::updateStatusBar()
{
    if (!m_db) {
        m_pathLabel->setText(tr("No project open"));
        m_accessLabel->clear();
        m_accessLabel->hide();
        m_countsLabel->clear();
        m_countsLabel->hide();
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_db->path()));
    m_accessLabel->setText(m_db->isReadOnly() ? tr("Read-only") : tr("Saved automatically"));
    m_accessLabel->setToolTip(m_db->isReadOnly() ? tr("Changes cannot be made to this project.")
                                                 : tr("Every change is written to the file as you make it."));
    m_accessLabel->show();
    const auto info = isms::ProjectService(*m_db).info();
    if (info) {
        m_countsLabel->setText(
            tr("%1 · %2 · %3")
                .arg(tr("%n control(s)", nullptr, info->controlCount),
                     tr("%n clause requirement(s)", nullptr, info->clauseCount),
                     tr("%n change(s) logged", nullptr, static_cast<int>(info->changeLogRows))));
        m_countsLabel->show();
    }
}

void MainWindow::updateActions()
{
    const bool open = m_db != nullptr;
    for (QAction *action : {m_saveCopyAction, m_closeAction, m_findAction}) {
        action->setEnabled(open);
    }
    m_issueSoaAction->setEnabled(open && !m_db->isReadOnly());
    for (const ReportActions &report : std::as_const(m_reportActions)) {
        for (QAction *action : {report.exportPdf, report.preview, report.print}) {
            action->setEnabled(open);
        }
    }
    for (QAction *action : std::as_const(m_pageActions)) {
        action->setEnabled(open);
    }
    m_evidenceLimitAction->setEnabled(open && !m_db->isReadOnly());
    m_auditPackAction->setEnabled(open);
}

void MainWindow::saveUiState()
{
    m_settings.setValue(isms::AppSettings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(isms::AppSettings::Key::MainWindowState, saveState());
    // Pages never shown keep the state they had.
    if (m_controlsPage) {
        m_settings.setValue(isms::AppSettings::Key::ControlsHeaderState, m_controlsPage->saveHeaderState());
    }
    if (m_clausesPage) {
        m_settings.setValue(isms::AppSettings::Key::ClausesHeaderState, m_clausesPage->saveHeaderState());
    }
    if (m_historyPage) {
        m_settings.setValue(isms::AppSettings::Key::HistoryHeaderState, m_historyPage->saveHeaderState());
    }
    m_settings.setValue(isms::AppSettings::Key::PageHeaderStates, m_registeredPages->headerStates());
    m_settings.sync();
}

void MainWindow::restoreUiState()
{
    restoreGeometry(m_settings.value(isms::AppSettings::Key::MainWindowGeometry).toByteArray());
    restoreState(m_settings.value(isms::AppSettings::Key::MainWindowState).toByteArray());
    m_registeredPages->setHeaderStates(m_settings.value(isms::AppSettings::Key::PageHeaderStates).toMap());
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_db && !m_stack->currentWidget()) {
        showPage(Page::Start);
    }
    QMainWindow::showEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveUiState();
    // The file is let go as the window closes; the start page that closing a project shows would only
    // be built for a window that is going away.
    releaseProject();
    event->accept();
}
