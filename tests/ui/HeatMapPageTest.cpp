// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "heatmap/HeatMapPage.h"

#include "RiskTestData.h"
#include "UiTestFixture.h"
#include "domain/Entities.h"
#include "heatmap/HeatMapWidget.h"
#include "mainwindow/PageRegistry.h"
#include "models/RecordFilterProxyModel.h"
#include "models/RecordTableModel.h"
#include "records/RegisterPage.h"
#include "services/RecordService.h"
#include "services/RiskRegister.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using isms::MatrixCell;
using isms::test::addRisk;

namespace {

/// The heat map page of the demo project with a few risks of our own beside whatever the demo holds.
class HeatMapPageTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
        isms::Database &db = *m_window->database();
        m_ransomware = addRisk(db, u"Ransomware"_s, {4, 5, 2, 4});
        m_phishing = addRisk(db, u"Phishing"_s, {4, 5, {}, {}});
        m_outage = addRisk(db, u"Supplier outage"_s, {2, 4, 3, {}});
        m_theft = addRisk(db, u"Laptop theft"_s, {3, 3, 2, 4});
        m_unrated = addRisk(db, u"Not rated yet"_s, {});
        ASSERT_TRUE(m_window->showPage(u"heat-map"_s));
        m_page = qobject_cast<HeatMapPage *>(m_window->registeredPage(u"heat-map"_s));
        ASSERT_NE(m_page, nullptr);
    }

    isms::RiskOverview overview() const
    {
        auto read = isms::RiskRegister::overview(*m_window->database(), QDate::currentDate());
        EXPECT_TRUE(read);
        return read ? *read : isms::RiskOverview{};
    }

    /// The ids of the risks a cell of the current or residual map holds, read from the register.
    QSet<qint64> risksIn(bool residual, MatrixCell cell) const
    {
        const isms::EntitySpec &spec = isms::riskSpec();
        const auto all = isms::RecordService(*m_window->database(), spec).all();
        EXPECT_TRUE(all);
        QSet<qint64> ids;
        for (const isms::Record &risk : *all) {
            auto value = [&](const char *key) {
                return risk.values.at(spec.indexOf(QString::fromLatin1(key)));
            };
            const bool reRated = !value("residual_likelihood").isNull() && !value("residual_impact").isNull();
            const bool useResidual = residual && reRated;
            const QVariant l = value(useResidual ? "residual_likelihood" : "likelihood");
            const QVariant i = value(useResidual ? "residual_impact" : "impact");
            if (!l.isNull() && !i.isNull() && l.toInt() == cell.likelihood && i.toInt() == cell.impact) {
                ids.insert(risk.id.value);
            }
        }
        return ids;
    }

    static QSet<qint64> shownIds(const RegisterPage &page)
    {
        QSet<qint64> ids;
        for (int row = 0; row < page.proxyModel()->rowCount(); ++row) {
            ids.insert(page.proxyModel()
                           ->index(row, 0)
                           .data(RecordTableModel::IdRole)
                           .value<isms::RecordId>()
                           .value);
        }
        return ids;
    }

    HeatMapPage *m_page = nullptr;
    isms::RecordId m_ransomware;
    isms::RecordId m_phishing;
    isms::RecordId m_outage;
    isms::RecordId m_theft;
    isms::RecordId m_unrated;
};

} // namespace

TEST_F(HeatMapPageTest, IsRegisteredBesideTheOtherPlanningPages)
{
    EXPECT_TRUE(PageRegistry::keys().contains(u"heat-map"_s));
    EXPECT_TRUE(PageRegistry::keys().contains(u"methodology"_s));
    EXPECT_EQ(m_window->currentPageKey(), u"heat-map"_s);
    EXPECT_EQ(m_window->navigation()->currentItem()->text(0), PageRegistry::find(u"heat-map")->labelText());
    EXPECT_EQ(m_window->navigation()->currentItem()->parent()->text(0),
              PageRegistry::find(u"threats")->groupText().toUpper());
}

TEST_F(HeatMapPageTest, CountsMatchTheRegister)
{
    const isms::RiskOverview expected = overview();
    EXPECT_EQ(m_page->currentMap()->counts().counts, expected.current.counts);
    EXPECT_EQ(m_page->residualMap()->counts().counts, expected.residual.counts);
    EXPECT_EQ(m_page->currentMap()->counts().unrated, expected.current.unrated);
    EXPECT_EQ(m_page->currentMap()->method(), expected.method);
    for (int l = 1; l <= 5; ++l) {
        for (int i = 1; i <= 5; ++i) {
            EXPECT_EQ(m_page->currentMap()->counts().at(l, i), risksIn(false, {l, i}).size())
                << l << "," << i;
            EXPECT_EQ(m_page->residualMap()->counts().at(l, i), risksIn(true, {l, i}).size())
                << l << "," << i;
        }
    }
    // Our risks: two at 4/5 now; after treatment one moved to 2/4 and one is not yet re-rated.
    EXPECT_GE(m_page->currentMap()->counts().at(4, 5), 2);
    EXPECT_TRUE(risksIn(true, {4, 5}).contains(m_phishing.value));
    EXPECT_TRUE(risksIn(true, {2, 4}).contains(m_outage.value))
        << "half re-rated counts at its current rating";
    EXPECT_GE(m_page->currentMap()->counts().unrated, 1);
    EXPECT_TRUE(m_page->summaryLabel()->text().contains(QString::number(expected.total)));
}

