// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "UiTestFixture.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

QtMessageHandler s_guard = nullptr;

void coreWarningsAllowed(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category).startsWith("isms.") && type == QtWarningMsg) {
        return;
    }
    if (s_guard) {
        s_guard(type, context, message);
    }
}

} // namespace

void UiTestFixture::SetUp()
{
    m_settings = std::make_unique<isms::AppSettings>(
        std::make_unique<QSettings>(m_temp.path(u"settings.ini"_s), QSettings::IniFormat));
    m_window = std::make_unique<MainWindow>(*m_settings, m_prompt, m_chooser);
    m_window->resize(1280, 800);
    m_window->show();
}

void UiTestFixture::TearDown()
{
    m_window.reset();
    m_settings.reset();
}

void UiTestFixture::openDemo()
{
    m_demoPath = m_temp.createDemo();
    ASSERT_TRUE(m_window->openProject(m_demoPath)) << qPrintable(m_prompt.errors.join(u'\n'));
    ASSERT_NE(m_window->database(), nullptr);
}

ExpectedCoreWarnings::ExpectedCoreWarnings()
{
    m_previous = qInstallMessageHandler(coreWarningsAllowed);
    s_guard = m_previous;
}

ExpectedCoreWarnings::~ExpectedCoreWarnings()
{
    qInstallMessageHandler(m_previous);
    s_guard = nullptr;
}
