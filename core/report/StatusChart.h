// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/ImplementationStatus.h"
#include "services/ControlStatistics.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QPainter;

namespace isms {

/// A horizontal stacked bar chart of control statuses per Annex A theme, with a count axis and a
/// legend, painted as vectors with QPainter. Used by the reports and by the dashboard.
class StatusChart final
{
    Q_DECLARE_TR_FUNCTIONS(isms::StatusChart)

public:
    /// Paints the chart into `rect`. Text uses `font` and the painter's pen colour; every size derives
    /// from the font, so the chart scales with the device. The painter's state is restored afterwards.
    static void paint(QPainter &painter, const QRectF &rect, const StatusSummary &summary, const QFont &font);

    /// The colour of a status in charts and status cells. The five colours differ in lightness too, so
    /// they stay apart when printed in greyscale; charts still pair every colour with a label.
    static QColor statusColor(ImplementationStatus status);

    /// A light tint of statusColor() for backgrounds behind dark text (table cells).
    static QColor statusTint(ImplementationStatus status);

    /// Black or white, whichever reads better on `background`.
    static QColor textColorOn(const QColor &background);

    /// The order in which statuses are stacked and listed: implemented first, not applicable last.
    static const std::array<ImplementationStatus, AllStatuses.size()> &stackOrder();
};

} // namespace isms
