// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoContext.h"

#include "domain/Entities.h"
#include "services/RecordService.h"

#include <QHash>

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

} // namespace

Result<void> DemoContext::write(Database &db, const QDate &today)
{
    const QDate reviewed = today.addDays(-40);
    const QList<Values> issues{
        {{u"title"_s, u"Customers move their freight data to our cloud platform"_s},
         {u"origin"_s, u"external"_s},
         {u"category"_s, u"economic"_s},
         {u"description"_s,
          u"Two large shippers asked to run our planning software as a service from 2027."_s},
         {u"effect"_s, u"Hosting, tenant separation and customer audits enter the ISMS."_s},
         {u"related_risks"_s, u"R-001, R-004"_s},
         {u"owner"_s, u"Managing Director"_s},
         {u"status"_s, u"current"_s},
         {u"last_reviewed"_s, reviewed}},
        {{u"title"_s, u"NIS2 transposition covers our larger customers"_s},
         {u"origin"_s, u"external"_s},
         {u"category"_s, u"legal"_s},
         {u"description"_s,
          u"Customers in transport fall under the new national law and pass duties to suppliers."_s},
         {u"effect"_s, u"Contract clauses on incident reporting and supply-chain security."_s},
         {u"owner"_s, u"Legal Counsel"_s},
         {u"status"_s, u"current"_s},
         {u"last_reviewed"_s, reviewed}},
        {{u"title"_s, u"Small operations team carries on-call duty"_s},
         {u"origin"_s, u"internal"_s},
         {u"category"_s, u"people"_s},
         {u"description"_s, u"Four people share on-call; holidays leave gaps."_s},
         {u"effect"_s, u"Limits how fast incidents are handled outside office hours."_s},
         {u"owner"_s, u"IT Operations Manager"_s},
         {u"status"_s, u"current"_s},
         {u"last_reviewed"_s, reviewed}},
        {{u"title"_s, u"Legacy routing engine still on premises"_s},
         {u"origin"_s, u"internal"_s},
         {u"category"_s, u"technological"_s},
         {u"description"_s, u"The routing engine runs on two ageing servers in the office data room."_s},
         {u"effect"_s, u"Physical controls and patching stay in scope until it moves."_s},
         {u"owner"_s, u"Head of Engineering"_s},
         {u"status"_s, u"watched"_s}},
        {{u"title"_s, u"Storms and flooding near the harbour office"_s},
         {u"origin"_s, u"external"_s},
         {u"category"_s, u"environmental"_s},
         {u"description"_s,
          u"The office lies in a flood zone; two storms closed it for a day last winter."_s},
         {u"effect"_s, u"Remote work and off-site backups must carry the business through closures."_s},
         {u"owner"_s, u"IT Operations Manager"_s},
         {u"status"_s, u"current"_s}},
    };
    if (auto done = create(db, contextIssueSpec(), issues); !done) {
        return done;
    }

    const QList<Values> parties{
        {{u"name"_s, u"Shipping customers"_s},
         {u"side"_s, u"external"_s},
         {u"requirements"_s,
          u"Availability of the planning service; notice of incidents within 24 hours; yearly audit right."_s},
         {u"obligation"_s, u"contractual"_s},
         {u"addressed"_s, u"yes"_s},
         {u"how_addressed"_s,
          u"Service levels and incident notice in the master agreement; audits planned in the audit programme."_s},
         {u"owner"_s, u"Managing Director"_s},
         {u"last_reviewed"_s, reviewed}},
        {{u"name"_s, u"Data protection authority"_s},
         {u"side"_s, u"external"_s},
         {u"requirements"_s, u"Lawful processing of driver and consignee data; breach notification."_s},
         {u"obligation"_s, u"legal"_s},
         {u"addressed"_s, u"yes"_s},
         {u"how_addressed"_s,
          u"Records of processing, privacy notices and the breach procedure (A.5.34, A.5.24)."_s},
         {u"owner"_s, u"Data Protection Officer"_s}},
        {{u"name"_s, u"Employees"_s},
         {u"side"_s, u"internal"_s},
         {u"requirements"_s, u"Clear rules, training, and protection of their own personal data."_s},
         {u"obligation"_s, u"legal"_s},
         {u"addressed"_s, u"partly"_s},
         {u"how_addressed"_s,
          u"Policy set and yearly awareness training; the HR data review is still open."_s},
         {u"owner"_s, u"Head of People"_s}},
        {{u"name"_s, u"Cloud hosting provider"_s},
         {u"side"_s, u"external"_s},
         {u"requirements"_s,
          u"Use of the services within the acceptable use terms; shared responsibility for security."_s},
         {u"obligation"_s, u"contractual"_s},
         {u"addressed"_s, u"undecided"_s},
         {u"owner"_s, u"Head of Engineering"_s}},
    };
    if (auto done = create(db, interestedPartySpec(), parties); !done) {
        return done;
    }

    const QList<Values> scope{
        {{u"statement"_s,
          u"The development, operation and support of the Harbourline route planning software and its "
          u"cloud service, with the people, sites and systems that serve them."_s},
         {u"sites"_s, u"Head office at the harbour; the cloud region used for the service."_s},
         {u"boundaries"_s,
          u"The company's own staff, offices and accounts; customer systems stay outside."_s},
         {u"in_scope"_s,
          u"Engineering, operations, support, HR and finance as far as they handle customer data."_s},
         {u"out_of_scope"_s, u"The warehouse subsidiary, which runs its own IT."_s},
         {u"interfaces"_s, u"Cloud hosting provider, payroll bureau, customers' integration endpoints."_s},
         {u"considered"_s, u"Issues CI-001 to CI-005 and the requirements of IP-001 to IP-004."_s},
         {u"soa_version"_s, 1},
         {u"climate"_s, u"undecided"_s},
         {u"status"_s, u"approved"_s},
         {u"approved_by"_s, u"Managing Director"_s},
         {u"approval_date"_s, today.addDays(-60)}},
    };
    if (auto done = create(db, scopeSpec(), scope); !done) {
        return done;
    }
    // The risk report's document control: approved; the other reports stay working drafts.
    const QList<Values> documents{
        {{u"report"_s, u"risk-report"_s},
         {u"document_id"_s, u"HL-ISMS-06"_s},
         {u"version"_s, u"1.2"_s},
         {u"status"_s, u"approved"_s},
         {u"approved_by"_s, u"Ruth Calder, Managing Director"_s},
         {u"approval_date"_s, today.addDays(-30)}},
    };
    return create(db, documentControlSpec(), documents);
}

} // namespace isms
