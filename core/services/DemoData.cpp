// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoData.h"

#include "domain/Entities.h"
#include "services/DemoAssessmentRuns.h"
#include "services/DemoAudits.h"
#include "services/DemoContext.h"
#include "services/DemoDocuments.h"
#include "services/DemoEvidence.h"
#include "services/DemoImprovement.h"
#include "services/DemoMetrics.h"
#include "services/DemoPeople.h"
#include "services/DemoPlanning.h"
#include "services/DemoProcesses.h"
#include "services/DemoRegisters.h"
#include "services/DemoResources.h"
#include "services/DemoReviews.h"
#include "services/DemoSoaHistory.h"
#include "services/NonconformityService.h"
#include "services/RecordService.h"
#include "services/RequirementService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

// Synthetic sample organisation: a mid-sized logistics software company. Every sentence is ours.
struct ControlPlan
{
    const char16_t *ref;
    ImplementationStatus status;
    const char16_t *owner;
    const char16_t *notes;
};

constexpr auto Done = ImplementationStatus::Implemented;
constexpr auto Part = ImplementationStatus::Partial;
constexpr auto Plan = ImplementationStatus::Planned;
constexpr auto Open = ImplementationStatus::NotStarted;
constexpr auto NotApp = ImplementationStatus::NotApplicable;

const std::initializer_list<ControlPlan> SpecificControls{
    {u"5.1",
     Done,
     u"Chief Information Security Officer",
     u"Policy set approved by the board; annual review booked."},
    {u"5.2", Done, u"Chief Information Security Officer", u"RACI chart published on the intranet."},
    {u"5.7",
     Part,
     u"Security Operations Lead",
     u"Feeds from two industry groups; triage routine still informal."},
    {u"5.9",
     Part,
     u"IT Operations Manager",
     u"Inventory covers servers and laptops; SaaS tools still missing."},
    {u"5.15",
     Done,
     u"Identity and Access Lead",
     u"Role-based access model in place for all production systems."},
    {u"5.19", Part, u"Procurement Lead", u"Supplier security questionnaire in use for new suppliers only."},
    {u"5.23", Plan, u"Head of Engineering", u"Cloud usage rules drafted; approval expected next quarter."},
    {u"5.24", Done, u"Security Operations Lead", u"Incident runbook tested in a tabletop exercise."},
    {u"5.29", Part, u"IT Operations Manager", u"Business impact analysis done; failover test pending."},
    {u"5.30", Plan, u"IT Operations Manager", u"ICT continuity plan to follow the business impact analysis."},
    {u"5.31", Done, u"Legal Counsel", u"Register of legal and contractual requirements kept by Legal."},
    {u"5.34", Done, u"Data Protection Officer", u"Records of processing kept; privacy notices reviewed."},
    {u"6.1", Done, u"HR Manager", u"Background checks for all new starters, scaled to the role."},
    {u"6.3", Part, u"HR Manager", u"Annual awareness course live; phishing drills start next quarter."},
    {u"6.7", Done, u"IT Operations Manager", u"Remote working rules signed by every employee."},
    {u"7.4", Open, u"Facilities Manager", u"Camera coverage of the office entrance to be assessed."},
    {u"7.6",
     NotApp,
     u"Facilities Manager",
     u"No secure areas: all servers are hosted by the cloud provider."},
    {u"7.11",
     NotApp,
     u"Facilities Manager",
     u"Supporting utilities are the cloud provider's responsibility."},
    {u"8.7", Done, u"IT Operations Manager", u"Endpoint protection on every managed device."},
    {u"8.9",
     Part,
     u"Head of Engineering",
     u"Baseline configurations defined for servers; laptops to follow."},
    {u"8.10",
     Plan,
     u"Data Protection Officer",
     u"Retention-driven deletion to be automated in the data platform."},
    {u"8.11", Open, u"Head of Engineering", u"Masking of test data not yet started."},
    {u"8.12", Plan, u"Security Operations Lead", u"DLP rules for e-mail under evaluation."},
    {u"8.16", Part, u"Security Operations Lead", u"Central logging live; alert tuning in progress."},
    {u"8.23", Done, u"IT Operations Manager", u"DNS filtering enabled for office and remote users."},
    {u"8.24", Done, u"Head of Engineering", u"Key management rules approved; TLS 1.2+ enforced."},
    {u"8.28", Part, u"Head of Engineering", u"Secure coding guideline published; training half complete."},
    {u"8.30", NotApp, u"Head of Engineering", u"All development is done in-house; nothing is outsourced."},
};

const QHash<int, const char16_t *> OwnerByTheme{
    {0, u"Chief Information Security Officer"},
    {1, u"HR Manager"},
    {2, u"Facilities Manager"},
    {3, u"IT Operations Manager"},
};

/// A stable status for controls without a specific plan: mostly implemented, some work in progress.
ImplementationStatus defaultStatus(int position)
{
    switch (position % 9) {
    case 2:
    case 6:
        return Part;
    case 4:
        return Plan;
    case 8:
        return Open;
    default:
        return Done;
    }
}

