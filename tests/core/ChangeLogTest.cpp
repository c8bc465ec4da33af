// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/ChangeLog.h"

#include "TempProject.h"
#include "services/RequirementService.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

using namespace isms;
using namespace Qt::StringLiterals;

TEST(ChangeLogTest, RecordsEachChangedFieldWithWhoAndWhen)
{
    test::TempProject temp;
    auto db = temp.create();
    ASSERT_TRUE(db);
    db->setActor(u"Dana Auditor"_s);
    RequirementService service(*db);
    RequirementChange change;
    change.status = ImplementationStatus::Planned;
    change.owner = u"CISO"_s;
    change.targetDate = QDate(2027, 3, 31);
    ASSERT_TRUE(service.update({RequirementKind::Control, u"A.5.15"_s}, change).hasValue());

    const auto rows = ChangeLog::entries(*db, {.entity = u"control"_s, .entityId = u"5.15"_s});
    ASSERT_TRUE(rows.hasValue());
    ASSERT_EQ(rows->size(), 3);
    EXPECT_EQ(rows->at(0).field, u"status");
    EXPECT_EQ(rows->at(0).oldValue, u"not-started"_s);
    EXPECT_EQ(rows->at(0).newValue, u"planned"_s);
    EXPECT_EQ(rows->at(1).field, u"owner");
    EXPECT_EQ(rows->at(2).field, u"target_date");
    EXPECT_FALSE(rows->at(2).oldValue.has_value());
    EXPECT_EQ(rows->at(2).newValue, u"2027-03-31"_s);
    for (const ChangeLogEntry &entry : *rows) {
        EXPECT_EQ(entry.actor, u"Dana Auditor");
        EXPECT_EQ(entry.timestampUtc.timeSpec(), Qt::UTC);
        EXPECT_LE(qAbs(entry.timestampUtc.secsTo(QDateTime::currentDateTimeUtc())), 60);
        EXPECT_EQ(entry.hash, ChangeLog::computeHash(entry));
    }
    EXPECT_EQ(rows->at(1).previousHash, rows->at(0).hash);
}

TEST(ChangeLogTest, ChainOfAFreshDemoIsIntact)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue());
    const auto count = ChangeLog::count(**db);
    EXPECT_GT(*count, 200);
    const auto problems = ChangeLog::verifyChain(**db);
    ASSERT_TRUE(problems.hasValue());
    EXPECT_TRUE(problems->isEmpty());
}

TEST(ChangeLogTest, LimitReturnsTheNewestRowsOldestFirst)
{
    test::TempProject temp;
    auto db = temp.create();
    ASSERT_TRUE(db);
    RequirementService service(*db);
    for (const auto status :
         {ImplementationStatus::Planned, ImplementationStatus::Partial, ImplementationStatus::Implemented}) {
        ASSERT_TRUE(service.update({RequirementKind::Clause, u"4.1"_s}, {.status = status}).hasValue());
    }
    const auto rows = ChangeLog::entries(*db, {.limit = 2});
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(0).newValue, u"partial"_s);
    EXPECT_EQ(rows->at(1).newValue, u"implemented"_s);
    EXPECT_LT(rows->at(0).sequence, rows->at(1).sequence);
}

// Rows are bound as UTF-8 converted by the program itself: every kind of character must be stored as
// Qt converts it, so that the row reads back the same and its hash (recomputed from the text read)
// matches; an unset value stays NULL and an empty one empty.
TEST(ChangeLogTest, TextOfEveryKindIsStoredAsWrittenAndHashedTheSameWay)
{
    test::TempProject temp;
    auto db = temp.create();
    ASSERT_TRUE(db);
    db->setActor(u"Zoë Øster"_s);
    const QString text = u"Größe – 漢字 😀 \"quoted\"\n\ttab and a lone é"_s;
    const QList<FieldChange> changes{
        {u"risk"_s, u"7"_s, u"title"_s, std::nullopt, text},
        {u"risk"_s, u"7"_s, u"owner"_s, text, QString()},
        {u"risk"_s, u"7"_s, u"notes"_s, u"漢字 – Größe"_s, std::nullopt},
    };
    ASSERT_TRUE(db->transaction([&]() { return ChangeLog::append(*db, changes); }).hasValue());

    const auto rows = ChangeLog::entries(*db, {.entity = u"risk"_s, .entityId = u"7"_s});
    ASSERT_TRUE(rows.hasValue());
    ASSERT_EQ(rows->size(), 3);
    EXPECT_FALSE(rows->at(0).oldValue.has_value());
    EXPECT_EQ(rows->at(0).newValue, text);
    EXPECT_EQ(rows->at(1).oldValue, text);
    EXPECT_EQ(rows->at(1).newValue, u""_s);
    EXPECT_EQ(rows->at(2).oldValue, u"漢字 – Größe"_s);
    EXPECT_FALSE(rows->at(2).newValue.has_value());
    for (const ChangeLogEntry &entry : *rows) {
        EXPECT_EQ(entry.actor, u"Zoë Øster"_s);
        EXPECT_EQ(entry.hash, ChangeLog::computeHash(entry));
    }
    const auto problems = ChangeLog::verifyChain(*db);
    ASSERT_TRUE(problems.hasValue());
    EXPECT_TRUE(problems->isEmpty());
}

TEST(ChangeLogTest, RowsAreReadInPartsInOrderAndAGapAtAPartsEdgeIsSeen)
{
    test::TempProject temp;
    const QString path = temp.createDemo();
    // A row removed where a part of 100 rows ends (the chain check must still see the gap).
    test::TempProject::runSql(path, {u"DELETE FROM change_log WHERE seq = 200"_s});
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    const qint64 count = ChangeLog::count(**db).value();
    ASSERT_GT(count, 450);

    QList<qint64> seen;
    const auto whole = ChangeLog::eachRow(
        **db,
        u"seq, actor"_s,
        [&seen](const QSqlQuery &row) {
            seen.append(row.value(0).toLongLong());
            return true;
        },
        100);
    ASSERT_TRUE(whole.hasValue());
    EXPECT_TRUE(*whole);
    ASSERT_EQ(seen.size(), count);
    EXPECT_TRUE(std::is_sorted(seen.cbegin(), seen.cend()));
    EXPECT_EQ(seen.at(198), 199);
    EXPECT_EQ(seen.at(199), 201);

    // Stopped by the reader: false, and nothing more is read.
    seen.clear();
    const auto stopped = ChangeLog::eachRow(
        **db,
        u"seq"_s,
        [&seen](const QSqlQuery &row) {
            seen.append(row.value(0).toLongLong());
            return seen.size() < 250;
        },
        100);
    ASSERT_TRUE(stopped.hasValue());
    EXPECT_FALSE(*stopped);
    EXPECT_EQ(seen.size(), 250);

    const auto problems = ChangeLog::verifyChain(**db);
    ASSERT_TRUE(problems.hasValue());
    ASSERT_FALSE(problems->isEmpty());
    EXPECT_EQ(problems->constFirst().sequence, 201);
}