TEST_F(HeatMapPageTest, FollowsEditsOfTheRisksAndTheirRemoval)
{
    isms::Database &db = *m_window->database();
    const int before = m_page->currentMap()->counts().at(1, 1);
    ASSERT_TRUE(isms::RecordService(db, isms::riskSpec())
                    .update(m_ransomware, {{u"likelihood"_s, qint64{1}}, {u"impact"_s, qint64{1}}}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_page->currentMap()->counts().at(1, 1) == before + 1; }));
    EXPECT_EQ(m_page->currentMap()->counts().counts, overview().current.counts);

    const int added = m_page->residualMap()->counts().at(5, 5);
    addRisk(db, u"New one"_s, {5, 5, {}, {}});
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_page->residualMap()->counts().at(5, 5) == added + 1; }));

    ASSERT_TRUE(isms::RecordService(db, isms::riskSpec()).remove({m_ransomware}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_page->currentMap()->counts().at(1, 1) == before; }));
    EXPECT_EQ(m_page->residualMap()->counts().counts, overview().residual.counts);
}

TEST_F(HeatMapPageTest, AHiddenPageReadsAgainWhenShown)
{
    m_window->showPage(MainWindow::Page::Dashboard);
    const int before = m_page->currentMap()->counts().at(1, 2);
    addRisk(*m_window->database(), u"Meanwhile"_s, {1, 2, {}, {}});
    QCoreApplication::processEvents();
    ASSERT_TRUE(m_window->showPage(u"heat-map"_s));
    EXPECT_EQ(m_page->currentMap()->counts().at(1, 2), before + 1);
}

TEST_F(HeatMapPageTest, HoverTellsTheRatingsTheLevelAndTheCount)
{
    HeatMapWidget *map = m_page->currentMap();
    const QString text = map->describeCell({4, 5});
    const isms::RiskMethod &method = map->method();
    EXPECT_TRUE(text.contains(method.likelihood.at(3).label)) << qPrintable(text);
    EXPECT_TRUE(text.contains(method.impact.at(4).label)) << qPrintable(text);
    EXPECT_TRUE(text.contains(method.levelName(method.levelOf(4, 5)))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QString::number(map->counts().at(4, 5)))) << qPrintable(text);
    EXPECT_TRUE(map->describeCell({0, 1}).isEmpty());

    QHelpEvent help(QEvent::ToolTip, map->cellCentre({4, 5}), map->mapToGlobal(map->cellCentre({4, 5})));
    QCoreApplication::sendEvent(map, &help);
    EXPECT_EQ(QToolTip::text(), text);
    QToolTip::hideText();
}

