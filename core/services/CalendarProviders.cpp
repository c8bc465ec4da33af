// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/CalendarProviders.h"

#include "domain/Entities.h"
#include "services/AssessmentRules.h"
#include "services/MetricRules.h"
#include "services/RiskRegister.h"
#include "storage/RecordRepository.h"

using namespace Qt::StringLiterals;

namespace isms {

namespace {

using Duties = Result<QList<CalendarDuty>>;

QVariant valueOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key));
}

QString textOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    return valueOf(spec, record, key).toString().trimmed();
}

/// The records of `spec`, or none when the file predates the register.
Result<QList<Record>> recordsOf(const Database &db, const EntitySpec &spec)
{
    const RecordRepository repository(db, spec);
    const auto exists = repository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return QList<Record>();
    }
    return repository.all();
}

CalendarDuty dutyOf(const EntitySpec &spec,
                    const Record &record,
                    const QString &duty,
                    const QString &title,
                    const QDate &due)
{
    const QString ref = spec.shownRef(EntitySpec::refOf(record));
    return CalendarDuty{.id = IsmsCalendar::dutyId(spec.key, ref, duty),
                        .kind = spec.key,
                        .ref = ref,
                        .duty = duty,
                        .title = title,
                        .due = due,
                        .overdue = false,
                        .entity = spec.entity,
                        .entityId = spec.logId(record)};
}

/// Duties from one date field of a register, for the records `keep` accepts.
Duties datedDuties(const Database &db,
                   const EntitySpec &spec,
                   QStringView dateKey,
                   const QString &duty,
                   const std::function<bool(const Record &)> &keep,
                   const std::function<QString(const QString &ref, const QString &name)> &title,
                   QStringView nameKey)
{
    const auto records = recordsOf(db, spec);
    if (!records) {
        return records.error();
    }
    QList<CalendarDuty> duties;
    for (const Record &record : *records) {
        const QDate due = valueOf(spec, record, dateKey).toDate();
        if (!due.isValid() || !keep(record)) {
            continue;
        }
        duties.append(dutyOf(spec,
                             record,
                             duty,
                             title(spec.shownRef(EntitySpec::refOf(record)), textOf(spec, record, nameKey)),
                             due));
    }
    return duties;
}

} // namespace

CalendarProvider CalendarProviders::assessmentRun()
{
    return {u"assessment-run"_s, [](const Database &db, const QDate &) -> Duties {
                const auto due = AssessmentRules::nextRunDue(db);
                if (!due) {
                    return due.error();
                }
                if (!*due) {
                    return QList<CalendarDuty>();
                }
                const EntitySpec &spec = assessmentRunSpec();
                // One duty whatever the latest run is, so that a calendar moves it when a run is recorded.
                return QList<CalendarDuty>{
                    CalendarDuty{.id = IsmsCalendar::dutyId(spec.key, u"next"_s, u"next-run"_s),
                                 .kind = spec.key,
                                 .ref = QString(),
                                 .duty = u"next-run"_s,
                                 .title = IsmsCalendar::tr("Assess the information security risks again and "
                                                           "record the run"),
                                 .due = **due,
                                 .overdue = false,
                                 .entity = spec.entity,
                                 .entityId = QString()}};
            }};
}

CalendarProvider CalendarProviders::riskReviews()
{
    return {u"risk-reviews"_s, [](const Database &db, const QDate &) {
                const EntitySpec &spec = riskSpec();
                return datedDuties(
                    db,
                    spec,
                    u"next_review",
                    u"review"_s,
                    [&spec](const Record &risk) { return textOf(spec, risk, u"status") != u"closed"; },
                    [](const QString &ref, const QString &name) {
                        return IsmsCalendar::tr("Review risk %1 %2").arg(ref, name);
                    },
                    u"title");
            }};
}

