// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/HeatMapBlock.h"

#include "report/RiskHeatMap.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace isms::render {

namespace {

/// The maps are painted in units of a tenth of a point. RiskHeatMap measures its font without a
/// device, which for a point-sized font means the screen's resolution, not the PDF's or the
/// printer's; a font sized in pixels of this coordinate space measures the same everywhere.
constexpr qreal UnitPt = 0.1;

/// A little smaller than the charts' type, so that step labels such as "3 Moderate" stay on one line.
constexpr qreal MapFontPt = 7.5;

} // namespace

HeatMapBlock::HeatMapBlock(const ReportHeatMaps &block,
                           const Geometry &geometry,
                           const style::Fonts &fonts,
                           QPaintDevice *device,
                           qreal width)
    : m_block(block)
    , m_mapFont(fonts.chart)
    , m_captionFont(fonts.bodyBold)
    , m_captionColour(QColor::fromRgb(style::Ink))
    , m_scale(geometry.pt(UnitPt))
{
    m_mapFont.setPixelSize(std::max(1, int(std::lround(MapFontPt / UnitPt))));
    const qsizetype count = std::max<qsizetype>(1, m_block.panels.size());
    m_gap = geometry.mm(10);
    m_slot = std::max<qreal>((width - m_gap * qreal(count - 1)) / qreal(count), geometry.mm(20));
    const bool hasCaption =
        std::any_of(m_block.panels.cbegin(), m_block.panels.cend(), [](const ReportHeatMapPanel &panel) {
            return !panel.caption.isEmpty();
        });
    m_captionHeight = hasCaption ? QFontMetricsF(m_captionFont, device).height() + geometry.mm(2) : 0;

    // As wide as the slot, unless that makes the maps taller than allowed: then narrower.
    const qreal maxMapHeight = std::max(geometry.mm(m_block.maxHeightMm) - m_captionHeight, geometry.mm(20));
    auto heightFor = [&](qreal mapWidth) {
        return RiskHeatMap::heightForWidth(mapWidth / m_scale, m_block.method, m_mapFont) * m_scale;
    };
    m_mapWidth = m_slot;
    for (int i = 0; i < 40 && heightFor(m_mapWidth) > maxMapHeight; ++i) {
        m_mapWidth *= 0.95;
    }
    m_mapHeight = heightFor(m_mapWidth);
}

PaintOp HeatMapBlock::paintOp(const QPointF &topLeft) const
{
    return [self = *this, topLeft](QPainter &p) {
        for (qsizetype i = 0; i < self.m_block.panels.size(); ++i) {
            const ReportHeatMapPanel &panel = self.m_block.panels.at(i);
            // Left in its slot: the legend under a narrowed map runs wider than the map.
            const qreal left = topLeft.x() + qreal(i) * (self.m_slot + self.m_gap);
            if (!panel.caption.isEmpty()) {
                drawElided(p,
                           QRectF(left, topLeft.y(), self.m_mapWidth, self.m_captionHeight),
                           Qt::AlignLeft,
                           panel.caption,
                           self.m_captionFont,
                           self.m_captionColour);
            }
            p.save();
            p.translate(left, topLeft.y() + self.m_captionHeight);
            p.scale(self.m_scale, self.m_scale);
            p.setPen(QColor::fromRgb(style::Ink));
            RiskHeatMap::paint(p,
                               QRectF(0, 0, self.m_mapWidth / self.m_scale, self.m_mapHeight / self.m_scale),
                               self.m_block.method,
                               panel.counts,
                               self.m_mapFont);
            p.restore();
        }
    };
}

} // namespace isms::render
