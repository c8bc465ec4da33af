// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// MainWindow, part four: the pages. The built-in pages other than the start page and the dashboard are
// created when first shown, and every built-in page gets the open project when first shown, so that
// opening a large project reads only what the page on screen needs. (MainWindow.cpp holds the window and
// the project, MainWindowActions.cpp the actions, MainWindowReports.cpp the reports.)
#include "dashboard/DashboardPage.h"
#include "domain/Entities.h"
#include "history/HistoryPage.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NavigationTree.h"
#include "mainwindow/PageRegistry.h"
#include "mainwindow/RegisteredPages.h"
#include "mainwindow/WorkbenchPage.h"
#include "records/EvidencePanel.h"
#include "records/RegisterPage.h"
#include "requirements/CatalogueFactsPanel.h"
#include "requirements/ClauseFulfilmentPanel.h"
#include "services/RecordService.h"
#include "settings/AppSettings.h"
#include "soa/SoaPage.h"
#include "start/StartPage.h"
#include "storage/Database.h"

#include <QAction>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace {

/// The keys of the built-in pages (for the navigation and --page), in the order of MainWindow::Page.
const QStringList &builtInKeys()
{
    static const QStringList keys{u"start"_s, u"dashboard"_s, u"clauses"_s, u"controls"_s, u"history"_s};
    return keys;
}

} // namespace

QList<QWidget *> MainWindow::builtInWidgets() const
{
    return {m_startPage, m_dashboardPage, m_clausesPage, m_controlsPage, m_historyPage};
}

void MainWindow::showPage(Page page)
{
    if (m_db || page == Page::Start) {
        if (QWidget *widget = builtInPage(page)) {
            showWidget(widget);
        }
    }
}

QWidget *MainWindow::builtInPage(Page page)
{
    const bool bind = m_db && m_unboundPages.removeOne(page);
    switch (page) {
    case Page::Start:
        return m_startPage ? m_startPage : createStartPage();
    case Page::Registered:
        return nullptr;
    case Page::Dashboard:
        if (!m_dashboardPage) {
            createDashboardPage();
        }
        if (bind) {
            m_dashboardPage->setDatabase(m_db.get());
        }
        return m_dashboardPage;
    case Page::Clauses:
    case Page::Controls: {
        const bool clauses = page == Page::Clauses;
        RegisterPage *&requirements = clauses ? m_clausesPage : m_controlsPage;
        if (!requirements) {
            const isms::EntitySpec &spec = clauses ? isms::clauseSpec() : isms::controlSpec();
            requirements = new RegisterPage(spec, m_prompt, m_stack);
            if (clauses) {
                // What fulfils a clause is what its page is for; the catalogue's facts come second.
                requirements->addRecordPanel(new ClauseFulfilmentPanel, tr("What fulfils it"));
            }
            requirements->addRecordPanel(new CatalogueFactsPanel(spec), tr("From the standard"));
            connect(requirements, &WorkbenchPage::recordRequested, this, &MainWindow::showRecord);
            EvidencePanel::addTo(*requirements, m_fileChooser);
            m_stack->addWidget(requirements);
            requirements->restoreHeaderState(m_settings
                                                 .value(clauses ? isms::AppSettings::Key::ClausesHeaderState
                                                                : isms::AppSettings::Key::ControlsHeaderState)
                                                 .toByteArray());
        }
        if (bind) {
            requirements->setContext(m_db.get(), m_undoStack);
        }
        return requirements;
    }
    case Page::History:
        if (!m_historyPage) {
            m_historyPage = new HistoryPage(m_stack);
            m_stack->addWidget(m_historyPage);
            m_historyPage->restoreHeaderState(
                m_settings.value(isms::AppSettings::Key::HistoryHeaderState).toByteArray());
            connect(m_historyPage, &HistoryPage::recordActivated, this, &MainWindow::showRecord);
        }
        if (bind) {
            m_historyPage->setDatabase(m_db.get());
        }
        return m_historyPage;
    }
    return nullptr;
}

StartPage *MainWindow::createStartPage()
{
    m_startPage = new StartPage(m_stack);
    m_stack->addWidget(m_startPage);
    m_startPage->setRecentFiles(m_settings.recentFiles());
    connect(m_startPage, &StartPage::newProjectRequested, this, &MainWindow::onNewProject);
    connect(m_startPage, &StartPage::openProjectRequested, this, &MainWindow::onOpenProject);
    connect(m_startPage, &StartPage::demoProjectRequested, this, &MainWindow::openDemoProject);
    connect(m_startPage, &StartPage::recentFileActivated, this, [this](const QString &path) {
        openProject(path);
    });
    connect(m_startPage, &StartPage::recentFileRemovalRequested, this, [this](const QString &path) {
        m_settings.removeRecentFile(path);
        updateRecentMenu();
    });
    return m_startPage;
}

