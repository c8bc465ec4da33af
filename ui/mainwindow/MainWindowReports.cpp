// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// MainWindow, part two: the report actions (PDF export, print preview, print) of each report.
// (MainWindow.cpp holds the window, the project and the pages.)
#include "common/FileChooser.h"
#include "common/MessageBanner.h"
#include "common/PrintPreview.h"
#include "common/Prompt.h"
#include "common/ReportJob.h"
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
#include "records/RegisterPage.h"
#include "report/ControlStatusReport.h"
#include "report/PdfExport.h"
#include "report/RiskReport.h"
#include "report/SoaReport.h"
#include "report/TreatmentPlanReport.h"
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

isms::ReportOptions MainWindow::reportOptions() const
{
    isms::ReportOptions options;
    const QString classification =
        m_settings.value(isms::AppSettings::Key::Classification).toString().trimmed();
    if (!classification.isEmpty()) {
        options.classification = classification;
    }
    const QString paper = m_settings.value(isms::AppSettings::Key::PaperSize).toString();
    if (paper.compare(u"A4"_s, Qt::CaseInsensitive) == 0) {
        options.pageSize = QPageSize::A4;
    } else if (paper.compare(u"Letter"_s, Qt::CaseInsensitive) == 0) {
        options.pageSize = QPageSize::Letter;
    }
    return options;
}

namespace {

/// What the window says about each report.
struct ReportTexts
{
    QString menu;     ///< the submenu in the File menu
    QString fileName; ///< suggested file name: %1 organisation, %2 date
    QString exported; ///< status bar message: %1 path
};

ReportTexts reportTexts(MainWindow::Report report)
{
    switch (report) {
    case MainWindow::Report::Risk:
        return {MainWindow::tr("&Risk report"),
                MainWindow::tr("%1 risk report %2.pdf"),
                MainWindow::tr("Exported the risk report to %1")};
    case MainWindow::Report::TreatmentPlan:
        return {MainWindow::tr("&Treatment plan"),
                MainWindow::tr("%1 treatment plan %2.pdf"),
                MainWindow::tr("Exported the treatment plan to %1")};
    case MainWindow::Report::Soa:
        return {MainWindow::tr("&Statement of Applicability"),
                MainWindow::tr("%1 statement of applicability %2.pdf"),
                MainWindow::tr("Exported the Statement of Applicability to %1")};
    case MainWindow::Report::ControlStatus:
        break;
    }
    return {MainWindow::tr("&Control status report"),
            MainWindow::tr("%1 control status %2.pdf"),
            MainWindow::tr("Exported the control status report to %1")};
}

const QList<MainWindow::Report> &allReports()
{
    static const QList<MainWindow::Report> reports{MainWindow::Report::ControlStatus,
                                                   MainWindow::Report::Risk,
                                                   MainWindow::Report::TreatmentPlan,
                                                   MainWindow::Report::Soa};
    return reports;
}

isms::Result<isms::ReportDocument> buildReport(MainWindow::Report report,
                                               isms::Database &db,
                                               const isms::ReportOptions &options)
{
    switch (report) {
    case MainWindow::Report::Risk:
        return isms::RiskReport::build(db, options);
    case MainWindow::Report::TreatmentPlan:
        return isms::TreatmentPlanReport::build(db, options);
    case MainWindow::Report::Soa:
        return isms::SoaReport::build(db, options);
    case MainWindow::Report::ControlStatus:
        break;
    }
    return isms::ControlStatusReport::build(db, options);
}

/// Builds the report and writes its PDF on the job's thread and connection.
isms::Result<void> writeReport(ReportJob::Context &context,
                               MainWindow::Report report,
                               const isms::ReportOptions &options,
                               const QString &pdfPath)
{
    if (!context.step(MainWindow::tr("Building the report…"))) {
        return context.cancellation();
    }
    const auto document = buildReport(report, context.db(), options);
    if (!document) {
        return document.error();
    }
    const isms::Result<void> written =
        isms::PdfExport::writePdf(*document, pdfPath, options, context.renderStep());
    if (!written && isms::ReportRenderer::isCancellation(written.error())) {
        return context.cancellation();
    }
    return written;
}

} // namespace

