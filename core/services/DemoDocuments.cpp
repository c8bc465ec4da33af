// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoDocuments.h"

#include "domain/Entities.h"
#include "services/DocumentService.h"
#include "services/EvidenceService.h"
#include "services/RecordService.h"

using namespace Qt::StringLiterals;

namespace isms {

namespace {

using Values = QList<std::pair<QString, QVariant>>;

Result<QList<RecordId>> create(Database &db, const EntitySpec &spec, const QList<Values> &rows)
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

struct DemoDocument
{
    Values fields;
    QString version;
    QString versionStatus;
    int approvedDaysAgo = 0;
    QString fileName;
    QString body;
};

QList<DemoDocument> documents(const QDate &today)
{
    const auto common = [](Values fields) {
        fields.append({u"classification"_s, u"Internal"_s});
        fields.append({u"retention"_s, u"Until replaced, then 3 years"_s});
        fields.append({u"distribution"_s, u"All staff, through the intranet"_s});
        fields.append({u"access"_s, u"Read: all staff; change: the owner"_s});
        fields.append({u"disposal"_s, u"Archived copy deleted after retention"_s});
        return fields;
    };
    return {
        {common({{u"title"_s, u"Information security policy"_s},
                 {u"type"_s, u"policy"_s},
                 {u"clauses"_s, u"5.2"_s},
                 {u"owner"_s, u"Managing Director"_s},
                 {u"status"_s, u"approved"_s},
                 {u"next_review"_s, today.addDays(200)},
                 {u"states_objectives"_s, true},
                 {u"commits_requirements"_s, true},
                 {u"commits_improvement"_s, true}}),
         u"1.0"_s,
         u"approved"_s,
         160,
         u"information-security-policy-1.0.txt"_s,
         u"Information security policy of the demo organisation, version 1.0.\n"
         "We protect the information of our customers and our own as the basis of our logistics service.\n"
         "Objectives are set each year in the management review and tracked in the ISMS.\n"
         "We meet the legal, contractual and other requirements that apply to our information.\n"
         "We keep improving the ISMS from audits, incidents and measurements.\n"_s},
        {common({{u"title"_s, u"Access control policy"_s},
                 {u"type"_s, u"topic_policy"_s},
                 {u"topic"_s, u"A.5.15, A.5.18, A.8.2"_s},
                 {u"owner"_s, u"CISO"_s},
                 {u"status"_s, u"approved"_s},
                 {u"next_review"_s, today.addDays(-20)}}),
         u"1.0"_s,
         u"approved"_s,
         390,
         u"access-control-policy-1.0.txt"_s,
         u"Access control policy, version 1.0.\nAccess follows need to know; rights are reviewed each "
         "quarter.\n"_s},
        {common({{u"title"_s, u"Backup policy"_s},
                 {u"type"_s, u"topic_policy"_s},
                 {u"topic"_s, u"A.8.13"_s},
                 {u"owner"_s, u"IT Operations"_s},
                 {u"status"_s, u"in_review"_s},
                 {u"next_review"_s, today.addDays(60)}}),
         u"0.9"_s,
         u"in_review"_s,
         0,
         u"backup-policy-0.9.txt"_s,
         u"Backup policy, draft 0.9.\nDaily backups, kept 30 days, restored as a test each month.\n"_s},
        {common({{u"title"_s, u"Risk assessment procedure"_s},
                 {u"type"_s, u"procedure"_s},
                 {u"clauses"_s, u"6.1.2, 8.2"_s},
                 {u"owner"_s, u"ISMS Manager"_s},
                 {u"status"_s, u"approved"_s},
                 {u"next_review"_s, today.addDays(120)}}),
         u"2.0"_s,
         u"approved"_s,
         90,
         u"risk-assessment-procedure-2.0.txt"_s,
         u"Risk assessment procedure, version 2.0.\nRisks are assessed once a year and after each "
         "significant change, on the scales of the risk method.\n"_s},
        {common({{u"title"_s, u"Incident response procedure"_s},
                 {u"type"_s, u"procedure"_s},
                 {u"owner"_s, u"CISO"_s},
                 {u"status"_s, u"draft"_s},
                 {u"next_review"_s, today.addDays(30)}}),
         u"0.1"_s,
         u"draft"_s,
         0,
         u"incident-response-0.1.txt"_s,
         u"Incident response procedure, first draft.\n"_s},
        {common({{u"title"_s, u"Risk treatment plan"_s},
                 {u"type"_s, u"plan"_s},
                 {u"clauses"_s, u"6.1.3, 8.3"_s},
                 {u"owner"_s, u"ISMS Manager"_s},
                 {u"status"_s, u"approved"_s},
                 {u"next_review"_s, today.addDays(180)}}),
         u"1.1"_s,
         u"approved"_s,
         40,
         u"risk-treatment-plan-1.1.txt"_s,
         u"Risk treatment plan, version 1.1, as exported from the treatment plan page.\n"_s},
        {common({{u"title"_s, u"Awareness training attendance"_s},
                 {u"type"_s, u"record"_s},
                 {u"clauses"_s, u"7.2, 7.3"_s},
                 {u"owner"_s, u"ISMS Manager"_s},
                 {u"status"_s, u"approved"_s},
                 {u"next_review"_s, today.addDays(300)}}),
         u"2026"_s,
         u"approved"_s,
         30,
         u"awareness-attendance.txt"_s,
         u"Awareness training attendance list.\n"_s},
        {common({{u"title"_s, u"Internal audit programme 2027-2029"_s},
                 {u"type"_s, u"plan"_s},
                 {u"clauses"_s, u"9.2.2"_s},
                 {u"owner"_s, u"ISMS Manager"_s},
                 {u"status"_s, u"approved"_s},
                 {u"next_review"_s, today.addDays(330)}}),
         u"1.0"_s,
         u"approved"_s,
         20,
         u"internal-audit-programme-1.0.txt"_s,
         u"Internal audit programme 2027-2029: every clause and the applicable controls over three years, "
         "the cloud service and access management first.\n"_s},
        {common({{u"title"_s, u"General Data Protection Regulation (EU) 2016/679"_s},
                 {u"type"_s, u"external"_s},
                 {u"clauses"_s, u"7.5.3"_s},
                 {u"owner"_s, u"Data Protection Officer"_s},
                 {u"status"_s, u"approved"_s},
                 {u"next_review"_s, today.addDays(240)}}),
         u"2016/679"_s,
         u"approved"_s,
         400,
         u"gdpr-reference.txt"_s,
         u"Where the demo organisation keeps the official text of the regulation, and who follows its "
         "changes.\n"_s},
    };
}

Result<void> writeDuties(Database &db, const QDate &today)
{
    const EntitySpec &spec = leadershipDutySpec();
    RecordService service(db, spec);
    const auto duties = service.all();
    if (!duties) {
        return duties.error();
    }
    const QStringList how{
        u"The policy and the yearly objectives were approved in the management review."_s,
        u"Security steps are part of the onboarding, purchasing and release checklists."_s,
        u"A security budget line and half a position for the ISMS Manager were approved."_s,
        u"The Managing Director opened the awareness day with a talk on why security matters."_s,
        u"The management review looks at the objectives and the audit results each year."_s,
        u"Team leads have security goals in their yearly targets."_s,
        u"Improvements from audits are tracked in the improvement log and reviewed quarterly."_s,
        u"Department heads present their security topics in the management meeting."_s,
    };
    EvidenceService evidence(db);
    for (qsizetype i = 0; i < duties->size() && i < how.size(); ++i) {
        const Record &duty = duties->at(i);
        if (auto changed = service.update(duty.id,
                                          {{u"status"_s, u"shown"_s},
                                           {u"how_shown"_s, how.at(i)},
                                           {u"owner"_s, u"Managing Director"_s},
                                           {u"last_reviewed"_s, today.addDays(-40)}});
            !changed) {
            return changed;
        }
        if (i == 5) {
            continue; // a gap on purpose: shown, but nothing proves it yet
        }
        const QString ref = EntitySpec::refOf(duty);
        const QByteArray note = (u"Minutes excerpt for "_s + ref + u": "_s + how.at(i)
                                 + u"\nRecorded by the ISMS Manager; the full minutes are kept with the "
                                   "management meeting records.\n"_s)
                                    .toUtf8();
        if (auto attached = evidence.attachData(spec.key,
                                                ref,
                                                u"minutes-"_s + ref.toLower() + u".txt"_s,
                                                note,
                                                {.evidenceDate = today.addDays(-40)});
            !attached) {
            return attached.error();
        }
    }
    return {};
}

} // namespace

Result<void> DemoDocuments::write(Database &db, const QDate &today)
{
    // The people are the demo's own (DemoPeople, written before): everyone acknowledged the policy.
    const auto people = RecordService(db, personSpec()).all();
    if (!people) {
        return people.error();
    }
    QList<RecordId> personIds;
    for (const Record &person : *people) {
        personIds.append(person.id);
    }
    if (personIds.size() < 4) {
        return Error{ErrorCode::InvalidArgument, u"The demo's documents need its people first."_s, {}};
    }
    DocumentService versions(db);
    const QList<DemoDocument> demo = documents(today);
    QList<RecordId> documentIds;
    for (const DemoDocument &document : demo) {
        // A document is approved once its version is: it starts in review.
        Values fields = document.fields;
        QString finalStatus;
        for (auto &[key, value] : fields) {
            if (key == u"status") {
                finalStatus = value.toString();
                if (finalStatus == u"approved") {
                    value = u"in_review"_s;
                }
            }
        }
        const auto ids = create(db, documentSpec(), {fields});
        if (!ids) {
            return ids.error();
        }
        const QString ref =
            EntitySpec::refOf(RecordService(db, documentSpec()).get(ids->constFirst()).value());
        QHash<QString, QVariant> values{{u"version"_s, document.version},
                                        {u"status"_s, document.versionStatus},
                                        {u"author"_s, u"Aylin Demir"_s},
                                        {u"change_note"_s, u"First issue."_s}};
        if (document.versionStatus == u"approved") {
            values.insert(u"approver"_s, u"Maren Holt"_s);
            values.insert(u"approval_date"_s, today.addDays(-document.approvedDaysAgo));
        }
        if (auto added = versions.addVersionData(ref, document.fileName, document.body.toUtf8(), values);
            !added) {
            return added.error();
        }
        if (finalStatus == u"approved") {
            if (auto approved = RecordService(db, documentSpec())
                                    .update(ids->constFirst(), {{u"status"_s, u"approved"_s}});
                !approved) {
                return approved;
            }
        }
        documentIds.append(ids->constFirst());
    }
    QList<Values> acknowledgements;
    const QStringList channels{u"meeting"_s, u"email"_s, u"training"_s, u"intranet"_s};
    for (qsizetype i = 0; i < personIds.size(); ++i) {
        acknowledgements.append({{u"document"_s, documentIds.at(0).value},
                                 {u"person"_s, personIds.at(i).value},
                                 {u"acknowledged_on"_s, today.addDays(-150 + int(i))},
                                 {u"channel"_s, channels.at(i % channels.size())}});
    }
    acknowledgements.append({{u"document"_s, documentIds.at(1).value},
                             {u"person"_s, personIds.at(3).value},
                             {u"acknowledged_on"_s, today.addDays(-300)},
                             {u"channel"_s, u"signed_copy"_s}});
    if (auto created = create(db, acknowledgementSpec(), acknowledgements); !created) {
        return created.error();
    }
    return writeDuties(db, today);
}

} // namespace isms
