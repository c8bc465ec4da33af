// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "RiskUiFixture.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/RiskSummaryWidget.h"
#include "domain/Entities.h"
#include "models/RecordFilterProxyModel.h"
#include "records/RegisterPage.h"
#include "risks/TreatmentPlanFilterProxyModel.h"
#include "risks/TreatmentPlanPage.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QLabel>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// The dashboard's card of the risk register.
class RiskDashboardTest : public RiskUiFixture
{
protected:
    RiskSummaryWidget *summary() const { return m_window->dashboardPage()->riskSummary(); }

    QString countOf(int level, int residual) const
    {
        const QLabel *label = summary()->levelCountLabel(level, residual);
        EXPECT_NE(label, nullptr) << level << ' ' << residual;
        return label ? label->text() : QString();
    }
};

} // namespace

TEST_F(RiskDashboardTest, CountsRisksPerLevelAndWhatNeedsAttention)
{
    // Very high, treated down to Low and signed off.
    addRisk(u"A"_s,
            5,
            5,
            {{u"residual_likelihood"_s, qint64{2}},
             {u"residual_impact"_s, qint64{2}},
             {u"signoff_by"_s, u"Dana"_s},
             {u"signoff_date"_s, m_today}});
    // High, not re-rated, review overdue.
    const isms::RecordId b = addRisk(u"B"_s, 3, 4, {{u"next_review"_s, m_today.addDays(-1)}});
    // High with a residual Medium; closed risks need no sign-off and no review.
    addRisk(u"C"_s,
            4,
            4,
            {{u"residual_likelihood"_s, qint64{2}},
             {u"residual_impact"_s, qint64{3}},
             {u"status"_s, u"closed"_s},
             {u"next_review"_s, m_today.addDays(-30)}});
    addRisk(u"D"_s, 0, 0);
    addTask(b, u"Late"_s, m_today.addDays(-2));
    addTask(b, u"Later"_s, m_today.addDays(9));
    addTask(b, u"Finished late"_s, m_today.addDays(-9), u"done"_s);
    m_window->showPage(MainWindow::Page::Dashboard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return summary()->overview().total == 4; }));

    // Current: Low 0, Medium 0, High 2, Very high 1; residual: Low 1, Medium 1, High 1.
    EXPECT_EQ(countOf(1, 0), u"0"_s);
    EXPECT_EQ(countOf(3, 0), u"2"_s);
    EXPECT_EQ(countOf(4, 0), u"1"_s);
    EXPECT_EQ(countOf(1, 1), u"1"_s);
    EXPECT_EQ(countOf(2, 1), u"1"_s);
    EXPECT_EQ(countOf(3, 1), u"1"_s);
    EXPECT_EQ(countOf(4, 1), u"0"_s);
    EXPECT_TRUE(summary()->signOffLabel()->text().contains(u"Awaiting sign-off: 2"_s))
        << qPrintable(summary()->signOffLabel()->text());
    EXPECT_EQ(summary()->signOffLabel()->toolTip(), u"R-002, R-004"_s);
    EXPECT_TRUE(summary()->overdueTasksLabel()->text().contains(u"Overdue treatment tasks: 1"_s));
    EXPECT_TRUE(summary()->reviewsLabel()->text().contains(u"Reviews overdue: 1"_s));

    // Follows changes.
    ASSERT_TRUE(isms::RecordService(*m_window->database(), isms::riskSpec())
                    .update(b, {{u"likelihood"_s, qint64{5}}, {u"impact"_s, qint64{5}}}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return countOf(4, 0) == u"2"_s; }));
    EXPECT_EQ(countOf(3, 0), u"1"_s);
}

TEST_F(RiskDashboardTest, LinksOpenTheRisksAndTheTreatmentPlan)
{
    addRisk(u"High one"_s, 3, 4);
    addRisk(u"Low one"_s, 1, 1);
    const isms::RecordId risk = addRisk(u"Late one"_s, 2, 3);
    addTask(risk, u"Late"_s, m_today.addDays(-2));
    addTask(risk, u"On time"_s, m_today.addDays(2));
    m_window->showPage(MainWindow::Page::Dashboard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return summary()->overview().total == 3; }));

    summary()->activateLink(u"level:3"_s);
    EXPECT_EQ(m_window->currentPageKey(), u"risks"_s);
    auto *risks = qobject_cast<RegisterPage *>(m_window->registeredPage(u"risks"_s));
    ASSERT_NE(risks, nullptr);
    EXPECT_EQ(risks->proxyModel()->rowCount(), 1) << "the High risks only";
    EXPECT_EQ(risks->proxyModel()->valueFilter(u"level"_s), u"High"_s);

    m_window->showPage(MainWindow::Page::Dashboard);
    Q_EMIT summary()->overdueTasksLabel()->linkActivated(u"treatment-plan:overdue"_s);
    EXPECT_EQ(m_window->currentPageKey(), u"treatment-plan"_s);
    auto *plan = qobject_cast<TreatmentPlanPage *>(m_window->registeredPage(u"treatment-plan"_s));
    ASSERT_NE(plan, nullptr);
    EXPECT_TRUE(plan->overdueOnlyBox()->isChecked());
    EXPECT_EQ(plan->proxyModel()->rowCount(), 1);

    m_window->showPage(MainWindow::Page::Dashboard);
    summary()->activateLink(u"risks"_s);
    EXPECT_EQ(m_window->currentPageKey(), u"risks"_s);
}
