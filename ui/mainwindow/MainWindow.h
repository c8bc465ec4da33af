// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "report/ReportOptions.h"

#include <QMainWindow>

#include <memory>

namespace isms {
class AppSettings;
class Database;
} // namespace isms

class DashboardPage;
class FileChooser;
class HistoryPage;
class MessageBanner;
class ProjectHistoryWatcher;
class NavigationTree;
class Prompt;
class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTreeWidget;
class QUndoStack;
class RegisteredPages;
class RegisterPage;
class StartPage;
class WorkbenchPage;

/// The application window: navigation on the left, one page on the right, menus for files,
/// editing, views and help. Holds at most one open project and its undo stack.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page
    {
        Start,
        Dashboard,
        Clauses,
        Controls,
        History,
        Registered, ///< a page of the PageRegistry; currentPageKey() says which
    };

    /// `settings`, `prompt` and `fileChooser` must outlive the window.
    MainWindow(isms::AppSettings &settings,
               Prompt &prompt,
               FileChooser &fileChooser,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `path`, asking through the Prompt what to do when another program holds its lock, and
    /// shows the page `pageKey` (the dashboard when it is empty or unknown; only that page reads the
    /// project before the first paint). Shows the error and returns false when the file cannot be
    /// opened; the file is then unchanged.
    bool openProject(const QString &path, const QString &pageKey = {});

    /// Creates a project at `path` (optionally with the demo data) and opens it.
    bool createProject(const QString &path, const QString &organisation, bool withDemoData);

    /// Writes a fresh demo project to demoProjectPath() and opens it.
    bool openDemoProject();

    /// Closes the open project (if any) and shows the start page.
    void closeProject();

    /// The reports the window exports as PDF, previews and prints (File menu, one submenu each).
    enum class Report
    {
        ControlStatus,
        Risk,
        TreatmentPlan,
        Soa,
    };

    /// Exports `report` of the open project to `pdfPath`; shows the error and returns false when it
    /// cannot be built or written.
    bool exportReport(Report report, const QString &pdfPath);

    /// Exports the control status report of the open project to `pdfPath`.
    bool exportControlReport(const QString &pdfPath) { return exportReport(Report::ControlStatus, pdfPath); }

    /// The actions of `report` in the File menu: export as PDF, print preview, print.
    QList<QAction *> reportActions(Report report) const;

    /// Where the demo project lives: AppDataLocation/demo.isms.
    static QString demoProjectPath();

    /// The report options from the preferences (classification, paper size).
    isms::ReportOptions reportOptions() const;

    isms::Database *database() const { return m_db.get(); }

    QUndoStack *undoStack() const { return m_undoStack; }

    void showPage(Page page);
    Page currentPage() const;

    /// Shows the page `key` ("controls", "threats": the built-in pages and the PageRegistry's);
    /// false for an unknown key or when no project is open.
    bool showPage(const QString &key);

    /// The key of the page shown ("start", "dashboard", "threats"...).
    QString currentPageKey() const;

    /// Shows the page `key` with the record whose reference is `ref` ("6.1.3", "R-004") selected; false
    /// when the page or the record does not exist.
    bool showRecordByRef(const QString &key, const QString &ref);

    /// The PageRegistry's page `key`, created if needed; nullptr for an unknown key.
    WorkbenchPage *registeredPage(const QString &key);

    /// The built-in pages, created when first asked for and given the open project if they have not
    /// had it yet (pages get the project when first shown). A window opened straight onto a project
    /// never makes the start page or the dashboard unless they are shown.
    StartPage *startPage();
    DashboardPage *dashboardPage();
    RegisterPage *clausesPage();
    RegisterPage *controlsPage();
    HistoryPage *historyPage();

    MessageBanner *banner() const { return m_banner; }

    /// Shows problems with the open project's change log (tamper check, history seen before).
    MessageBanner *historyBanner() const { return m_historyBanner; }

    ProjectHistoryWatcher *historyWatcher() const { return m_historyWatcher; }

    QTreeWidget *navigation() const;

    QAction *undoAction() const { return m_undoAction; }

    QAction *redoAction() const { return m_redoAction; }

    QAction *reopenForEditingAction() const { return m_reopenForEditingAction; }

    /// Edit > Evidence size limit…; enabled while a project is open for editing.
    QAction *evidenceLimitAction() const { return m_evidenceLimitAction; }

    /// File > Audit pack…
    QAction *auditPackAction() const { return m_auditPackAction; }

protected:
    void closeEvent(QCloseEvent *event) override;
    /// Without a project, the first show puts up the start page (made then, not in the constructor).
    void showEvent(QShowEvent *event) override;

private:
    /// How long a status-bar message stays.
    static constexpr int StatusMessageMs = 6000;
    void createActions();
    void createMenus();
    void createStatusBar();
    void installProject(std::unique_ptr<isms::Database> db, const QString &pageKey = {});
    /// closeProject() without showing the start page (the constructor's: the page is made when shown).
    void releaseProject();
    StartPage *createStartPage();
    DashboardPage *createDashboardPage();
    /// Shows the register `key` filtered to the records matching any of `alternatives`.
    void showFilteredRecords(const QString &key,
                             const QList<QHash<QString, QVariant>> &alternatives,
                             const QString &text);
    void saveUiState();
    void restoreUiState();
    void updateWindowTitle();
    void updateStatusBar();
    void updateActions();
    void updateRecentMenu();
    void flushPendingEdits();
    QList<QWidget *> builtInWidgets() const;
    /// The built-in page `page`: created if needed, and given the open project if it has not had it.
    QWidget *builtInPage(Page page);
    void showWidget(QWidget *widget);
    void onNewProject();
    void onOpenProject();
    void onSaveCopyAs();
    void createReportActions();
    void addReportMenus(QMenu *file);
    void onExportPdf(Report report);
    void onPrintPreview(Report report);
    void onPrint(Report report);
    void onFind();
    void onPreferences();
    void onEvidenceLimit();
    void onAuditPack();
    void onAbout();
    void showRecord(const QString &entity, const QString &entityId);
    QString lastDirectory() const;
    QString suggestedPath(const QString &fileName) const;
    void rememberDirectory(const QString &path);

    isms::AppSettings &m_settings;
    Prompt &m_prompt;
    FileChooser &m_fileChooser;
    std::unique_ptr<isms::Database> m_db;
    QUndoStack *m_undoStack = nullptr;

    NavigationTree *m_navigation = nullptr;
    RegisteredPages *m_registeredPages = nullptr;
    QStackedWidget *m_stack = nullptr;
    MessageBanner *m_banner = nullptr;
    MessageBanner *m_historyBanner = nullptr;
    ProjectHistoryWatcher *m_historyWatcher = nullptr;
    StartPage *m_startPage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    RegisterPage *m_clausesPage = nullptr;
    RegisterPage *m_controlsPage = nullptr;
    HistoryPage *m_historyPage = nullptr;
    QList<Page> m_unboundPages; ///< built-in pages that have not had the open project yet

    QLabel *m_pathLabel = nullptr;
    QLabel *m_accessLabel = nullptr;
    QLabel *m_countsLabel = nullptr;

    QMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_issueSoaAction = nullptr;

    /// Per report (indexed by Report): export as PDF, print preview, print.
    struct ReportActions
    {
        QAction *exportPdf = nullptr;
        QAction *preview = nullptr;
        QAction *print = nullptr;
    };

    QList<ReportActions> m_reportActions;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_evidenceLimitAction = nullptr;
    QAction *m_auditPackAction = nullptr;
    QList<QAction *> m_pageActions;
    QAction *m_reopenForEditingAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
