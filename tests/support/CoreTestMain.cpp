// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "QtMessageGuard.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IsmsWorkbenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("isms-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    isms::test::installQtMessageGuard();
    return RUN_ALL_TESTS();
}