DashboardPage *MainWindow::createDashboardPage()
{
    m_dashboardPage = new DashboardPage(m_stack);
    m_stack->addWidget(m_dashboardPage);
    connect(m_dashboardPage,
            &DashboardPage::controlStatusActivated,
            this,
            [this](isms::ImplementationStatus status) {
                showPage(Page::Controls);
                controlsPage()->showOnly(u"status"_s, isms::statusKeyword(status));
            });
    connect(m_dashboardPage, &DashboardPage::recordActivated, this, &MainWindow::showRecord);
    connect(m_dashboardPage,
            &DashboardPage::pageRequested,
            this,
            [this](const QString &key, const QString &fieldKey, const QString &value) {
                if (showPage(key) && !fieldKey.isEmpty()) {
                    registeredPage(key)->showOnly(fieldKey, value);
                }
            });
    connect(m_dashboardPage,
            &DashboardPage::filteredRecordsRequested,
            this,
            &MainWindow::showFilteredRecords);
    return m_dashboardPage;
}

void MainWindow::showFilteredRecords(const QString &key,
                                     const QList<QHash<QString, QVariant>> &alternatives,
                                     const QString &text)
{
    auto *page = qobject_cast<RegisterPage *>(m_db ? registeredPage(key) : nullptr);
    if (page && showPage(key)) {
        page->showOnlyAny(alternatives, text);
    }
}

StartPage *MainWindow::startPage()
{
    return static_cast<StartPage *>(builtInPage(Page::Start));
}

DashboardPage *MainWindow::dashboardPage()
{
    return static_cast<DashboardPage *>(builtInPage(Page::Dashboard));
}

RegisterPage *MainWindow::clausesPage()
{
    return static_cast<RegisterPage *>(builtInPage(Page::Clauses));
}

RegisterPage *MainWindow::controlsPage()
{
    return static_cast<RegisterPage *>(builtInPage(Page::Controls));
}

HistoryPage *MainWindow::historyPage()
{
    return static_cast<HistoryPage *>(builtInPage(Page::History));
}

void MainWindow::showWidget(QWidget *widget)
{
    if (m_stack->currentWidget() != widget) {
        flushPendingEdits();
    }
    m_stack->setCurrentWidget(widget);
    m_navigation->selectPage(currentPageKey());
    const int page = static_cast<int>(currentPage());
    for (int i = 0; i < m_pageActions.size(); ++i) {
        m_pageActions.at(i)->setChecked(page == i + 1);
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    if (!m_stack->currentWidget()) {
        return Page::Start; // nothing shown yet: the start page is made when the window is first shown
    }
    const auto index = builtInWidgets().indexOf(m_stack->currentWidget());
    if (index >= 0) {
        return static_cast<Page>(index);
    }
    return m_registeredPages->keyOf(m_stack->currentWidget()).isEmpty() ? Page::Start : Page::Registered;
}

bool MainWindow::showPage(const QString &key)
{
    if (const auto builtIn = builtInKeys().indexOf(key); builtIn >= 0) {
        showPage(static_cast<Page>(builtIn));
        return currentPageKey() == key;
    }
    WorkbenchPage *widget = m_db ? registeredPage(key) : nullptr;
    if (widget) {
        showWidget(widget);
    }
    return widget != nullptr;
}

QString MainWindow::currentPageKey() const
{
    const Page page = currentPage();
    return page == Page::Registered ? m_registeredPages->keyOf(m_stack->currentWidget())
                                    : builtInKeys().value(static_cast<int>(page));
}

QTreeWidget *MainWindow::navigation() const
{
    return m_navigation;
}

WorkbenchPage *MainWindow::registeredPage(const QString &key)
{
    WorkbenchPage *page = m_registeredPages->page(key);
    if (auto *soa = qobject_cast<SoaPage *>(page)) {
        // Evidence needs the window's file dialogs; the page's report buttons are the File menu's.
        soa->setWindowServices(m_fileChooser,
                               QList<QAction *>{m_issueSoaAction} + reportActions(Report::Soa));
    }
    return page;
}

bool MainWindow::showRecordByRef(const QString &key, const QString &ref)
{
    const isms::EntitySpec *spec = nullptr;
    if (key == u"clauses" || key == u"controls") {
        spec = key == u"clauses" ? &isms::clauseSpec() : &isms::controlSpec();
    } else if (const PageRegistry::Entry *entry = PageRegistry::find(key)) {
        spec = isms::Entities::findByEntity(entry->entity);
    }
    if (!spec || !m_db || !showPage(key)) {
        return false;
    }
    const auto record = isms::RecordService(*m_db, *spec).getByRef(ref);
    if (!record) {
        return false;
    }
    const QString logId =
        spec->isCatalogue() ? isms::EntitySpec::refOf(*record) : QString::number(record->id.value);
    if (key == u"clauses" || key == u"controls") {
        showRecord(spec->entity, logId);
        return true;
    }
    WorkbenchPage *page = registeredPage(key);
    return page && page->showRecord(logId);
}

void MainWindow::showRecord(const QString &entity, const QString &entityId)
{
    if (entity == isms::requirementKindKeyword(isms::RequirementKind::Control)) {
        showPage(Page::Controls);
        m_controlsPage->showRecord(entityId);
    } else if (entity == isms::requirementKindKeyword(isms::RequirementKind::Clause)) {
        showPage(Page::Clauses);
        m_clausesPage->showRecord(entityId);
    } else if (const PageRegistry::Entry *entry = PageRegistry::findByEntity(entity)) {
        if (showPage(entry->key)) {
            registeredPage(entry->key)->showRecord(entityId);
        }
    }
}
