// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// MainWindow, part two: its actions, menus and status bar, and the file dialogs of New, Open and Save a copy.
// (MainWindow.cpp holds the window, the project and the pages.)
#include "auditpack/AuditPackDialog.h"
#include "common/FileChooser.h"
#include "common/MessageBanner.h"
#include "common/PrintPreview.h"
#include "common/Prompt.h"
#include "common/Version.h"
#include "dashboard/DashboardPage.h"
#include "history/HistoryPage.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NavigationTree.h"
#include "mainwindow/PageRegistry.h"
#include "mainwindow/ProjectHistoryWatcher.h"
#include "mainwindow/RegisteredPages.h"
#include "mainwindow/WorkbenchPage.h"
#include "preferences/PreferencesDialog.h"
#include "records/EvidenceLimitDialog.h"
#include "records/RegisterPage.h"
#include "report/ControlStatusReport.h"
#include "report/PdfExport.h"
#include "services/ChangeNotifier.h"
#include "services/DemoData.h"
#include "services/ProjectService.h"
#include "settings/AppSettings.h"
#include "soa/SoaComparePage.h"
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

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New project…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::onNewProject);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::onOpenProject);

    m_demoAction = new QAction(tr("Open the &demo project"), this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemoProject);

    m_saveCopyAction = new QAction(tr("Save a &copy as…"), this);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::onSaveCopyAs);

    createReportActions();

    m_auditPackAction = new QAction(tr("&Audit pack…"), this);
    m_auditPackAction->setObjectName(u"auditPackAction"_s);
    m_auditPackAction->setToolTip(tr("One PDF for the certification body, with the evidence files"));
    connect(m_auditPackAction, &QAction::triggered, this, &MainWindow::onAuditPack);
    m_issueSoaAction = new QAction(tr("&Issue SoA version…"), this);
    m_issueSoaAction->setObjectName(u"issueSoaVersionAction"_s);
    connect(m_issueSoaAction, &QAction::triggered, this, [this] {
        if (showPage(u"soa-compare"_s)) {
            if (auto *page = qobject_cast<SoaComparePage *>(registeredPage(u"soa-compare"_s))) {
                page->issueVersion();
            }
        }
    });

    m_closeAction = new QAction(tr("C&lose"), this);
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::onFind);

    m_preferencesAction = new QAction(tr("Pr&eferences…"), this);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::onPreferences);

    m_evidenceLimitAction = new QAction(tr("Evidence size &limit…"), this);
    m_evidenceLimitAction->setToolTip(tr("The largest file this project accepts as evidence"));
    connect(m_evidenceLimitAction, &QAction::triggered, this, &MainWindow::onEvidenceLimit);

    const QList<std::pair<QString, Page>> pages{{tr("&Dashboard"), Page::Dashboard},
                                                {tr("&Clauses 4–10"), Page::Clauses},
                                                {tr("&Annex A controls"), Page::Controls},
                                                {tr("&History"), Page::History}};
    int number = 1;
    for (const std::pair<QString, Page> &entry : pages) {
        // A copy for the lambda: Clang 14 cannot capture structured bindings.
        const Page page = entry.second;
        auto *action = new QAction(entry.first, this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions.append(action);
    }

    m_reopenForEditingAction = new QAction(tr("Open for editing"), this);
    m_reopenForEditingAction->setToolTip(tr("Open the project again for editing, for example once the other "
                                            "program has closed it"));
    connect(m_reopenForEditingAction, &QAction::triggered, this, [this] {
        if (!m_db) {
            return;
        }
        const QString path = m_db->path();
        closeProject();
        openProject(path);
    });

    m_aboutAction = new QAction(tr("&About ISMS Workbench"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::onAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(m_demoAction);
    file->addSeparator();
    file->addAction(m_saveCopyAction);
    file->addSeparator();
    addReportMenus(file);
    file->addAction(m_auditPackAction);
    file->addAction(m_issueSoaAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // A typed edit still waiting for its pause is committed before the menu offers to undo it.
    connect(edit, &QMenu::aboutToShow, this, &MainWindow::flushPendingEdits);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_evidenceLimitAction);
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *action : std::as_const(m_pageActions)) {
        view->addAction(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_pathLabel = new QLabel(this);
    m_pathLabel->setTextFormat(Qt::PlainText);
    m_pathLabel->setObjectName(u"pathLabel"_s);
    m_accessLabel = new QLabel(this);
    m_accessLabel->setObjectName(u"accessLabel"_s);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    for (QLabel *label : {m_pathLabel, m_accessLabel, m_countsLabel}) {
        label->setContentsMargins(6, 0, 6, 0);
    }
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_accessLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
}

QString MainWindow::lastDirectory() const
{
    const QString directory = m_settings.value(isms::AppSettings::Key::LastDirectory).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir()) {
        return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    return directory;
}

QString MainWindow::suggestedPath(const QString &fileName) const
{
    return QDir(lastDirectory()).absoluteFilePath(fileName);
}

void MainWindow::rememberDirectory(const QString &path)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (directory != QFileInfo(demoProjectPath()).absolutePath()) {
        m_settings.setValue(isms::AppSettings::Key::LastDirectory, directory);
    }
}

void MainWindow::onNewProject()
{
    NewProjectDialog dialog(m_fileChooser, lastDirectory(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    createProject(dialog.filePath(), dialog.organisation(), dialog.fillWithDemoData());
}

void MainWindow::onOpenProject()
{
    const QString path = m_fileChooser.openProject(this, lastDirectory());
    if (!path.isEmpty()) {
        openProject(path);
    }
}

void MainWindow::onSaveCopyAs()
{
    if (!m_db) {
        return;
    }
    flushPendingEdits();
    const QString base = QFileInfo(m_db->path()).completeBaseName();
    const QString target = m_fileChooser.saveProject(this, suggestedPath(tr("%1 copy.isms").arg(base)));
    if (target.isEmpty()) {
        return;
    }
    const isms::Result<void> saved = m_db->saveCopyAs(target);
    if (!saved) {
        m_prompt.showError(this, tr("Cannot save a copy"), saved.error().message, saved.error().detail);
        return;
    }
    rememberDirectory(target);
    statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(target)), StatusMessageMs);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentFiles();
    int number = 1;
    for (const QString &path : recent) {
        const QFileInfo info(path);
        QString label = tr("&%1 %2").arg(number++).arg(info.fileName());
        if (!info.exists()) {
            label = tr("%1 (missing)").arg(label);
        }
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("Clear list"));
        connect(clear, &QAction::triggered, this, [this] {
            m_settings.setValue(isms::AppSettings::Key::RecentFiles, QStringList());
            if (m_startPage) {
                m_startPage->setRecentFiles({});
            }
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!m_db && m_startPage) {
        m_startPage->setRecentFiles(recent);
    }
}

void MainWindow::onFind()
{
    switch (currentPage()) {
    case Page::Clauses:
        m_clausesPage->focusFilter();
        break;
    case Page::History:
        m_historyPage->focusFilter();
        break;
    case Page::Controls:
    case Page::Dashboard:
        showPage(Page::Controls);
        m_controlsPage->focusFilter();
        break;
    case Page::Registered:
        m_registeredPages->page(currentPageKey())->focusFilter();
        break;
    case Page::Start:
        break;
    }
}

void MainWindow::onPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::onEvidenceLimit()
{
    if (!m_db || m_db->isReadOnly()) {
        return;
    }
    flushPendingEdits();
    EvidenceLimitDialog dialog(
        *m_db,
        *m_undoStack,
        [this](const isms::Error &error) {
            m_prompt.showError(this,
                               tr("Cannot change the evidence size limit"),
                               error.message,
                               error.detail);
        },
        this);
    dialog.exec();
}

void MainWindow::onAuditPack()
{
    if (!m_db) {
        return;
    }
    flushPendingEdits();
    AuditPackDialog dialog(*m_db, reportOptions(), this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("Built the audit pack"), StatusMessageMs);
    }
}

void MainWindow::onAbout()
{
    const QString text = u"<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p>"_s.arg(
        tr("ISMS Workbench %1").arg(QStringLiteral(ISMS_VERSION_STRING)),
        tr("An offline workbench for running an information security management system according to "
           "ISO/IEC 27001:2022."),
        tr("Built with Qt %1; running on Qt %2.")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        tr("Licensed under the GNU General Public License, version 3 or later."));
    QMessageBox::about(this, tr("About ISMS Workbench"), text);
}
