// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "risks/TreatmentPlanPage.h"

#include "RiskUiFixture.h"
#include "domain/Entities.h"
#include "records/RegisterPage.h"
#include "risks/TreatmentPlanFilterProxyModel.h"
#include "risks/TreatmentPlanModel.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// The treatment plan: every task with its risk, by due date, overdue ones marked.
class TreatmentPlanPageTest : public RiskUiFixture
{
protected:
    void SetUp() override
    {
        RiskUiFixture::SetUp();
        m_risk1 = addRisk(u"Ransomware"_s, 4, 5);
        m_risk2 = addRisk(u"Phishing"_s, 2, 3);
        m_later = addTask(m_risk1, u"EDR"_s, m_today.addDays(20), u"open"_s, u"Marc"_s);
        m_none = addTask(m_risk2, u"Watch advisories"_s, {}, u"open"_s, u"Marc"_s);
        m_overdue = addTask(m_risk1, u"Offline backups"_s, m_today.addDays(-3), u"in-progress"_s, u"Dana"_s);
        m_donePast = addTask(m_risk2, u"Training"_s, m_today.addDays(-10), u"done"_s, u"Jonas"_s);
        m_soon = addTask(m_risk2, u"MFA"_s, m_today.addDays(5), u"open"_s, u"Dana"_s);
        ASSERT_TRUE(m_window->showPage(u"treatment-plan"_s));
        m_page = qobject_cast<TreatmentPlanPage *>(m_window->registeredPage(u"treatment-plan"_s));
        ASSERT_NE(m_page, nullptr);
        m_modelTester =
            std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_tester =
            std::make_unique<QAbstractItemModelTester>(m_page->proxyModel(),
                                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void TearDown() override
    {
        m_tester.reset();
        m_modelTester.reset();
        RiskUiFixture::TearDown();
    }

    /// The task titles down the view.
    QStringList titles() const
    {
        QStringList result;
        for (int row = 0; row < m_page->proxyModel()->rowCount(); ++row) {
            result.append(m_page->proxyModel()->index(row, TreatmentPlanModel::Task).data().toString());
        }
        return result;
    }

    int viewRowOf(isms::RecordId task) const
    {
        const int row = m_page->model()->rowOf(task);
        return m_page->proxyModel()->mapFromSource(m_page->model()->index(row, 0)).row();
    }

    isms::RecordId m_risk1, m_risk2, m_later, m_none, m_overdue, m_donePast, m_soon;
    TreatmentPlanPage *m_page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(TreatmentPlanPageTest, ListsEveryTaskByDueDateWithTasksWithoutOneLast)
{
    EXPECT_EQ(titles(),
              QStringList({u"Training"_s, u"Offline backups"_s, u"MFA"_s, u"EDR"_s, u"Watch advisories"_s}));
    const QAbstractItemModel *view = m_page->proxyModel();
    const int row = viewRowOf(m_soon);
    EXPECT_EQ(view->index(row, TreatmentPlanModel::RiskRef).data().toString(), u"R-002"_s);
    EXPECT_EQ(view->index(row, TreatmentPlanModel::RiskTitle).data().toString(), u"Phishing"_s);
    EXPECT_EQ(view->index(row, TreatmentPlanModel::Level).data().toString(), u"Medium"_s);
    EXPECT_EQ(view->index(row, TreatmentPlanModel::Status).data().toString(), u"Open"_s);
    EXPECT_EQ(view->index(row, TreatmentPlanModel::Due).data().toString(),
              m_today.addDays(5).toString(Qt::ISODate));
    EXPECT_EQ(view->index(viewRowOf(m_none), TreatmentPlanModel::Due).data().toString(), u"no date"_s);
    EXPECT_EQ(m_page->countLabel()->text(), u"Tasks: 5 · 1 overdue"_s);
}

TEST_F(TreatmentPlanPageTest, OverdueTasksAreSaidInWordsAndTinted)
{
    const QAbstractItemModel *view = m_page->proxyModel();
    const int overdue = viewRowOf(m_overdue);
    EXPECT_TRUE(view->index(overdue, 0).data(TreatmentPlanModel::OverdueRole).toBool());
    EXPECT_EQ(view->index(overdue, TreatmentPlanModel::Due).data().toString(),
              u"%1, overdue"_s.arg(m_today.addDays(-3).toString(Qt::ISODate)));
    for (int column = 0; column < TreatmentPlanModel::ColumnCount; ++column) {
        EXPECT_TRUE(view->index(overdue, column).data(Qt::BackgroundRole).isValid()) << column;
    }
    // Done on time or late, a finished task is not overdue.
    const int done = viewRowOf(m_donePast);
    EXPECT_FALSE(view->index(done, 0).data(TreatmentPlanModel::OverdueRole).toBool());
    EXPECT_FALSE(view->index(done, TreatmentPlanModel::Due).data().toString().contains(u"overdue"_s));
    EXPECT_FALSE(view->index(done, 0).data(Qt::BackgroundRole).isValid());

    // Finishing it clears the mark.
    ASSERT_TRUE(isms::RecordService(*m_window->database(), isms::treatmentTaskSpec())
                    .update(m_overdue, {{u"status"_s, u"done"_s}}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_page->model()->overdueCount() == 0; }));
    EXPECT_FALSE(view->index(viewRowOf(m_overdue), 0).data(TreatmentPlanModel::OverdueRole).toBool());
    EXPECT_EQ(m_page->countLabel()->text(), u"Tasks: 5"_s);
}

TEST_F(TreatmentPlanPageTest, FiltersByOwnerStatusAndOverdue)
{
    m_page->overdueOnlyBox()->setChecked(true);
    EXPECT_EQ(titles(), QStringList({u"Offline backups"_s}));
    m_page->overdueOnlyBox()->setChecked(false);

    QComboBox *owner = m_page->ownerCombo();
    EXPECT_EQ(owner->count(), 4) << "any, Dana, Jonas, Marc";
    owner->setCurrentIndex(owner->findData(u"Dana"_s));
    EXPECT_EQ(titles(), QStringList({u"Offline backups"_s, u"MFA"_s}));
    QComboBox *status = m_page->statusCombo();
    status->setCurrentIndex(status->findData(u"open"_s));
    EXPECT_EQ(titles(), QStringList({u"MFA"_s}));
    EXPECT_EQ(m_page->countLabel()->text(), u"Tasks: 1 of 5 · 1 overdue"_s);

    // A link from the dashboard shows the overdue tasks only.
    EXPECT_TRUE(m_page->showOnly(u"overdue"_s, u"true"_s));
    EXPECT_EQ(owner->currentIndex(), 0);
    EXPECT_TRUE(m_page->overdueOnlyBox()->isChecked());
    EXPECT_EQ(titles(), QStringList({u"Offline backups"_s}));
}

TEST_F(TreatmentPlanPageTest, FollowsChangesRowByRow)
{
    QAbstractItemModel *model = m_page->model();
    int resets = 0;
    // Disconnected before `resets` goes: closing the window at tear-down resets the model.
    const QMetaObject::Connection counting =
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [&resets] { ++resets; });
    const isms::RecordId added =
        addTask(m_risk2, u"Tabletop exercise"_s, m_today.addDays(1), u"open"_s, u"Priya"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 6; }));
    EXPECT_EQ(titles().at(2), u"Tabletop exercise"_s) << "sorted in by due date";
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_page->ownerCombo()->findData(u"Priya"_s) >= 0; }));

    // A risk's new title shows in its tasks' rows.
    ASSERT_TRUE(isms::RecordService(*m_window->database(), isms::riskSpec())
                    .update(m_risk2, {{u"title"_s, u"Credential phishing"_s}}));
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return m_page->proxyModel()->index(viewRowOf(added), TreatmentPlanModel::RiskTitle).data().toString()
               == u"Credential phishing"_s;
    }));
    ASSERT_TRUE(isms::RecordService(*m_window->database(), isms::treatmentTaskSpec()).remove({added}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 5; }));
    EXPECT_EQ(resets, 0) << "rows are inserted, changed and removed, never reset";
    QObject::disconnect(counting);
}

TEST_F(TreatmentPlanPageTest, OpeningATaskShowsItsRiskOnTheRisksPage)
{
    m_page->openRiskOf(viewRowOf(m_soon));
    EXPECT_EQ(m_window->currentPageKey(), u"risks"_s);
    auto *risks = qobject_cast<RegisterPage *>(m_window->registeredPage(u"risks"_s));
    ASSERT_NE(risks, nullptr);
    EXPECT_EQ(risks->currentId(), m_risk2);

    // Also from the view's activation (double-click or Enter).
    ASSERT_TRUE(m_window->showPage(u"treatment-plan"_s));
    const QModelIndex index = m_page->proxyModel()->index(viewRowOf(m_overdue), TreatmentPlanModel::Task);
    Q_EMIT m_page->tableView()->activated(index);
    EXPECT_EQ(m_window->currentPageKey(), u"risks"_s);
    EXPECT_EQ(risks->currentId(), m_risk1);
}
