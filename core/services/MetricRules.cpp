// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/MetricRules.h"

#include "domain/Entities.h"
#include "storage/RecordRepository.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace isms {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

QString text(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key)).toString().trimmed();
}

QDate dateOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key)).toDate();
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/// Stores the plain form of the decimal field `key` when it reads as a number; anything else is left
/// as typed for the validation hook to refuse in a sentence.
void normaliseDecimal(const EntitySpec &spec, Record &record, QStringView key)
{
    const int index = spec.indexOf(key);
    const QString typed = record.values.at(index).toString();
    if (typed.trimmed().isEmpty()) {
        return;
    }
    if (const auto plain = MetricRules::normalDecimal(typed)) {
        record.values[index] = *plain;
    }
}

Result<void> checkDecimal(const EntitySpec &spec, const Record &record, QStringView key)
{
    const QString value = text(spec, record, key);
    if (value.isEmpty() || MetricRules::normalDecimal(value) == value) {
        return {};
    }
    return invalid(MetricRules::decimalProblem(spec.field(key)->labelText(), value));
}

/// The measurements and evaluations of each metric, by the metric's row id.
struct MetricChildren
{
    QHash<qint64, QList<QDate>> measured;
    QHash<qint64, QList<std::pair<QDate, QDate>>> evaluated;
};

void metricFindings(const QList<Record> &metrics,
                    const MetricChildren &children,
                    const QDate &today,
                    QList<MetricFinding> &found)
{
    const EntitySpec &spec = metricSpec();
    for (const Record &metric : metrics) {
        if (text(spec, metric, u"status") != u"active") {
            continue;
        }
        const QString ref = EntitySpec::refOf(metric);
        const QString name = text(spec, metric, u"name");
        if (text(spec, metric, u"target").isEmpty()) {
            found.append({QStringLiteral("R-METRIC-NO-TARGET"),
                          spec.key,
                          ref,
                          MetricRules::tr("%1 %2: it has no target value; say which value counts as met and "
                                          "whether it is a minimum or a maximum.")
                              .arg(ref, name)});
        }
        const int period =
            MetricRules::periodDays(text(spec, metric, u"frequency"),
                                    metric.values.at(spec.indexOf(u"interval_days")).toLongLong());
        const QList<QDate> dates = children.measured.value(metric.id.value);
        if (dates.isEmpty()) {
            found.append({QStringLiteral("R-METRIC-OVERDUE"),
                          spec.key,
                          ref,
                          MetricRules::tr("%1 %2: it has never been measured; record its first measurement.")
                              .arg(ref, name)});
        } else if (const QDate latest = *std::max_element(dates.cbegin(), dates.cend());
                   latest.addDays(period) < today) {
            found.append({QStringLiteral("R-METRIC-OVERDUE"),
                          spec.key,
                          ref,
                          MetricRules::tr("%1 %2: it was last measured on %3 and was due again on %4; record "
                                          "a measurement.")
                              .arg(ref, name, iso(latest), iso(latest.addDays(period)))});
        }
        const int analysis = MetricRules::periodDays(text(spec, metric, u"analysis_frequency"), 0);
        const QList<std::pair<QDate, QDate>> periods = children.evaluated.value(metric.id.value);
        QDate oldestOpen;
        for (const QDate &date : dates) {
            const bool covered = std::any_of(periods.cbegin(), periods.cend(), [&date](const auto &span) {
                return span.first <= date && date <= span.second;
            });
            if (!covered && (!oldestOpen.isValid() || date < oldestOpen)) {
                oldestOpen = date;
            }
        }
        if (oldestOpen.isValid() && oldestOpen.addDays(analysis) < today) {
            found.append(
                {QStringLiteral("R-METRIC-NOT-EVALUATED"),
                 spec.key,
                 ref,
                 MetricRules::tr("%1 %2: its measurements since %3 have not been evaluated; close the "
                                 "period with a dated conclusion.")
                     .arg(ref, name, iso(oldestOpen))});
        }
    }
}

