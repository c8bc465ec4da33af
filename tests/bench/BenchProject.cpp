// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "BenchProject.h"

#include "services/DemoData.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

namespace isms::bench {

void fail(const char *what, const Error &error)
{
    std::fprintf(stderr,
                 "isms_benchmarks: %s failed: %s (%s)\n",
                 what,
                 qPrintable(error.message),
                 qPrintable(error.detail));
    std::exit(EXIT_FAILURE);
}

BenchProject::BenchProject()
{
    if (!m_dir.isValid()) {
        fail("creating a temporary folder", Error{ErrorCode::Io, m_dir.errorString(), {}});
    }
}

QString BenchProject::path(const QString &name) const
{
    return QDir(m_dir.path()).absoluteFilePath(name);
}

QString BenchProject::createDemo(const QString &name) const
{
    const QString file = path(name);
    auto db = Database::create(file, DemoData::organisation(), QStringLiteral("bench"));
    if (!db) {
        fail("creating the demo project", db.error());
    }
    if (const auto filled = DemoData::fill(**db, QDate(2026, 11, 23)); !filled) {
        fail("filling the demo project", filled.error());
    }
    return file;
}

QString BenchProject::scaledDemo(int risks) const
{
    const QString given =
        qEnvironmentVariable(qPrintable(QStringLiteral("ISMS_BENCH_PROJECT_%1").arg(risks)));
    if (!given.isEmpty() && QFileInfo::exists(given)) {
        return given;
    }
    const QString file = path(QStringLiteral("demo-%1.isms").arg(risks));
    if (QFileInfo::exists(file)) {
        return file;
    }
    auto db = Database::create(file, DemoData::organisation(), QStringLiteral("bench"));
    if (!db) {
        fail("creating a scaled demo project", db.error());
    }
    if (const auto filled = DemoData::fill(**db, QDate::currentDate(), risks); !filled) {
        fail("filling a scaled demo project", filled.error());
    }
    return file;
}

QString BenchProject::copy(const QString &source, const QString &name) const
{
    const QString target = path(name);
    QFile::remove(target);
    if (!QFile::copy(source, target)) {
        fail("copying a project", Error{ErrorCode::Io, source, {}});
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

std::unique_ptr<Database> BenchProject::open(const QString &path)
{
    auto db = Database::open(path, Database::OpenOptions{});
    if (!db) {
        fail("opening a project", db.error());
    }
    (*db)->setActor(QStringLiteral("bench"));
    return std::move(db).value();
}

std::unique_ptr<Database> BenchProject::openReadOnly(const QString &path)
{
    Database::OpenOptions options;
    options.access = Database::Access::ReadOnly;
    auto db = Database::open(path, options);
    if (!db) {
        fail("opening a project read-only", db.error());
    }
    return std::move(db).value();
}

} // namespace isms::bench
