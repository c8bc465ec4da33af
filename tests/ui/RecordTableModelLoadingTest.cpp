// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "FakePrompt.h"
#include "TempProject.h"
#include "domain/Entities.h"
#include "models/RecordFilterProxyModel.h"
#include "models/RecordTableModel.h"
#include "records/RegisterPage.h"
#include "services/DemoData.h"
#include "services/RecordService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int LoadTimeoutMs = 30'000;
constexpr int RiskCount = 3 * RecordTableModel::FirstRows;

/// A register larger than the first rows a FirstRowsFirst load reads before it returns.
class RecordTableModelLoadingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_temp.create();
        ASSERT_TRUE(m_db);
        ASSERT_TRUE(isms::DemoData::fill(*m_db, QDate(2026, 11, 23), RiskCount).hasValue());
        m_model = std::make_unique<RecordTableModel>(isms::riskSpec());
        m_tester =
            std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    QList<isms::Record> stored() const
    {
        const auto records = isms::RecordRepository(*m_db, isms::riskSpec()).all();
        EXPECT_TRUE(records);
        return records ? *records : QList<isms::Record>();
    }

    /// The model holds exactly what the file holds, in id order.
    void expectModelHoldsTheFile() const
    {
        const QList<isms::Record> records = stored();
        ASSERT_EQ(m_model->rowCount(), records.size());
        for (int row = 0; row < records.size(); ++row) {
            EXPECT_EQ(m_model->idAt(row), records.at(row).id) << row;
            EXPECT_EQ(m_model->recordAt(row).values, records.at(row).values) << row;
        }
    }

    isms::test::TempProject m_temp;
    std::unique_ptr<isms::Database> m_db;
    std::unique_ptr<RecordTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(RecordTableModelLoadingTest, ShowsTheFirstRowsAtOnceAndAppendsTheRest)
{
    RecordFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    const int titleColumn = m_model->columnOf(u"title");
    proxy.sort(titleColumn, Qt::DescendingOrder);
    QSignalSpy finished(m_model.get(), &RecordTableModel::loadingFinished);

    ASSERT_TRUE(m_model->setDatabase(m_db.get(), RecordTableModel::Loading::FirstRowsFirst));
    EXPECT_EQ(m_model->rowCount(), RecordTableModel::FirstRows);
    EXPECT_TRUE(m_model->isLoading());
    ASSERT_TRUE(finished.wait(LoadTimeoutMs));
    EXPECT_FALSE(m_model->isLoading());
    expectModelHoldsTheFile();

    // Sorted and filtered over every record once the rest is in: the same as a model loaded at once.
    RecordTableModel everything(isms::riskSpec());
    ASSERT_TRUE(everything.setDatabase(m_db.get()));
    RecordFilterProxyModel expected;
    expected.setSourceModel(&everything);
    expected.sort(titleColumn, Qt::DescendingOrder);
    ASSERT_EQ(proxy.rowCount(), expected.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row) {
        EXPECT_EQ(proxy.index(row, titleColumn).data().toString(),
                  expected.index(row, titleColumn).data().toString())
            << row;
    }
}

TEST_F(RecordTableModelLoadingTest, ASmallRegisterIsLoadedAtOnce)
{
    RecordTableModel threats(isms::threatSpec());
    ASSERT_TRUE(threats.setDatabase(m_db.get(), RecordTableModel::Loading::FirstRowsFirst));
    EXPECT_FALSE(threats.isLoading());
    const auto count = isms::RecordRepository(*m_db, isms::threatSpec()).count();
    ASSERT_TRUE(count);
    ASSERT_LE(*count, RecordTableModel::FirstRows);
    EXPECT_EQ(threats.rowCount(), *count);
}

TEST_F(RecordTableModelLoadingTest, ChangesMadeWhileTheRestIsReadAreNotLost)
{
    QSignalSpy finished(m_model.get(), &RecordTableModel::loadingFinished);
    ASSERT_TRUE(m_model->setDatabase(m_db.get(), RecordTableModel::Loading::FirstRowsFirst));
    ASSERT_TRUE(m_model->isLoading());
    const QList<isms::Record> before = stored();
    isms::RecordService service(*m_db, isms::riskSpec());
    // One record already shown, one not read yet, and a new one.
    ASSERT_TRUE(
        service.update(before.constFirst().id, {{u"title"_s, u"Changed while loading"_s}}).hasValue());
    ASSERT_TRUE(
        service.update(before.constLast().id, {{u"title"_s, u"Changed before it was read"_s}}).hasValue());
    isms::Record added = before.constLast();
    added.id = {};
    added.values[isms::riskSpec().indexOf(u"ref")] = QString();
    added.values[isms::riskSpec().indexOf(u"title")] = u"Added while loading"_s;
    ASSERT_TRUE(service.create(added).hasValue());
    ASSERT_TRUE(finished.wait(LoadTimeoutMs));
    expectModelHoldsTheFile();
    EXPECT_EQ(m_model->rowCount(), before.size() + 1);
}

