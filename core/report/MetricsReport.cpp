// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/MetricsReport.h"

#include "domain/Entities.h"
#include "report/DocumentControl.h"
#include "report/RiskReport.h"
#include "report/TrendChart.h"
#include "services/MetricTrend.h"
#include "services/RecordLinks.h"
#include "storage/RecordRepository.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

QString textOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    const FieldSpec *field = spec.field(key);
    const QVariant value = record.values.at(spec.indexOf(key));
    if (field->type == FieldType::Enum) {
        return field->enumSpec->labelOf(value.toString());
    }
    if (field->type == FieldType::Date) {
        return value.toDate().toString(Qt::ISODate);
    }
    if (field->type == FieldType::Integer) {
        return value.isValid() ? QString::number(value.toLongLong()) : QString();
    }
    return value.toString();
}

QList<ReportTableCell> cells(const QStringList &texts)
{
    QList<ReportTableCell> row;
    for (const QString &text : texts) {
        row.append(ReportTableCell{text, QColor(), false, QColor()});
    }
    return row;
}

ReportTableColumn column(const QString &title, qreal width, Qt::Alignment alignment = Qt::AlignLeft)
{
    return ReportTableColumn{title, width, alignment};
}

/// The children of `spec` by the metric they belong to, in the order the repository reads them.
Result<QHash<qint64, QList<Record>>> byMetric(const Database &db, const EntitySpec &spec)
{
    const auto records = RecordRepository(db, spec).all();
    if (!records) {
        return records.error();
    }
    QHash<qint64, QList<Record>> grouped;
    for (const Record &record : *records) {
        grouped[record.values.at(spec.indexOf(u"metric")).toLongLong()].append(record);
    }
    return grouped;
}

QString linkText(const QList<LinkValues> &links, const QString &key, RecordId id)
{
    for (const LinkValues &link : links) {
        if (link.key == key) {
            return link.values.value(id).join(u", "_s);
        }
    }
    return {};
}

ReportTable measurementTable(const QList<Record> &rows, const QString &unit)
{
    const EntitySpec &spec = measurementSpec();
    ReportTable table{.columns = {column(MetricsReport::tr("Measured on"), 1.2),
                                  column(unit.isEmpty() ? MetricsReport::tr("Value")
                                                        : MetricsReport::tr("Value (%1)").arg(unit),
                                         1.0,
                                         Qt::AlignRight),
                                  column(MetricsReport::tr("Measured by"), 1.6),
                                  column(MetricsReport::tr("Note"), 3.2)},
                      .rows = {},
                      .compact = true};
    for (const Record &row : rows) {
        table.rows.append(cells({textOf(spec, row, u"measured_on"),
                                 textOf(spec, row, u"value"),
                                 textOf(spec, row, u"measured_by"),
                                 textOf(spec, row, u"note")}));
    }
    return table;
}

ReportTable evaluationTable(const QList<Record> &rows)
{
    const EntitySpec &spec = metricEvaluationSpec();
    ReportTable table{.columns = {column(MetricsReport::tr("Period"), 2.0),
                                  column(MetricsReport::tr("Evaluated"), 1.5),
                                  column(MetricsReport::tr("Target met"), 0.9),
                                  column(MetricsReport::tr("Conclusion"), 2.5),
                                  column(MetricsReport::tr("Action taken"), 1.8)},
                      .rows = {},
                      .compact = true};
    for (const Record &row : rows) {
        //: A period on the metrics report: "2026-01-01 to 2026-03-31"
        const QString period = MetricsReport::tr("%1 to %2")
                                   .arg(textOf(spec, row, u"period_start"), textOf(spec, row, u"period_end"));
        const QString by = textOf(spec, row, u"evaluated_by");
        const QString on = textOf(spec, row, u"evaluated_on");
        table.rows.append(cells({period,
                                 by.isEmpty() ? on : MetricsReport::tr("%1 by %2").arg(on, by),
                                 textOf(spec, row, u"target_met"),
                                 textOf(spec, row, u"conclusion"),
                                 textOf(spec, row, u"action_taken")}));
    }
    return table;
}

} // namespace

QString MetricsReport::documentId()
{
    return u"ISMS-RPT-MET"_s;
}

