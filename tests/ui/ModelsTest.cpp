// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "TempProject.h"
#include "domain/Entities.h"
#include "models/ChangeLogFilterProxyModel.h"
#include "models/ChangeLogTableModel.h"
#include "models/RecordTableModel.h"
#include "services/RecordService.h"
#include "services/RequirementService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class ModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_temp.create();
        ASSERT_TRUE(m_db);
    }

    isms::Result<void> setStatus(const QString &ref, isms::ImplementationStatus status)
    {
        isms::RequirementChange change;
        change.status = status;
        return isms::RequirementService(*m_db).update({isms::RequirementKind::Control, ref}, change);
    }

    isms::test::TempProject m_temp;
    std::unique_ptr<isms::Database> m_db;
};

} // namespace

TEST_F(ModelsTest, ControlModelShowsPrefixedIdsAndUpdatesOnlyTheChangedRow)
{
    RecordTableModel model(isms::controlSpec());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.setDatabase(m_db.get()));
    ASSERT_EQ(model.rowCount(), 93);
    EXPECT_EQ(model.index(0, 0).data().toString(), u"A.5.1"_s);
    EXPECT_EQ(model.index(92, 0).data().toString(), u"A.8.34"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(setStatus(u"5.3"_s, isms::ImplementationStatus::Planned));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).toModelIndex().row(), 2);
    EXPECT_EQ(changed.first().at(1).toModelIndex().row(), 2);
    EXPECT_EQ(model.index(2, model.columnOf(u"status")).data().toString(),
              isms::statusLabel(isms::ImplementationStatus::Planned));
}

TEST_F(ModelsTest, ChangeLogModelInsertsNewRowsAtTheTop)
{
    ChangeLogTableModel model;
    ChangeLogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.setDatabase(m_db.get()));
    const int before = model.rowCount();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    ASSERT_TRUE(setStatus(u"5.3"_s, isms::ImplementationStatus::Planned));
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.first().at(1).toInt(), 0);
    ASSERT_EQ(model.rowCount(), before + 1);
    EXPECT_EQ(model.index(0, ChangeLogTableModel::EntityId).data().toString(), u"A.5.3"_s);
    EXPECT_EQ(model.index(0, ChangeLogTableModel::NewValue).data().toString(),
              isms::statusLabel(isms::ImplementationStatus::Planned));

    proxy.setFilterText(u"A.5.3"_s);
    EXPECT_EQ(proxy.rowCount(), 1);
}

TEST_F(ModelsTest, RecordHistoryFollowsOnlyItsRecord)
{
    ChangeLogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.setDatabase(m_db.get(), isms::ChangeLogQuery{u"control"_s, u"5.4"_s, 0}));
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(setStatus(u"5.5"_s, isms::ImplementationStatus::Planned));
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(setStatus(u"5.4"_s, isms::ImplementationStatus::Planned));
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(ModelsTest, ChangeLogModelNamesRegisterRecordsByKindAndReference)
{
    ChangeLogTableModel model;
    ASSERT_TRUE(model.setDatabase(m_db.get()));
    const isms::EntitySpec &spec = isms::riskSpec();
    isms::Record risk = spec.newRecord();
    risk.values[spec.indexOf(u"title")] = u"Ransomware"_s;
    const auto id = isms::RecordService(*m_db, spec).create(risk);
    ASSERT_TRUE(id.hasValue());
    EXPECT_EQ(model.index(0, ChangeLogTableModel::Entity).data().toString(), u"Risk");
    EXPECT_EQ(model.index(0, ChangeLogTableModel::EntityId).data().toString(), u"R-001");
    EXPECT_EQ(model.index(0, ChangeLogTableModel::Field).data().toString(), u"Created");
    EXPECT_EQ(model.index(0, ChangeLogTableModel::NewValue).data().toString(), u"R-001 Ransomware");
    ASSERT_TRUE(isms::RecordService(*m_db, spec).update(*id, {{u"owner"_s, u"Ann"_s}}).hasValue());
    EXPECT_EQ(model.index(0, ChangeLogTableModel::EntityId).data().toString(), u"R-001");
    EXPECT_EQ(model.index(0, ChangeLogTableModel::Field).data().toString(), u"Owner");
    ASSERT_TRUE(isms::RecordService(*m_db, spec).remove({*id}).hasValue());
    EXPECT_EQ(model.index(0, ChangeLogTableModel::Field).data().toString(), u"Removed");
    EXPECT_EQ(model.index(0, ChangeLogTableModel::OldValue).data().toString(), u"R-001 Ransomware");
    EXPECT_EQ(model.index(0, ChangeLogTableModel::EntityId).data().toString(), u"R-001");
}
