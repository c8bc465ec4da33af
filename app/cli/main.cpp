// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CliApplication.h"
#include "Console.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
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
    QCoreApplication::setOrganizationDomain(QStringLiteral("ismsworkbench.org"));
    QCoreApplication::setApplicationName(QStringLiteral("IsmsWorkbench"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(),
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("isms"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }

    isms::cli::Console console(stdout, stderr);
    isms::cli::CliApplication cli(console);
    const isms::cli::ExitCode code = cli.run(QCoreApplication::arguments());
    console.flush();
    return static_cast<int>(code);
}
