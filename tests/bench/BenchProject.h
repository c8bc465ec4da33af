// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace isms::bench {

/// A temporary folder holding the project files that benchmarks work on.
class BenchProject final
{
public:
    BenchProject();
    Q_DISABLE_COPY_MOVE(BenchProject)

    /// An absolute path for `name` inside the folder.
    QString path(const QString &name) const;

    /// Creates a demo project (catalogues plus demo data), closed; returns its path. Aborts on failure,
    /// because a benchmark of a failed setup measures nothing.
    QString createDemo(const QString &name = QStringLiteral("demo.isms")) const;

    /// A demo project scaled to `risks` risks (`isms-cli new --demo --scale`), closed. scripts/bench.sh
    /// makes each size once and passes it in ISMS_BENCH_PROJECT_<risks>; without that it is made here.
    /// Benchmarks that write work on copy() of it.
    QString scaledDemo(int risks) const;

    /// Copies `path` into the folder under `name`; returns the copy's path.
    QString copy(const QString &path, const QString &name) const;

    /// Opens `path` read-write, aborting on failure.
    static std::unique_ptr<Database> open(const QString &path);

    /// Opens `path` read-only (no lock file), aborting on failure.
    static std::unique_ptr<Database> openReadOnly(const QString &path);

private:
    QTemporaryDir m_dir;
};

/// Aborts the benchmark run with `what` and the error's message.
[[noreturn]] void fail(const char *what, const Error &error);

} // namespace isms::bench