TEST_F(RecordTableModelLoadingTest, AReadOvertakenByAnotherOpenIsDropped)
{
    QSignalSpy finished(m_model.get(), &RecordTableModel::loadingFinished);
    ASSERT_TRUE(m_model->setDatabase(m_db.get(), RecordTableModel::Loading::FirstRowsFirst));
    ASSERT_TRUE(m_model->setDatabase(nullptr));
    EXPECT_FALSE(m_model->isLoading());
    EXPECT_EQ(m_model->rowCount(), 0);
    // The first read reports nothing: the model ends with the second read's rows, each once.
    ASSERT_TRUE(m_model->setDatabase(m_db.get(), RecordTableModel::Loading::FirstRowsFirst));
    ASSERT_TRUE(finished.wait(LoadTimeoutMs));
    EXPECT_EQ(finished.size(), 1);
    expectModelHoldsTheFile();
}

TEST_F(RecordTableModelLoadingTest, TheRestIsReadWhenAskedOrAfterADelay)
{
    QSignalSpy finished(m_model.get(), &RecordTableModel::loadingFinished);
    // Asked for (by a view that has painted the first rows); asking twice reads once.
    ASSERT_TRUE(m_model->setDatabase(m_db.get(), RecordTableModel::Loading::FirstRowsFirst));
    m_model->readRest();
    m_model->readRest();
    ASSERT_TRUE(finished.wait(LoadTimeoutMs));
    EXPECT_EQ(finished.size(), 1);
    expectModelHoldsTheFile();
    m_model->readRest(); // nothing left to read
    EXPECT_FALSE(m_model->isLoading());

    // Never asked for: the rest follows anyway, RestDelayMs later.
    finished.clear();
    ASSERT_TRUE(m_model->setDatabase(m_db.get(), RecordTableModel::Loading::FirstRowsFirst));
    EXPECT_TRUE(m_model->isLoading());
    EXPECT_EQ(m_model->rowCount(), RecordTableModel::FirstRows);
    ASSERT_TRUE(finished.wait(LoadTimeoutMs));
    EXPECT_EQ(finished.size(), 1);
    expectModelHoldsTheFile();
}

TEST_F(RecordTableModelLoadingTest, ARegisterPageShowsItReadsTheRestAfterItsFirstPaint)
{
    FakePrompt prompt;
    QUndoStack undoStack;
    RegisterPage page(isms::riskSpec(), prompt);
    page.resize(1000, 700);
    page.setContext(m_db.get(), &undoStack);
    auto *count = page.findChild<QLabel *>(u"countLabel"_s);
    ASSERT_NE(count, nullptr);
    ASSERT_TRUE(page.model()->isLoading());
    EXPECT_EQ(page.proxyModel()->rowCount(), RecordTableModel::FirstRows);
    EXPECT_TRUE(count->text().contains(u"reading the rest"_s)) << count->text().toStdString();

    QSignalSpy finished(page.model(), &RecordTableModel::loadingFinished);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(finished.wait(LoadTimeoutMs));
    EXPECT_EQ(page.proxyModel()->rowCount(), RiskCount);
    EXPECT_EQ(count->text(), u"Risks: %1"_s.arg(RiskCount));
    page.setContext(nullptr, nullptr);
}

TEST_F(RecordTableModelLoadingTest, ARecordAskedForBeforeItIsReadIsChosenOnceItIs)
{
    // Following a link (the dashboard, the history, a linked record) to a risk beyond the first rows of
    // a page that was not shown before.
    FakePrompt prompt;
    QUndoStack undoStack;
    RegisterPage page(isms::riskSpec(), prompt);
    page.setContext(m_db.get(), &undoStack);
    ASSERT_TRUE(page.model()->isLoading());
    const isms::RecordId last = stored().constLast().id;
    ASSERT_LT(page.model()->rowOf(last), 0);
    QSignalSpy finished(page.model(), &RecordTableModel::loadingFinished);
    EXPECT_TRUE(page.showRecord(QString::number(last.value)));
    EXPECT_TRUE(page.hasPendingRecord());
    ASSERT_TRUE(finished.wait(LoadTimeoutMs)); // read at once, not after a paint or a delay
    EXPECT_FALSE(page.hasPendingRecord());
    EXPECT_EQ(page.currentId(), last);
    EXPECT_EQ(page.selectedIds(), QList<isms::RecordId>{last});

    // A record that is not there is not waited for.
    ASSERT_TRUE(page.model()->setDatabase(m_db.get(), RecordTableModel::Loading::FirstRowsFirst));
    EXPECT_FALSE(page.selectRecord(isms::RecordId{last.value + 1000}));
    EXPECT_FALSE(page.showRecord(u"not a number"_s));
    page.setContext(nullptr, nullptr);
}

TEST_F(RecordTableModelLoadingTest, ARowChosenWhileTheRestIsReadWinsOverTheRecordAskedFor)
{
    FakePrompt prompt;
    QUndoStack undoStack;
    RegisterPage page(isms::riskSpec(), prompt);
    page.setContext(m_db.get(), &undoStack);
    const isms::RecordId last = stored().constLast().id;
    QSignalSpy finished(page.model(), &RecordTableModel::loadingFinished);
    EXPECT_TRUE(page.selectRecord(last));
    const isms::RecordId chosen = page.model()->idAt(5);
    EXPECT_TRUE(page.selectRecord(chosen)); // the user clicks a row before the rest arrives
    EXPECT_FALSE(page.hasPendingRecord());
    ASSERT_TRUE(finished.wait(LoadTimeoutMs));
    EXPECT_EQ(page.currentId(), chosen);
    page.setContext(nullptr, nullptr);
}
