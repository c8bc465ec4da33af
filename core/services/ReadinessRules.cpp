// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ReadinessRules.h"

#include "domain/Entities.h"
#include "services/ApplicabilityRules.h"
#include "services/ContextRules.h"
#include "services/EvidenceService.h"
#include "services/RiskMethodService.h"
#include "services/RiskRegister.h"
#include "services/RiskRules.h"
#include "storage/RecordRepository.h"

#include <QHash>

namespace isms {

namespace {

using Severity = ReadinessSeverity;

/// The row ids of a register by upper-case reference, read once per provider run.
Result<TextHash<RecordId>> idsOf(const Database &db, const EntitySpec &spec)
{
    return RecordRepository(db, spec).idsByRef();
}

/// The change-log id of the record `ref` of `spec`: the reference itself for a catalogue record,
/// otherwise its row id (empty when there is no such record).
QString logIdOf(const EntitySpec &spec, const QString &ref, const TextHash<RecordId> &ids)
{
    if (spec.isCatalogue()) {
        return ref;
    }
    const auto found = ids.constFind(ref.toUpper());
    return found == ids.constEnd() ? QString() : QString::number(found->value);
}

QString text(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.value(spec.indexOf(key)).toString().trimmed();
}

} // namespace

Result<ReadinessFinding> ReadinessRules::pointAbout(const Database &db,
                                                    const QString &rule,
                                                    const QString &kind,
                                                    const QString &ref,
                                                    const QString &message,
                                                    RefCache &refs)
{
    const EntitySpec *spec = Entities::find(kind);
    QString logId;
    if (spec && !ref.isEmpty()) {
        if (!refs.contains(spec->key)) {
            auto read = idsOf(db, *spec);
            if (!read) {
                return read.error();
            }
            refs.insert(spec->key, *read);
        }
        logId = logIdOf(*spec, ref, refs.value(spec->key));
    }
    return ReadinessFinding{.rule = rule,
                            .severity = ReadinessSeverity::Minor, // the check fills in the rule's
                            .kind = kind,
                            .id = ref,
                            .message = message,
                            .entity = spec ? spec->entity : QString(),
                            .entityId = logId};
}

ReadinessProvider ReadinessRules::context()
{
    return ReadinessProvider{
        .area = QStringLiteral("context"),
        .title = QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Context of the organisation (4)"),
        .rules =
            {
                {QStringLiteral("R-SCOPE-MISSING"),
                 Severity::Major,
                 QStringLiteral("4.3"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck", "The scope of the ISMS is recorded."),
                 QString()},
                {QStringLiteral("R-SCOPE-APPROVED"),
                 Severity::Major,
                 QStringLiteral("4.3"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck", "The scope in force is approved."),
                 QStringLiteral("R-SCOPE-MISSING")},
                {QStringLiteral("R-CLIMATE-UNDECIDED"),
                 Severity::Minor,
                 QStringLiteral("4.1"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "The scope says whether climate change is a relevant issue."),
                 QStringLiteral("R-SCOPE-MISSING")},
                {QStringLiteral("R-ISSUES-MISSING"),
                 Severity::Major,
                 QStringLiteral("4.1"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Current internal and external issues are recorded."),
                 QString()},
                {QStringLiteral("R-PARTIES-MISSING"),
                 Severity::Major,
                 QStringLiteral("4.2"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Interested parties are recorded."),
                 QString()},
                {QStringLiteral("R-PARTY-UNDECIDED"),
                 Severity::Minor,
                 QStringLiteral("4.2 c)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "For every interested party it is decided which requirements the ISMS "
                                   "addresses."),
                 QStringLiteral("R-PARTIES-MISSING")},
                {QStringLiteral("R-PARTY-HOW"),
                 Severity::Minor,
                 QStringLiteral("4.2 c)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Where the ISMS addresses a party's requirements, it says how."),
                 QStringLiteral("R-PARTIES-MISSING")},
            },
        .run = [](const ReadinessInput &input) -> Result<ReadinessOutcome> {
            const auto exists = RecordRepository(input.db, scopeSpec()).tableExists();
            if (!exists) {
                return exists.error();
            }
            if (!*exists) {
                return ReadinessOutcome();
            }
            const auto found = ContextRules::findings(input.db);
            if (!found) {
                return found.error();
            }
            RefCache refs;
            QList<ReadinessFinding> findings;
            for (const ContextFinding &point : *found) {
                auto finding = pointAbout(input.db, point.rule, point.kind, point.ref, point.message, refs);
                if (!finding) {
                    return finding.error();
                }
                findings.append(*finding);
            }
            return ReadinessOutcome(findings);
        },
    };
}

ReadinessProvider ReadinessRules::applicability()
{
    return ReadinessProvider{
        .area = QStringLiteral("applicability"),
        .title = QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Statement of Applicability (6.1.3)"),
        .rules =
            {
                {QStringLiteral("R-SOA-NO-REASON"),
                 Severity::Minor,
                 QStringLiteral("6.1.3 d)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Every included control has a reason: a risk it treats or a stated one."),
                 QString()},
                {QStringLiteral("R-SOA-NO-JUSTIFICATION"),
                 Severity::Major,
                 QStringLiteral("6.1.3 d)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Every excluded control has a justification."),
                 QString()},
                {QStringLiteral("R-SOA-EXCLUDED-USED"),
                 Severity::Major,
                 QStringLiteral("6.1.3 d)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck", "No excluded control is named by a risk."),
                 QString()},
                {QStringLiteral("R-SOA-NO-PLAN"),
                 Severity::Minor,
                 QStringLiteral("6.1.3 e)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Every included control not yet implemented has a target date or a "
                                   "treatment task."),
                 QString()},
            },
        .run = [](const ReadinessInput &input) -> Result<ReadinessOutcome> {
            if (input.schemaVersion < 7) {
                return ReadinessOutcome(); // before the Statement of Applicability
            }
            const auto found = ApplicabilityRules::findings(input.db);
            if (!found) {
                return found.error();
            }
            const auto additional = idsOf(input.db, additionalControlSpec());
            if (!additional) {
                return additional.error();
            }
            QList<ReadinessFinding> findings;
            for (const ApplicabilityFinding &point : *found) {
                const bool isAdditional = additionalControlSpec().refNumber(point.ref).has_value();
                const EntitySpec &spec = isAdditional ? additionalControlSpec() : controlSpec();
                QString rule;
                switch (point.kind) {
                case ApplicabilityFinding::Kind::NoReason:
                    rule = QStringLiteral("R-SOA-NO-REASON");
                    break;
                case ApplicabilityFinding::Kind::NoJustification:
                    rule = QStringLiteral("R-SOA-NO-JUSTIFICATION");
                    break;
                case ApplicabilityFinding::Kind::ExcludedButUsed:
                    rule = QStringLiteral("R-SOA-EXCLUDED-USED");
                    break;
                case ApplicabilityFinding::Kind::NotImplementedNoPlan:
                    rule = QStringLiteral("R-SOA-NO-PLAN");
                    break;
                }
                findings.append({.rule = rule,
                                 .kind = spec.key,
                                 .id = spec.shownRef(point.ref),
                                 .message = point.message,
                                 .entity = spec.entity,
                                 .entityId = logIdOf(spec, point.ref, *additional)});
            }
            return ReadinessOutcome(findings);
        },
    };
}

ReadinessProvider ReadinessRules::risks()
{
    return ReadinessProvider{
        .area = QStringLiteral("risks"),
        .title = QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Risk assessment and treatment (6.1, 8.2, 8.3)"),
        .rules =
            {
                {QStringLiteral("R-RISK-NO-OWNER"),
                 Severity::Major,
                 QStringLiteral("6.1.2 c) 2)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Every risk above the acceptance threshold has an owner."),
                 QString()},
                {QStringLiteral("R-RISK-NO-TREATMENT"),
                 Severity::Major,
                 QStringLiteral("6.1.3 a)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Every risk above the acceptance threshold has a treatment option."),
                 QString()},
                {QStringLiteral("R-RISK-NOT-ACCEPTED"),
                 Severity::Major,
                 QStringLiteral("6.1.3 f)"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Every residual risk above the acceptance threshold is accepted by its "
                                   "owner."),
                 QString()},
                {QStringLiteral("R-TASK-OVERDUE"),
                 Severity::Minor,
                 QStringLiteral("8.3"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck", "No treatment task is overdue."),
                 QString()},
                {QStringLiteral("R-RISK-REVIEW-OVERDUE"),
                 Severity::Minor,
                 QStringLiteral("8.2"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck", "No risk is past its review date."),
                 QString()},
            },
        .run = [](const ReadinessInput &input) -> Result<ReadinessOutcome> {
            if (input.schemaVersion < 6) {
                return ReadinessOutcome(); // before the risk register
            }
            const EntitySpec &spec = riskSpec();
            const auto risks = RecordRepository(input.db, spec).all();
            if (!risks) {
                return risks.error();
            }
            const auto plan = RiskRegister::treatmentPlan(input.db, input.today);
            if (!plan) {
                return plan.error();
            }
            const auto loaded = RiskMethodService::load(input.db);
            const RiskMethod method = loaded ? *loaded : RiskMethod::defaults();
            QList<ReadinessFinding> findings;
            const auto point = [&spec](const QString &rule, const Record &risk, const QString &message) {
                return ReadinessFinding{.rule = rule,
                                        .kind = spec.key,
                                        .id = EntitySpec::refOf(risk),
                                        .message = message,
                                        .entity = spec.entity,
                                        .entityId = spec.logId(risk)};
            };
            for (const Record &risk : *risks) {
                if (text(spec, risk, u"status") == u"closed") {
                    continue;
                }
                const QString ref = EntitySpec::refOf(risk);
                const QString title = text(spec, risk, u"title");
                const int rank = risk.values.value(spec.indexOf(u"level_rank")).toInt();
                if (method.needsRationale(rank)) {
                    const QString level = text(spec, risk, u"level");
                    if (text(spec, risk, u"owner").isEmpty()) {
                        //: %1 %2: risk reference and title; %3: its level ("High").
                        findings.append(
                            point(QStringLiteral("R-RISK-NO-OWNER"),
                                  risk,
                                  tr("%1 \"%2\" is rated %3, above the acceptance threshold, and has "
                                     "no owner; name the person accountable for it.")
                                      .arg(ref, title, level)));
                    }
                    if (text(spec, risk, u"treatment").isEmpty()) {
                        findings.append(
                            point(QStringLiteral("R-RISK-NO-TREATMENT"),
                                  risk,
                                  tr("%1 \"%2\" is rated %3, above the acceptance threshold, and no "
                                     "treatment is chosen; decide how to treat it.")
                                      .arg(ref, title, level)));
                    }
                }
                const int acceptance = RiskRules::acceptanceRank(spec, risk);
                if (method.needsRationale(acceptance) && text(spec, risk, u"signoff_by").isEmpty()) {
                    //: %3: the residual level ("High").
                    findings.append(
                        point(QStringLiteral("R-RISK-NOT-ACCEPTED"),
                              risk,
                              tr("%1 \"%2\" remains at %3, above the acceptance threshold, without "
                                 "its owner's sign-off; have the owner accept it or treat it "
                                 "further.")
                                  .arg(ref, title, method.levelName(acceptance))));
                }
                const QDate review = risk.values.value(spec.indexOf(u"next_review")).toDate();
                if (review.isValid() && review < input.today) {
                    //: %3: the review date, YYYY-MM-DD.
                    findings.append(
                        point(QStringLiteral("R-RISK-REVIEW-OVERDUE"),
                              risk,
                              tr("%1 \"%2\" was due for review on %3; reassess it and set the next "
                                 "review date.")
                                  .arg(ref, title, review.toString(Qt::ISODate))));
                }
            }
            for (const TreatmentPlanRow &task : *plan) {
                if (!task.overdue) {
                    continue;
                }
                //: %1 %2: task reference and title; %3: its risk's reference; %4: the due date, YYYY-MM-DD.
                findings.append(
                    {.rule = QStringLiteral("R-TASK-OVERDUE"),
                     .kind = treatmentTaskSpec().key,
                     .id = task.ref,
                     .message = tr("The treatment task %1 \"%2\" of risk %3 was due on %4 and is not done; "
                                   "finish it or set a new date.")
                                    .arg(task.ref, task.title, task.riskRef, task.due.toString(Qt::ISODate)),
                     .entity = spec.entity,
                     .entityId = QString::number(task.risk.value)});
            }
            return ReadinessOutcome(findings);
        },
    };
}

ReadinessProvider ReadinessRules::evidence()
{
    return ReadinessProvider{
        .area = QStringLiteral("evidence"),
        .title = QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Evidence (7.5)"),
        .rules = {{QStringLiteral("R-EVIDENCE-EXPIRED"),
                   Severity::Minor,
                   QStringLiteral("7.5.3"),
                   QT_TRANSLATE_NOOP("isms::ReadinessCheck", "No evidence file is past its expiry date."),
                   QString()}},
        .run = [](const ReadinessInput &input) -> Result<ReadinessOutcome> {
            const auto exists = RecordRepository(input.db, evidenceSpec()).tableExists();
            if (!exists) {
                return exists.error();
            }
            if (!*exists) {
                return ReadinessOutcome();
            }
            const auto expired = EvidenceService::expired(input.db, input.today);
            if (!expired) {
                return expired.error();
            }
            TextHash<TextHash<RecordId>> ids;
            QList<ReadinessFinding> findings;
            const EntitySpec &spec = evidenceSpec();
            for (const ExpiredEvidence &item : *expired) {
                // The point is fixed on the record the evidence proves: attach current evidence there.
                const EntitySpec *target = Entities::find(text(spec, item.evidence, u"kind"));
                QString entityId;
                if (target) {
                    if (!target->isCatalogue() && !ids.contains(target->key)) {
                        auto read = idsOf(input.db, *target);
                        if (!read) {
                            return read.error();
                        }
                        ids.insert(target->key, *read);
                    }
                    entityId =
                        logIdOf(*target, text(spec, item.evidence, u"record_ref"), ids.value(target->key));
                }
                findings.append({.rule = QStringLiteral("R-EVIDENCE-EXPIRED"),
                                 .kind = spec.key,
                                 .id = EntitySpec::refOf(item.evidence),
                                 .message = item.message,
                                 .entity = target ? target->entity : QString(),
                                 .entityId = entityId});
            }
            return ReadinessOutcome(findings);
        },
    };
}

} // namespace isms
