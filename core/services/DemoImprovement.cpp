// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoImprovement.h"

#include "domain/Entities.h"
#include "services/NonconformityService.h"
#include "services/RecordService.h"

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

Result<QList<RecordId>> create(Database &db, const EntitySpec &spec, const QList<Values> &rows)
{
    QList<Record> records;
    for (const Values &values : rows) {
        records.append(recordOf(spec, values));
    }
    return RecordService(db, spec).createMany(records);
}

/// The ids of a register written before, in id order.
Result<QList<QVariant>> idsOf(Database &db, const EntitySpec &spec)
{
    const auto records = RecordService(db, spec).all();
    if (!records) {
        return records.error();
    }
    QList<QVariant> ids;
    for (const Record &record : *records) {
        ids.append(record.id.value);
    }
    return ids;
}

/// Links between two registers: pairs of ids.
Result<void> link(Database &db, const EntitySpec &spec, const QList<std::pair<QVariant, QVariant>> &pairs)
{
    QList<Values> rows;
    for (const auto &[from, to] : pairs) {
        rows.append({{spec.fields.at(1).key, from}, {spec.fields.at(2).key, to}});
    }
    auto created = create(db, spec, rows);
    return created ? Result<void>() : Result<void>(created.error());
}

QList<Values> incidents(const QDate &today, const QList<QVariant> &people)
{
    const auto row = [&](const QString &title,
                         int occurred,
                         const QString &category,
                         const QString &severity,
                         const QString &status) {
        return Values{{u"title"_s, title},
                      {u"occurred_on"_s, today.addDays(-occurred)},
                      {u"detected_on"_s, today.addDays(-occurred)},
                      {u"reported_on"_s, today.addDays(-occurred + 1)},
                      {u"reported_by"_s, people.value(3)},
                      {u"category"_s, category},
                      {u"severity"_s, severity},
                      {u"status"_s, status}};
    };
    Values ransomware =
        row(u"Ransomware stopped on a dispatcher laptop"_s, 150, u"malware"_s, u"medium"_s, u"closed"_s);
    ransomware +=
        {{u"description"_s,
          u"The endpoint protection quarantined an encrypted attachment after it had started."_s},
         {u"response"_s, u"Laptop isolated, reimaged and the mailbox rule blocking the sender added."_s},
         {u"evidence"_s, u"Endpoint alert export and the laptop's disk image, kept for 12 months."_s},
         {u"lessons"_s, u"Macros from outside are now blocked for every office user."_s}};
    Values phishing =
        row(u"Credentials entered on a fake carrier portal"_s, 45, u"phishing"_s, u"high"_s, u"resolved"_s);
    phishing +=
        {{u"description"_s, u"A support agent entered her password on a look-alike portal of a carrier."_s},
         {u"response"_s, u"Password reset, sessions revoked, the domain blocked within an hour."_s},
         {u"evidence"_s, u"Proxy log extract and the phishing mail with its headers."_s},
         {u"lessons"_s, u"Multi-factor sign-in was missing for the support tool; see the nonconformity."_s}};
    Values outage =
        row(u"Warehouse scanners offline for three hours"_s, 90, u"outage"_s, u"low"_s, u"closed"_s);
    outage += {
        {u"description"_s, u"An expired certificate stopped the scanners from reaching the stock service."_s},
        {u"response"_s, u"Certificate renewed; shipments booked on paper and entered afterwards."_s},
        {u"lessons"_s, u"Certificates are now monitored 30 days before they expire."_s}};
    Values misdirected =
        row(u"Delivery report sent to the wrong customer"_s, 20, u"data-loss"_s, u"high"_s, u"contained"_s);
    misdirected +=
        {{u"description"_s, u"A weekly report with delivery addresses went to another customer."_s},
         {u"response"_s, u"Recipient confirmed deletion in writing; the customer was informed."_s}};
    Values tablet = row(u"Tablet lost at a client site"_s, 5, u"physical"_s, u"medium"_s, u"open"_s);
    tablet +=
        {{u"description"_s, u"A driver's tablet was left at a client's loading bay and not found again."_s},
         {u"response"_s, u"Device locked and wiped remotely."_s}};
    return {ransomware, phishing, outage, misdirected, tablet};
}