void objectiveFindings(const QList<Record> &objectives,
                       const QList<Record> &links,
                       const QList<Record> &metrics,
                       QList<MetricFinding> &found)
{
    const EntitySpec &spec = objectiveSpec();
    const EntitySpec &linkSpec = metricObjectiveSpec();
    QHash<qint64, bool> activeMetric;
    for (const Record &metric : metrics) {
        activeMetric.insert(metric.id.value, text(metricSpec(), metric, u"status") != u"retired");
    }
    QHash<qint64, bool> served;
    for (const Record &link : links) {
        const qint64 metric = link.values.at(linkSpec.indexOf(u"metric")).toLongLong();
        if (activeMetric.value(metric)) {
            served.insert(link.values.at(linkSpec.indexOf(u"objective")).toLongLong(), true);
        }
    }
    for (const Record &objective : objectives) {
        // A withdrawn objective needs nothing; one without a measurable target is reported by the
        // planning rules (R-OBJECTIVE-NO-MEASURE) and is not reported twice.
        if (text(spec, objective, u"status") == u"withdrawn" || text(spec, objective, u"target").isEmpty()
            || served.value(objective.id.value)) {
            continue;
        }
        const QString ref = EntitySpec::refOf(objective);
        found.append({QStringLiteral("R-OBJECTIVE-NO-METRIC"),
                      spec.key,
                      ref,
                      MetricRules::tr("%1 %2: no metric measures it; link a metric that shows whether its "
                                      "target is reached.")
                          .arg(ref, text(spec, objective, u"objective"))});
    }
}

void improvementFindings(const QList<Record> &improvements, const QDate &today, QList<MetricFinding> &found)
{
    const EntitySpec &spec = improvementSpec();
    for (const Record &item : improvements) {
        const QString status = text(spec, item, u"status");
        const QDate due = dateOf(spec, item, u"due_date");
        if (status == u"done" || status == u"rejected" || !due.isValid() || due >= today) {
            continue;
        }
        const QString ref = EntitySpec::refOf(item);
        found.append({QStringLiteral("R-IMPROVEMENT-OVERDUE"),
                      spec.key,
                      ref,
                      MetricRules::tr("%1 %2: it was due on %3 and is not done; finish it, reject it or set "
                                      "a new due date.")
                          .arg(ref, text(spec, item, u"title"), iso(due))});
    }
}

} // namespace

