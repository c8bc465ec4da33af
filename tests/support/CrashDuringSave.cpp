// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// Dies in the middle of a save, the way a crash or a power cut does: opens a project read-write,
// starts a change large enough that SQLite must write changed pages into the file before the commit,
// and ends the process without closing anything. The project's journal is left "hot" beside the file,
// the file holds half-written pages, and the lock file names a process that no longer runs.
//
//   isms_crash_during_save PROJECT

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fputs("usage: isms_crash_during_save PROJECT\n", stderr);
        return 2;
    }
    auto db = isms::Database::open(app.arguments().at(1), {});
    if (!db) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(db.error().message));
        return 1;
    }
    const isms::Result<void> done = (*db)->transaction([&]() -> isms::Result<void> {
        QSqlQuery query((*db)->connection());
        // A page cache of two pages: SQLite spills changed pages into the file long before the commit.
        if (auto small = isms::sql::exec(query, QStringLiteral("PRAGMA cache_size = 2")); !small) {
            return small;
        }
        const QString filler(15000, u'x');
        if (auto written =
                isms::sql::exec(query,
                                QStringLiteral("UPDATE requirement SET notes = ?, owner = 'crash'"),
                                {filler});
            !written) {
            return written;
        }
        std::fflush(stdout);
        std::_Exit(0); // no rollback, no unlock, no cleanup: a crash
    });
    std::fprintf(stderr, "the change failed before the crash: %s\n", qPrintable(done.error().detail));
    return 1;
}
