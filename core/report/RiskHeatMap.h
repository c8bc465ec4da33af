// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/RiskMethod.h"
#include "services/RiskRegister.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

#include <optional>

class QPainter;

namespace isms {

/// A cell of the matrix: likelihood and impact, each from 1.
struct MatrixCell
{
    int likelihood = 0;
    int impact = 0;
    friend bool operator==(const MatrixCell &, const MatrixCell &) = default;
};

/// The risk matrix as a heat map: likelihood up the side (most likely at the top), impact along the
/// bottom, each cell in its level's colour with the number of risks in it, and a legend of the levels.
/// Painted as vectors with QPainter; used by the reports and by the heat map page.
class RiskHeatMap final
{
    Q_DECLARE_TR_FUNCTIONS(isms::RiskHeatMap)

public:
    /// Paints into `rect`. Every size derives from `font`. `selected` is outlined (the page's filter).
    /// The painter's state is restored afterwards.
    static void paint(QPainter &painter,
                      const QRectF &rect,
                      const RiskMethod &method,
                      const HeatMapCounts &counts,
                      const QFont &font,
                      std::optional<MatrixCell> selected = std::nullopt);

    /// The cell under `point` when the map is painted into `rect` with `font`; nullopt outside the grid.
    static std::optional<MatrixCell> cellAt(const QRectF &rect,
                                            const RiskMethod &method,
                                            const QFont &font,
                                            const QPointF &point);

    /// Where `cell` is painted when the map is painted into `rect` with `font`; empty for a cell outside
    /// the method's scales.
    static QRectF cellRect(const QRectF &rect, const RiskMethod &method, const QFont &font, MatrixCell cell);

    /// The height the map needs for `width` (cells about square, axis texts and legend included).
    static qreal heightForWidth(qreal width, const RiskMethod &method, const QFont &font);
};

} // namespace isms
