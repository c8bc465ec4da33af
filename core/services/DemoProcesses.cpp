// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoProcesses.h"

#include "domain/Entities.h"
#include "services/RecordService.h"

using namespace Qt::StringLiterals;

namespace isms {

namespace {

using Values = QList<std::pair<QString, QVariant>>;

struct Interaction
{
    int from; ///< index into the processes
    int to;
    QString exchange;
};

} // namespace

Result<void> DemoProcesses::write(Database &db, const QDate &today)
{
    const QDate reviewed = today.addDays(-35);
    const QList<Values> processes{
        {{u"name"_s, u"Software development"_s},
         {u"purpose"_s, u"Build and change the Harbourline planning software securely."_s},
         {u"owner"_s, u"Head of Engineering"_s},
         {u"inputs"_s, u"Feature requests, defects, security requirements, fixes needed after incidents."_s},
         {u"outputs"_s, u"Tested releases with release notes and runbooks."_s},
         {u"criteria"_s,
          u"Every change reviewed by a second developer; no release with open high findings from the "
          u"static analysis; secure coding rules (A.8.28). Checked in the release checklist."_s},
         {u"interfaces"_s, u"Cloud operations (releases), customer support (requests)."_s},
         {u"status"_s, u"operating"_s},
         {u"last_reviewed"_s, reviewed}},
        {{u"name"_s, u"Cloud operations"_s},
         {u"purpose"_s, u"Run the planning service in the cloud: deploy, monitor, back up, patch."_s},
         {u"owner"_s, u"IT Operations Manager"_s},
         {u"inputs"_s, u"Releases, access requests, approved hosting providers."_s},
         {u"outputs"_s, u"An available service, monitoring alerts, backup reports."_s},
         {u"criteria"_s,
          u"Availability of at least 99.5 % a month; backups restored in a test every quarter; critical "
          u"patches within 7 days. Reported monthly."_s},
         {u"interfaces"_s, u"Cloud hosting provider, software development, incident management."_s},
         {u"status"_s, u"operating"_s},
         {u"last_reviewed"_s, reviewed}},
        {{u"name"_s, u"Customer support"_s},
         {u"purpose"_s, u"Answer customers' questions and take in their reports and requests."_s},
         {u"owner"_s, u"Support Team Lead"_s},
         {u"inputs"_s, u"Calls and tickets from shipping customers."_s},
         {u"outputs"_s, u"Answered tickets, feature requests, reported security events."_s},
         {u"interfaces"_s, u"Customers, software development, incident management."_s},
         {u"status"_s, u"operating"_s}},
        {{u"name"_s, u"HR onboarding"_s},
         {u"purpose"_s, u"Bring new staff in: screening, contract, accounts, first training."_s},
         {u"owner"_s, u"Head of People"_s},
         {u"inputs"_s, u"Signed contracts, role descriptions."_s},
         {u"outputs"_s, u"Access requests, starter data for payroll, training records."_s},
         {u"criteria"_s,
          u"Screening done and confidentiality agreement signed before the first working day; awareness "
          u"training within the first month."_s},
         {u"status"_s, u"operating"_s},
         {u"last_reviewed"_s, reviewed}},
        {{u"name"_s, u"Supplier management"_s},
         {u"purpose"_s, u"Choose, contract and monitor the suppliers that handle our information."_s},
         {u"owner"_s, u"Head of Finance"_s},
         {u"inputs"_s, u"Purchase requests, supplier questionnaires and certificates."_s},
         {u"outputs"_s, u"Approved suppliers, contracts with security clauses, yearly supplier reviews."_s},
         {u"criteria"_s,
          u"No supplier handles customer or staff data without a signed agreement and a yearly review "
          u"(A.5.19 to A.5.22)."_s},
         {u"status"_s, u"operating"_s},
         {u"last_reviewed"_s, reviewed}},
        {{u"name"_s, u"Payroll"_s},
         {u"purpose"_s, u"Pay salaries and report to the tax office and social insurance."_s},
         {u"owner"_s, u"Head of Finance"_s},
         {u"inputs"_s, u"Starter, leaver and salary data."_s},
         {u"outputs"_s, u"Payslips, statutory reports."_s},
         {u"criteria"_s,
          u"Provided under the payroll agreement: data sent only through the bureau's encrypted portal; "
          u"the bureau's ISO/IEC 27001 certificate checked every year."_s},
         {u"externally_provided"_s, true},
         {u"supplier"_s, u"Nordlohn Payroll Bureau"_s},
         {u"status"_s, u"operating"_s},
         {u"last_reviewed"_s, reviewed}},
        {{u"name"_s, u"Incident management"_s},
         {u"purpose"_s, u"Detect, handle and learn from information security incidents."_s},
         {u"owner"_s, u"ISMS Manager"_s},
         {u"inputs"_s, u"Monitoring alerts, reported security events."_s},
         {u"outputs"_s, u"Handled incidents, fixes needed, incident statistics and lessons learned."_s},
         {u"criteria"_s,
          u"Every event triaged within 4 hours; customers told of incidents affecting them within 24 "
          u"hours; a review of each major incident."_s},
         {u"status"_s, u"operating"_s},
         {u"last_reviewed"_s, reviewed}},
        {{u"name"_s, u"Internal audit"_s},
         {u"purpose"_s, u"Check that the ISMS conforms and works (9.2)."_s},
         {u"owner"_s, u"Internal Auditor"_s},
         {u"inputs"_s, u"Audit programme, priorities from the management review."_s},
         {u"outputs"_s, u"Audit reports and findings."_s},
         {u"criteria"_s,
          u"Every part of the scope audited within three years, by auditors independent of it."_s},
         {u"status"_s, u"operating"_s},
         {u"last_reviewed"_s, reviewed}},
        {{u"name"_s, u"Management review"_s},
         {u"purpose"_s, u"Top management reviews the ISMS and decides on changes (9.3)."_s},
         {u"owner"_s, u"Managing Director"_s},
         {u"inputs"_s, u"Audit results, incident statistics, objectives, risks."_s},
         {u"outputs"_s, u"Decisions, improvement actions, audit priorities."_s},
         {u"criteria"_s, u"Held at least once a year with every input of 9.3.2; minutes approved."_s},
         {u"status"_s, u"operating"_s},
         {u"last_reviewed"_s, reviewed}},
    };
    const EntitySpec &processSpecRef = processSpec();
    QList<Record> records;
    for (const Values &values : processes) {
        Record record = processSpecRef.newRecord();
        for (const auto &[key, value] : values) {
            record.values[processSpecRef.indexOf(key)] = value;
        }
        records.append(record);
    }
    const auto ids = RecordService(db, processSpecRef).createMany(records);
    if (!ids) {
        return ids.error();
    }

    enum : int
    {
        Development,
        Operations,
        Support,
        Onboarding,
        Suppliers,
        Payroll,
        Incidents,
        Audit,
        Review,
    };

    const QList<Interaction> interactions{
        {Development, Operations, u"Tested releases and runbooks"_s},
        {Operations, Development, u"Production defects"_s},
        {Support, Development, u"Feature requests"_s},
        {Support, Incidents, u"Reported security events"_s},
        {Operations, Incidents, u"Monitoring alerts"_s},
        {Incidents, Development, u"Fixes needed"_s},
        {Incidents, Review, u"Incident statistics"_s},
        {Onboarding, Operations, u"Access requests"_s},
        {Onboarding, Payroll, u"Starter data"_s},
        {Suppliers, Payroll, u"Agreement and yearly review"_s},
        {Suppliers, Operations, u"Approved hosting providers"_s},
        {Audit, Review, u"Audit results"_s},
        {Review, Audit, u"Audit priorities"_s},
    };
    const EntitySpec &linkSpec = processInteractionSpec();
    QList<Record> links;
    for (const Interaction &interaction : interactions) {
        Record record = linkSpec.newRecord();
        record.values[linkSpec.indexOf(u"from_process")] = ids->at(interaction.from).value;
        record.values[linkSpec.indexOf(u"to_process")] = ids->at(interaction.to).value;
        record.values[linkSpec.indexOf(u"exchange")] = interaction.exchange;
        links.append(record);
    }
    const auto created = RecordService(db, linkSpec).createMany(links);
    if (!created) {
        return created.error();
    }
    return {};
}

} // namespace isms
