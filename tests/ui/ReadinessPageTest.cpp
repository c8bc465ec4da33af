// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "readiness/ReadinessPage.h"

#include "RiskUiFixture.h"
#include "domain/Entities.h"
#include "mainwindow/MainWindow.h"
#include "readiness/ReadinessModel.h"
#include "records/RegisterPage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/// The readiness page: the score, the points in a sortable table, following changes, opening records.
class ReadinessPageTest : public RiskUiFixture
{
protected:
    void SetUp() override
    {
        RiskUiFixture::SetUp();
        m_risk = addRisk(u"Ransomware"_s, 5, 5);
        ASSERT_TRUE(m_window->showPage(u"readiness"_s));
        m_page = qobject_cast<ReadinessPage *>(m_window->registeredPage(u"readiness"_s));
        ASSERT_NE(m_page, nullptr);
        m_tester =
            std::make_unique<QAbstractItemModelTester>(m_page->proxyModel(),
                                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void TearDown() override
    {
        m_tester.reset();
        RiskUiFixture::TearDown();
    }

    /// The view row of the point of `rule` about `id`, or -1.
    int rowOf(const QString &rule, const QString &id) const
    {
        const QAbstractItemModel *view = m_page->proxyModel();
        for (int row = 0; row < view->rowCount(); ++row) {
            if (view->index(row, ReadinessModel::Rule).data().toString() == rule
                && view->index(row, ReadinessModel::Record).data().toString() == id) {
                return row;
            }
        }
        return -1;
    }

    isms::RecordId m_risk;
    ReadinessPage *m_page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(ReadinessPageTest, ShowsTheScoreAndEveryPoint)
{
    const isms::ReadinessReport &report = m_page->model()->report();
    EXPECT_EQ(m_page->scoreLabel()->text(), QString::number(report.score));
    EXPECT_LT(report.score, 100);
    EXPECT_EQ(m_page->proxyModel()->rowCount(), report.findings.size());
    EXPECT_GE(rowOf(u"R-RISK-NO-OWNER"_s, u"R-001"_s), 0);
    EXPECT_GE(rowOf(u"R-SCOPE-MISSING"_s, u"(missing)"_s), 0);
    EXPECT_TRUE(m_page->summaryLabel()->text().contains(
        u"Major points: %1"_s.arg(report.count(isms::ReadinessSeverity::Major))))
        << qPrintable(m_page->summaryLabel()->text());
    // Major points come first.
    EXPECT_EQ(m_page->proxyModel()->index(0, ReadinessModel::Severity).data().toString(), u"Major"_s);
}

TEST_F(ReadinessPageTest, SortsByAnyColumn)
{
    m_page->tableView()->sortByColumn(ReadinessModel::Record, Qt::AscendingOrder);
    const QAbstractItemModel *view = m_page->proxyModel();
    QStringList records;
    for (int row = 0; row < view->rowCount(); ++row) {
        records.append(view->index(row, ReadinessModel::Record).data(ReadinessModel::SortRole).toString());
    }
    QStringList sorted = records;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(records, sorted);
}

TEST_F(ReadinessPageTest, FollowsTheProjectsChanges)
{
    ASSERT_GE(rowOf(u"R-RISK-NO-OWNER"_s, u"R-001"_s), 0);
    const int before = m_page->model()->report().score;
    add(isms::scopeSpec(), {{u"statement"_s, u"All of the company."_s}});
    ASSERT_TRUE(QTest::qWaitFor([&] { return rowOf(u"R-SCOPE-MISSING"_s, u"(missing)"_s) < 0; }));
    EXPECT_GE(rowOf(u"R-SCOPE-APPROVED"_s, u"SC-001"_s), 0);
    EXPECT_GE(m_page->model()->report().score, before);
}

TEST_F(ReadinessPageTest, OpeningAPointShowsItsRecord)
{
    const QModelIndex index = m_page->proxyModel()->index(rowOf(u"R-RISK-NO-OWNER"_s, u"R-001"_s), 0);
    ASSERT_TRUE(index.isValid());
    Q_EMIT m_page->tableView()->activated(index);
    EXPECT_EQ(m_window->currentPageKey(), u"risks"_s);
    auto *risks = qobject_cast<RegisterPage *>(m_window->registeredPage(u"risks"_s));
    ASSERT_NE(risks, nullptr);
    EXPECT_EQ(risks->currentId(), m_risk);

    // A control opens on the controls page, by its reference.
    ASSERT_TRUE(m_window->showPage(u"readiness"_s));
    const int control = rowOf(u"R-SOA-NO-REASON"_s, u"A.5.1"_s);
    ASSERT_GE(control, 0);
    m_page->openRecordOf(control);
    EXPECT_EQ(m_window->currentPage(), MainWindow::Page::Controls);
}

} // namespace
