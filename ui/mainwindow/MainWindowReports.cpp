// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// MainWindow, part two: the report actions (PDF export, print preview, print). (MainWindow.cpp holds the
// window, the project and the pages.)
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
#include "report/ControlStatusReport.h"
#include "report/PdfExport.h"
#include "requirements/RequirementDetailWidget.h"
#include "requirements/RequirementsPage.h"
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

bool MainWindow::exportControlReport(const QString &pdfPath)
{
    if (!m_db) {
        return false;
    }
    flushPendingEdits();
    const isms::ReportOptions options = reportOptions();
    const auto document = isms::ControlStatusReport::build(*m_db, options);
    isms::Result<void> written = document ? isms::PdfExport::writePdf(*document, pdfPath, options)
                                          : isms::Result<void>(document.error());
    if (!written) {
        m_prompt.showError(this,
                           tr("Cannot export the report"),
                           written.error().message,
                           written.error().detail);
        return false;
    }
    statusBar()->showMessage(
        tr("Exported the control status report to %1").arg(QDir::toNativeSeparators(pdfPath)),
        StatusMessageMs);
    return true;
}

void MainWindow::onExportPdf()
{
    if (!m_db) {
        return;
    }
    const auto organisation = isms::ProjectService(*m_db).organisation();
    const QString name = tr("%1 control status %2.pdf")
                             .arg(organisation ? *organisation : QFileInfo(m_db->path()).completeBaseName(),
                                  QDate::currentDate().toString(Qt::ISODate));
    const QString target = m_fileChooser.savePdf(this, suggestedPath(name));
    if (target.isEmpty()) {
        return;
    }
    if (exportControlReport(target)) {
        rememberDirectory(target);
    }
}

void MainWindow::onPrintPreview()
{
    if (!m_db) {
        return;
    }
    flushPendingEdits();
    const isms::ReportOptions options = reportOptions();
    const auto document = isms::ControlStatusReport::build(*m_db, options);
    if (!document) {
        m_prompt.showError(this,
                           tr("Cannot build the report"),
                           document.error().message,
                           document.error().detail);
        return;
    }
    PrintPreview::showPreview(this, *document, options);
}

void MainWindow::onPrint()
{
    if (!m_db) {
        return;
    }
    flushPendingEdits();
    const isms::ReportOptions options = reportOptions();
    const auto document = isms::ControlStatusReport::build(*m_db, options);
    const isms::Result<void> printed = document ? PrintPreview::printWithDialog(this, *document, options)
                                                : isms::Result<void>(document.error());
    if (!printed) {
        m_prompt.showError(this,
                           tr("Cannot print the report"),
                           printed.error().message,
                           printed.error().detail);
    }
}
