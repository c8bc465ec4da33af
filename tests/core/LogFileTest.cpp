// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/LogFile.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcLogFileTest, "isms.test.logfile")
} // namespace

TEST(LogFileTest, WritesAndRotates)
{
    QTemporaryDir dir;
    const QString path = LogFile::install(dir.path());
    ASSERT_FALSE(path.isEmpty());
    const QString line(1000, u'x');
    for (int i = 0; i < 1200; ++i) {
        qCInfo(lcLogFileTest) << i << line;
    }
    LogFile::uninstall();
    QFile current(path);
    ASSERT_TRUE(current.open(QIODevice::ReadOnly));
    EXPECT_LE(current.size(), LogFile::MaxBytes + 2048);
    EXPECT_TRUE(QFile::exists(dir.filePath(u"isms.1.log"_s)));
    EXPECT_FALSE(QFile::exists(dir.filePath(u"isms.3.log"_s)));
    const QByteArray first = current.readLine();
    EXPECT_TRUE(first.contains(" info isms.test.logfile: ")) << first.constData();
}
