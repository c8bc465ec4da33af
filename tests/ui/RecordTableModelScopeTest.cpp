// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// A model limited to the records of one owner (the tasks of one risk), and sorting that follows
// changes although each row's sort value is computed once.
#include "RecordValues.h"
#include "TempProject.h"
#include "domain/Entities.h"
#include "models/RecordFilterProxyModel.h"
#include "models/RecordTableModel.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using isms::test::recordOf;

namespace {

class RecordTableModelScopeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_temp.create();
        ASSERT_TRUE(m_db);
    }

    isms::RecordId createRisk(const QString &title, const QString &owner)
    {
        const auto id =
            isms::RecordService(*m_db, isms::riskSpec())
                .create(recordOf(isms::riskSpec(),
                                 {{u"title"_s, title}, {u"owner"_s, owner}, {u"status"_s, u"identified"_s}}));
        EXPECT_TRUE(id) << (id ? "" : qPrintable(id.error().message));
        return id ? *id : isms::RecordId{};
    }

    isms::RecordId createTask(isms::RecordId risk, const QString &title)
    {
        const auto id =
            isms::RecordService(*m_db, isms::treatmentTaskSpec())
                .create(recordOf(isms::treatmentTaskSpec(),
                                 {{u"risk"_s, risk.value}, {u"title"_s, title}, {u"status"_s, u"open"_s}}));
        EXPECT_TRUE(id) << (id ? "" : qPrintable(id.error().message));
        return id ? *id : isms::RecordId{};
    }

    static QStringList column(const QAbstractItemModel &model, int column)
    {
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row) {
            texts.append(model.index(row, column).data().toString());
        }
        return texts;
    }

    isms::test::TempProject m_temp;
    std::unique_ptr<isms::Database> m_db;
};

} // namespace

TEST_F(RecordTableModelScopeTest, HoldsOnlyTheRecordsOfItsOwnerAndTakesThoseThatComeToIt)
{
    const isms::RecordId first = createRisk(u"Laptop theft"_s, u"Ana"_s);
    const isms::RecordId second = createRisk(u"Phishing"_s, u"Ben"_s);
    createTask(first, u"Encrypt disks"_s);
    createTask(second, u"Train staff"_s);
    const isms::RecordId moving = createTask(second, u"Review mail filters"_s);

    RecordTableModel model(isms::treatmentTaskSpec());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setScope(u"risk"_s, first);
    ASSERT_TRUE(model.setDatabase(m_db.get()));
    const int title = model.columnOf(u"title");
    EXPECT_EQ(column(model, title), QStringList{u"Encrypt disks"_s});

    // A new task of this risk comes in; one of another risk does not.
    createTask(first, u"Register devices"_s);
    createTask(second, u"Phishing drill"_s);
    EXPECT_EQ(column(model, title), (QStringList{u"Encrypt disks"_s, u"Register devices"_s}));

    // A task moved to this risk comes in.
    ASSERT_TRUE(
        isms::RecordService(*m_db, isms::treatmentTaskSpec()).update(moving, {{u"risk"_s, first.value}}));
    EXPECT_EQ(column(model, title),
              (QStringList{u"Encrypt disks"_s, u"Register devices"_s, u"Review mail filters"_s}));

    // No owner: no record; no scope: every record.
    model.setScope(u"risk"_s, isms::RecordId{});
    ASSERT_TRUE(model.setDatabase(m_db.get()));
    EXPECT_EQ(model.rowCount(), 0);
    model.setScope({}, {});
    ASSERT_TRUE(model.setDatabase(m_db.get()));
    EXPECT_EQ(model.rowCount(), 5);
}

TEST_F(RecordTableModelScopeTest, SortingFollowsChangesAndRemovals)
{
    const isms::RecordId carol = createRisk(u"Flood"_s, u"Carol"_s);
    createRisk(u"Fire"_s, u"Alice"_s);
    const isms::RecordId bob = createRisk(u"Power cut"_s, u"Bob"_s);
    createRisk(u"Theft"_s, u"Dan"_s);

    RecordTableModel model(isms::riskSpec());
    ASSERT_TRUE(model.setDatabase(m_db.get()));
    RecordFilterProxyModel proxy;
    proxy.setSourceRecordModel(&model);
    const int owner = model.columnOf(u"owner");
    proxy.sort(owner, Qt::AscendingOrder);
    EXPECT_EQ(column(proxy, owner), (QStringList{u"Alice"_s, u"Bob"_s, u"Carol"_s, u"Dan"_s}));

    // A changed value sorts anew.
    isms::RecordService risks(*m_db, isms::riskSpec());
    ASSERT_TRUE(risks.update(carol, {{u"owner"_s, u"Aaron"_s}}));
    EXPECT_EQ(column(proxy, owner), (QStringList{u"Aaron"_s, u"Alice"_s, u"Bob"_s, u"Dan"_s}));

    // Rows after a removed one move up; their sort values move with them.
    ASSERT_TRUE(risks.remove({bob}));
    createRisk(u"Malware"_s, u"Ann"_s);
    EXPECT_EQ(column(proxy, owner), (QStringList{u"Aaron"_s, u"Alice"_s, u"Ann"_s, u"Dan"_s}));
    proxy.sort(owner, Qt::DescendingOrder);
    EXPECT_EQ(column(proxy, owner), (QStringList{u"Dan"_s, u"Ann"_s, u"Alice"_s, u"Aaron"_s}));

    // Equal values keep the order of their references.
    ASSERT_TRUE(risks.update(carol, {{u"owner"_s, u"Dan"_s}}));
    proxy.sort(owner, Qt::AscendingOrder);
    const int ref = model.columnOf(u"ref");
    const QStringList refs = column(proxy, ref);
    EXPECT_EQ(column(proxy, owner).constLast(), u"Dan"_s);
    EXPECT_LT(refs.indexOf(u"R-001"_s), refs.indexOf(u"R-004"_s));
}

TEST_F(RecordTableModelScopeTest, FindsAReferenceWrittenInOtherLetterCase)
{
    const isms::RecordId id = createRisk(u"Flood"_s, u"Carol"_s);
    const auto found = isms::RecordService(*m_db, isms::riskSpec()).getByRef(u"r-001"_s);
    ASSERT_TRUE(found) << qPrintable(found.error().message);
    EXPECT_EQ(found->id, id);
}
