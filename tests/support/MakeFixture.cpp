// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// Usage: isms_make_fixture OUT.isms VERSION
// Writes a project file with migrations 1..VERSION applied, for tests/data/schema-vVERSION.isms.
#include "storage/Database.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: isms_make_fixture OUT.isms VERSION\n");
        return 2;
    }
    const auto made = isms::Database::createAtSchemaVersion(args.at(1), args.at(2).toInt());
    if (!made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().message + u' ' + made.error().detail));
        return 1;
    }
    return 0;
}