TEST_F(HeatMapPageTest, ClickingACellListsExactlyItsRisks)
{
    RegisterPage risks(isms::riskSpec(), m_prompt);
    risks.setContext(m_window->database(), m_window->undoStack());
    QAbstractItemModelTester tester(risks.proxyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QObject::connect(
        m_page,
        &WorkbenchPage::filteredRecordsRequested,
        &risks,
        [&risks](const QString &key, const QList<QHash<QString, QVariant>> &values, const QString &text) {
            EXPECT_EQ(key, HeatMapPage::risksPageKey());
            risks.showOnlyAny(values, text);
        });
    QSignalSpy requested(m_page, &WorkbenchPage::filteredRecordsRequested);

    HeatMapWidget *current = m_page->currentMap();
    QTest::mouseClick(current, Qt::LeftButton, {}, current->cellCentre({4, 5}));
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(shownIds(risks), risksIn(false, {4, 5}));
    EXPECT_TRUE(shownIds(risks).contains(m_ransomware.value));
    ASSERT_NE(risks.exactFilterBar(), nullptr);
    EXPECT_FALSE(risks.exactFilterBar()->isHidden());
    EXPECT_TRUE(risks.exactFilterLabel()->text().contains(u"4"_s));
    EXPECT_TRUE(risks.exactFilterLabel()->text().contains(current->method().impact.at(4).label));
    EXPECT_EQ(risks.currentId().value,
              risks.proxyModel()->index(0, 0).data(RecordTableModel::IdRole).value<isms::RecordId>().value);

    // The residual map takes in the risks not yet re-rated at their current rating.
    HeatMapWidget *residual = m_page->residualMap();
    QTest::mouseClick(residual, Qt::LeftButton, {}, residual->cellCentre({2, 4}));
    EXPECT_EQ(shownIds(risks), risksIn(true, {2, 4}));
    EXPECT_TRUE(shownIds(risks).contains(m_ransomware.value));
    EXPECT_TRUE(shownIds(risks).contains(m_theft.value));
    EXPECT_TRUE(shownIds(risks).contains(m_outage.value));
    EXPECT_EQ(risks.exactFilterBar()->isHidden(), false);

    // An empty cell shows nothing; Clear shows every risk again and hides the bar.
    QTest::mouseClick(current, Qt::LeftButton, {}, current->cellCentre({1, 1}));
    EXPECT_EQ(shownIds(risks), risksIn(false, {1, 1}));
    QTest::mouseClick(risks.exactFilterClearButton(), Qt::LeftButton);
    EXPECT_EQ(risks.proxyModel()->rowCount(), risks.model()->rowCount());
    EXPECT_TRUE(risks.exactFilterBar()->isHidden());
    EXPECT_EQ(requested.size(), 3);
}

TEST_F(HeatMapPageTest, CellsAreReachableAndActivatedWithTheKeyboard)
{
    HeatMapWidget *map = m_page->currentMap();
    map->setFocus();
    QSignalSpy activated(map, &HeatMapWidget::cellActivated);
    QSignalSpy requested(m_page, &WorkbenchPage::filteredRecordsRequested);
    EXPECT_EQ(map->currentCell(), (MatrixCell{5, 1})) << "reading starts at the top left";
    QTest::keyClick(map, Qt::Key_Down);
    QTest::keyClick(map, Qt::Key_Right);
    QTest::keyClick(map, Qt::Key_Right);
    EXPECT_EQ(map->currentCell(), (MatrixCell{4, 3}));
    QTest::keyClick(map, Qt::Key_Left);
    QTest::keyClick(map, Qt::Key_Left);
    QTest::keyClick(map, Qt::Key_Left);
    EXPECT_EQ(map->currentCell(), (MatrixCell{4, 1})) << "the edge stops the cursor";
    QTest::keyClick(map, Qt::Key_Return);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).value<MatrixCell>(), (MatrixCell{4, 1}));
    ASSERT_EQ(requested.size(), 1);
    using Alternatives = QList<QHash<QString, QVariant>>;
    EXPECT_EQ(requested.at(0).at(1).value<Alternatives>(), HeatMapPage::cellFilter(false, {4, 1}));
    QTest::keyClick(map, Qt::Key_Space);
    EXPECT_EQ(activated.size(), 2);
}

TEST_F(HeatMapPageTest, TheWindowShowsTheRequestedRegisterFiltered)
{
    // The risk register's page arrives on another branch; the routing is the same for every register.
    const QList<QHash<QString, QVariant>> natural{{{u"category"_s, u"natural"_s}}};
    Q_EMIT m_page->filteredRecordsRequested(u"threats"_s, natural, u"Natural threats"_s);
    EXPECT_EQ(m_window->currentPageKey(), u"threats"_s);
    auto *threats = qobject_cast<RegisterPage *>(m_window->registeredPage(u"threats"_s));
    ASSERT_NE(threats, nullptr);
    ASSERT_NE(threats->exactFilterLabel(), nullptr);
    EXPECT_EQ(threats->exactFilterLabel()->text(), u"Natural threats"_s);
    const int category = isms::threatSpec().indexOf(u"category");
    ASSERT_GT(threats->proxyModel()->rowCount(), 0);
    EXPECT_LT(threats->proxyModel()->rowCount(), threats->model()->rowCount());
    for (int row = 0; row < threats->proxyModel()->rowCount(); ++row) {
        const auto id =
            threats->proxyModel()->index(row, 0).data(RecordTableModel::IdRole).value<isms::RecordId>();
        EXPECT_EQ(threats->model()->recordAt(threats->model()->rowOf(id)).values.at(category), u"natural"_s);
    }
    // Selecting a record that the filter hides (from the history) clears the filter and its bar.
    isms::RecordId hidden;
    for (int row = 0; row < threats->model()->rowCount() && !hidden.isValid(); ++row) {
        if (threats->model()->recordAt(row).values.at(category) != u"natural"_s) {
            hidden = threats->model()->idAt(row);
        }
    }
    ASSERT_TRUE(hidden.isValid());
    EXPECT_TRUE(threats->selectRecord(hidden));
    EXPECT_EQ(threats->proxyModel()->rowCount(), threats->model()->rowCount());
    EXPECT_TRUE(threats->exactFilterBar()->isHidden());
}