/// The reasons a demo control is included for: the law and contracts for the legal and privacy
/// controls, the business and good practice for the rest.
QString reasonsFor(const QString &ref)
{
    static const QStringList legal{u"5.31"_s, u"5.32"_s, u"5.33"_s, u"5.34"_s, u"6.6"_s};
    static const QStringList contractual{u"5.19"_s, u"5.20"_s, u"5.21"_s, u"5.22"_s, u"5.23"_s};
    if (legal.contains(ref)) {
        return u"legal, contractual"_s;
    }
    if (contractual.contains(ref)) {
        return u"contractual, business"_s;
    }
    return u"business, good-practice"_s;
}

/// The documents the demo's controls name in the SoA (ids of the demo's document register to come).
QString relatedDocuments(const QString &ref)
{
    static const QHash<QString, QString> documents{
        {u"5.1"_s, u"POL-001 Information security policy; POL-002 Topic-specific policies"_s},
        {u"5.15"_s, u"PRO-004 Access management procedure; REC-011 Quarterly access reviews"_s},
        {u"5.24"_s, u"PRO-007 Incident response runbook"_s},
        {u"6.3"_s, u"PLN-002 Awareness programme; REC-014 Training attendance"_s},
        {u"8.13"_s, u"PRO-009 Backup and restore procedure; REC-020 Restore test log"_s},
    };
    return documents.value(ref);
}

/// The Statement of Applicability of the demo: reasons for every included control, the justification
/// of each exclusion (the plan's note), how implemented controls are implemented and when they were
/// last reviewed.
Result<void> writeApplicability(Database &db, const QDate &today, const QHash<QString, ControlPlan> &specific)
{
    RecordService controls(db, controlSpec());
    const auto records = controls.all();
    if (!records) {
        return records.error();
    }
    const EntitySpec &spec = controlSpec();
    QList<RecordChange> changes;
    int position = 0;
    for (const Record &record : *records) {
        ++position;
        const QString ref = EntitySpec::refOf(record);
        const QString status = record.values.at(spec.indexOf(u"status")).toString();
        const QString notes = record.values.at(spec.indexOf(u"notes")).toString();
        QHash<QString, QVariant> values;
        if (status == u"not-applicable") {
            values.insert(u"justification"_s,
                          specific.contains(ref) ? notes : u"Outside the scope of the ISMS."_s);
        } else {
            values.insert(u"reasons"_s, reasonsFor(ref));
        }
        if (const QString documents = relatedDocuments(ref); !documents.isEmpty()) {
            values.insert(u"documents"_s, documents);
        }
        if (status == u"implemented" || status == u"partial") {
            values.insert(u"implementation"_s, notes);
            values.insert(u"last_reviewed"_s, today.addDays(-20 - (position * 7) % 150));
        }
        changes.append(RecordChange{record.id, values});
    }
    return controls.updateMany(changes);
}

QString defaultNotes(ImplementationStatus status)
{
    switch (status) {
    case ImplementationStatus::Implemented:
        return QStringLiteral("In place and evidenced; checked at the last internal audit.");
    case ImplementationStatus::Partial:
        return QStringLiteral("Partly in place; the remaining work is in the treatment plan.");
    case ImplementationStatus::Planned:
        return QStringLiteral("Scheduled in the treatment plan with budget approved.");
    case ImplementationStatus::NotStarted:
        return QStringLiteral("Not started yet; owner to propose an approach.");
    case ImplementationStatus::NotApplicable:
        return QStringLiteral("Excluded; see the justification in the Statement of Applicability.");
    }
    return {};
}

QDate targetFor(ImplementationStatus status, const QDate &today, int position)
{
    switch (status) {
    case ImplementationStatus::Partial:
        return today.addDays(30 + (position * 7) % 90);
    case ImplementationStatus::Planned:
        return today.addDays(60 + (position * 11) % 120);
    case ImplementationStatus::NotStarted:
        return today.addDays(120 + (position * 13) % 120);
    default:
        return {};
    }
}

} // namespace

QString DemoData::organisation()
{
    return QStringLiteral("Harbourline Logistics Ltd");
}

