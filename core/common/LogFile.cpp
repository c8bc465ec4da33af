// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

#include <cstdio>

namespace isms {

namespace {

struct LogState
{
    QMutex mutex;
    QString directory;
    QFile file;
    QtMessageHandler previous = nullptr;
};

LogState &state()
{
    static LogState s;
    return s;
}

QString pathFor(const QString &directory, int index)
{
    return QDir(directory).filePath(index == 0 ? QStringLiteral("isms.log")
                                               : QStringLiteral("isms.%1.log").arg(index));
}

void rotate(LogState &s)
{
    s.file.close();
    QFile::remove(pathFor(s.directory, LogFile::MaxFiles - 1));
    for (int i = LogFile::MaxFiles - 2; i >= 0; --i) {
        QFile::rename(pathFor(s.directory, i), pathFor(s.directory, i + 1));
    }
    s.file.setFileName(pathFor(s.directory, 0));
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        std::fprintf(stderr, "isms: cannot write the log file\n");
    }
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    {
        const QMutexLocker locker(&s.mutex);
        if (s.file.isOpen()) {
            const QByteArray line =
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelName(type)
                + ' ' + (context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
            s.file.write(line);
            s.file.flush();
            if (s.file.size() > LogFile::MaxBytes) {
                rotate(s);
            }
        }
    }
    if (s.previous) {
        s.previous(type, context, message);
    }
}

} // namespace

QString LogFile::install(const QString &directory)
{
    LogState &s = state();
    {
        const QMutexLocker locker(&s.mutex);
        if (!QDir().mkpath(directory)) {
            return {};
        }
        s.directory = directory;
        s.file.setFileName(pathFor(directory, 0));
        if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            return {};
        }
        if (s.file.size() > MaxBytes) {
            rotate(s);
        }
    }
    s.previous = qInstallMessageHandler(handler);
    return pathFor(directory, 0);
}

void LogFile::uninstall()
{
    LogState &s = state();
    qInstallMessageHandler(s.previous);
    const QMutexLocker locker(&s.mutex);
    s.previous = nullptr;
    s.file.close();
}

} // namespace isms