CalendarProvider CalendarProviders::treatmentTasks()
{
    return {u"treatment-tasks"_s, [](const Database &db, const QDate &today) -> Duties {
                const auto exists = RecordRepository(db, treatmentTaskSpec()).tableExists();
                if (!exists) {
                    return exists.error();
                }
                if (!*exists) {
                    return QList<CalendarDuty>();
                }
                const auto plan = RiskRegister::treatmentPlan(db, today);
                if (!plan) {
                    return plan.error();
                }
                const EntitySpec &tasks = treatmentTaskSpec();
                QList<CalendarDuty> duties;
                for (const TreatmentPlanRow &task : *plan) {
                    if (!task.due.isValid() || task.status == u"done" || task.status == u"cancelled") {
                        continue;
                    }
                    duties.append(
                        CalendarDuty{.id = IsmsCalendar::dutyId(tasks.key, task.ref, u"due"_s),
                                     .kind = tasks.key,
                                     .ref = task.ref,
                                     .duty = u"due"_s,
                                     .title = IsmsCalendar::tr("Complete treatment task %1 %2 (risk %3)")
                                                  .arg(task.ref, task.title, task.riskRef),
                                     .due = task.due,
                                     .overdue = false,
                                     .entity = riskSpec().entity,
                                     .entityId = QString::number(task.risk.value)});
                }
                return duties;
            }};
}

CalendarProvider CalendarProviders::ismsRiskActions()
{
    return {u"isms-risk-actions"_s, [](const Database &db, const QDate &) {
                const EntitySpec &spec = ismsRiskSpec();
                return datedDuties(
                    db,
                    spec,
                    u"due_date",
                    u"due"_s,
                    [&spec](const Record &risk) {
                        const QString status = textOf(spec, risk, u"status");
                        return status != u"done" && status != u"cancelled";
                    },
                    [](const QString &ref, const QString &name) {
                        return IsmsCalendar::tr("Complete the action on %1 %2").arg(ref, name);
                    },
                    u"title");
            }};
}

CalendarProvider CalendarProviders::objectives()
{
    return {u"objectives"_s, [](const Database &db, const QDate &) {
                const EntitySpec &spec = objectiveSpec();
                return datedDuties(
                    db,
                    spec,
                    u"due_date",
                    u"due"_s,
                    [&spec](const Record &objective) {
                        const QString status = textOf(spec, objective, u"status");
                        return status != u"achieved" && status != u"missed" && status != u"withdrawn";
                    },
                    [](const QString &ref, const QString &name) {
                        return IsmsCalendar::tr("Achieve and evaluate objective %1 %2").arg(ref, name);
                    },
                    u"objective");
            }};
}

CalendarProvider CalendarProviders::processReviews()
{
    return {u"process-reviews"_s, [](const Database &db, const QDate &today) -> Duties {
                const EntitySpec &spec = processSpec();
                const auto records = recordsOf(db, spec);
                if (!records) {
                    return records.error();
                }
                QList<CalendarDuty> duties;
                for (const Record &process : *records) {
                    if (textOf(spec, process, u"status") == u"retired") {
                        continue;
                    }
                    const QDate last = valueOf(spec, process, u"last_reviewed").toDate();
                    const QDate due =
                        last.isValid() ? last.addMonths(IsmsCalendar::ProcessReviewMonths) : today;
                    duties.append(dutyOf(spec,
                                         process,
                                         u"review"_s,
                                         IsmsCalendar::tr("Review process %1 %2")
                                             .arg(EntitySpec::refOf(process), textOf(spec, process, u"name")),
                                         due));
                }
                return duties;
            }};
}

CalendarProvider CalendarProviders::correctiveActions()
{
    return {u"corrective-actions"_s, [](const Database &db, const QDate &) {
                const EntitySpec &spec = correctiveActionSpec();
                return datedDuties(
                    db,
                    spec,
                    u"due_date",
                    u"due"_s,
                    [&spec](const Record &action) {
                        const QString status = textOf(spec, action, u"status");
                        return status == u"planned" || status == u"in-progress";
                    },
                    [](const QString &ref, const QString &name) {
                        return IsmsCalendar::tr("Complete corrective action %1 %2").arg(ref, name);
                    },
                    u"action");
            }};
}

CalendarProvider CalendarProviders::supplierReviews()
{
    return {u"supplier-reviews"_s, [](const Database &db, const QDate &) {
                const EntitySpec &spec = supplierSpec();
                return datedDuties(
                    db,
                    spec,
                    u"next_review",
                    u"review"_s,
                    [&spec](const Record &supplier) {
                        return textOf(spec, supplier, u"status") != u"offboarded";
                    },
                    [](const QString &ref, const QString &name) {
                        return IsmsCalendar::tr("Review supplier %1 %2").arg(ref, name);
                    },
                    u"name");
            }};
}

