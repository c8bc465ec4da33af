// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// Usage: isms_schema_snapshot OUT.json
// Replays every migration in memory and writes the schema it makes, for core/storage/migrations/schema.json
// (the build target schema-snapshot runs it).
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char **argv)
{
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: isms_schema_snapshot OUT.json\n");
        return 2;
    }
    const int version = isms::Migrations::latestVersion();
    const auto schema = isms::Migrations::replayedSchema(version);
    if (!schema) {
        std::fprintf(stderr, "%s\n", qPrintable(schema.error().message + u' ' + schema.error().detail));
        return 1;
    }
    QSaveFile file(args.at(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(isms::Migrations::snapshotJson(*schema, version)) < 0
        || !file.commit()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args.at(1)), qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
