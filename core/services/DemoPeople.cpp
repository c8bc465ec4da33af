// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoPeople.h"

#include "domain/Entities.h"
#include "services/RecordService.h"
#include "storage/RecordRepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

using Value = std::pair<QString, QVariant>;
using Values = QList<Value>;

Result<QList<RecordId>> createAll(Database &db, const EntitySpec &spec, const QList<Values> &rows)
{
    QList<Record> records;
    for (const Values &values : rows) {
        Record record = spec.newRecord();
        for (const auto &[key, value] : values) {
            record.values[spec.indexOf(key)] = value;
        }
        records.append(record);
    }
    return RecordService(db, spec).createMany(records);
}

enum Person : int
{
    Director,
    Technology,
    IsmsManager,
    Operations,
    People,
    Support,
    Finance,
    Auditor,
};

enum Role : int
{
    TopManagement,
    IsmsRole,
    EngineeringRole,
    OperationsRole,
    PeopleRole,
    SupportRole,
    FinanceRole,
    AuditRole,
};

/// The demo processes by name (DemoProcesses wrote them).
Result<QHash<QString, RecordId>> processesByName(const Database &db)
{
    const EntitySpec &spec = processSpec();
    const auto records = RecordRepository(db, spec).all();
    if (!records) {
        return records.error();
    }
    QHash<QString, RecordId> byName;
    for (const Record &record : *records) {
        byName.insert(record.values.at(spec.indexOf(u"name")).toString(), record.id);
    }
    return byName;
}

Result<void> writeRaci(Database &db, const QList<RecordId> &roles)
{
    const auto processes = processesByName(db);
    if (!processes) {
        return processes.error();
    }

    struct Row
    {
        QString process;
        QList<std::pair<int, QString>> cells; ///< role index, letter
    };

    // Payroll has no Accountable role: the gap left for the readiness check.
    const QList<Row> rows{
        {u"Software development"_s,
         {{EngineeringRole, u"A"_s}, {OperationsRole, u"C"_s}, {IsmsRole, u"C"_s}, {SupportRole, u"I"_s}}},
        {u"Cloud operations"_s, {{OperationsRole, u"A"_s}, {EngineeringRole, u"C"_s}, {IsmsRole, u"C"_s}}},
        {u"Customer support"_s, {{SupportRole, u"A"_s}, {EngineeringRole, u"C"_s}, {IsmsRole, u"I"_s}}},
        {u"HR onboarding"_s, {{PeopleRole, u"A"_s}, {OperationsRole, u"R"_s}, {IsmsRole, u"C"_s}}},
        {u"Supplier management"_s, {{FinanceRole, u"A"_s}, {IsmsRole, u"C"_s}, {OperationsRole, u"C"_s}}},
        {u"Payroll"_s, {{FinanceRole, u"R"_s}, {PeopleRole, u"C"_s}}},
        {u"Incident management"_s,
         {{IsmsRole, u"A"_s},
          {OperationsRole, u"R"_s},
          {EngineeringRole, u"R"_s},
          {SupportRole, u"C"_s},
          {TopManagement, u"I"_s}}},
        {u"Internal audit"_s, {{TopManagement, u"A"_s}, {AuditRole, u"R"_s}, {IsmsRole, u"I"_s}}},
        {u"Management review"_s, {{TopManagement, u"A"_s}, {IsmsRole, u"R"_s}, {AuditRole, u"C"_s}}},
    };
    QList<Values> links;
    for (const Row &row : rows) {
        const RecordId process = processes->value(row.process);
        if (!process.isValid()) {
            continue; // a demo without that process
        }
        for (const auto &[role, letter] : row.cells) {
            links.append(Values{{u"process"_s, process.value},
                                {u"role"_s, roles.at(role).value},
                                {u"letter"_s, letter}});
        }
    }
    const auto created = createAll(db, raciAssignmentSpec(), links);
    if (!created) {
        return created.error();
    }
    return {};
}

} // namespace

Result<QList<RecordId>> DemoPeople::writePeople(Database &db)
{
    const auto person = [](const QString &name, const QString &title, const QString &department, bool top) {
        QString mail = name.toLower();
        mail.replace(u' ', u'.');
        return Values{{u"name"_s, name},
                      {u"job_title"_s, title},
                      {u"department"_s, department},
                      {u"email"_s, QString(mail + u"@harbourline.example"_s)},
                      {u"top_management"_s, top},
                      {u"status"_s, u"active"_s}};
    };
    return createAll(db,
                     personSpec(),
                     {person(u"Maren Holt"_s, u"Managing Director"_s, u"Management"_s, true),
                      person(u"Tobias Lindqvist"_s, u"Head of Engineering"_s, u"Management"_s, true),
                      person(u"Aylin Demir"_s, u"ISMS Manager"_s, u"Information Security"_s, false),
                      person(u"Priya Nair"_s, u"IT Operations Manager"_s, u"IT Operations"_s, false),
                      person(u"Felix Brandt"_s, u"Head of People"_s, u"People"_s, false),
                      person(u"Sofia Marquez"_s, u"Support Team Lead"_s, u"Customer Support"_s, false),
                      person(u"Lukas Berg"_s, u"Head of Finance"_s, u"Finance"_s, false),
                      person(u"Nora Eklund"_s, u"Internal Auditor"_s, u"Quality"_s, false)});
}

