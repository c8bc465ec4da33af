// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/MetricTrend.h"

#include "domain/Entities.h"
#include "services/MetricRules.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace isms {

namespace {

/// A round step (1, 2, 2.5 or 5 times a power of ten) that cuts `span` into about `parts` pieces.
double roundStep(double span, int parts)
{
    const double raw = span / parts;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * power >= raw) {
            return factor * power;
        }
    }
    return 10.0 * power;
}

} // namespace

bool MetricSeries::meets(double value) const
{
    if (!target) {
        return true;
    }
    return atMost ? value <= *target : value >= *target;
}

double TrendScale::xOf(const QDate &date) const
{
    const qint64 span = from.daysTo(to);
    return span > 0 ? static_cast<double>(from.daysTo(date)) / static_cast<double>(span) : 0.5;
}

double TrendScale::yOf(double value) const
{
    return high > low ? (value - low) / (high - low) : 0.5;
}

int TrendScale::decimals() const
{
    int places = 0;
    double scaled = step;
    while (places < MetricRules::MaxDecimals
           && std::abs(scaled - std::round(scaled)) > 1e-9 * std::max(1.0, scaled)) {
        scaled *= 10;
        ++places;
    }
    return places;
}

TrendScale MetricTrend::scale(const MetricSeries &series)
{
    TrendScale scale;
    QList<double> values;
    for (const TrendPoint &point : series.points) {
        values.append(point.value);
    }
    if (series.target) {
        values.append(*series.target);
    }
    double low = values.isEmpty() ? 0 : *std::min_element(values.cbegin(), values.cend());
    double high = values.isEmpty() ? 1 : *std::max_element(values.cbegin(), values.cend());
    if (high - low < 1e-9) {
        // One value: a range around it, wide enough for round ticks, with zero kept when it is near.
        const double around = std::abs(low) > 1e-9 ? std::abs(low) * 0.2 : 1.0;
        low -= around;
        high += around;
    }
    scale.step = roundStep(high - low, 4);
    scale.low = std::floor(low / scale.step) * scale.step;
    scale.high = std::ceil(high / scale.step) * scale.step;
    if (scale.high - scale.low < scale.step) {
        scale.high = scale.low + scale.step;
    }
    // The target line never lies on the frame, where it would hide behind the axis.
    if (series.target && *series.target <= scale.low + scale.step * 1e-9) {
        scale.low -= scale.step;
    }
    if (series.target && *series.target >= scale.high - scale.step * 1e-9) {
        scale.high += scale.step;
    }
    for (double tick = scale.low; tick <= scale.high + scale.step * 1e-6; tick += scale.step) {
        scale.valueTicks.append(std::abs(tick) < scale.step * 1e-9 ? 0.0 : tick);
    }

    if (series.points.isEmpty()) {
        scale.to = QDate::currentDate();
        scale.from = scale.to.addMonths(-12);
    } else {
        scale.from = series.points.constFirst().date;
        scale.to = series.points.constLast().date;
        if (scale.from.daysTo(scale.to) < 28) {
            scale.from = scale.from.addDays(-14);
            scale.to = scale.to.addDays(14);
        }
    }
    QList<QDate> months;
    for (QDate month(scale.from.year(), scale.from.month(), 1); month <= scale.to;
         month = month.addMonths(1)) {
        if (month >= scale.from) {
            months.append(month);
        }
    }
    const qsizetype every = (months.size() + TrendScale::MaxDateTicks - 1) / TrendScale::MaxDateTicks;
    for (qsizetype i = 0; i < months.size(); i += std::max<qsizetype>(every, 1)) {
        scale.dateTicks.append(months.at(i));
    }
    return scale;
}

Result<MetricSeries> MetricTrend::load(const Database &db, RecordId metric)
{
    const EntitySpec &spec = metricSpec();
    const auto found = RecordRepository(db, spec).find(metric);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("isms::MetricTrend", "The metric no longer exists."),
                     {}};
    }
    const Record &record = **found;
    MetricSeries series;
    series.ref = EntitySpec::refOf(record);
    series.name = record.values.at(spec.indexOf(u"name")).toString();
    series.unit = record.values.at(spec.indexOf(u"unit")).toString();
    series.target = MetricRules::decimalValue(record.values.at(spec.indexOf(u"target")).toString());
    series.atMost = record.values.at(spec.indexOf(u"direction")).toString() == u"at-most";

    const EntitySpec &measurements = measurementSpec();
    const auto children = RecordRepository(db, measurements).referencing(QStringLiteral("metric"), {metric});
    if (!children) {
        return children.error();
    }
    for (const Record &child : *children) {
        const QString text = child.values.at(measurements.indexOf(u"value")).toString();
        const auto value = MetricRules::decimalValue(text);
        const QDate date = child.values.at(measurements.indexOf(u"measured_on")).toDate();
        if (value && date.isValid()) {
            series.points.append({date, *value, text, EntitySpec::refOf(child)});
        }
    }
    std::stable_sort(series.points.begin(),
                     series.points.end(),
                     [](const TrendPoint &a, const TrendPoint &b) { return a.date < b.date; });
    return series;
}

} // namespace isms
