// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/ReadCache.h"

#include "RecordValues.h"
#include "TempProject.h"
#include "domain/Entities.h"
#include "services/RecordService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace isms {

TEST(ReadCacheTest, ARegisterIsReadOnceWhileTheCacheLivesAndAChangeForgetsIt)
{
    test::TempProject temp;
    auto db = temp.create();
    ASSERT_TRUE(db);
    RecordService threats(*db, threatSpec());
    const qsizetype before = threats.all()->size();
    {
        const ScopedReadCache cache(*db);
        EXPECT_EQ(cache.find(threatSpec()), nullptr);
        ASSERT_EQ(RecordRepository(*db, threatSpec()).all()->size(), before);
        ASSERT_NE(cache.find(threatSpec()), nullptr);
        EXPECT_EQ(cache.find(threatSpec())->size(), before);
        EXPECT_EQ(cache.find(vulnerabilitySpec()), nullptr);

        // A change clears what was read, so that nothing stale is returned.
        ASSERT_TRUE(threats.create(
            test::recordOf(threatSpec(),
                           {{u"name"_s, u"Drone over the site"_s}, {u"category"_s, u"human-deliberate"_s}})));
        EXPECT_EQ(cache.find(threatSpec()), nullptr);
        EXPECT_EQ(RecordRepository(*db, threatSpec()).all()->size(), before + 1);

        // Read through a connection of its own, a repository does not use the cache.
        EXPECT_EQ(RecordRepository(db->connection(), threatSpec()).all()->size(), before + 1);
    }
    EXPECT_EQ(db->readCache(), nullptr);
    EXPECT_EQ(threats.all()->size(), before + 1);
}

} // namespace isms
