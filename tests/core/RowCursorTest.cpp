// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/RowCursor.h"

#include "TempProject.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace isms {
namespace {

using Opener = Result<std::unique_ptr<RowCursor>> (*)(const QSqlDatabase &,
                                                      const QString &,
                                                      const QList<QVariant> &);

/// Every test runs through SQLite's own interface (what the program uses on its project files) and
/// through the QSqlQuery fallback, which must read the same.
class RowCursorTest : public ::testing::TestWithParam<Opener>
{
protected:
    void SetUp() override
    {
        m_db = m_project.create();
        ASSERT_TRUE(m_db);
        QSqlQuery query(m_db->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TEMP TABLE sample (id INTEGER PRIMARY KEY, name TEXT, "
                                              "amount INTEGER, note TEXT)")));
        const QList<QVariantList> rows = {
            {1, QStringLiteral("Zürich – 東京 😀"), 42, QVariant()},
            {2, QStringLiteral(""), -7, QStringLiteral("<b>markup</b> stays text")},
            {3, QVariant(), QVariant(), QStringLiteral("line one\nline two")},
            {4, QStringLiteral("R-004"), Q_INT64_C(1099511627776), QString()},
        };
        for (const QVariantList &row : rows) {
            ASSERT_TRUE(query.prepare(QStringLiteral("INSERT INTO sample VALUES (?, ?, ?, ?)")));
            for (const QVariant &value : row) {
                query.addBindValue(value);
            }
            ASSERT_TRUE(query.exec());
        }
    }

    /// The ids of the rows that `condition` selects with `values`.
    QList<qint64> idsWhere(const QString &condition, const QList<QVariant> &values)
    {
        auto cursor = GetParam()(m_db->connection(),
                                 QStringLiteral("SELECT id FROM sample WHERE ") + condition
                                     + QStringLiteral(" ORDER BY id"),
                                 values);
        EXPECT_TRUE(cursor) << (cursor ? "" : qPrintable(cursor.error().detail));
        QList<qint64> ids;
        while (cursor) {
            const Result<bool> more = (*cursor)->next();
            EXPECT_TRUE(more);
            if (!more || !*more) {
                break;
            }
            ids.append((*cursor)->integer(0));
        }
        return ids;
    }

    test::TempProject m_project;
    std::unique_ptr<Database> m_db;
};

TEST_P(RowCursorTest, ReadsTextIntegersAndNullsAsStored)
{
    auto cursor = GetParam()(m_db->connection(),
                             QStringLiteral("SELECT id, name, amount, note FROM sample ORDER BY id"),
                             {});
    ASSERT_TRUE(cursor);
    RowCursor &row = **cursor;

    ASSERT_TRUE(*row.next());
    EXPECT_EQ(row.integer(0), 1);
    EXPECT_EQ(row.text(1), QStringLiteral("Zürich – 東京 😀"));
    EXPECT_EQ(row.integer(2), 42);
    EXPECT_EQ(row.text(2), QStringLiteral("42")); // an integer as text: in decimal
    EXPECT_TRUE(row.isNull(3));

    ASSERT_TRUE(*row.next());
    EXPECT_FALSE(row.isNull(1)); // an empty text is not NULL
    EXPECT_TRUE(row.text(1).isEmpty());
    EXPECT_EQ(row.integer(2), -7);
    EXPECT_EQ(row.text(3), QStringLiteral("<b>markup</b> stays text"));

    ASSERT_TRUE(*row.next());
    EXPECT_TRUE(row.isNull(1));
    EXPECT_TRUE(row.text(1).isEmpty());
    EXPECT_TRUE(row.isNull(2));
    EXPECT_EQ(row.integer(2), 0);
    EXPECT_EQ(row.text(3), QStringLiteral("line one\nline two"));

    ASSERT_TRUE(*row.next());
    EXPECT_EQ(row.integer(2), Q_INT64_C(1099511627776));

    const Result<bool> end = row.next();
    ASSERT_TRUE(end);
    EXPECT_FALSE(*end);
}

TEST_P(RowCursorTest, BindsIntegersTextAndNullByPosition)
{
    EXPECT_EQ(idsWhere(QStringLiteral("amount = ?"), {42}), QList<qint64>{1});
    EXPECT_EQ(idsWhere(QStringLiteral("amount = ?"), {Q_INT64_C(1099511627776)}), QList<qint64>{4});
    EXPECT_EQ(idsWhere(QStringLiteral("name = ?"), {QStringLiteral("Zürich – 東京 😀")}), QList<qint64>{1});
    EXPECT_EQ(idsWhere(QStringLiteral("amount > ? AND name IS NOT ?"), {-10, QVariant()}),
              (QList<qint64>{1, 2, 4}));
    EXPECT_EQ(idsWhere(QStringLiteral("id IN (?, ?)"), {2, 3}), (QList<qint64>{2, 3}));
    // A fraction is bound as a number: compared with the integers as a number, not as text.
    EXPECT_EQ(idsWhere(QStringLiteral("amount < ?"), {42.5}), (QList<qint64>{1, 2}));
    EXPECT_EQ(idsWhere(QStringLiteral("amount > ?"), {-7.5}), (QList<qint64>{1, 2, 4}));
    EXPECT_EQ(idsWhere(QStringLiteral("amount = ?"), {true}), QList<qint64>{});
    EXPECT_TRUE(idsWhere(QStringLiteral("name = ?"), {QStringLiteral("nobody")}).isEmpty());
}

TEST_P(RowCursorTest, AStatementThatDoesNotPrepareIsAnError)
{
    const auto cursor = GetParam()(m_db->connection(), QStringLiteral("SELECT nothing FROM nowhere"), {});
    ASSERT_FALSE(cursor);
    EXPECT_FALSE(cursor.error().detail.isEmpty());
}

TEST_P(RowCursorTest, ReadsEveryRowOfALargeTable)
{
    QSqlQuery query(m_db->connection());
    ASSERT_TRUE(query.exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 5 UNION ALL SELECT i + 1 FROM n "
                       "WHERE i < 20004) INSERT INTO sample (id, name) SELECT i, 'R-' || i FROM n")));
    auto cursor =
        GetParam()(m_db->connection(), QStringLiteral("SELECT id, name FROM sample ORDER BY id"), {});
    ASSERT_TRUE(cursor);
    qint64 rows = 0;
    qint64 mismatches = 0;
    while (*(*cursor)->next()) {
        ++rows;
        const qint64 id = (*cursor)->integer(0);
        if (id >= 5 && (*cursor)->text(1) != QStringLiteral("R-%1").arg(id)) {
            ++mismatches;
        }
    }
    EXPECT_EQ(rows, 20004);
    EXPECT_EQ(mismatches, 0);
}

INSTANTIATE_TEST_SUITE_P(BothWays,
                         RowCursorTest,
                         ::testing::Values(&openRowCursor, &openQtRowCursor),
                         [](const ::testing::TestParamInfo<Opener> &param) {
                             return param.param == &openRowCursor ? std::string("DatabaseInterface")
                                                                  : std::string("QSqlQuery");
                         });

} // namespace
} // namespace isms
