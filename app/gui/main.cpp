// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "WorkbenchCommandLine.h"
#include "auditpack/AuditPackDialog.h"
#include "common/ApplicationFont.h"
#include "common/FileChooser.h"
#include "common/LazyIcon.h"
#include "common/LogFile.h"
#include "common/PrintPreview.h"
#include "common/Prompt.h"
#include "common/TextKey.h"
#include "common/Translations.h"
#include "common/Version.h"
#include "mainwindow/MainWindow.h"
#include "models/RecordTableModel.h"
#include "preferences/PreferencesDialog.h"
#include "records/RegisterPage.h"
#include "report/ControlStatusReport.h"
#include "report/PdfExport.h"
#include "settings/AppSettings.h"
#include "start/NewProjectDialog.h"
#include "storage/Database.h"
#include "storage/InspectionPrefetch.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QIcon>
#include <QPixmap>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

/// Answers for runs without a user (--self-test, --screenshot): never waits for a click, reports errors
/// on stderr.
class ConsolePrompt final : public Prompt
{
public:
    LockedChoice askLocked(QWidget *, const QString &, const std::optional<isms::LockInfo> &holder) override
    {
        printError(MessageBoxPrompt::describeLockHolder(holder));
        return LockedChoice::OpenReadOnly;
    }

    void showError(QWidget *, const QString &, const QString &message, const QString &detail) override
    {
        printError(detail.isEmpty() ? message : message + u" (" + detail + u')');
        ++errors;
    }

    bool confirm(QWidget *, const QString &, const QString &, const QString &) override { return false; }

    static void printError(const QString &message) { QTextStream(stderr) << message << Qt::endl; }

    int errors = 0;
};

/// The translation context of this file's messages.
class WorkbenchMain final
{
    Q_DECLARE_TR_FUNCTIONS(WorkbenchMain)
};

/// Settings kept in a folder of their own, so that automated runs never touch the user's preferences.
std::unique_ptr<isms::AppSettings> isolatedSettings(const QString &folder)
{
    return std::make_unique<isms::AppSettings>(
        std::make_unique<QSettings>(QDir(folder).absoluteFilePath(u"settings.ini"_s), QSettings::IniFormat));
}

int selfTest()
{
    ConsolePrompt prompt;
    auto fail = [](const QString &what) {
        ConsolePrompt::printError(WorkbenchMain::tr("Self-test failed: %1").arg(what));
        return 1;
    };
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return fail(WorkbenchMain::tr("cannot create a temporary folder."));
    }
    const QString projectPath = dir.filePath(u"self-test.isms"_s);
    {
        auto created =
            isms::Database::create(projectPath, WorkbenchMain::tr("Self-test organisation"), u"self-test"_s);
        if (!created) {
            return fail(created.error().message);
        }
    }
    // An older schema, migrated forward on open.
    const QString oldPath = dir.filePath(u"old-schema.isms"_s);
    if (isms::Database::currentSchemaVersion() > 1) {
        const isms::Result<void> old = isms::Database::createAtSchemaVersion(oldPath, 1);
        if (!old) {
            return fail(old.error().message);
        }
        auto migrated = isms::Database::open(oldPath, {});
        if (!migrated) {
            return fail(migrated.error().message);
        }
    }

    auto settings = isolatedSettings(dir.path());
    DialogFileChooser chooser;
    MainWindow window(*settings, prompt, chooser);
    window.resize(1200, 800);
    window.show();
    if (!window.openProject(projectPath) || !window.database()) {
        return fail(WorkbenchMain::tr("the project could not be reopened."));
    }
    window.showPage(MainWindow::Page::Controls);
    QCoreApplication::processEvents();
    if (window.controlsPage()->model()->rowCount() != 93) {
        return fail(WorkbenchMain::tr("the project does not hold the 93 Annex A controls."));
    }
    const QString pdfPath = dir.filePath(u"control-status.pdf"_s);
    const isms::ReportOptions options = window.reportOptions();
    const auto document = isms::ControlStatusReport::build(*window.database(), options);
    if (!document) {
        return fail(document.error().message);
    }
    const isms::Result<void> written = isms::PdfExport::writePdf(*document, pdfPath, options);
    if (!written) {
        return fail(written.error().message);
    }
    QFile pdf(pdfPath);
    if (!pdf.open(QIODevice::ReadOnly) || !pdf.read(5).startsWith("%PDF-")) {
        return fail(WorkbenchMain::tr("the exported report is not a PDF file."));
    }
    window.closeProject();
    if (prompt.errors > 0) {
        return fail(WorkbenchMain::tr("errors were reported."));
    }
    QTextStream(stdout) << WorkbenchMain::tr("Self-test passed.") << Qt::endl;
    return 0;
}

