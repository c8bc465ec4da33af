// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoMetrics.h"

#include "domain/Entities.h"
#include "services/RecordService.h"
#include "storage/RecordRepository.h"

using namespace Qt::StringLiterals;

namespace isms {

namespace {

using Values = QList<std::pair<QString, QVariant>>;

Record recordOf(const EntitySpec &spec, const Values &values)
{
    Record record = spec.newRecord();
    for (const auto &[key, value] : values) {
        record.values[spec.indexOf(key)] = value;
    }
    return record;
}

/// One demo metric: its fields, the objectives and controls it serves, and its monthly values, the
/// last one measured `lastMonthsAgo` months before today.
struct DemoMetric
{
    Values fields;
    QStringList objectives; ///< "OBJ-001"
    QStringList controls;   ///< "8.8"
    QStringList values;     ///< oldest first, one a month (or one a quarter when `quarterly`)
    int lastMonthsAgo = 0;
    bool quarterly = false;
    QString conclusion; ///< of the last closed quarter
    QString action{};   ///< taken after the last closed quarter when the target was missed
};

QString valueOf(const Values &values, QStringView key)
{
    for (const auto &[field, value] : values) {
        if (field == key) {
            return value.toString();
        }
    }
    return {};
}

QList<DemoMetric> metrics()
{
    const Values monthlyQuarterly{{u"frequency"_s, u"monthly"_s}, {u"analysis_frequency"_s, u"quarterly"_s}};
    auto with = [](Values base, const Values &more) {
        base.append(more);
        return base;
    };
    return {
        {with(
             monthlyQuarterly,
             {{u"name"_s, u"Critical patches installed within 14 days"_s},
              {u"measured"_s,
               u"Share of critical security updates installed on all servers and laptops within 14 days of release."_s},
              {u"method"_s,
               u"Patch report of the endpoint management tool, exported on the first working day of the month."_s},
              {u"measured_by"_s, u"IT Operations Manager"_s},
              {u"analysed_by"_s, u"ISMS Manager"_s},
              {u"evaluated_by"_s, u"CISO"_s},
              {u"unit"_s, u"%"_s},
              {u"target"_s, u"95"_s},
              {u"direction"_s, u"at-least"_s}}),
         {u"OBJ-001"_s},
         {u"8.8"_s, u"8.19"_s},
         {u"81"_s,
          u"83.5"_s,
          u"82"_s,
          u"86"_s,
          u"88"_s,
          u"87.5"_s,
          u"90"_s,
          u"91"_s,
          u"93"_s,
          u"92.5"_s,
          u"95"_s,
          u"96"_s},
         0,
         false,
         u"Rising steadily since the weekly patch window; still below 95 % for the quarter."_s,
         u"Patch window extended to the whole Tuesday afternoon."_s},
        {with(monthlyQuarterly,
              {{u"name"_s, u"Phishing simulation click rate"_s},
               {u"measured"_s, u"Share of staff who clicked the link in the monthly phishing simulation."_s},
               {u"method"_s,
                u"Report of the simulation service; every member of staff receives one message a month."_s},
               {u"measured_by"_s, u"CISO"_s},
               {u"analysed_by"_s, u"CISO"_s},
               {u"evaluated_by"_s, u"Management team"_s},
               {u"unit"_s, u"%"_s},
               {u"target"_s, u"5"_s},
               {u"direction"_s, u"at-most"_s}}),
         {u"OBJ-002"_s},
         {u"6.3"_s, u"8.7"_s},
         {u"14.2"_s,
          u"12.8"_s,
          u"13.5"_s,
          u"11"_s,
          u"10.4"_s,
          u"9.8"_s,
          u"8.1"_s,
          u"8.9"_s,
          u"7.2"_s,
          u"6.8"_s,
          u"6.1"_s,
          u"5.9"_s},
         0,
         false,
         u"Falling, but above the 5 % target; the short training after a click helps most."_s,
         u"Improvement IMP-002 raised: a short lesson right after a click."_s},
        {with(
             monthlyQuarterly,
             {{u"name"_s, u"Restore tests passed"_s},
              {u"measured"_s,
               u"Share of the month's restore tests of critical systems that finished within the recovery time."_s},
              {u"method"_s, u"Restore test records in the operations handbook."_s},
              {u"measured_by"_s, u"IT Operations Manager"_s},
              {u"analysed_by"_s, u"ISMS Manager"_s},
              {u"evaluated_by"_s, u"CISO"_s},
              {u"unit"_s, u"%"_s},
              {u"target"_s, u"100"_s},
              {u"direction"_s, u"at-least"_s}}),
         {u"OBJ-003"_s},
         {u"8.13"_s, u"5.30"_s},
         {u"100"_s,
          u"100"_s,
          u"88.9"_s,
          u"100"_s,
          u"100"_s,
          u"100"_s,
          u"100"_s,
          u"92"_s,
          u"100"_s,
          u"100"_s,
          u"100"_s,
          u"100"_s},
         0,
         false,
         u"All restores passed this quarter."_s},
        {with(monthlyQuarterly,
              {{u"name"_s, u"Open readiness points"_s},
               {u"measured"_s,
                u"Points the readiness check of the workbench reports on the first of the month."_s},
               {u"method"_s, u"isms-cli check on the project file; the number of readiness findings."_s},
               {u"measured_by"_s, u"ISMS Manager"_s},
               {u"analysed_by"_s, u"ISMS Manager"_s},
               {u"evaluated_by"_s, u"Managing Director"_s},
               {u"unit"_s, u"points"_s},
               {u"target"_s, u"5"_s},
               {u"direction"_s, u"at-most"_s}}),
         {u"OBJ-005"_s},
         {u"5.35"_s},
         {u"41"_s,
          u"38"_s,
          u"35"_s,
          u"31"_s,
          u"30"_s,
          u"26"_s,
          u"22"_s,
          u"19"_s,
          u"17"_s,
          u"14"_s,
          u"12"_s,
          u"10"_s},
         0,
         false,
         u"On course to reach the target before the stage 1 audit."_s},
        {with(
             monthlyQuarterly,
             {{u"name"_s, u"Incident resolution time"_s},
              {u"measured"_s,
               u"Mean hours from the report of a security incident to its closure, over the month's incidents."_s},
              {u"method"_s, u"Ticket system report of the security incident queue."_s},
              {u"measured_by"_s, u"Service Desk Lead"_s},
              {u"analysed_by"_s, u"CISO"_s},
              {u"evaluated_by"_s, u"CISO"_s},
              {u"unit"_s, u"h"_s},
              {u"target"_s, u"48"_s},
              {u"direction"_s, u"at-most"_s}}),
         {},
         {u"5.24"_s, u"5.26"_s},
         {u"72"_s, u"65"_s, u"70"_s, u"58"_s, u"55"_s, u"49"_s, u"51"_s, u"44"_s},
         4,
         false,
         u"Below 48 hours for the first time; the on-call rota works."_s},
        {{{u"name"_s, u"Staff who completed awareness training"_s},
          {u"measured"_s,
           u"Share of staff employed on the day who completed this year's awareness training."_s},
          {u"method"_s, u"Completion list of the learning platform against the staff list."_s},
          {u"frequency"_s, u"quarterly"_s},
          {u"measured_by"_s, u"Head of People"_s},
          {u"analysis_frequency"_s, u"yearly"_s},
          {u"analysed_by"_s, u"Head of People"_s},
          {u"evaluated_by"_s, u"CISO"_s},
          {u"unit"_s, u"%"_s},
          {u"target"_s, u"90"_s},
          {u"direction"_s, u"at-least"_s}},
         {u"OBJ-004"_s, u"OBJ-002"_s},
         {u"6.3"_s},
         {u"62"_s, u"74"_s, u"85"_s, u"93"_s},
         0,
         true,
         u"Completion rose with the reminders from line managers."_s},
    };
}

QList<Values> improvements(const QDate &today)
{
    return {
        {{u"raised_on"_s, today.addDays(-200)},
         {u"source"_s, u"audit"_s},
         {u"title"_s, u"One template for access reviews"_s},
         {u"description"_s, u"The internal audit found three different ways of recording access reviews."_s},
         {u"opportunity"_s, u"Reviews take less time and can be compared across systems."_s},
         {u"action"_s, u"Introduce one review template and store the results as evidence."_s},
         {u"owner"_s, u"IT Operations Manager"_s},
         {u"due_date"_s, today.addDays(-120)},
         {u"status"_s, u"done"_s},
         {u"result"_s, u"All quarterly reviews since then use the template."_s}},
        {{u"raised_on"_s, today.addDays(-75)},
         {u"source"_s, u"metric"_s},
         {u"title"_s, u"Short training right after a phishing click"_s},
         {u"description"_s, u"The click rate (M-002) stays above its target."_s},
         {u"opportunity"_s, u"Learning at the moment of the mistake sticks better."_s},
         {u"action"_s, u"Show a two-minute lesson to everyone who clicks in a simulation."_s},
         {u"owner"_s, u"CISO"_s},
         {u"due_date"_s, today.addDays(30)},
         {u"status"_s, u"in-progress"_s}},
        {{u"raised_on"_s, today.addDays(-40)},
         {u"source"_s, u"incident"_s},
         {u"title"_s, u"Alert the on-call engineer by phone"_s},
         {u"description"_s, u"An incident at the weekend waited eleven hours for the first response."_s},
         {u"opportunity"_s, u"Faster first response out of office hours."_s},
         {u"action"_s, u"Route alerts of high severity to the on-call phone."_s},
         {u"owner"_s, u"Service Desk Lead"_s},
         {u"due_date"_s, today.addDays(60)},
         {u"status"_s, u"accepted"_s}},
        {{u"raised_on"_s, today.addDays(-12)},
         {u"source"_s, u"suggestion"_s},
         {u"title"_s, u"Password manager for shared team accounts"_s},
         {u"description"_s, u"Suggested by the support team."_s},
         {u"opportunity"_s, u"Fewer passwords in spreadsheets."_s},
         {u"owner"_s, u"CISO"_s},
         {u"status"_s, u"proposed"_s}},
        {{u"raised_on"_s, today.addDays(-150)},
         {u"source"_s, u"review"_s},
         {u"title"_s, u"Monthly instead of quarterly risk review"_s},
         {u"description"_s, u"Raised in the management review."_s},
         {u"opportunity"_s, u"Risks would be looked at sooner."_s},
         {u"owner"_s, u"ISMS Manager"_s},
         {u"status"_s, u"rejected"_s},
         {u"result"_s, u"Rejected: the quarterly review plus the change trigger covers it at less cost."_s}},
    };
}

} // namespace

Result<void> DemoMetrics::write(Database &db, const QDate &today)
{
    const auto objectiveIds = RecordRepository(db, objectiveSpec()).idsByRef();
    if (!objectiveIds) {
        return objectiveIds.error();
    }
    const QList<DemoMetric> demo = metrics();
    QList<Record> metricRecords;
    for (const DemoMetric &metric : demo) {
        Values fields = metric.fields;
        fields.append({u"status"_s, u"active"_s});
        metricRecords.append(recordOf(metricSpec(), fields));
    }
    const auto ids = RecordService(db, metricSpec()).createMany(metricRecords);
    if (!ids) {
        return ids.error();
    }
    QList<Record> objectiveLinks;
    QList<Record> controlLinks;
    QList<Record> measurements;
    QList<Record> evaluations;
    for (qsizetype m = 0; m < demo.size(); ++m) {
        const DemoMetric &metric = demo.at(m);
        const qint64 id = ids->at(m).value;
        for (const QString &objective : metric.objectives) {
            objectiveLinks.append(
                recordOf(metricObjectiveSpec(),
                         {{u"metric"_s, id}, {u"objective"_s, objectiveIds->value(objective).value}}));
        }
        for (const QString &control : metric.controls) {
            controlLinks.append(recordOf(metricControlSpec(), {{u"metric"_s, id}, {u"control"_s, control}}));
        }
        const int step = metric.quarterly ? 3 : 1;
        const auto count = int(metric.values.size());
        QList<std::pair<int, double>> taken; // months ago, value
        for (int i = 0; i < count; ++i) {
            const int monthsAgo = metric.lastMonthsAgo + (count - 1 - i) * step;
            taken.append({monthsAgo, metric.values.at(i).toDouble()});
            measurements.append(recordOf(measurementSpec(),
                                         {{u"metric"_s, id},
                                          {u"measured_on"_s, today.addMonths(-monthsAgo)},
                                          {u"value"_s, metric.values.at(i)},
                                          {u"measured_by"_s, valueOf(metric.fields, u"measured_by")}}));
        }
        // The quarters up to three months ago are closed with a dated conclusion (a yearly analysis
        // closes the year up to then); the latest quarter is still open.
        const QList<std::pair<int, int>> periods = metric.quarterly
                                                       ? QList<std::pair<int, int>>{{12, 3}}
                                                       : QList<std::pair<int, int>>{{12, 9}, {9, 6}, {6, 3}};
        const double target = valueOf(metric.fields, u"target").toDouble();
        const bool atMost = valueOf(metric.fields, u"direction") == u"at-most";
        for (qsizetype p = 0; p < periods.size(); ++p) {
            const auto [from, to] = periods.at(p);
            int met = 0;
            int missed = 0;
            for (const auto &[monthsAgo, value] : std::as_const(taken)) {
                if (monthsAgo < from && monthsAgo >= to) {
                    ((atMost ? value <= target : value >= target) ? met : missed) += 1;
                }
            }
            const bool last = p == periods.size() - 1;
            evaluations.append(
                recordOf(metricEvaluationSpec(),
                         {{u"metric"_s, id},
                          {u"period_start"_s, today.addMonths(-from).addDays(1)},
                          {u"period_end"_s, today.addMonths(-to)},
                          {u"evaluated_on"_s, today.addMonths(-to).addDays(7)},
                          {u"evaluated_by"_s, valueOf(metric.fields, u"evaluated_by")},
                          {u"target_met"_s,
                           missed == 0 ? u"yes"_s
                           : met == 0  ? u"no"_s
                                       : u"partly"_s},
                          {u"conclusion"_s,
                           last ? metric.conclusion
                                : u"Trend reviewed in the ISMS meeting; the method stays as it is."_s},
                          {u"action_taken"_s, last && missed > 0 ? metric.action : QString()}}));
        }
    }
    for (const auto &[spec, records] : {std::pair{&metricObjectiveSpec(), &objectiveLinks},
                                        std::pair{&metricControlSpec(), &controlLinks},
                                        std::pair{&measurementSpec(), &measurements},
                                        std::pair{&metricEvaluationSpec(), &evaluations}}) {
        if (auto created = RecordService(db, *spec).createMany(*records); !created) {
            return created.error();
        }
    }
    QList<Record> log;
    for (const Values &values : improvements(today)) {
        log.append(recordOf(improvementSpec(), values));
    }
    if (auto created = RecordService(db, improvementSpec()).createMany(log); !created) {
        return created.error();
    }
    return {};
}

} // namespace isms
