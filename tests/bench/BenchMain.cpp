// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/ApplicationFont.h"
#include "common/TextKey.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

int main(int argc, char **argv)
{
    isms::chooseHashSeed(); // before any QHash exists
    // Reports need Qt Gui and the register models Qt Widgets; the offscreen platform keeps them headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv); // the register models use the widgets style
    QApplication::setOrganizationName(QStringLiteral("IsmsWorkbenchBenchmarks"));
    QApplication::setApplicationName(QStringLiteral("isms-benchmarks"));
    applyApplicationFont(); // pages measure and paint text as in the window

    // Setup creates many projects; their log lines would bury the results.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("isms.*.info=false\nisms.*.debug=false"));
    }

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
