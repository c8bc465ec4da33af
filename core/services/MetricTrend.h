// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace isms {

class Database;

/// One measurement on a trend chart.
struct TrendPoint
{
    QDate date;
    double value = 0;
    QString text; ///< the value as stored ("4.5"), with the decimals that were recorded
    QString ref;  ///< "MS-0012"
};

/// A metric's measurements over time with its target: what a trend chart shows.
struct MetricSeries
{
    QString ref;  ///< "M-003"
    QString name; ///< "Phishing test click rate"
    QString unit; ///< "%"
    std::optional<double> target;
    bool atMost = false;      ///< the target is a maximum (lower is better); else a minimum
    QList<TrendPoint> points; ///< by date, oldest first

    /// True when `value` meets the target; true when there is no target.
    bool meets(double value) const;
};

/// The scale of a trend chart: the dates and values it spans and the ticks of its axes.
struct TrendScale
{
    QDate from; ///< left end of the time axis
    QDate to;   ///< right end, after `from`
    double low = 0;
    double high = 1;          ///< above `low`
    QList<double> valueTicks; ///< from low to high, evenly spaced at a round step
    QList<QDate> dateTicks;   ///< first days of months within [from, to], at most MaxDateTicks
    double step = 1;          ///< the distance between two value ticks

    static constexpr int MaxDateTicks = 7;

    /// Where `date` lies between from (0) and to (1).
    double xOf(const QDate &date) const;

    /// Where `value` lies between low (0) and high (1).
    double yOf(double value) const;

    /// The decimals a tick label needs at this step (0 for a step of 5, 1 for 0.5...).
    int decimals() const;
};

/// The trend of a metric: its series read from a project, and the chart's scale computed from it
/// (a pure function, so that the window and the reports draw the same chart).
class MetricTrend final
{
public:
    /// The value range includes every point and the target, padded to round ticks (about five), with
    /// the target inside the frame rather than on it; a
    /// series with one value or none gets a range around it. The time range runs from the first to the
    /// last measurement (a fortnight either side of a single one).
    static TrendScale scale(const MetricSeries &series);

    /// The metric `metric` with its measurements, by date. Errors: Database; NotFound for no metric.
    [[nodiscard]] static Result<MetricSeries> load(const Database &db, RecordId metric);
};

} // namespace isms
