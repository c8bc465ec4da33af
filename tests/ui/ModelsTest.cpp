// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "TempProject.h"
#include "commands/ChangeRequirementCommand.h"
#include "domain/Entities.h"
#include "models/ChangeLogFilterProxyModel.h"
#include "models/ChangeLogTableModel.h"
#include "models/RequirementFilterProxyModel.h"
#include "models/RequirementTableModel.h"
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

int proxyRowOf(const QAbstractItemModel &proxy, const QString &ref)
{
    for (int row = 0; row < proxy.rowCount(); ++row) {
        if (proxy.index(row, 0).data(RequirementTableModel::IdRole).toString() == ref) {
            return row;
        }
    }
    return -1;
}

} // namespace

TEST_F(ModelsTest, ControlModelLoadsAllControlsInCatalogueOrder)
{
    RequirementTableModel model(isms::RequirementKind::Control);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.setDatabase(m_db.get()));
    ASSERT_EQ(model.rowCount(), 93);
    EXPECT_EQ(model.index(0, RequirementTableModel::Ref).data().toString(), u"A.5.1"_s);
    EXPECT_EQ(model.index(92, RequirementTableModel::Ref).data().toString(), u"A.8.34"_s);
    EXPECT_EQ(model.rowOf(u"A.8.24"_s), model.rowOf(u"8.24"_s));
}

TEST_F(ModelsTest, ClauseModelLoadsClauseRequirements)
{
    RequirementTableModel model(isms::RequirementKind::Clause);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.setDatabase(m_db.get()));
    const auto clauses = isms::RequirementService(*m_db).clauses();
    ASSERT_TRUE(clauses);
    EXPECT_EQ(model.rowCount(), clauses->size());
    EXPECT_EQ(model.index(0, RequirementTableModel::Ref).data().toString(), clauses->first().ref);
}

TEST_F(ModelsTest, ChangeUpdatesOnlyThatRow)
{
    RequirementTableModel model(isms::RequirementKind::Control);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.setDatabase(m_db.get()));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(setStatus(u"5.15"_s, isms::ImplementationStatus::Implemented));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(reset.count(), 0);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    EXPECT_EQ(topLeft.row(), model.rowOf(u"5.15"_s));
    EXPECT_EQ(bottomRight.row(), topLeft.row());
    EXPECT_EQ(model.index(topLeft.row(), RequirementTableModel::Status)
                  .data(RequirementTableModel::StatusRole)
                  .toInt(),
              static_cast<int>(isms::ImplementationStatus::Implemented));
}

TEST_F(ModelsTest, ProxyFiltersByTextThemeAndStatus)
{
    RequirementTableModel model(isms::RequirementKind::Control);
    RequirementFilterProxyModel proxy;
    proxy.setSourceRequirementModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.setDatabase(m_db.get()));
    EXPECT_EQ(proxy.rowCount(), 93);

    proxy.setFilterText(u"crypt"_s);
    EXPECT_GE(proxy.rowCount(), 1);
    EXPECT_LT(proxy.rowCount(), 93);
    EXPECT_GE(proxyRowOf(proxy, u"8.24"_s), 0);

    proxy.setFilterText({});
    proxy.setThemeFilter(isms::Theme::People);
    EXPECT_EQ(proxy.rowCount(), 8);
    proxy.setThemeFilter(isms::Theme::Physical);
    EXPECT_EQ(proxy.rowCount(), 14);
    proxy.setThemeFilter(std::nullopt);

    ASSERT_TRUE(setStatus(u"5.2"_s, isms::ImplementationStatus::Partial));
    proxy.setStatusFilter(isms::ImplementationStatus::Partial);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data(RequirementTableModel::IdRole).toString(), u"5.2"_s);
    // A status change that leaves the filter drops the row at once.
    ASSERT_TRUE(setStatus(u"5.2"_s, isms::ImplementationStatus::Implemented));
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST_F(ModelsTest, ProxySortsReferencesInCatalogueOrder)
{
    RequirementTableModel model(isms::RequirementKind::Control);
    RequirementFilterProxyModel proxy;
    proxy.setSourceRequirementModel(&model);
    ASSERT_TRUE(model.setDatabase(m_db.get()));
    proxy.sort(RequirementTableModel::Ref, Qt::AscendingOrder);
    // Natural order: 5.2 comes before 5.10, which a text sort would get wrong.
    EXPECT_LT(proxyRowOf(proxy, u"5.2"_s), proxyRowOf(proxy, u"5.10"_s));
    proxy.sort(RequirementTableModel::Ref, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, 0).data(RequirementTableModel::IdRole).toString(), u"8.34"_s);
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

TEST_F(ModelsTest, CommandUndoRestoresTheFile)
{
    QUndoStack stack;
    int errors = 0;
    const isms::RequirementKey key{isms::RequirementKind::Control, u"5.7"_s};
    stack.push(new ChangeRequirementCommand(*m_db,
                                            key,
                                            isms::TrackingField::Owner,
                                            QString(),
                                            u"Dana"_s,
                                            -1,
                                            [&errors](const isms::Error &) { ++errors; }));
    isms::RequirementService service(*m_db);
    EXPECT_EQ(service.tracking(key)->owner, u"Dana"_s);
    stack.undo();
    EXPECT_EQ(service.tracking(key)->owner, QString());
    stack.redo();
    EXPECT_EQ(service.tracking(key)->owner, u"Dana"_s);
    EXPECT_EQ(errors, 0);
}

TEST_F(ModelsTest, CommandsOfOneEditSessionMerge)
{
    QUndoStack stack;
    const isms::RequirementKey key{isms::RequirementKind::Control, u"5.8"_s};
    auto push = [&](const QString &from, const QString &to, int session) {
        stack.push(
            new ChangeRequirementCommand(*m_db, key, isms::TrackingField::Notes, from, to, session, nullptr));
    };
    push({}, u"Draft"_s, 1);
    push(u"Draft"_s, u"Draft text"_s, 1);
    EXPECT_EQ(stack.count(), 1);
    push(u"Draft text"_s, u"Other"_s, 2);
    EXPECT_EQ(stack.count(), 2);
    stack.undo();
    stack.undo();
    EXPECT_EQ(isms::RequirementService(*m_db).tracking(key)->notes, QString());
}

TEST_F(ModelsTest, FailedCommandReportsAndLeavesNoUndoStep)
{
    QUndoStack stack;
    QString message;
    const QString tooLong(isms::RequirementService::MaxOwnerLength + 1, u'x');
    stack.push(
        new ChangeRequirementCommand(*m_db,
                                     {isms::RequirementKind::Control, u"5.9"_s},
                                     isms::TrackingField::Owner,
                                     QString(),
                                     tooLong,
                                     -1,
                                     [&message](const isms::Error &error) { message = error.message; }));
    EXPECT_FALSE(message.isEmpty());
    EXPECT_EQ(stack.count(), 0);
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
