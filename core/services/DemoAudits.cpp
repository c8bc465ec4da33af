// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoAudits.h"

#include "domain/Entities.h"
#include "services/AuditChecklist.h"
#include "services/RecordService.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

using Values = QList<std::pair<QString, QVariant>>;

Result<RecordId> create(Database &db, const EntitySpec &spec, const Values &values)
{
    Record record = spec.newRecord();
    for (const auto &[key, value] : values) {
        record.values[spec.indexOf(key)] = value;
    }
    return RecordService(db, spec).create(record);
}

/// An answer to a checklist item, by requirement.
struct Answer
{
    QString requirement;
    QString result;
    QString grade;
    QString notes;
    QString evidence;
};

} // namespace

Result<void> DemoAudits::write(Database &db, const QDate &today)
{
    const auto people = RecordService(db, personSpec()).all();
    if (!people) {
        return people.error();
    }
    QHash<QString, qint64> person;
    for (const Record &row : *people) {
        person.insert(row.values.at(personSpec().indexOf(u"name")).toString(), row.id.value);
    }
    const qint64 auditor = person.value(u"Nora Eklund"_s);
    const qint64 ismsManager = person.value(u"Aylin Demir"_s);
    const qint64 director = person.value(u"Maren Holt"_s);
    if (auditor == 0 || ismsManager == 0 || director == 0) {
        return {}; // a demo without the people register
    }

    const QDate auditStart = today.addDays(-62);
    const QDate reported = today.addDays(-50);
    const auto programme = create(
        db,
        auditProgrammeSpec(),
        {{u"title"_s, u"Internal audit programme, three-year cycle"_s},
         {u"cycle_start"_s, QDate(today.year() - 1, 1, 1)},
         {u"cycle_end"_s, QDate(today.year() + 1, 12, 31)},
         {u"objectives"_s,
          u"Show that the ISMS meets ISO/IEC 27001 and our own policies; find weak spots before the "
          u"certification body does; give management a yearly picture of how well the controls work."_s},
         {u"methods"_s,
          u"One full-scope audit a year (interviews, document review, sampling of records and tickets), plus "
          u"focused audits of single processes, on site or remote."_s},
         {u"weighting"_s,
          u"Cloud operations and software development are audited every year, as most risks sit there; "
          u"other processes at least once per cycle. Areas with nonconformities are audited again within "
          u"six months."_s},
         {u"owner"_s, ismsManager},
         {u"reported_on"_s, today.addDays(-40)},
         {u"reported_to"_s, director},
         {u"status"_s, u"approved"_s}});
    if (!programme) {
        return programme.error();
    }

    const auto full = create(
        db,
        auditSpec(),
        {{u"programme"_s, programme->value},
         {u"title"_s, u"Full-scope internal audit"_s},
         {u"full_scope"_s, true},
         {u"scope"_s,
          u"The whole ISMS: clauses 4 to 10, every applicable Annex A control and our policies."_s},
         {u"criteria"_s, u"ISO/IEC 27001:2022, the Statement of Applicability and the approved policies."_s},
         {u"method"_s, u"combined"_s},
         {u"planned_start"_s, auditStart},
         {u"planned_end"_s, auditStart.addDays(5)},
         {u"actual_start"_s, auditStart},
         {u"actual_end"_s, auditStart.addDays(6)},
         {u"lead_auditor"_s, auditor},
         {u"status"_s, u"reported"_s},
         {u"report_date"_s, reported},
         {u"conclusion"_s,
          u"The ISMS is in place and largely effective. Backups are not tested as planned (major); access "
          u"reviews and supplier reviews are late (minor). Management should act on the backup tests "
          u"before the certification audit."_s}});
    if (!full) {
        return full.error();
    }
    const auto fullRecord = RecordService(db, auditSpec()).get(*full);
    if (!fullRecord) {
        return fullRecord.error();
    }
    const auto generated = AuditChecklist::generate(db, EntitySpec::refOf(*fullRecord));
    if (!generated) {
        return generated.error();
    }

    const QList<Answer> answers{
        {u"A.8.13"_s,
         u"nonconformity"_s,
         u"major"_s,
         u"No restore test of the production database in the last nine months; the plan asks for one "
         u"every quarter."_s,
         u"Backup reports of the last three quarters; restore test log (last entry nine months ago)."_s},
        {u"A.5.18"_s,
         u"nonconformity"_s,
         u"minor"_s,
         u"The half-yearly access review of the cloud console is three months late."_s,
         u"Access review tickets; list of console accounts."_s},
        {u"A.5.22"_s,
         u"nonconformity"_s,
         u"minor"_s,
         u"Two of five sampled suppliers have no yearly review on record."_s,
         u"Supplier files of the hosting provider, the payroll bureau and three others."_s},
        {u"7.3"_s,
         u"observation"_s,
         {},
         u"Two new support staff could not say where to report a phishing mail, though both had the "
         u"training."_s,
         u"Interviews in customer support."_s},
        {u"A.7.7"_s,
         u"observation"_s,
         {},
         u"Papers with customer names left on desks in the meeting room overnight."_s,
         u"Walk-through of the office."_s},
        {u"9.1"_s,
         u"improvement"_s,
         {},
         u"The metrics could show trends per quarter to make the management review easier."_s,
         u"Metric reports."_s},
    };
    const EntitySpec &item = checklistItemSpec();
    RecordService items(db, item);
    const auto all = items.all();
    if (!all) {
        return all.error();
    }
    QList<RecordChange> changes;
    QHash<QString, QString> refByRequirement;
    for (const Record &row : *all) {
        const QString requirement = row.values.at(item.indexOf(u"requirement")).toString();
        refByRequirement.insert(requirement, EntitySpec::refOf(row));
        QHash<QString, QVariant> values{{u"result"_s, u"conforming"_s}};
        for (const Answer &answer : answers) {
            if (answer.requirement == requirement) {
                values = {{u"result"_s, answer.result},
                          {u"grade"_s, answer.grade},
                          {u"notes"_s, answer.notes},
                          {u"evidence"_s, answer.evidence}};
            }
        }
        changes.append({row.id, values});
    }
    if (auto answered = items.updateMany(changes); !answered) {
        return answered;
    }
    for (const Answer &answer : answers) {
        const QString ref = refByRequirement.value(answer.requirement);
        if (ref.isEmpty()) {
            continue; // a control the demo's SoA excludes
        }
        if (const auto raised = AuditChecklist::raiseFinding(db, ref); !raised) {
            return raised.error();
        }
    }

    const QDate planned = today.addDays(75);
    const auto supplierAudit = create(
        db,
        auditSpec(),
        {{u"programme"_s, programme->value},
         {u"title"_s, u"Supplier management follow-up audit"_s},
         {u"scope"_s,
          u"Supplier management: agreements, yearly reviews and the follow-up of the minor "
          u"nonconformity on supplier reviews."_s},
         {u"criteria"_s, u"ISO/IEC 27001:2022 clause 8.1, controls A.5.19 to A.5.22, the supplier policy."_s},
         {u"method"_s, u"remote"_s},
         {u"planned_start"_s, planned},
         {u"planned_end"_s, planned.addDays(1)},
         {u"lead_auditor"_s, auditor},
         {u"status"_s, u"planned"_s}});
    if (!supplierAudit) {
        return supplierAudit.error();
    }
    for (const QString &control : {u"5.19"_s, u"5.20"_s, u"5.21"_s, u"5.22"_s}) {
        if (auto linked =
                create(db, auditControlSpec(), {{u"audit"_s, supplierAudit->value}, {u"control"_s, control}});
            !linked) {
            return linked.error();
        }
    }
    if (auto linked =
            create(db, auditClauseSpec(), {{u"audit"_s, supplierAudit->value}, {u"clause"_s, u"8.1"_s}});
        !linked) {
        return linked.error();
    }
    return {};
}

} // namespace isms
