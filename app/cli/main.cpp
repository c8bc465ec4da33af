// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliApplication.h"
#include "Console.h"
#include "common/TextKey.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

/// isms-cli promises one sentence on stderr per error, which the core's Error messages provide. The core's
/// log lines (technical details for developers) would break that promise, so they are shown only when
/// asked for with QT_LOGGING_RULES (for example QT_LOGGING_RULES="isms.*=true").
void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Q_UNUSED(context)
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "isms-cli: %s\n", message.toLocal8Bit().constData());
        std::abort();
    }
}

} // namespace

int main(int argc, char **argv)
{
    isms::chooseHashSeed(); // before any QHash exists
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        qInstallMessageHandler(quietMessageHandler);
    }
    // Only reports need Qt Gui (fonts, pages); they render on the offscreen platform, so isms-cli works
    // on a machine without a display. Every other command starts as a plain core application.
    std::unique_ptr<QCoreApplication> app;
    if (isms::cli::CliApplication::needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same names as isms-workbench, so that both read the same preferences (the change log's name).
    QCoreApplication::setOrganizationName(QStringLiteral("IsmsWorkbench"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("isms-workbench.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("isms-workbench"));

    // Catalogues from :/i18n (embedded by translations/CMakeLists.txt); English holds the plural forms.
    isms::installTranslations(*app);

#ifdef Q_OS_WIN
    // The output is UTF-8 (arrows, accented names); tell the console so.
    SetConsoleOutputCP(CP_UTF8);
#endif
    isms::cli::Console console(stdout, stderr);
    isms::cli::CliApplication cli(console);
    const isms::cli::ExitCode code = cli.run(QCoreApplication::arguments());
    console.flush();
    return static_cast<int>(code);
}
