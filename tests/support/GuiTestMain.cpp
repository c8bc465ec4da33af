// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "QtMessageGuard.h"
#include "storage/SqliteLibrary.h"

#include <QGuiApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // As the program's first connection does, whichever test opens SQLite first (some use Qt's driver
    // directly, as another tool would).
    isms::prepareSqliteLibrary();
    // Run headless when started directly, not only under ctest.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("IsmsWorkbenchTests"));
    QGuiApplication::setApplicationName(QStringLiteral("isms-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    isms::test::installQtMessageGuard();
    return RUN_ALL_TESTS();
}
