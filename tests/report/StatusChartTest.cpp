// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/StatusChart.h"

#include "report/ReportRenderer.h"

#include <QFont>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace isms {
namespace {

int greyOf(const QColor &colour)
{
    return int(std::lround(0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()));
}

TEST(StatusChartTest, StatusColoursStayApartInGreyscale)
{
    for (std::size_t a = 0; a < AllStatuses.size(); ++a) {
        for (std::size_t b = a + 1; b < AllStatuses.size(); ++b) {
            const int difference = std::abs(greyOf(StatusChart::statusColor(AllStatuses[a]))
                                            - greyOf(StatusChart::statusColor(AllStatuses[b])));
            EXPECT_GE(difference, 25) << qPrintable(statusKeyword(AllStatuses[a])) << " vs "
                                      << qPrintable(statusKeyword(AllStatuses[b]));
        }
    }
}

TEST(StatusChartTest, TintsAreLightBehindDarkText)
{
    for (const ImplementationStatus status : AllStatuses) {
        EXPECT_GE(greyOf(StatusChart::statusTint(status)), 200) << qPrintable(statusKeyword(status));
        EXPECT_NE(StatusChart::textColorOn(StatusChart::statusTint(status)), QColor(Qt::white));
    }
}

TEST(StatusChartTest, StackOrderHoldsEveryStatusOnce)
{
    for (const ImplementationStatus status : AllStatuses) {
        EXPECT_EQ(std::count(StatusChart::stackOrder().begin(), StatusChart::stackOrder().end(), status), 1);
    }
}

/// Paints a summary on a white image and returns whether `colour` appears in it.
bool paintsColour(const StatusSummary &summary, const QSize &size, const QColor &colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setPen(Qt::black);
        QFont font(ReportRenderer::fontFamily());
        font.setPixelSize(12);
        StatusChart::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), summary, font);
    }
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == colour) {
                return true;
            }
        }
    }
    return false;
}

TEST(StatusChartTest, PaintsOneSegmentColourPerStatusInUse)
{
    StatusSummary summary;
    summary.count[0] = {3, 0, 2, 10, 0};
    const QSize size(600, 300);
    EXPECT_TRUE(paintsColour(summary, size, StatusChart::statusColor(ImplementationStatus::Implemented)));
    EXPECT_TRUE(paintsColour(summary, size, StatusChart::statusColor(ImplementationStatus::NotStarted)));
    EXPECT_TRUE(paintsColour(summary, size, StatusChart::statusColor(ImplementationStatus::Partial)));
}

TEST(StatusChartTest, CopesWithEmptyDataAndTinyRectangles)
{
    const StatusSummary empty;
    EXPECT_TRUE(paintsColour(empty, QSize(400, 200), StatusChart::statusColor(ImplementationStatus::Planned)))
        << "the legend shows every status even without data";
    EXPECT_FALSE(paintsColour(empty, QSize(4, 4), StatusChart::statusColor(ImplementationStatus::Planned)));
    QImage image(10, 10, QImage::Format_RGB32);
    QPainter painter(&image);
    StatusChart::paint(painter, QRectF(), empty, QFont());
}

} // namespace
} // namespace isms
