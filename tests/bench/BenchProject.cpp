// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "BenchProject.h"

#include "services/DemoData.h"

#include <QDate>
#include <QDir>

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

std::unique_ptr<Database> BenchProject::open(const QString &path)
{
    auto db = Database::open(path, Database::OpenOptions{});
    if (!db) {
        fail("opening a project", db.error());
    }
    (*db)->setActor(QStringLiteral("bench"));
    return std::move(db).value();
}

} // namespace isms::bench
