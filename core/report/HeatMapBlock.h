// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "report/BodyLayout.h"
#include "report/ReportDocument.h"
#include "report/ReportStyle.h"

class QPaintDevice;

/// Report-internal: the ReportHeatMaps block, laid out and painted for BodyLayout.
namespace isms::render {

/// A ReportHeatMaps block measured for one width: the maps side by side, each under its caption.
class HeatMapBlock final
{
public:
    HeatMapBlock(const ReportHeatMaps &block,
                 const Geometry &geometry,
                 const style::Fonts &fonts,
                 QPaintDevice *device,
                 qreal width);

    /// The block's height in device units.
    qreal height() const { return m_captionHeight + m_mapHeight; }

    /// How to paint the block with its top left corner at `topLeft`.
    PaintOp paintOp(const QPointF &topLeft) const;

private:
    ReportHeatMaps m_block;
    QFont m_mapFont;     ///< pixel-sized, in the maps' own coordinates (see the .cpp)
    QFont m_captionFont; ///< in device units
    QColor m_captionColour;
    qreal m_scale = 1; ///< device units per unit of the maps' coordinates
    qreal m_slot = 0;  ///< the width each map may take, the map at its left
    qreal m_gap = 0;   ///< between two maps
    qreal m_mapWidth = 0;
    qreal m_mapHeight = 0;
    qreal m_captionHeight = 0;
};

} // namespace isms::render