Result<void> DemoPeople::write(Database &db, const QDate &today)
{
    const auto people = writePeople(db);
    if (!people) {
        return people.error();
    }
    const auto id = [&people](int index) { return QVariant(people->at(index).value); };
    const QDate announced = today.addDays(-210);
    const auto role = [&](const QString &name, int holder, const QString &duties, const QString &powers) {
        return Values{{u"name"_s, name},
                      {u"responsibilities"_s, duties},
                      {u"authorities"_s, powers},
                      {u"holder"_s, id(holder)},
                      {u"communicated_how"_s, u"Organisation chart on the intranet; all-hands meeting"_s},
                      {u"communicated_on"_s, announced}};
    };
    QList<Values> roleRows{
        role(u"Top management"_s,
             Director,
             u"Sets the direction of the ISMS, approves the policy and objectives, provides resources and "
             u"chairs the management review."_s,
             u"Approves the policy, the risk acceptance criteria and the budget of the ISMS."_s),
        role(u"ISMS Manager"_s,
             IsmsManager,
             u"Runs the ISMS day to day: risk assessment, Statement of Applicability, awareness, "
             u"incident handling and the reports to top management."_s,
             u"May stop a release or a supplier contract that breaks the security policy until top "
             u"management decides."_s),
        role(u"Engineering owner"_s,
             Technology,
             u"Owns software development: secure coding rules, reviews and release checks."_s,
             u"Approves releases."_s),
        role(u"Operations owner"_s,
             Operations,
             u"Owns cloud operations: access, backups, monitoring and patching."_s,
             u"Grants and removes access to production systems."_s),
        role(u"People and HR owner"_s,
             People,
             u"Owns onboarding and leaving: screening, agreements, first training."_s,
             u"Approves starters' access requests together with their manager."_s),
        role(u"Support owner"_s,
             Support,
             u"Owns customer support and passes reported security events on at once."_s,
             u"Decides how customers' requests are answered."_s),
        role(u"Finance and suppliers owner"_s,
             Finance,
             u"Owns supplier management and payroll: agreements, yearly reviews."_s,
             u"Signs supplier contracts up to the agreed limit."_s),
        role(u"Internal auditor"_s,
             Auditor,
             u"Plans and carries out internal audits and reports their results."_s,
             u"May see every record within the scope of an audit."_s),
    };
    roleRows[IsmsRole].append(Value{u"deputy"_s, id(Operations)});
    roleRows[IsmsRole].append(Value{u"ensures_conformity"_s, true});
    roleRows[IsmsRole].append(Value{u"reports_performance"_s, true});
    roleRows[TopManagement].append(Value{u"deputy"_s, id(Technology)});
    const auto roles = createAll(db, roleSpec(), roleRows);
    if (!roles) {
        return roles.error();
    }
    if (auto raci = writeRaci(db, *roles); !raci) {
        return raci;
    }

    const auto roleId = [&roles](int index) { return QVariant(roles->at(index).value); };
    const QDate assessed = today.addDays(-90);
    const auto competence =
        [&](int forRole, const QString &what, int who, const QString &level, const QString &how) {
            return Values{{u"role"_s, roleId(forRole)},
                          {u"competence"_s, what},
                          {u"person"_s, id(who)},
                          {u"level"_s, level},
                          {u"determined_how"_s, how},
                          {u"assessed_on"_s, assessed}};
        };
    const auto competences = createAll(
        db,
        competenceSpec(),
        {competence(IsmsRole,
                    u"Implementing and running an ISMS to ISO/IEC 27001"_s,
                    IsmsManager,
                    u"held"_s,
                    u"Lead implementer certificate and three years running the ISMS; certificate on file."_s),
         competence(AuditRole,
                    u"Audit techniques for management systems"_s,
                    Auditor,
                    u"partly"_s,
                    u"Has audited quality processes; no training in auditing an ISMS yet."_s),
         competence(OperationsRole,
                    u"Secure configuration of the cloud platform"_s,
                    Operations,
                    u"held"_s,
                    u"Provider's security certification; configuration reviewed by the ISMS Manager."_s),
         competence(SupportRole,
                    u"Recognising and passing on security events"_s,
                    Support,
                    u"missing"_s,
                    u"Interview with the ISMS Manager after a ticket that was passed on late."_s),
         competence(EngineeringRole,
                    u"Secure coding"_s,
                    Technology,
                    u"held"_s,
                    u"Workshop attended and code reviews checked by a second developer."_s)});
    if (!competences) {
        return competences.error();
    }

    QList<Values> trainings;
    const QString campaign = u"Awareness %1: phishing and reporting"_s.arg(today.addDays(-60).year());
    for (int who = Director; who <= Auditor; ++who) {
        trainings.append(Values{
            {u"person"_s, id(who)},
            {u"kind"_s, u"awareness"_s},
            {u"title"_s, u"Recognising phishing and reporting it"_s},
            {u"campaign"_s, campaign},
            {u"training_date"_s, today.addDays(-60)},
            {u"effectiveness"_s, u"effective"_s},
            {u"evaluated_on"_s, today.addDays(-20)},
            {u"evaluation_note"_s, u"Phishing simulation after the campaign: reported, not clicked."_s}});
    }
    trainings.append(
        Values{{u"person"_s, id(IsmsManager)},
               {u"kind"_s, u"training"_s},
               {u"title"_s, u"ISO/IEC 27001:2022 transition course"_s},
               {u"training_date"_s, today.addDays(-200)},
               {u"competence"_s, QVariant(competences->at(0).value)},
               {u"effectiveness"_s, u"effective"_s},
               {u"evaluated_on"_s, today.addDays(-150)},
               {u"evaluation_note"_s, u"The SoA was moved to the new Annex A without findings."_s}});
    trainings.append(Values{{u"person"_s, id(Auditor)},
                            {u"kind"_s, u"training"_s},
                            {u"title"_s, u"Auditing an ISMS"_s},
                            {u"training_date"_s, today.addDays(30)},
                            {u"competence"_s, QVariant(competences->at(1).value)}});
    trainings.append(Values{{u"person"_s, id(Support)},
                            {u"kind"_s, u"training"_s},
                            {u"title"_s, u"Triage of security events for support staff"_s},
                            {u"training_date"_s, today.addDays(14)},
                            {u"competence"_s, QVariant(competences->at(3).value)}});
    trainings.append(Values{{u"person"_s, id(Technology)},
                            {u"kind"_s, u"training"_s},
                            {u"title"_s, u"Secure coding workshop"_s},
                            {u"training_date"_s, today.addDays(-120)},
                            {u"competence"_s, QVariant(competences->at(4).value)},
                            {u"effectiveness"_s, u"effective"_s},
                            {u"evaluated_on"_s, today.addDays(-60)},
                            {u"evaluation_note"_s, u"Fewer review remarks on input validation since."_s}});
    if (const auto created = createAll(db, trainingSpec(), trainings); !created) {
        return created.error();
    }

    const auto communication =
        [&](const QString &what, const QString &when, const QString &whom, int who, const QString &how) {
            return Values{{u"subject"_s, what},
                          {u"timing"_s, when},
                          {u"audience"_s, whom},
                          {u"communicator"_s, id(who)},
                          {u"channel"_s, how}};
        };
    QList<Values> plan{
        communication(u"The information security policy and its changes"_s,
                      u"After each approval"_s,
                      u"All staff"_s,
                      IsmsManager,
                      u"Intranet page and all-hands meeting"_s),
        communication(u"Awareness newsletter"_s,
                      u"Quarterly"_s,
                      u"All staff"_s,
                      IsmsManager,
                      u"E-mail newsletter"_s),
        communication(u"Performance of the ISMS"_s,
                      u"Before each management review"_s,
                      u"Top management"_s,
                      IsmsManager,
                      u"Written report and meeting"_s),
        communication(u"Security incidents that affect customers"_s,
                      u"Within 24 hours of detection"_s,
                      u"Affected customers"_s,
                      Support,
                      u"E-mail and phone"_s),
        communication(u"Roles and responsibilities in the ISMS"_s,
                      u"On every change"_s,
                      u"All staff"_s,
                      People,
                      u"Organisation chart on the intranet"_s),
    };
    plan[0].append(Value{u"last_done"_s, today.addDays(-100)});
    plan[1].append(Value{u"last_done"_s, today.addDays(-40)});
    plan[1].append(Value{u"planned_date"_s, today.addDays(50)});
    plan[2].append(Value{u"last_done"_s, today.addDays(-150)});
    plan[4].append(Value{u"last_done"_s, announced});
    if (const auto created = createAll(db, communicationSpec(), plan); !created) {
        return created.error();
    }
    return {};
}

} // namespace isms
