// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/AssessmentRules.h"

#include "domain/Entities.h"
#include "services/RiskMethodService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

/// The interval of the project's method; the default one when the stored method cannot be read
/// (`check` names that on its own).
int intervalMonths(const Database &db)
{
    const auto method = RiskMethodService::load(db);
    return method ? method->reviewMonths : RiskMethod::defaults().reviewMonths;
}

struct LatestRun
{
    QString ref;
    QDate date;
};

Result<std::optional<LatestRun>> latestRun(const Database &db)
{
    const auto runs = RecordRepository(db, assessmentRunSpec()).all();
    if (!runs) {
        return runs.error();
    }
    const int dateIndex = assessmentRunSpec().indexOf(u"run_date");
    std::optional<LatestRun> latest;
    for (const Record &run : *runs) {
        const QDate date = run.values.at(dateIndex).toDate();
        if (!latest || date >= latest->date) {
            latest = LatestRun{EntitySpec::refOf(run), date};
        }
    }
    return latest;
}

} // namespace

Result<std::optional<QDate>> AssessmentRules::nextRunDue(const Database &db)
{
    const auto exists = RecordRepository(db, assessmentRunSpec()).tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return std::optional<QDate>();
    }
    const auto latest = latestRun(db);
    if (!latest) {
        return latest.error();
    }
    if (!*latest) {
        return std::optional<QDate>();
    }
    return std::optional<QDate>((*latest)->date.addMonths(intervalMonths(db)));
}

Result<std::optional<QList<AssessmentFinding>>> AssessmentRules::findings(const Database &db,
                                                                          const QDate &today)
{
    using Outcome = std::optional<QList<AssessmentFinding>>;
    const auto exists = RecordRepository(db, assessmentRunSpec()).tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return Outcome();
    }
    const auto latest = latestRun(db);
    if (!latest) {
        return latest.error();
    }
    QList<AssessmentFinding> found;
    const QString runs = assessmentRunSpec().key;
    if (!*latest) {
        found.append({u"R-ASSESSMENT-NONE"_s,
                      runs,
                      QString(),
                      QCoreApplication::translate("isms::AssessmentRules",
                                                  "No risk assessment run is recorded (8.2); assess the "
                                                  "risks and record the run, dated, with what it covered.")});
        return Outcome(found);
    }
    const int months = intervalMonths(db);
    const QDate due = (*latest)->date.addMonths(months);
    if (due < today) {
        found.append({u"R-ASSESSMENT-OVERDUE"_s,
                      runs,
                      (*latest)->ref,
                      QCoreApplication::translate("isms::AssessmentRules",
                                                  "The latest risk assessment run %1 of %2 is older than "
                                                  "the %3 months the risk method sets; it was due again on "
                                                  "%4. Assess the risks and record a new run.")
                          .arg((*latest)->ref,
                               (*latest)->date.toString(Qt::ISODate),
                               QString::number(months),
                               due.toString(Qt::ISODate))});
    }

    const EntitySpec &spec = plannedChangeSpec();
    const RecordRepository changes(db, spec);
    const auto all = changes.all();
    if (!all) {
        return all.error();
    }
    QList<Record> sorted = *all;
    std::sort(sorted.begin(), sorted.end(), [&spec](const Record &a, const Record &b) {
        return spec.refNumber(EntitySpec::refOf(a)).value_or(0)
               < spec.refNumber(EntitySpec::refOf(b)).value_or(0);
    });
    const auto valueOf = [&spec](const Record &record, QStringView key) {
        return record.values.at(spec.indexOf(key));
    };
    for (const Record &change : std::as_const(sorted)) {
        if (valueOf(change, u"triggers_reassessment").toString() != u"yes") {
            continue;
        }
        QDate implemented = valueOf(change, u"implemented_date").toDate();
        if (!implemented.isValid() && valueOf(change, u"status").toString() == u"done") {
            implemented = valueOf(change, u"planned_date").toDate();
        }
        if (!implemented.isValid() || implemented <= (*latest)->date) {
            continue;
        }
        const QString ref = EntitySpec::refOf(change);
        found.append({u"R-REASSESSMENT-DUE"_s,
                      spec.key,
                      ref,
                      QCoreApplication::translate("isms::AssessmentRules",
                                                  "%1 %2: a significant change implemented on %3, after the "
                                                  "latest risk assessment run %4 of %5; assess the risks it "
                                                  "affects and record a new run.")
                          .arg(ref,
                               valueOf(change, u"title").toString(),
                               implemented.toString(Qt::ISODate),
                               (*latest)->ref,
                               (*latest)->date.toString(Qt::ISODate))});
    }
    return Outcome(found);
}

} // namespace isms