std::optional<QString> MetricRules::normalDecimal(const QString &typed)
{
    QString plain = typed.trimmed();
    if (plain.count(u',') == 1 && !plain.contains(u'.')) {
        plain.replace(u',', u'.');
    }
    if (plain.startsWith(u'+')) {
        plain.remove(0, 1);
    }
    static const QRegularExpression shape(
        QStringLiteral("^(-?)([0-9]{1,%1})(?:\\.([0-9]{1,%2}))?$").arg(MaxIntegerDigits).arg(MaxDecimals));
    const QRegularExpressionMatch match = shape.match(plain);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    QString whole = match.captured(2);
    while (whole.size() > 1 && whole.startsWith(u'0')) {
        whole.remove(0, 1);
    }
    QString fraction = match.captured(3);
    while (fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    QString result = whole;
    if (!fraction.isEmpty()) {
        result += u'.' + fraction;
    }
    if (!match.captured(1).isEmpty() && result != u"0") {
        result.prepend(u'-');
    }
    return result;
}

std::optional<double> MetricRules::decimalValue(const QString &stored)
{
    if (stored.isEmpty() || normalDecimal(stored) != stored) {
        return std::nullopt;
    }
    bool ok = false;
    const double value = stored.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString MetricRules::decimalProblem(const QString &fieldLabel, const QString &typed)
{
    return tr("\"%1\" is not a number for \"%2\"; write digits with at most %3 before and %4 after the "
              "decimal point, such as 12.5 or -3.")
        .arg(typed.left(40), fieldLabel)
        .arg(MaxIntegerDigits)
        .arg(MaxDecimals);
}

int MetricRules::periodDays(const QString &frequency, qint64 intervalDays)
{
    if (frequency == u"monthly") {
        return 31;
    }
    if (frequency == u"quarterly") {
        return 92;
    }
    if (frequency == u"half-yearly") {
        return 183;
    }
    if (frequency == u"custom" && intervalDays > 0) {
        return static_cast<int>(intervalDays);
    }
    return 366;
}

void MetricRules::deriveMetric(const EntitySpec &spec, Record &record, const RecordContext &)
{
    normaliseDecimal(spec, record, u"target");
}

void MetricRules::deriveMeasurement(const EntitySpec &spec, Record &record, const RecordContext &)
{
    normaliseDecimal(spec, record, u"value");
}

Result<void> MetricRules::validateMetric(const EntitySpec &spec, const Record &record, const RecordContext &)
{
    const bool custom = text(spec, record, u"frequency") == u"custom";
    const QVariant interval = record.values.at(spec.indexOf(u"interval_days"));
    if (custom && !interval.isValid()) {
        return invalid(tr("A metric measured at a custom frequency gives its interval; fill in \"Every how "
                          "many days\"."));
    }
    if (!custom && interval.isValid()) {
        return invalid(tr("\"Every how many days\" is only for a custom frequency; clear it or choose "
                          "\"Custom\" as the frequency."));
    }
    return checkDecimal(spec, record, u"target");
}

Result<void> MetricRules::validateMeasurement(const EntitySpec &spec,
                                              const Record &record,
                                              const RecordContext &)
{
    if (auto number = checkDecimal(spec, record, u"value"); !number) {
        return number;
    }
    const QDate measured = dateOf(spec, record, u"measured_on");
    if (measured.isValid() && measured > QDate::currentDate()) {
        return invalid(tr("The measurement is dated %1, which lies in the future; record it on the day it "
                          "was taken.")
                           .arg(iso(measured)));
    }
    return {};
}

Result<void> MetricRules::validateEvaluation(const EntitySpec &spec,
                                             const Record &record,
                                             const RecordContext &)
{
    const QDate start = dateOf(spec, record, u"period_start");
    const QDate end = dateOf(spec, record, u"period_end");
    const QDate evaluated = dateOf(spec, record, u"evaluated_on");
    if (start.isValid() && end.isValid() && end < start) {
        return invalid(tr("The period ends on %1, before it starts on %2; correct one of the dates.")
                           .arg(iso(end), iso(start)));
    }
    if (evaluated.isValid() && start.isValid() && evaluated < start) {
        return invalid(tr("The period was evaluated on %1, before it started on %2; correct one of the "
                          "dates.")
                           .arg(iso(evaluated), iso(start)));
    }
    if (evaluated.isValid() && evaluated > QDate::currentDate()) {
        return invalid(tr("The evaluation is dated %1, which lies in the future; give the day on which the "
                          "conclusion was reached.")
                           .arg(iso(evaluated)));
    }
    return {};
}

Result<void> MetricRules::validateImprovement(const EntitySpec &spec,
                                              const Record &record,
                                              const RecordContext &)
{
    const QDate raised = dateOf(spec, record, u"raised_on");
    const QDate due = dateOf(spec, record, u"due_date");
    if (raised.isValid() && due.isValid() && due < raised) {
        return invalid(tr("The due date %1 lies before the date %2 on which the improvement was raised; "
                          "correct one of them.")
                           .arg(iso(due), iso(raised)));
    }
    if (raised.isValid() && raised > QDate::currentDate()) {
        return invalid(tr("The improvement is raised on %1, which lies in the future; give the day it was "
                          "raised.")
                           .arg(iso(raised)));
    }
    if (text(spec, record, u"status") == u"done" && text(spec, record, u"result").isEmpty()) {
        return invalid(tr("A done improvement states what it achieved; fill in \"Result\"."));
    }
    return {};
}

Result<QList<MetricFinding>> MetricRules::findings(const Database &db, const QDate &today)
{
    QList<MetricFinding> found;
    const RecordRepository metricRepository(db, metricSpec());
    const auto exists = metricRepository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return found;
    }
    const auto metrics = metricRepository.all();
    const auto measurements = RecordRepository(db, measurementSpec()).all();
    const auto evaluations = RecordRepository(db, metricEvaluationSpec()).all();
    const auto objectives = RecordRepository(db, objectiveSpec()).all();
    const auto links = RecordRepository(db, metricObjectiveSpec()).all();
    const auto improvements = RecordRepository(db, improvementSpec()).all();
    for (const auto *read : {&metrics, &measurements, &evaluations, &objectives, &links, &improvements}) {
        if (!*read) {
            return read->error();
        }
    }
    MetricChildren children;
    const EntitySpec &measurement = measurementSpec();
    for (const Record &record : *measurements) {
        children.measured[record.values.at(measurement.indexOf(u"metric")).toLongLong()].append(
            dateOf(measurement, record, u"measured_on"));
    }
    const EntitySpec &evaluation = metricEvaluationSpec();
    for (const Record &record : *evaluations) {
        children.evaluated[record.values.at(evaluation.indexOf(u"metric")).toLongLong()].append(
            {dateOf(evaluation, record, u"period_start"), dateOf(evaluation, record, u"period_end")});
    }
    metricFindings(*metrics, children, today, found);
    if (!metrics->isEmpty()) {
        objectiveFindings(*objectives, *links, *metrics, found);
    }
    improvementFindings(*improvements, today, found);
    return found;
}

} // namespace isms