QList<Values> suppliers(const QDate &today)
{
    const auto row = [&](const QString &name,
                         const QString &service,
                         const QString &criticality,
                         const QString &cloud,
                         int lastReview,
                         int nextReview) {
        return Values{{u"name"_s, name},
                      {u"service"_s, service},
                      {u"criticality"_s, criticality},
                      {u"cloud"_s, cloud},
                      {u"last_review"_s, today.addDays(-lastReview)},
                      {u"next_review"_s, today.addDays(nextReview)},
                      {u"contract_end"_s, today.addDays(400)}};
    };
    const QString security =
        u"ISO/IEC 27001 certificate kept valid; incidents reported within 24 hours; data "
        u"stays in the EU; yearly right to audit."_s;
    const QString clauses =
        u"Confidentiality, data processing agreement, notice of subcontractors, return and "
        u"deletion of data at the end of the contract."_s;
    QList<Values> rows{
        row(u"Nordcloud Hosting"_s,
            u"Cloud platform for the route planning service"_s,
            u"critical"_s,
            u"yes"_s,
            120,
            245),
        row(u"MailSecure"_s, u"E-mail filtering"_s, u"high"_s, u"yes"_s, 200, 165),
        row(u"Baltic Fibre"_s,
            u"Internet lines of the offices and warehouse"_s,
            u"high"_s,
            u"no"_s,
            400,
            -35),
        row(u"Payroll Partners"_s, u"Payroll processing"_s, u"medium"_s, u"yes"_s, 100, 265),
        row(u"SecureShred"_s, u"Disposal of paper and disks"_s, u"medium"_s, u"no"_s, 60, 305),
        row(u"TrackFleet"_s, u"Vehicle telematics"_s, u"medium"_s, u"yes"_s, 30, 335),
        row(u"CleanCo"_s, u"Office cleaning"_s, u"low"_s, u"no"_s, 300, 65),
        row(u"OldRoute Software"_s, u"Former route planning licence"_s, u"low"_s, u"no"_s, 500, -100),
    };
    for (int i = 0; i < 3; ++i) {
        rows[i] += {{u"security_requirements"_s, security}, {u"contract_clauses"_s, clauses}};
    }
    rows[0] += {{u"contact"_s, u"Service manager, +49 40 555 0101"_s}};
    rows[3] += {{u"status"_s, u"onboarding"_s}};
    rows[7] += {{u"status"_s, u"offboarded"_s}};
    return rows;
}

} // namespace

