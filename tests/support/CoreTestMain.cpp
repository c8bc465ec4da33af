// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "QtMessageGuard.h"
#include "storage/SqliteLibrary.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // As the program's first connection does, whichever test opens SQLite first (some use Qt's driver
    // directly, as another tool would).
    isms::prepareSqliteLibrary();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IsmsWorkbenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("isms-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    isms::test::installQtMessageGuard();
    return RUN_ALL_TESTS();
}
