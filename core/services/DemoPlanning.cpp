// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoPlanning.h"

#include "domain/Entities.h"
#include "services/RecordService.h"

using namespace Qt::StringLiterals;

namespace isms {

namespace {

using Values = QList<std::pair<QString, QVariant>>;

Result<void> create(Database &db, const EntitySpec &spec, const QList<Values> &rows)
{
    QList<Record> records;
    for (const Values &values : rows) {
        Record record = spec.newRecord();
        for (const auto &[key, value] : values) {
            record.values[spec.indexOf(key)] = value;
        }
        records.append(record);
    }
    auto created = RecordService(db, spec).createMany(records);
    if (!created) {
        return created.error();
    }
    return {};
}

QList<Values> ismsRisks(const QDate &today)
{
    return {
        {{u"type"_s, u"risk"_s},
         {u"title"_s, u"The ISMS rests on two people"_s},
         {u"description"_s, u"Only the ISMS Manager and the CISO know how the records are kept."_s},
         {u"related_issues"_s, u"CI-003"_s},
         {u"related_parties"_s, u"IP-003"_s},
         {u"action"_s, u"Name a deputy for each ISMS role and walk them through the workbench."_s},
         {u"owner"_s, u"ISMS Manager"_s},
         {u"due_date"_s, today.addDays(60)},
         {u"status"_s, u"in-progress"_s}},
        {{u"type"_s, u"opportunity"_s},
         {u"title"_s, u"Certification opens the cloud market"_s},
         {u"description"_s, u"Large shippers buy the cloud service only from certified suppliers."_s},
         {u"related_issues"_s, u"CI-001"_s},
         {u"related_parties"_s, u"IP-001"_s},
         {u"action"_s, u"Plan the certification audit together with the cloud launch."_s},
         {u"owner"_s, u"Managing Director"_s},
         {u"due_date"_s, today.addDays(150)},
         {u"status"_s, u"in-progress"_s}},
        {{u"type"_s, u"risk"_s},
         {u"title"_s, u"Customer audits tie up the team"_s},
         {u"description"_s, u"Each large customer asked for its own on-site audit last year."_s},
         {u"related_issues"_s, u"CI-001, CI-002"_s},
         {u"related_parties"_s, u"IP-001"_s},
         {u"action"_s, u"Offer one shared audit pack and a yearly audit day for all customers."_s},
         {u"owner"_s, u"CISO"_s},
         {u"due_date"_s, today.addDays(-30)},
         {u"status"_s, u"done"_s},
         {u"effective"_s, u"yes"_s},
         {u"review_date"_s, today.addDays(-10)},
         {u"review_note"_s, u"Three of four customers accepted the audit day instead of their own audit."_s}},
        {{u"type"_s, u"opportunity"_s},
         {u"title"_s, u"Reuse the NIS2 work for customer questionnaires"_s},
         {u"related_issues"_s, u"CI-002"_s},
         {u"related_parties"_s, u"IP-001, IP-002"_s},
         {u"action"_s, u"Keep one answer library mapped to the Annex A controls."_s},
         {u"owner"_s, u"Legal Counsel"_s},
         {u"due_date"_s, today.addDays(90)},
         {u"status"_s, u"open"_s}},
    };
}

QList<Values> objectives(const QDate &today)
{
    return {
        {{u"objective"_s, u"Patch critical vulnerabilities promptly"_s},
         {u"target"_s, u"95 % of critical patches installed within 14 days"_s},
         {u"owner"_s, u"IT Operations Manager"_s},
         {u"start_date"_s, today.addDays(-120)},
         {u"due_date"_s, today.addDays(245)},
         {u"status"_s, u"on-track"_s},
         {u"resources"_s, u"A weekly two-hour patch window; the monitoring tool's patch report."_s},
         {u"evaluation_method"_s, u"Monthly patch report, evaluated each quarter by the ISMS Manager."_s},
         {u"metrics"_s, u"Patch latency of critical updates"_s},
         {u"policy_statement"_s, u"Systems are kept up to date"_s},
         {u"related_risks"_s, u"R-001, R-004"_s},
         {u"communicated"_s, u"IT team meeting and the intranet page of the ISMS."_s},
         {u"last_reviewed"_s, today.addDays(-20)}},
        {{u"objective"_s, u"Make staff resilient to phishing"_s},
         {u"target"_s, u"Click rate below 5 % in the quarterly simulation"_s},
         {u"owner"_s, u"CISO"_s},
         {u"start_date"_s, today.addDays(-200)},
         {u"due_date"_s, today.addDays(160)},
         {u"status"_s, u"at-risk"_s},
         {u"resources"_s, u"Simulation service; one hour of training per person and year."_s},
         {u"evaluation_method"_s, u"Results of each simulation, compared over four quarters."_s},
         {u"metrics"_s, u"Phishing click rate"_s},
         {u"policy_statement"_s, u"Everyone knows their part in security"_s},
         {u"related_risks"_s, u"R-002"_s},
         {u"communicated"_s, u"All-staff meeting and the awareness newsletter."_s},
         {u"last_reviewed"_s, today.addDays(-15)}},
        {{u"objective"_s, u"Prove that backups can be restored"_s},
         {u"target"_s, u"Every critical system restored in a test once a year"_s},
         {u"owner"_s, u"IT Operations Manager"_s},
         {u"start_date"_s, today.addDays(-400)},
         {u"due_date"_s, today.addDays(-35)},
         {u"status"_s, u"achieved"_s},
         {u"evaluation_method"_s, u"Restore test records, checked by the ISMS Manager."_s},
         {u"policy_statement"_s, u"Business data stays available"_s},
         {u"related_risks"_s, u"R-001"_s},
         {u"communicated"_s, u"Operations handbook and the management review."_s},
         {u"evaluation"_s, u"All nine critical systems restored; the longest took four hours."_s},
         {u"last_reviewed"_s, today.addDays(-30)}},
        {{u"objective"_s, u"Build a culture of security"_s},
         {u"owner"_s, u"Head of People"_s},
         {u"start_date"_s, today.addDays(-30)},
         {u"due_date"_s, today.addDays(335)},
         {u"status"_s, u"planned"_s},
         {u"policy_statement"_s, u"Everyone knows their part in security"_s}},
        {{u"objective"_s, u"Certify the ISMS before the cloud launch"_s},
         {u"target"_s, u"ISO/IEC 27001 certificate issued"_s},
         {u"owner"_s, u"Managing Director"_s},
         {u"start_date"_s, today.addDays(-90)},
         {u"due_date"_s, today.addDays(300)},
         {u"status"_s, u"on-track"_s},
         {u"resources"_s, u"Budget for the certification body; two days a week of the ISMS Manager."_s},
         {u"evaluation_method"_s, u"Readiness check each month; stage 1 and stage 2 audit reports."_s},
         {u"metrics"_s, u"Open readiness points"_s},
         {u"policy_statement"_s, u"We meet our customers' security requirements"_s},
         {u"communicated"_s, u"Management meeting; customers informed by the account managers."_s}},
    };
}

QList<Values> plannedChanges(const QDate &today)
{
    return {
        {{u"title"_s, u"Move the route planning service to the cloud platform"_s},
         {u"purpose"_s, u"Run the planning software as a service for customers (issue CI-001)."_s},
         {u"consequences"_s,
          u"Tenant separation, hosting provider and customer audits enter the ISMS; the office data room "
          u"shrinks."_s},
         {u"resources"_s, u"Two engineers for six months; the hosting budget."_s},
         {u"owner"_s, u"Head of Engineering"_s},
         {u"planned_date"_s, today.addDays(90)},
         {u"status"_s, u"in-progress"_s},
         {u"triggers_reassessment"_s, u"yes"_s}},
        {{u"title"_s, u"Retire the legacy routing servers"_s},
         {u"purpose"_s, u"End the on-premises routing engine once the cloud service runs (CI-004)."_s},
         {u"consequences"_s, u"Physical controls of the data room can be reduced; data must be wiped."_s},
         {u"resources"_s, u"One engineer for a month; certified disposal."_s},
         {u"owner"_s, u"IT Operations Manager"_s},
         {u"planned_date"_s, today.addDays(200)},
         {u"status"_s, u"approved"_s},
         {u"triggers_reassessment"_s, u"yes"_s}},
        {{u"title"_s, u"Introduce a second on-call rota"_s},
         {u"purpose"_s, u"Close the holiday gaps in incident handling (CI-003)."_s},
         {u"consequences"_s, u"More people hold emergency access."_s},
         {u"resources"_s, u"Two more people on call; an on-call allowance."_s},
         {u"owner"_s, u"IT Operations Manager"_s},
         {u"planned_date"_s, today.addDays(-45)},
         {u"status"_s, u"done"_s},
         {u"consequences_reviewed"_s, u"yes"_s},
         {u"review_note"_s, u"Emergency accounts reviewed; each use is now logged and reported."_s},
         {u"triggers_reassessment"_s, u"no"_s}},
        // Implemented after the latest assessment run: the readiness check asks for a new run.
        {{u"title"_s, u"Single sign-on for every staff account"_s},
         {u"purpose"_s, u"One identity provider for e-mail, the planning software and the file shares."_s},
         {u"consequences"_s, u"The identity provider becomes a single point of failure and of attack."_s},
         {u"resources"_s, u"The identity provider's licence; two weeks of the IT team."_s},
         {u"owner"_s, u"IT Operations Manager"_s},
         {u"planned_date"_s, today.addDays(-40)},
         {u"status"_s, u"done"_s},
         {u"consequences_reviewed"_s, u"yes"_s},
         {u"review_note"_s, u"Break-glass accounts kept outside single sign-on; sign-ins are monitored."_s},
         {u"triggers_reassessment"_s, u"yes"_s},
         {u"reassessment"_s, u"To be covered by the next assessment run."_s},
         {u"implemented_date"_s, today.addDays(-30)}},
    };
}

} // namespace

Result<void> DemoPlanning::write(Database &db, const QDate &today)
{
    if (auto done = create(db, ismsRiskSpec(), ismsRisks(today)); !done) {
        return done;
    }
    if (auto done = create(db, objectiveSpec(), objectives(today)); !done) {
        return done;
    }
    return create(db, plannedChangeSpec(), plannedChanges(today));
}

} // namespace isms