void MainWindow::createReportActions()
{
    m_reportActions.clear();
    for (const Report report : allReports()) {
        ReportActions actions;
        actions.exportPdf = new QAction(tr("&Export as PDF…"), this);
        connect(actions.exportPdf, &QAction::triggered, this, [this, report] { onExportPdf(report); });
        actions.preview = new QAction(tr("Print pre&view…"), this);
        connect(actions.preview, &QAction::triggered, this, [this, report] { onPrintPreview(report); });
        actions.print = new QAction(tr("&Print…"), this);
        connect(actions.print, &QAction::triggered, this, [this, report] { onPrint(report); });
        m_reportActions.append(actions);
    }
    m_reportActions.first().print->setShortcut(QKeySequence::Print);
}

void MainWindow::addReportMenus(QMenu *file)
{
    for (const Report report : allReports()) {
        QMenu *menu = file->addMenu(reportTexts(report).menu);
        menu->addActions(reportActions(report));
    }
}

QList<QAction *> MainWindow::reportActions(Report report) const
{
    const ReportActions &actions = m_reportActions.at(static_cast<qsizetype>(report));
    return {actions.exportPdf, actions.preview, actions.print};
}

bool MainWindow::exportReport(Report report, const QString &pdfPath)
{
    if (!m_db) {
        return false;
    }
    flushPendingEdits();
    const isms::ReportOptions options = reportOptions();
    // Built and written in a worker under a progress dialog: the risk report of a large register takes
    // seconds, and the window keeps painting meanwhile.
    ReportJob job(*m_db, tr("Exporting the report…"), this);
    const isms::Result<void> written = job.run([report, &options, &pdfPath](ReportJob::Context &context) {
        return writeReport(context, report, options, pdfPath);
    });
    if (!written) {
        if (job.wasCancelled()) {
            statusBar()->showMessage(tr("The export was cancelled; no file was written."), StatusMessageMs);
            return false;
        }
        m_prompt.showError(this,
                           tr("Cannot export the report"),
                           written.error().message,
                           written.error().detail);
        return false;
    }
    statusBar()->showMessage(reportTexts(report).exported.arg(QDir::toNativeSeparators(pdfPath)),
                             StatusMessageMs);
    return true;
}

void MainWindow::onExportPdf(Report report)
{
    if (!m_db) {
        return;
    }
    const auto organisation = isms::ProjectService(*m_db).organisation();
    const QString name = reportTexts(report).fileName.arg(
        organisation ? *organisation : QFileInfo(m_db->path()).completeBaseName(),
        QDate::currentDate().toString(Qt::ISODate));
    const QString target = m_fileChooser.savePdf(this, suggestedPath(name));
    if (target.isEmpty()) {
        return;
    }
    if (exportReport(report, target)) {
        rememberDirectory(target);
    }
}

void MainWindow::onPrintPreview(Report report)
{
    if (!m_db) {
        return;
    }
    flushPendingEdits();
    const isms::ReportOptions options = reportOptions();
    const auto document = buildReport(report, *m_db, options);
    if (!document) {
        m_prompt.showError(this,
                           tr("Cannot build the report"),
                           document.error().message,
                           document.error().detail);
        return;
    }
    PrintPreview::showPreview(this, *document, options);
}

void MainWindow::onPrint(Report report)
{
    if (!m_db) {
        return;
    }
    flushPendingEdits();
    const isms::ReportOptions options = reportOptions();
    const auto document = buildReport(report, *m_db, options);
    const isms::Result<void> printed = document ? PrintPreview::printWithDialog(this, *document, options)
                                                : isms::Result<void>(document.error());
    if (!printed) {
        m_prompt.showError(this,
                           tr("Cannot print the report"),
                           printed.error().message,
                           printed.error().detail);
    }
}