Result<ReportDocument> MetricsReport::build(Database &db, const ReportOptions &options)
{
    Result<ReportDocument> cover = RiskReport::coverFor(db, options);
    if (!cover) {
        return cover.error();
    }
    ReportDocument doc = std::move(cover).value();
    doc.title = tr("Performance evaluation");
    doc.subtitle = tr("Metrics with their measurements, trends and evaluations; the improvement log");
    doc.documentId = documentId();
    if (auto controlled = DocumentControl::apply(db, u"metrics"_s, doc); !controlled) {
        return controlled.error();
    }
    const EntitySpec &spec = metricSpec();
    const auto metrics = RecordRepository(db, spec).all();
    if (!metrics) {
        return metrics.error();
    }
    const auto links = RecordLinks::read(db, spec);
    const auto measurements = byMetric(db, measurementSpec());
    const auto evaluations = byMetric(db, metricEvaluationSpec());
    if (!links) {
        return links.error();
    }
    if (!measurements) {
        return measurements.error();
    }
    if (!evaluations) {
        return evaluations.error();
    }

    doc.blocks.append(ReportHeading{1, tr("Summary")});
    if (metrics->isEmpty()) {
        doc.blocks.append(ReportParagraph{tr("No metric is recorded yet.")});
    } else {
        ReportTable summary{.columns = {column(tr("Metric"), 3.0),
                                        column(tr("Measured"), 1.2),
                                        column(tr("Target"), 1.4),
                                        column(tr("Latest"), 1.6),
                                        column(tr("Last evaluation"), 1.6)},
                            .rows = {},
                            .compact = true};
        for (const Record &metric : *metrics) {
            const auto series = MetricTrend::load(db, metric.id);
            if (!series) {
                return series.error();
            }
            QString latest;
            QColor tint;
            if (!series->points.isEmpty()) {
                const TrendPoint &point = series->points.constLast();
                //: The latest measurement of a metric: "4.5 on 2026-10-31"
                latest = tr("%1 on %2").arg(TrendChart::pointText(point), point.date.toString(Qt::ISODate));
                if (series->target) {
                    tint = series->meets(point.value) ? QColor(0xE8F5E9) : QColor(0xFFEBEE);
                }
            }
            QString lastEvaluation;
            for (const Record &evaluation : evaluations->value(metric.id.value)) {
                const QString on = textOf(metricEvaluationSpec(), evaluation, u"evaluated_on");
                lastEvaluation = std::max(lastEvaluation, on);
            }
            summary.rows.append(cells({EntitySpec::refOf(metric) + u' ' + textOf(spec, metric, u"name"),
                                       textOf(spec, metric, u"frequency"),
                                       TrendChart::goalText(*series),
                                       latest,
                                       lastEvaluation}));
            summary.rows.last()[3].background = tint;
        }
        doc.blocks.append(summary);
    }

    for (const Record &metric : *metrics) {
        const auto series = MetricTrend::load(db, metric.id);
        if (!series) {
            return series.error();
        }
        doc.blocks.append(ReportPageBreak{});
        doc.blocks.append(ReportHeading{1, EntitySpec::refOf(metric) + u' ' + textOf(spec, metric, u"name")});
        QList<std::pair<QString, QString>> facts;
        for (const QStringView key : {u"measured",
                                      u"method",
                                      u"frequency",
                                      u"interval_days",
                                      u"measured_by",
                                      u"analysis_frequency",
                                      u"analysed_by",
                                      u"evaluated_by",
                                      u"status"}) {
            const QString value = textOf(spec, metric, key);
            if (!value.isEmpty()) {
                facts.append({spec.field(key)->labelText(), value});
            }
        }
        facts.append({tr("Target"), series->target ? TrendChart::goalText(*series) : tr("none set")});
        for (const LinkColumn &link : spec.links) {
            QString value = linkText(*links, link.key, metric.id);
            if (link.otherField == u"control" && !value.isEmpty()) {
                value = controlSpec().shownRefPrefix
                        + value.replace(u", "_s, u", "_s + controlSpec().shownRefPrefix);
            }
            facts.append({link.labelText(), value.isEmpty() ? tr("none") : value});
        }
        doc.blocks.append(ReportKeyValueList{facts});
        doc.blocks.append(ReportTrendChart{*series, 65.0});
        doc.blocks.append(ReportHeading{2, tr("Measurements")});
        const QList<Record> measured = measurements->value(metric.id.value);
        if (measured.isEmpty()) {
            doc.blocks.append(ReportParagraph{tr("No measurement is recorded yet.")});
        } else {
            QList<Record> byDate = measured;
            const int date = measurementSpec().indexOf(u"measured_on");
            std::stable_sort(byDate.begin(), byDate.end(), [date](const Record &a, const Record &b) {
                return a.values.at(date).toDate() < b.values.at(date).toDate();
            });
            doc.blocks.append(measurementTable(byDate, textOf(spec, metric, u"unit")));
        }
        doc.blocks.append(ReportHeading{2, tr("Evaluations")});
        const QList<Record> evaluated = evaluations->value(metric.id.value);
        if (evaluated.isEmpty()) {
            doc.blocks.append(ReportParagraph{tr("No period has been evaluated yet.")});
        } else {
            doc.blocks.append(evaluationTable(evaluated));
        }
    }

    const EntitySpec &improvements = improvementSpec();
    const auto items = RecordRepository(db, improvements).all();
    if (!items) {
        return items.error();
    }
    doc.blocks.append(ReportPageBreak{});
    doc.blocks.append(ReportHeading{1, tr("Improvement log")});
    if (items->isEmpty()) {
        doc.blocks.append(ReportParagraph{tr("No improvement is recorded yet.")});
    } else {
        ReportTable log{.columns = {column(tr("Improvement"), 2.6),
                                    column(improvements.field(u"raised_on")->labelText(), 1.1),
                                    column(improvements.field(u"source")->labelText(), 1.2),
                                    column(improvements.field(u"owner")->labelText(), 1.3),
                                    column(improvements.field(u"due_date")->labelText(), 1.1),
                                    column(improvements.field(u"status")->labelText(), 1.1),
                                    column(improvements.field(u"result")->labelText(), 2.2)},
                        .rows = {},
                        .compact = true};
        for (const Record &item : *items) {
            log.rows.append(cells({EntitySpec::refOf(item) + u' ' + textOf(improvements, item, u"title"),
                                   textOf(improvements, item, u"raised_on"),
                                   textOf(improvements, item, u"source"),
                                   textOf(improvements, item, u"owner"),
                                   textOf(improvements, item, u"due_date"),
                                   textOf(improvements, item, u"status"),
                                   textOf(improvements, item, u"result")}));
        }
        doc.blocks.append(log);
    }
    return doc;
}

} // namespace isms
