// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/AuditPackSections.h"

#include "domain/Entities.h"
#include "report/DocumentControl.h"
#include "report/MetricsReport.h"
#include "report/RegisterTable.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace isms::auditpack {

QString valueOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    const int index = spec.indexOf(key);
    return index >= 0 && index < record.values.size() ? record.values.at(index).toString() : QString();
}

QDate dateOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    const int index = spec.indexOf(key);
    return index >= 0 && index < record.values.size() ? record.values.at(index).toDate() : QDate();
}

QString periodText(const AuditPackContext &context)
{
    if (!context.since) {
        return {};
    }
    return AuditPack::tr("This surveillance pack covers the period from %1 to %2: dated "
                         "records from before it are left out.")
        .arg(context.since->toString(Qt::ISODate), context.asOf.toString(Qt::ISODate));
}

bool inPeriod(const AuditPackContext &context, const QDate &date)
{
    return !context.since || !date.isValid() || date >= *context.since;
}

Result<void> documentControl(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    blocks.append(ReportHeading{1, AuditPack::tr("Document control")});
    blocks.append(ReportParagraph{AuditPack::tr(
        "This pack was assembled from the project file on the date below. Every section prints the "
        "records as they stood then; the change-log head on the cover lets anyone confirm later which "
        "state of the project it shows. The controlled reports of the ISMS are listed below with their "
        "version and approval.")});
    if (const QString period = periodText(context); !period.isEmpty()) {
        blocks.append(ReportParagraph{period});
    }
    const auto records = RegisterTable::records(context.db, documentControlSpec());
    if (!records) {
        return records.error();
    }
    blocks.append(ReportHeading{2, AuditPack::tr("Controlled reports")});
    return RegisterTable::append(
        blocks,
        context.db,
        documentControlSpec(),
        *records,
        AuditPack::tr("No report is under document control yet: every report, this pack "
                      "included, is a working draft until the document-control register "
                      "records its version and approval."));
}

Result<void> contextSection(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    blocks.append(ReportHeading{1, AuditPack::tr("Context of the organisation")});
    blocks.append(ReportParagraph{AuditPack::tr(
        "The external and internal issues that affect the ISMS, the interested parties with their "
        "requirements, and which of those requirements are legal, regulatory or contractual.")});
    const auto issues = RegisterTable::records(context.db, contextIssueSpec());
    if (!issues) {
        return issues.error();
    }
    blocks.append(ReportHeading{2, AuditPack::tr("External and internal issues")});
    if (auto done = RegisterTable::append(blocks,
                                          context.db,
                                          contextIssueSpec(),
                                          *issues,
                                          AuditPack::tr("No external or internal issue is recorded yet."));
        !done) {
        return done;
    }
    const auto parties = RegisterTable::records(context.db, interestedPartySpec());
    if (!parties) {
        return parties.error();
    }
    blocks.append(ReportHeading{2, AuditPack::tr("Interested parties")});
    if (auto done = RegisterTable::append(blocks,
                                          context.db,
                                          interestedPartySpec(),
                                          *parties,
                                          AuditPack::tr("No interested party is recorded yet."));
        !done) {
        return done;
    }
    QList<Record> binding;
    for (const Record &party : *parties) {
        const QString obligation = valueOf(interestedPartySpec(), party, u"obligation");
        if (obligation == u"legal" || obligation == u"regulatory" || obligation == u"contractual") {
            binding.append(party);
        }
    }
    blocks.append(ReportHeading{2, AuditPack::tr("Legal, regulatory and contractual requirements")});
    return RegisterTable::append(
        blocks,
        context.db,
        interestedPartySpec(),
        binding,
        AuditPack::tr("No interested party's requirement is marked as legal, regulatory or "
                      "contractual."),
        {u"ref"_s, u"name"_s, u"requirements"_s, u"obligation"_s, u"how_addressed"_s});
}

Result<void> scope(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    blocks.append(ReportHeading{1, AuditPack::tr("Scope of the ISMS")});
    const auto records = RegisterTable::records(context.db, scopeSpec());
    if (!records) {
        return records.error();
    }
    if (records->isEmpty()) {
        blocks.append(ReportParagraph{AuditPack::tr("The scope of the ISMS is not recorded yet.")});
        return {};
    }
    blocks.append(ReportParagraph{
        AuditPack::tr("The boundaries and applicability of the ISMS as the scope statement records them.")});
    for (const Record &record : *records) {
        blocks.append(RegisterTable::keyValues(scopeSpec(), record));
    }
    return {};
}

Result<void> policy(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    const EntitySpec &spec = documentSpec();
    blocks.append(ReportHeading{1, AuditPack::tr("Information security policy")});
    const auto policies = RegisterTable::records(context.db, spec, [&spec](const Record &record) {
        return valueOf(spec, record, u"type") == u"policy";
    });
    if (!policies) {
        return policies.error();
    }
    if (policies->isEmpty()) {
        blocks.append(ReportParagraph{AuditPack::tr(
            "No document of the type \"Policy\" is recorded in the documented-information register.")});
    }
    for (const Record &record : *policies) {
        blocks.append(ReportHeading{2, EntitySpec::refOf(record) + u' ' + valueOf(spec, record, u"title")});
        blocks.append(RegisterTable::keyValues(spec, record));
    }
    const auto topics = RegisterTable::records(context.db, spec, [&spec](const Record &record) {
        return valueOf(spec, record, u"type") == u"topic_policy";
    });
    if (!topics) {
        return topics.error();
    }
    blocks.append(ReportHeading{2, AuditPack::tr("Topic-specific policies")});
    return RegisterTable::append(
        blocks,
        context.db,
        spec,
        *topics,
        AuditPack::tr("No topic-specific policy is recorded in the documented-information "
                      "register."));
}

