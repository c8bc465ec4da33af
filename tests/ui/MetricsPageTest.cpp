// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The metrics page under 9 Performance: the trend chart beside the form, the links to objectives and
// controls, and the way back from an objective to its metrics.
#include "UiTestFixture.h"
#include "mainwindow/NavigationTree.h"
#include "mainwindow/PageRegistry.h"
#include "metrics/MetricPanel.h"
#include "metrics/ObjectiveMetricsPanel.h"
#include "metrics/TrendChartWidget.h"
#include "models/RecordFilterProxyModel.h"
#include "records/RegisterPage.h"

#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class MetricsPageTest : public UiTestFixture
{
protected:
    void SetUp() override
    {
        UiTestFixture::SetUp();
        openDemo();
    }

    RegisterPage *show(const QString &key)
    {
        EXPECT_TRUE(m_window->showPage(key)) << qPrintable(key);
        return qobject_cast<RegisterPage *>(m_window->registeredPage(key));
    }

    /// Pixels of the chart's image that are neither the background nor grey: the trend, dots and target.
    static int colouredPixels(const QImage &image, QRgb colour)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                const QColor wanted = QColor::fromRgb(colour);
                if (std::abs(pixel.red() - wanted.red()) < 40 && std::abs(pixel.green() - wanted.green()) < 40
                    && std::abs(pixel.blue() - wanted.blue()) < 40) {
                    ++count;
                }
            }
        }
        return count;
    }
};

} // namespace

TEST_F(MetricsPageTest, EachPerformanceRegisterHasItsPage)
{
    for (const auto &[key, group, rows] : {std::tuple{u"metrics"_s, u"9 PERFORMANCE"_s, 6},
                                           std::tuple{u"measurements"_s, u"9 PERFORMANCE"_s, 60},
                                           std::tuple{u"metric-evaluations"_s, u"9 PERFORMANCE"_s, 16},
                                           std::tuple{u"improvements"_s, u"10 IMPROVEMENT"_s, 5}}) {
        RegisterPage *page = show(key);
        ASSERT_NE(page, nullptr) << qPrintable(key);
        EXPECT_EQ(page->proxyModel()->rowCount(), rows) << qPrintable(key);
        const QTreeWidgetItem *item = m_window->navigation()->currentItem();
        ASSERT_NE(item, nullptr);
        EXPECT_EQ(item->parent()->text(0), group);
    }
}

TEST_F(MetricsPageTest, TheTrendChartPaintsTheMeasurementsAndTheTarget)
{
    RegisterPage *page = show(u"metrics"_s);
    ASSERT_NE(page, nullptr);
    auto *panel = qobject_cast<MetricPanel *>(page->recordPanel());
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(page->showRecord(u"2"_s)); // M-002, the phishing click rate: at most 5 %
    const isms::MetricSeries &series = panel->chart()->series();
    EXPECT_EQ(series.ref, u"M-002"_s);
    EXPECT_EQ(series.points.size(), 12);
    ASSERT_TRUE(series.target.has_value());
    EXPECT_TRUE(series.atMost);
    EXPECT_GT(series.points.first().value, series.points.last().value) << "a falling trend";

    panel->chart()->resize(640, 320);
    const QImage image = panel->chart()->grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(colouredPixels(image, 0x1565C0), 100) << "the trend line";
    EXPECT_GT(colouredPixels(image, 0xC62828), 20) << "dots above the target";
    EXPECT_GT(colouredPixels(image, 0xEF6C00), 50) << "the dashed target line";

    // A metric without measurements paints its empty state, not a line.
    panel->chart()->setSeries({});
    const QImage empty = panel->chart()->grab().toImage();
    EXPECT_LT(colouredPixels(empty, 0x1565C0), 10);
}

TEST_F(MetricsPageTest, LinksAreAddedUndoneAndOpenTheOtherSide)
{
    RegisterPage *page = show(u"metrics"_s);
    ASSERT_NE(page, nullptr);
    auto *panel = qobject_cast<MetricPanel *>(page->recordPanel());
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(page->showRecord(u"5"_s)); // M-005 serves no objective in the demo
    EXPECT_EQ(panel->objectiveList()->count(), 0);
    EXPECT_EQ(panel->controlList()->count(), 2);
    ASSERT_GT(panel->objectiveCombo()->count(), 0);
    panel->objectiveCombo()->setCurrentIndex(0);
    panel->addObjective();
    EXPECT_EQ(panel->objectiveList()->count(), 1);
    m_window->undoStack()->undo();
    EXPECT_EQ(panel->objectiveList()->count(), 0);

    ASSERT_TRUE(page->showRecord(u"1"_s));
    ASSERT_EQ(panel->objectiveList()->count(), 1);
    panel->objectiveList()->setCurrentRow(0);
    Q_EMIT panel->objectiveList()->itemActivated(panel->objectiveList()->item(0));
    EXPECT_EQ(m_window->currentPageKey(), u"objectives"_s);

    auto *objectives = qobject_cast<RegisterPage *>(m_window->registeredPage(u"objectives"_s));
    ASSERT_NE(objectives, nullptr);
    auto *back = objectives->findChild<ObjectiveMetricsPanel *>();
    ASSERT_NE(back, nullptr);
    ASSERT_EQ(back->metricList()->count(), 1);
    EXPECT_TRUE(back->metricList()->item(0)->text().startsWith(u"M-001"_s));
    Q_EMIT back->metricList()->itemActivated(back->metricList()->item(0));
    EXPECT_EQ(m_window->currentPageKey(), u"metrics"_s);
}

TEST_F(MetricsPageTest, AMeasurementIsRecordedBesideTheChartAndABadValueIsKept)
{
    RegisterPage *page = show(u"metrics"_s);
    ASSERT_NE(page, nullptr);
    auto *panel = qobject_cast<MetricPanel *>(page->recordPanel());
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(page->showRecord(u"5"_s)); // M-005, four months without a measurement
    const qsizetype before = panel->chart()->series().points.size();

    panel->valueEdit()->setText(u"a lot"_s);
    panel->recordMeasurement();
    EXPECT_EQ(panel->chart()->series().points.size(), before);
    EXPECT_EQ(panel->valueEdit()->text(), u"a lot"_s) << "kept for the user to correct";

    panel->valueEdit()->setText(u"39,5"_s);
    panel->recordMeasurement();
    ASSERT_EQ(panel->chart()->series().points.size(), before + 1);
    EXPECT_EQ(panel->chart()->series().points.last().text, u"39.5"_s);
    EXPECT_EQ(panel->chart()->series().points.last().date, QDate::currentDate());
    EXPECT_TRUE(panel->valueEdit()->text().isEmpty());

    m_window->undoStack()->undo();
    EXPECT_EQ(panel->chart()->series().points.size(), before);
}