Result<void> DemoImprovement::write(Database &db, const QDate &today)
{
    const auto people = idsOf(db, personSpec());
    const auto assets = idsOf(db, assetSpec());
    const auto risks = idsOf(db, riskSpec());
    const auto changes = idsOf(db, plannedChangeSpec());
    for (const auto *ids : {&people, &assets, &risks, &changes}) {
        if (!*ids) {
            return ids->error();
        }
    }
    const auto incidentIds = create(db, incidentSpec(), incidents(today, *people));
    if (!incidentIds) {
        return incidentIds.error();
    }
    if (assets->size() >= 3 && risks->size() >= 3) {
        const QList<QVariant> inc = [&] {
            QList<QVariant> ids;
            for (RecordId id : *incidentIds) {
                ids.append(id.value);
            }
            return ids;
        }();
        if (auto linked = link(db,
                               incidentAssetSpec(),
                               {{inc[0], assets->at(0)}, {inc[1], assets->at(1)}, {inc[2], assets->at(2)}});
            !linked) {
            return linked;
        }
        if (auto linked = link(db, incidentRiskSpec(), {{inc[0], risks->at(0)}, {inc[1], risks->at(1)}});
            !linked) {
            return linked;
        }
    }
    const auto supplierIds = create(db, supplierSpec(), suppliers(today));
    if (!supplierIds) {
        return supplierIds.error();
    }
    if (assets->size() >= 2 && risks->size() >= 2) {
        const QVariant cloud = supplierIds->at(0).value;
        if (auto linked = link(db, supplierAssetSpec(), {{cloud, assets->at(0)}, {cloud, assets->at(1)}});
            !linked) {
            return linked;
        }
        if (auto linked = link(db, supplierRiskSpec(), {{cloud, risks->at(0)}}); !linked) {
            return linked;
        }
    }

    const QVariant manager = people->value(2);
    const QVariant operations = people->value(3);
    const QVariant auditor = people->value(7);
    const auto nc = [&](const QString &title,
                        int raised,
                        const QString &source,
                        const QString &sourceRef,
                        const QString &classification,
                        const QString &status) {
        return Values{{u"title"_s, title},
                      {u"raised_on"_s, today.addDays(-raised)},
                      {u"raised_by"_s, auditor},
                      {u"source"_s, source},
                      {u"source_ref"_s, sourceRef},
                      {u"classification"_s, classification},
                      {u"status"_s, status}};
    };
    const auto whys = [](const QStringList &answers) {
        Values values;
        const auto fields = NonconformityService::fiveWhysValues(answers, {});
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            values.append({it.key(), it.value()});
        }
        return values;
    };
    Values leavers = nc(u"Leavers kept VPN access after their last day"_s,
                        160,
                        u"audit-finding"_s,
                        u"Internal audit, finding 3"_s,
                        u"minor"_s,
                        u"closed"_s);
    leavers +=
        {{u"description"_s,
          u"Two of five leavers sampled could still sign in to the VPN a week after leaving."_s},
         {u"requirement"_s, u"Access rights procedure, section 4; Annex A 5.18"_s},
         {u"correction"_s, u"Both accounts disabled the same day."_s},
         {u"correction_date"_s, today.addDays(-159)},
         {u"similar"_s, u"no"_s},
         {u"similar_note"_s, u"All other remote access accounts were checked against the HR list."_s},
         {u"review_date"_s, today.addDays(-40)},
         {u"review_result"_s, u"effective"_s},
         {u"reviewed_by"_s, auditor},
         {u"review_note"_s, u"A new sample of six leavers showed every account disabled on the last day."_s},
         {u"closed_on"_s, today.addDays(-38)}};
    leavers += whys({u"The VPN account was not in the leaver checklist."_s,
                     u"The checklist predates the VPN."_s,
                     u"Nobody owns the checklist's review."_s});
    Values restore = nc(u"No restore test for two quarters"_s,
                        70,
                        u"management-review"_s,
                        u"Management review, item 6"_s,
                        u"major"_s,
                        u"verifying"_s);
    restore +=
        {{u"description"_s,
          u"The backup plan asks for a quarterly restore test; the last one is eight months old."_s},
         {u"requirement"_s, u"Backup procedure; Annex A 8.13"_s},
         {u"correction"_s, u"A restore of the order database was tested at once and succeeded."_s},
         {u"correction_date"_s, today.addDays(-65)},
         {u"root_cause"_s, u"The test was a personal reminder of one administrator, who changed teams."_s},
         {u"similar"_s, u"yes"_s},
         {u"similar_note"_s, u"Other recurring operations tasks also live in personal calendars."_s}};
    Values contracts = nc(u"Supplier contracts lack security clauses"_s,
                          50,
                          u"audit-finding"_s,
                          u"Internal audit, finding 5"_s,
                          u"minor"_s,
                          u"action-planned"_s);
    contracts +=
        {{u"description"_s, u"Three of eight supplier contracts have no clause on incident notification."_s},
         {u"requirement"_s, u"Annex A 5.20"_s},
         {u"root_cause"_s, u"Purchasing used an old contract template."_s}};
    Values clean = nc(u"Clean desk not followed in the dispatch office"_s,
                      120,
                      u"other"_s,
                      u"Walk-through by the ISMS Manager"_s,
                      u"minor"_s,
                      u"action-planned"_s);
    clean += {
        {u"description"_s, u"Printed delivery lists with customer addresses were left on desks overnight."_s},
        {u"correction"_s, u"Lists collected and shredded."_s},
        {u"correction_date"_s, today.addDays(-119)},
        {u"root_cause"_s, u"No locked tray for printouts near the dispatch desks."_s},
        {u"review_date"_s, today.addDays(-20)},
        {u"review_result"_s, u"not-effective"_s},
        {u"reviewed_by"_s, manager},
        {u"review_note"_s, u"Lists were again found on desks; the awareness session alone did not help."_s}};
    Values report = nc(u"Customer complaint about a misdirected report"_s,
                       18,
                       u"complaint"_s,
                       u"Customer complaint, ticket 4711"_s,
                       u"major"_s,
                       u"correction-done"_s);
    report +=
        {{u"description"_s, u"A customer complained that its delivery report reached another customer."_s},
         {u"correction"_s, u"Report recalled and deleted by the recipient."_s},
         {u"correction_date"_s, today.addDays(-17)}};
    report += whys({u"The report was sent to a distribution list of another customer."_s,
                    u"The lists are picked by name, and two customers have similar names."_s,
                    u"The reporting tool shows no customer number when choosing a list."_s});
    Values signoff = nc(u"Risk owners' sign-offs missing for two risks"_s,
                        30,
                        u"audit-finding"_s,
                        u"Internal audit, finding 7"_s,
                        u"minor"_s,
                        u"verifying"_s);
    signoff +=
        {{u"description"_s, u"Two risks above the acceptance threshold had no sign-off of their owners."_s},
         {u"requirement"_s, u"6.1.3 f)"_s},
         {u"root_cause"_s, u"Sign-off was not part of the quarterly risk review agenda."_s},
         {u"similar"_s, u"unknown"_s}};
    const auto ncIds = create(db, nonconformitySpec(), {leavers, restore, contracts, clean, report, signoff});
    if (!ncIds) {
        return ncIds.error();
    }
    const auto id = [&](int index) { return QVariant(ncIds->at(index).value); };
    const auto action =
        [&](int ncIndex, const QString &text, const QVariant &owner, int due, const QString &status) {
            Values values{{u"nonconformity"_s, id(ncIndex)},
                          {u"action"_s, text},
                          {u"owner"_s, owner},
                          {u"due_date"_s, today.addDays(due)},
                          {u"status"_s, status}};
            if (status == u"done") {
                values.append({u"done_on"_s, today.addDays(std::min(due, 0) - 2)});
            }
            return values;
        };
    Values leaverAction =
        action(0, u"Add every remote access account to the leaver checklist"_s, operations, -120, u"done"_s);
    leaverAction.append({u"result"_s, u"Checklist version 3 approved and in use."_s});
    const auto actions =
        create(db,
               correctiveActionSpec(),
               {leaverAction,
                action(1, u"Put the restore test on the operations calendar"_s, operations, -30, u"done"_s),
                action(2,
                       u"Replace the contract template with the security annex"_s,
                       manager,
                       -10,
                       u"in-progress"_s),
                action(2, u"Add the annex to the three open contracts"_s, manager, 45, u"planned"_s),
                action(3, u"Awareness session for the dispatch team"_s, manager, -60, u"done"_s),
                action(3, u"Install a locked tray for printouts"_s, operations, 20, u"planned"_s),
                action(4,
                       u"Show the customer number when choosing a distribution list"_s,
                       operations,
                       30,
                       u"in-progress"_s),
                action(5, u"Add the owners' sign-off to the risk review agenda"_s, manager, -5, u"done"_s),
                action(5, u"Ask the owners to sign off outside the review"_s, manager, -20, u"cancelled"_s)});
    if (!actions) {
        return actions.error();
    }
    if (!changes->isEmpty()) {
        if (auto linked = link(db, nonconformityChangeSpec(), {{id(1), changes->constLast()}}); !linked) {
            return linked;
        }
    }
    // The phishing incident raises its nonconformity in one step, as a user would.
    const auto raised = NonconformityService(db).raiseFromIncident(incidentSpec().formatRef(2), today);
    if (!raised) {
        return raised.error();
    }
    auto actionFromIncident = create(db,
                                     correctiveActionSpec(),
                                     {{{u"nonconformity"_s, raised->id.value},
                                       {u"action"_s, u"Turn on multi-factor sign-in for the support tool"_s},
                                       {u"owner"_s, operations},
                                       {u"due_date"_s, today.addDays(14)},
                                       {u"status"_s, u"planned"_s}}});
    return actionFromIncident ? Result<void>() : Result<void>(actionFromIncident.error());
}

} // namespace isms
