// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/SqliteLibrary.h"

#include "TempProject.h"
#include "storage/ScopedConnection.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#ifdef ISMS_SQLITE_C_API
#include <sqlite3.h>
#endif

namespace isms {
namespace {

#ifdef ISMS_SQLITE_C_API

sqlite3 *handleOf(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

TEST(SqliteLibraryTest, AProjectConnectionRunsWithoutAConnectionMutex)
{
    // The test mains prepare the library first, as the program's first connection does.
    ASSERT_TRUE(sqliteLibraryPrepared());
    test::TempProject project;
    const auto db = project.create();
    sqlite3 *handle = handleOf(db->connection());
    ASSERT_NE(handle, nullptr);
    // Serialised mode gives every connection a mutex; multi-thread mode none.
    EXPECT_EQ(sqlite3_db_mutex(handle), nullptr);
}

#endif

TEST(SqliteLibraryTest, PreparingAgainChangesNothing)
{
    const bool before = sqliteLibraryPrepared();
    prepareSqliteLibrary();
    prepareSqliteLibrary();
    EXPECT_EQ(sqliteLibraryPrepared(), before);
}

TEST(SqliteLibraryTest, ThreadsReadOneFileSideBySideEachThroughItsOwnConnection)
{
    test::TempProject project;
    const QString path = project.createDemo();
    constexpr int Threads = 4;
    constexpr int Reads = 40;
    std::atomic<int> failures = 0;
    std::atomic<qint64> rows = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&] {
            const ScopedConnection connection(path, true);
            if (!connection.isOpen()) {
                ++failures;
                return;
            }
            for (int i = 0; i < Reads; ++i) {
                QSqlQuery query(connection.db());
                if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM risk")) || !query.next()) {
                    ++failures;
                    return;
                }
                rows += query.value(0).toLongLong();
            }
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    EXPECT_EQ(failures, 0);
    ASSERT_GT(rows, 0);
    EXPECT_EQ(rows % (Threads * Reads), 0); // every read saw the same register
}

} // namespace
} // namespace isms
