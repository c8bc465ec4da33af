// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "services/MetricTrend.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QPainter;

namespace isms {

/// The trend chart of a metric: its measurements over time as a line with dots (green where the target
/// is met, red where it is not), the target as a dashed line, a value axis with round ticks and a time
/// axis with months, painted as vectors with QPainter. Used by the metrics page and the metrics report,
/// so that both show the same chart. The scale comes from MetricTrend::scale.
class TrendChart final
{
    Q_DECLARE_TR_FUNCTIONS(isms::TrendChart)

public:
    /// Paints the chart into `rect`. Text uses `font` and the painter's pen colour; every size derives
    /// from the font, so the chart scales with the device. The painter's state is restored afterwards.
    static void paint(QPainter &painter, const QRectF &rect, const MetricSeries &series, const QFont &font);

    /// The text of the target line: "Target: at least 95 %".
    static QString targetText(const MetricSeries &series);

    /// The target alone: "at least 95 %"; empty without a target.
    static QString goalText(const MetricSeries &series);

    /// A measured value as the chart writes it: with the decimals that were recorded, in the current
    /// locale ("4,5" in German for the stored "4.5").
    static QString pointText(const TrendPoint &point);

    /// A value as the chart writes it, with `decimals` places in the current locale.
    static QString valueText(double value, int decimals);
};

} // namespace isms