CalendarProvider CalendarProviders::documentReviews()
{
    return {u"document-reviews"_s, [](const Database &db, const QDate &) {
                const EntitySpec &spec = documentSpec();
                return datedDuties(
                    db,
                    spec,
                    u"next_review",
                    u"review"_s,
                    [&spec](const Record &document) {
                        return textOf(spec, document, u"status") != u"obsolete";
                    },
                    [](const QString &ref, const QString &name) {
                        return IsmsCalendar::tr("Review document %1 %2").arg(ref, name);
                    },
                    u"title");
            }};
}

CalendarProvider CalendarProviders::metricMeasurements()
{
    return {u"metric-measurements"_s, [](const Database &db, const QDate &today) -> Duties {
                const EntitySpec &spec = metricSpec();
                const auto metrics = recordsOf(db, spec);
                const auto measured = recordsOf(db, measurementSpec());
                if (!metrics || !measured) {
                    return !metrics ? metrics.error() : measured.error();
                }
                QHash<qint64, QDate> latest;
                for (const Record &measurement : *measured) {
                    const qint64 metric = valueOf(measurementSpec(), measurement, u"metric").toLongLong();
                    const QDate on = valueOf(measurementSpec(), measurement, u"measured_on").toDate();
                    if (on.isValid() && (!latest.contains(metric) || latest.value(metric) < on)) {
                        latest.insert(metric, on);
                    }
                }
                QList<CalendarDuty> duties;
                for (const Record &metric : *metrics) {
                    if (textOf(spec, metric, u"status") == u"retired") {
                        continue;
                    }
                    const int days =
                        MetricRules::periodDays(textOf(spec, metric, u"frequency"),
                                                valueOf(spec, metric, u"interval_days").toLongLong());
                    const QDate last = latest.value(metric.id.value);
                    const QDate due = last.isValid() ? last.addDays(days) : today;
                    duties.append(dutyOf(spec,
                                         metric,
                                         u"measure"_s,
                                         IsmsCalendar::tr("Measure metric %1 %2")
                                             .arg(EntitySpec::refOf(metric), textOf(spec, metric, u"name")),
                                         due));
                }
                return duties;
            }};
}

CalendarProvider CalendarProviders::evidenceExpiry()
{
    return {
        u"evidence-expiry"_s,
        [](const Database &db, const QDate &) -> Duties {
            const EntitySpec &spec = evidenceSpec();
            const auto records = recordsOf(db, spec);
            if (!records) {
                return records.error();
            }
            QList<CalendarDuty> duties;
            TextHash<TextHash<RecordId>> idsByKind;
            for (const Record &evidence : *records) {
                const QDate expires = valueOf(spec, evidence, u"expires").toDate();
                const EntitySpec *target = Entities::find(textOf(spec, evidence, u"kind"));
                if (!expires.isValid() || !target) {
                    continue;
                }
                CalendarDuty duty = dutyOf(spec,
                                           evidence,
                                           u"expiry"_s,
                                           IsmsCalendar::tr("Renew evidence %1 \"%2\" for %3 %4")
                                               .arg(EntitySpec::refOf(evidence),
                                                    textOf(spec, evidence, u"name"),
                                                    target->singularLabel(),
                                                    target->shownRef(textOf(spec, evidence, u"record_ref"))),
                                           expires);
                // The duty opens the record the evidence proves, where current evidence is attached.
                duty.entity = target->entity;
                if (target->isCatalogue()) {
                    duty.entityId = textOf(spec, evidence, u"record_ref");
                } else {
                    if (!idsByKind.contains(target->key)) {
                        const auto ids = RecordRepository(db, *target).idsByRef();
                        if (!ids) {
                            return ids.error();
                        }
                        idsByKind.insert(target->key, *ids);
                    }
                    const RecordId id =
                        idsByKind.value(target->key).value(textOf(spec, evidence, u"record_ref").toUpper());
                    duty.entityId = id.isValid() ? QString::number(id.value) : QString();
                }
                duties.append(duty);
            }
            return duties;
        }};
}

} // namespace isms