/// The image of `widget`'s window as it was painted on the screen; rendered anew when the platform
/// cannot give it (QWidget::grab() would paint the whole window a second time).
QPixmap windowImage(QWidget &widget)
{
    QPixmap image;
    if (QScreen *screen = widget.screen(); screen && widget.windowHandle()) {
        image = screen->grabWindow(widget.winId());
    }
    return image.isNull() ? widget.grab() : image;
}

int screenshot(const WorkbenchOptions &options)
{
    const QString &target = options.screenshotPath;
    const QString &pageName = options.page;
    ConsolePrompt prompt;
    QTemporaryDir dir;
    auto settings = isolatedSettings(dir.path());
    DialogFileChooser chooser;
    auto owned = std::make_unique<MainWindow>(*settings, prompt, chooser);
    MainWindow &window = *owned;
    window.resize(1400, 900);
    // The project is opened before the window is shown, as in a normal start: the window then makes
    // only the page it shows (no start page first).
    if (options.demo) {
        window.openDemoProject();
    } else if (!options.file.isEmpty()) {
        window.openProject(options.file, pageName); // straight to the page: the others read nothing
    }
    window.show();
    // Dialogs, for looking at them and for documentation.
    QWidget *shown = &window;
    // Declared before the dialog, which paints them, so that they outlive it. The printer is made only
    // for the print preview: making one loads the print plugin and asks the print system for printers.
    std::optional<QPrinter> printer;
    std::optional<isms::ReportDocument> document;
    std::unique_ptr<QWidget> dialog;
    if (pageName == u"preferences") {
        dialog = std::make_unique<PreferencesDialog>(*settings, &window);
    } else if (pageName == u"new-project") {
        dialog = std::make_unique<NewProjectDialog>(chooser, QDir::homePath(), &window);
    } else if (pageName == u"audit-pack" && window.database()) {
        dialog = std::make_unique<AuditPackDialog>(*window.database(), window.reportOptions(), &window);
    } else if (pageName == u"print-preview" && window.database()) {
        const isms::ReportOptions reportOptions = window.reportOptions();
        auto built = isms::ControlStatusReport::build(*window.database(), reportOptions);
        if (built) {
            document = std::move(built).value();
            printer.emplace(QPrinter::HighResolution);
            PrintPreview::configurePrinter(*printer, reportOptions);
            dialog.reset(PrintPreview::createPreviewDialog(&window, *printer, *document));
        }
    }
    if (dialog) {
        dialog->show();
        shown = dialog.get();
    }
    if (pageName.toLower() == u"start") {
        window.closeProject();
    } else if (!window.showPage(pageName.toLower())) {
        window.showPage(MainWindow::Page::Dashboard);
    } else if (!options.record.isEmpty() && !window.showRecordByRef(pageName.toLower(), options.record)) {
        ConsolePrompt::printError(
            WorkbenchMain::tr("The page %1 has no record %2.").arg(pageName, options.record));
        return 1;
    }
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
    // A record beyond the first rows of a large register is chosen once the rest has been read.
    const auto *registerPage = qobject_cast<RegisterPage *>(window.registeredPage(pageName.toLower()));
    if (registerPage && registerPage->hasPendingRecord()) {
        for (QDeadlineTimer deadline(30'000); registerPage->hasPendingRecord() && !deadline.hasExpired();) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        QCoreApplication::processEvents(); // and painted
    }
    if (!windowImage(*shown).save(target, options.screenshotFormat.constData())) {
        ConsolePrompt::printError(
            WorkbenchMain::tr("Cannot write the screenshot to %1.").arg(QDir::toNativeSeparators(target)));
        return 1;
    }
    // Closing the window closes the project (and reports what fails) without showing the start page.
    dialog.reset();
    owned.reset();
    return prompt.errors > 0 ? 1 : 0;
}

/// The command line as text before any application object exists (QCoreApplication::arguments() then
/// reads it the platform's way, for the answers themselves).
QStringList commandLineArguments(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

/// Names and version, for settings paths and for --version.
void describeApplication()
{
    QCoreApplication::setOrganizationName(u"IsmsWorkbench"_s);
    QCoreApplication::setOrganizationDomain(u"isms-workbench.invalid"_s);
    QCoreApplication::setApplicationName(u"isms-workbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ISMS_VERSION_STRING));
}
} // namespace

int main(int argc, char **argv)
{
    isms::chooseHashSeed(); // before any QHash exists
    if (WorkbenchCommandLine::needsAnswerWithoutDisplay(commandLineArguments(argc, argv))) {
        // --help, --version and mistakes on the command line are answered before a QApplication
        // exists: it needs a display, and without one it aborts.
        QCoreApplication console(argc, argv);
        describeApplication();
        isms::installTranslations(console);
        if (const std::optional<int> exitCode =
                WorkbenchCommandLine::answerWithoutDisplay(QCoreApplication::arguments())) {
            return *exitCode;
        }
    }

    // The self-test is for packages and CI machines, which often have no display.
    const bool isSelfTest = std::any_of(argv + 1, argv + argc, [](const char *arg) {
        return std::strcmp(arg, "--self-test") == 0;
    });
    if (isSelfTest && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    // Filling the font database (fontconfig reads its configuration and the list of every font) takes
    // a few milliseconds; a worker thread does it while the window is being built, instead of the first
    // text that is measured. QFontDatabase is thread-safe: whoever needs it first waits for it.
    const std::jthread fontDatabase([] { (void)QFontDatabase::families(); });
    // Catalogues from :/i18n; English is loaded too, for its plural forms ("1 control", "2 controls").
    isms::installTranslations(app);
    describeApplication();
    QApplication::setApplicationDisplayName(WorkbenchMain::tr("ISMS Workbench"));
    // Lets desktops match the window to packaging/linux's .desktop file and icon.
    QGuiApplication::setDesktopFileName(u"org.ismsworkbench.IsmsWorkbench"_s);
    QApplication::setWindowIcon(lazyPngIcon(u":/icons/isms-workbench.png"_s, QSize(256, 256)));
    applyApplicationFont();

    const auto parsed = WorkbenchCommandLine::parse(QCoreApplication::arguments());
    if (const int *exitCode = std::get_if<int>(&parsed)) {
        return *exitCode;
    }
    const WorkbenchOptions &options = std::get<WorkbenchOptions>(parsed);
    // The project named on the command line is inspected on a worker thread while the window is built.
    std::optional<isms::InspectionPrefetch> inspection;
    if (!options.file.isEmpty() && !options.demo && !options.selfTest) {
        inspection.emplace(options.file);
    }

    if (options.selfTest) {
        return selfTest();
    }
    if (!options.screenshotPath.isEmpty()) {
        return screenshot(options);
    }

    isms::LogFile::install(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).absoluteFilePath(u"logs"_s));
    isms::AppSettings settings;
    settings.migrate();
    MessageBoxPrompt prompt;
    DialogFileChooser chooser;
    MainWindow window(settings, prompt, chooser);
    // A project named on the command line is opened before the window is shown, so that the window
    // appears with it and never makes the start page (made when shown without a project).
    if (options.demo) {
        window.openDemoProject();
    } else if (!options.file.isEmpty()) {
        window.openProject(options.file);
    }
    window.show();
    return QApplication::exec();
}
