// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "QtMessageGuard.h"

#include <QString>
#include <QtGlobal>

#include <gtest/gtest.h>

#include <cstdio>

namespace isms::test {

namespace {

void guardHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray text = message.toLocal8Bit();
    switch (type) {
    case QtDebugMsg:
    case QtInfoMsg:
        std::fprintf(stderr, "%s\n", text.constData());
        return;
    case QtWarningMsg:
    case QtCriticalMsg:
    case QtFatalMsg:
        break;
    }
    // The offscreen platform warns about features it lacks; those are not our bugs.
    if (message.contains(QLatin1String("This plugin does not support"))
        || message.contains(QLatin1String("propagateSizeHints"))) {
        return;
    }
    ADD_FAILURE() << "Qt message: " << text.constData() << " (" << (context.file ? context.file : "?") << ':'
                  << context.line << ')';
    if (type == QtFatalMsg) {
        std::abort();
    }
}

} // namespace

void installQtMessageGuard()
{
    qInstallMessageHandler(guardHandler);
}

} // namespace isms::test