Result<void> ismsRisks(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    blocks.append(ReportHeading{1, AuditPack::tr("Risks and opportunities of the ISMS")});
    blocks.append(ReportParagraph{AuditPack::tr(
        "The risks and opportunities the ISMS itself must address so that it achieves its intended "
        "outcomes, with the actions planned for them; the information security risks follow in their own "
        "sections.")});
    const auto records = RegisterTable::records(context.db, ismsRiskSpec());
    if (!records) {
        return records.error();
    }
    return RegisterTable::append(blocks,
                                 context.db,
                                 ismsRiskSpec(),
                                 *records,
                                 AuditPack::tr("No risk or opportunity of the ISMS is recorded yet."));
}

Result<void> objectives(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    blocks.append(ReportHeading{1, AuditPack::tr("Objectives and metrics")});
    const auto records = RegisterTable::records(context.db, objectiveSpec());
    if (!records) {
        return records.error();
    }
    blocks.append(ReportHeading{2, AuditPack::tr("Information security objectives")});
    if (auto done =
            RegisterTable::append(blocks,
                                  context.db,
                                  objectiveSpec(),
                                  *records,
                                  AuditPack::tr("No information security objective is recorded yet."));
        !done) {
        return done;
    }
    ReportOptions options;
    options.generatedAtUtc = QDateTime(context.asOf, QTime(12, 0), QTimeZone::utc());
    const auto report = MetricsReport::build(context.db, options);
    if (!report) {
        return report.error();
    }
    appendReport(blocks, QString(), *report);
    return {};
}

Result<void> competence(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    blocks.append(ReportHeading{1, AuditPack::tr("Competence")});
    blocks.append(ReportParagraph{AuditPack::tr(
        "The competence each role needs and the training and other actions taken to acquire it, with "
        "whether they were effective.")});
    const auto competences = RegisterTable::records(context.db, competenceSpec());
    if (!competences) {
        return competences.error();
    }
    blocks.append(ReportHeading{2, AuditPack::tr("Competence requirements")});
    if (auto done = RegisterTable::append(blocks,
                                          context.db,
                                          competenceSpec(),
                                          *competences,
                                          AuditPack::tr("No competence requirement is recorded yet."));
        !done) {
        return done;
    }
    const auto trainings = RegisterTable::records(context.db, trainingSpec());
    if (!trainings) {
        return trainings.error();
    }
    blocks.append(ReportHeading{2, AuditPack::tr("Training and other actions")});
    return RegisterTable::append(
        blocks,
        context.db,
        trainingSpec(),
        *trainings,
        AuditPack::tr("No training or other action to acquire competence is recorded yet."));
}

Result<void> changes(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    const EntitySpec &spec = plannedChangeSpec();
    blocks.append(ReportHeading{1, AuditPack::tr("Planned changes")});
    blocks.append(
        ReportParagraph{AuditPack::tr("Changes to the ISMS, planned and carried out in a planned manner.")});
    if (const QString period = periodText(context); !period.isEmpty()) {
        blocks.append(ReportParagraph{period});
    }
    const auto records = RegisterTable::records(context.db, spec, [&context, &spec](const Record &record) {
        return inPeriod(context, dateOf(spec, record, u"planned_date"));
    });
    if (!records) {
        return records.error();
    }
    return RegisterTable::append(blocks,
                                 context.db,
                                 spec,
                                 *records,
                                 context.since
                                     ? AuditPack::tr("No change to the ISMS is planned for the period.")
                                     : AuditPack::tr("No change to the ISMS is recorded yet."));
}

Result<void> documents(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    blocks.append(ReportHeading{1, AuditPack::tr("Documented information")});
    blocks.append(ReportParagraph{AuditPack::tr(
        "The register of documented information with owner, status, current version and next review, "
        "then every version with its approval.")});
    const auto records = RegisterTable::records(context.db, documentSpec());
    if (!records) {
        return records.error();
    }
    if (auto done = RegisterTable::append(blocks,
                                          context.db,
                                          documentSpec(),
                                          *records,
                                          AuditPack::tr("No document is recorded in the register yet."));
        !done) {
        return done;
    }
    const EntitySpec &spec = documentVersionSpec();
    const auto versions = RegisterTable::records(context.db, spec, [&context, &spec](const Record &record) {
        return inPeriod(context, dateOf(spec, record, u"approval_date"));
    });
    if (!versions) {
        return versions.error();
    }
    blocks.append(ReportHeading{2, AuditPack::tr("Document versions")});
    if (const QString period = periodText(context); !period.isEmpty()) {
        blocks.append(ReportParagraph{period});
    }
    return RegisterTable::append(blocks,
                                 context.db,
                                 spec,
                                 *versions,
                                 context.since
                                     ? AuditPack::tr("No document version was approved in the period.")
                                     : AuditPack::tr("No document version is recorded yet."));
}

} // namespace isms::auditpack
