// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/RiskHeatMap.h"

#include "report/ReportRenderer.h"

#include <QFont>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

namespace isms {
namespace {

QFont testFont()
{
    QFont font(ReportRenderer::fontFamily());
    font.setPixelSize(12);
    return font;
}

HeatMapCounts countsFor(const RiskMethod &method)
{
    HeatMapCounts counts;
    for (qsizetype l = 0; l < method.likelihood.size(); ++l) {
        counts.counts.append(QList<int>(method.impact.size(), 0));
    }
    return counts;
}

TEST(RiskHeatMapTest, CellAtFindsEveryCellAtItsCentreAndCorners)
{
    const RiskMethod method = RiskMethod::defaults();
    const QRectF rect(10, 20, 520, 420);
    for (int l = 1; l <= 5; ++l) {
        for (int i = 1; i <= 5; ++i) {
            const MatrixCell cell{l, i};
            const QRectF area = RiskHeatMap::cellRect(rect, method, testFont(), cell);
            ASSERT_FALSE(area.isEmpty());
            EXPECT_TRUE(rect.contains(area));
            for (const QPointF &point :
                 {area.center(), area.topLeft() + QPointF(1, 1), area.bottomRight() - QPointF(1, 1)}) {
                const auto found = RiskHeatMap::cellAt(rect, method, testFont(), point);
                ASSERT_TRUE(found) << l << "," << i;
                EXPECT_EQ(*found, cell) << l << "," << i;
            }
        }
    }
}

TEST(RiskHeatMapTest, MostLikelyRowIsAtTheTopAndTheMildestImpactAtTheLeft)
{
    const RiskMethod method = RiskMethod::defaults();
    const QRectF rect(0, 0, 500, 400);
    const QRectF topLeft = RiskHeatMap::cellRect(rect, method, testFont(), {5, 1});
    const QRectF bottomRight = RiskHeatMap::cellRect(rect, method, testFont(), {1, 5});
    EXPECT_LT(topLeft.top(), bottomRight.top());
    EXPECT_LT(topLeft.left(), bottomRight.left());
    EXPECT_EQ(RiskHeatMap::cellAt(rect, method, testFont(), rect.topLeft() + QPointF(1, 1)), std::nullopt)
        << "the axis labels are not cells";
    EXPECT_EQ(RiskHeatMap::cellAt(rect, method, testFont(), bottomRight.bottomRight() + QPointF(2, 2)),
              std::nullopt);
    EXPECT_TRUE(RiskHeatMap::cellRect(rect, method, testFont(), {6, 1}).isEmpty());
    EXPECT_TRUE(RiskHeatMap::cellRect(rect, method, testFont(), {0, 1}).isEmpty());
}

TEST(RiskHeatMapTest, CellAtFollowsTheScalesOfTheMethod)
{
    RiskMethod method = RiskMethod::defaults();
    method.matrix = method.resizedMatrix(3, 7);
    method.likelihood = {{QStringLiteral("Low"), {}},
                         {QStringLiteral("Mid"), {}},
                         {QStringLiteral("High"), {}}};
    while (method.impact.size() < 7) {
        method.impact.append({QStringLiteral("Step %1").arg(method.impact.size() + 1), {}});
    }
    ASSERT_TRUE(method.validate());
    const QRectF rect(0, 0, 700, 360);
    for (int l = 1; l <= 3; ++l) {
        for (int i = 1; i <= 7; ++i) {
            const QPointF centre = RiskHeatMap::cellRect(rect, method, testFont(), {l, i}).center();
            EXPECT_EQ(RiskHeatMap::cellAt(rect, method, testFont(), centre), (MatrixCell{l, i}));
        }
    }
}

TEST(RiskHeatMapTest, TheMapFitsTheHeightItAsksFor)
{
    const RiskMethod method = RiskMethod::defaults();
    for (const qreal width : {260.0, 400.0, 800.0}) {
        const qreal height = RiskHeatMap::heightForWidth(width, method, testFont());
        const QRectF rect(0, 0, width, height);
        const QRectF lowest = RiskHeatMap::cellRect(rect, method, testFont(), {1, 5});
        EXPECT_LE(lowest.bottom(), height) << width;
        EXPECT_NEAR(lowest.right(), width, 1.0) << width << ": the grid takes the whole width";
    }
    EXPECT_LT(RiskHeatMap::heightForWidth(400, method, testFont()),
              RiskHeatMap::heightForWidth(800, method, testFont()));
}

TEST(RiskHeatMapTest, PaintsEveryLevelColourAndOutlinesTheSelectedCell)
{
    const RiskMethod method = RiskMethod::defaults();
    HeatMapCounts counts = countsFor(method);
    counts.counts[3][4] = 7;
    counts.unrated = 2;
    const QRectF rect(0, 0, 300, 300);
    QImage image(300, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setPen(Qt::black);
        RiskHeatMap::paint(painter, rect, method, counts, testFont(), MatrixCell{1, 1});
    }
    for (const RiskLevel &level : method.levels) {
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y) {
            for (int x = 0; x < image.width() && !found; ++x) {
                found = image.pixelColor(x, y) == QColor::fromRgb(level.colour);
            }
        }
        EXPECT_TRUE(found) << qPrintable(level.name);
    }
    // The outline of the selected cell (likelihood 1, impact 1) is dark inside the cell's border.
    const QRectF selected = RiskHeatMap::cellRect(rect, method, testFont(), {1, 1});
    const QColor edge = image.pixelColor(QPointF(selected.center().x(), selected.top() + 3).toPoint());
    EXPECT_LT(edge.lightness(), 80);
}

} // namespace
} // namespace isms
