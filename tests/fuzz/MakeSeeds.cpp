// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// Usage: isms_fuzz_seeds OUT_DIR
// Writes the seed corpus of the open-path fuzzer: an empty project, the demo project and the schema
// fixtures of tests/data (older formats, so that the fuzzer also reaches the migrations).
#include "services/DemoData.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>

namespace {

bool fail(const QString &what, const isms::Error &error)
{
    std::fprintf(stderr,
                 "isms_fuzz_seeds: %s: %s %s\n",
                 qPrintable(what),
                 qPrintable(error.message),
                 qPrintable(error.detail));
    return false;
}

/// Writes a new project at `path`, with the demo data when `demo` is set. A fixed date keeps it the same.
bool writeProject(const QString &path, bool demo)
{
    QFile::remove(path);
    auto db = isms::Database::create(path, QStringLiteral("Fuzz Seed Ltd"), QStringLiteral("seed"));
    if (!db) {
        return fail(path, db.error());
    }
    if (demo) {
        if (auto filled = isms::DemoData::fill(**db, QDate(2026, 1, 15)); !filled) {
            return fail(path, filled.error());
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: isms_fuzz_seeds OUT_DIR\n");
        return 2;
    }
    const QDir out(args.at(1));
    if (!out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "isms_fuzz_seeds: cannot create %s\n", qPrintable(out.path()));
        return 1;
    }
    bool ok = writeProject(out.filePath(QStringLiteral("empty.isms")), false)
              && writeProject(out.filePath(QStringLiteral("demo.isms")), true);
    const QDir fixtures(QStringLiteral(ISMS_TEST_DATA_DIR));
    const QStringList schemaFixtures = fixtures.entryList({QStringLiteral("schema-v*.isms")}, QDir::Files);
    for (const QString &name : schemaFixtures) {
        QFile::remove(out.filePath(name));
        if (!QFile::copy(fixtures.filePath(name), out.filePath(name))) {
            std::fprintf(stderr, "isms_fuzz_seeds: cannot copy %s\n", qPrintable(name));
            ok = false;
        }
    }
    return ok ? 0 : 1;
}