namespace {

/// The demo's audit-to-improvement chain: the audit's major finding raises a nonconformity in one
/// step, as a user would with "Raise nonconformity", and the nonconformity gets its first action.
Result<void> raiseFromMajorFinding(Database &db, const QDate &today)
{
    const auto findings = RecordService(db, findingSpec()).all();
    if (!findings) {
        return findings.error();
    }
    const EntitySpec &spec = findingSpec();
    const auto major = std::find_if(findings->cbegin(), findings->cend(), [&spec](const Record &finding) {
        return finding.values.at(spec.indexOf(u"type")).toString() == u"major_nc";
    });
    if (major == findings->cend()) {
        return {};
    }
    const auto raised =
        NonconformityService(db).raiseFromFinding(EntitySpec::refOf(*major), today.addDays(-40));
    if (!raised) {
        return raised.error();
    }
    const EntitySpec &actions = correctiveActionSpec();
    Record action = actions.newRecord();
    action.values[actions.indexOf(u"nonconformity")] = raised->id.value;
    action.values[actions.indexOf(u"action")] =
        QStringLiteral("Schedule a restore test of the production database every quarter");
    action.values[actions.indexOf(u"due_date")] = today.addDays(30);
    action.values[actions.indexOf(u"status")] = QStringLiteral("in-progress");
    if (auto created = RecordService(db, actions).create(action); !created) {
        return created.error();
    }
    return {};
}

} // namespace

Result<void> DemoData::fill(Database &db, const QDate &today, int riskCount)
{
    if (riskCount < 1 || riskCount > MaxRiskCount) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::DemoData",
                                                 "The demo holds between 1 and %1 risks; %2 is outside that "
                                                 "range.")
                         .arg(MaxRiskCount)
                         .arg(riskCount),
                     {}};
    }
    RequirementService service(db);
    const auto controls = service.controls();
    if (!controls) {
        return controls.error();
    }
    QHash<QString, ControlPlan> specific;
    for (const ControlPlan &plan : SpecificControls) {
        specific.insert(QString::fromUtf16(plan.ref), plan);
    }

    QList<std::pair<RequirementKey, RequirementChange>> changes;
    int position = 0;
    for (const Control &control : *controls) {
        ++position;
        RequirementChange change;
        if (const auto found = specific.constFind(control.ref); found != specific.constEnd()) {
            change.status = found->status;
            change.owner = QString::fromUtf16(found->owner);
            change.notes = QString::fromUtf16(found->notes);
        } else {
            change.status = defaultStatus(position);
            change.owner = QString::fromUtf16(OwnerByTheme.value(static_cast<int>(control.theme)));
            change.notes = defaultNotes(*change.status);
        }
        if (const QDate target = targetFor(*change.status, today, position); target.isValid()) {
            change.targetDate = target;
        }
        changes.append({{RequirementKind::Control, control.ref}, change});
    }

    const auto clauses = service.clauses();
    if (!clauses) {
        return clauses.error();
    }
    position = 0;
    for (const Clause &clause : *clauses) {
        ++position;
        RequirementChange change;
        const bool inProgress = clause.ref.startsWith(u"9.2") || clause.ref.startsWith(u"9.3")
                                || clause.ref == u"10.2" || clause.ref == u"6.3";
        change.status = inProgress ? Part : Done;
        change.owner = clause.ref.startsWith(u'5') ? QStringLiteral("Managing Director")
                                                   : QStringLiteral("ISMS Manager");
        if (inProgress) {
            change.notes = QStringLiteral("First cycle under way; records to be completed before stage 2.");
            change.targetDate = today.addDays(45 + position * 3);
        } else if (!clause.documentedInformation.isEmpty()) {
            change.notes =
                QStringLiteral("Documented information approved and filed in the document register.");
        }
        changes.append({{RequirementKind::Clause, clause.ref}, change});
    }
    if (auto updated = service.updateMany(changes); !updated) {
        return updated;
    }
    if (auto soa = writeApplicability(db, today, specific); !soa) {
        return soa;
    }
    if (auto registers = DemoRegisters::write(db, today, riskCount); !registers) {
        return registers;
    }
    if (auto evidence = DemoEvidence::write(db, today); !evidence) {
        return evidence;
    }
    if (auto soa = DemoSoaHistory::write(db, today); !soa) {
        return soa;
    }
    if (auto context = DemoContext::write(db, today); !context) {
        return context;
    }
    if (auto planning = DemoPlanning::write(db, today); !planning) {
        return planning;
    }
    if (auto processes = DemoProcesses::write(db, today); !processes) {
        return processes;
    }
    if (auto resources = DemoResources::write(db, today); !resources) {
        return resources;
    }
    if (auto people = DemoPeople::write(db, today); !people) {
        return people;
    }
    // The review of a year ago freezes its inputs now, before the later measurements, documents,
    // nonconformities, runs and audits exist.
    if (auto review = DemoReviews::writeFirst(db, today); !review) {
        return review;
    }
    if (auto metrics = DemoMetrics::write(db, today); !metrics) {
        return metrics;
    }
    if (auto documents = DemoDocuments::write(db, today); !documents) {
        return documents;
    }
    if (auto improvement = DemoImprovement::write(db, today); !improvement) {
        return improvement;
    }
    if (auto runs = DemoAssessmentRuns::write(db, today); !runs) {
        return runs;
    }
    if (auto audits = DemoAudits::write(db, today); !audits) {
        return audits;
    }
    if (auto chain = raiseFromMajorFinding(db, today); !chain) {
        return chain;
    }
    return DemoReviews::writeRecent(db, today);
}

} // namespace isms
