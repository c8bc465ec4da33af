// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "FakePrompt.h"
#include "TempProject.h"
#include "mainwindow/MainWindow.h"
#include "settings/AppSettings.h"

#include <QtMessageHandler>

#include <gtest/gtest.h>

#include <memory>

/// A main window with its own settings file, a scripted prompt and file chooser, in a temporary folder
/// that also holds the demo project.
class UiTestFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    /// Creates the demo project and opens it in the window.
    void openDemo();

    isms::test::TempProject m_temp;
    std::unique_ptr<isms::AppSettings> m_settings;
    FakePrompt m_prompt;
    FakeFileChooser m_chooser;
    std::unique_ptr<MainWindow> m_window;
    QString m_demoPath;
};

/// While alive, lets the program's own "isms.*" warnings through (tests that provoke a refused file
/// expect them); every other warning still fails the test.
class ExpectedCoreWarnings final
{
public:
    ExpectedCoreWarnings();
    ~ExpectedCoreWarnings();
    Q_DISABLE_COPY_MOVE(ExpectedCoreWarnings)

private:
    QtMessageHandler m_previous = nullptr;
};
