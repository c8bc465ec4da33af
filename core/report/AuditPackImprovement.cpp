// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
//
// The sections of the audit pack that show the check and act of the ISMS: the audit programme with its
// coverage, the reports of the completed internal audits, the minutes of the held management reviews,
// the nonconformity register, and incidents and suppliers. Each reuses its own report's body.
#include "domain/Entities.h"
#include "report/AuditPackSections.h"
#include "report/AuditReport.h"
#include "report/NonconformityRegisterSection.h"
#include "report/RegisterTable.h"
#include "report/ReviewMinutesReport.h"
#include "services/AuditCoverage.h"

using namespace Qt::StringLiterals;

namespace isms::auditpack {

namespace {

/// The records of `spec` that `keep` accepts, ordered by `dateKey` (then by reference).
Result<QList<Record>> datedRecords(const Database &db,
                                   const EntitySpec &spec,
                                   QStringView dateKey,
                                   const RegisterTable::Filter &keep)
{
    auto records = RegisterTable::records(db, spec, keep);
    if (!records) {
        return records.error();
    }
    std::stable_sort(records->begin(), records->end(), [&](const Record &a, const Record &b) {
        return dateOf(spec, a, dateKey) < dateOf(spec, b, dateKey);
    });
    return records;
}

} // namespace

Result<void> auditProgramme(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    const EntitySpec &spec = auditProgrammeSpec();
    blocks.append(ReportHeading{1, AuditPack::tr("Internal audit programme")});
    blocks.append(ReportParagraph{
        AuditPack::tr("The programme of internal audits over its cycle, with its methods and the weighting "
                      "by the importance of the processes and earlier results, then which audits cover each "
                      "clause and each applicable Annex A control in each year of the cycle.")});
    const auto records = RegisterTable::records(context.db, spec);
    if (!records) {
        return records.error();
    }
    if (auto table = RegisterTable::append(blocks,
                                           context.db,
                                           spec,
                                           *records,
                                           AuditPack::tr("No internal audit programme is recorded yet."));
        !table) {
        return table;
    }
    const auto matrix = AuditCoverage::current(context.db, context.asOf);
    if (!matrix) {
        return matrix.error();
    }
    if (*matrix) {
        const qsizetype from = blocks.size();
        AuditReport::appendCoverage(blocks, **matrix);
        demote(blocks, from);
    }
    return {};
}

Result<void> auditReports(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    const EntitySpec &spec = auditSpec();
    blocks.append(ReportHeading{1, AuditPack::tr("Internal audit reports")});
    const auto audits = datedRecords(context.db, spec, u"actual_end", [&](const Record &audit) {
        const QString status = valueOf(spec, audit, u"status");
        return (status == u"reported" || status == u"closed")
               && inPeriod(context, dateOf(spec, audit, u"actual_end"));
    });
    if (!audits) {
        return audits.error();
    }
    if (audits->isEmpty()) {
        blocks.append(ReportParagraph{
            context.since ? AuditPack::tr("No internal audit was reported in the period.")
                          : AuditPack::tr("No internal audit is reported yet: an audit is printed here once "
                                          "its status is reported or closed.")});
        return {};
    }
    blocks.append(ReportParagraph{
        AuditPack::tr("The report of each completed internal audit: scope, criteria, team and independence, "
                      "the checklist with its results, and the findings.")});
    for (const Record &audit : *audits) {
        const qsizetype from = blocks.size();
        if (auto body = AuditReport::appendBody(blocks, context.db, EntitySpec::refOf(audit)); !body) {
            return body;
        }
        demote(blocks, from);
    }
    return {};
}

Result<void> reviewMinutes(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    const EntitySpec &spec = managementReviewSpec();
    blocks.append(ReportHeading{1, AuditPack::tr("Management review minutes")});
    const auto reviews = datedRecords(context.db, spec, u"held_on", [&](const Record &review) {
        return valueOf(spec, review, u"status") != u"planned"
               && inPeriod(context, dateOf(spec, review, u"held_on"));
    });
    if (!reviews) {
        return reviews.error();
    }
    if (reviews->isEmpty()) {
        blocks.append(ReportParagraph{
            context.since ? AuditPack::tr("No management review was held in the period.")
                          : AuditPack::tr("No management review is held yet: a review is printed here once "
                                          "it is held and its inputs are frozen.")});
        return {};
    }
    for (const Record &review : *reviews) {
        const QString ref = EntitySpec::refOf(review);
        const qsizetype from = blocks.size();
        if (auto body = ReviewMinutesReport::appendBody(blocks, context.db, ref, context.asOf); !body) {
            return body;
        }
        demote(blocks, from);
    }
    return {};
}

Result<void> nonconformities(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    return NonconformityRegisterSection::append(context.db, context.asOf, blocks, context.since);
}

Result<void> incidentsAndSuppliers(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    blocks.append(ReportHeading{1, AuditPack::tr("Incidents and suppliers")});
    const qsizetype from = blocks.size();
    if (auto summary = NonconformityRegisterSection::appendIncidentsAndSuppliers(context.db,
                                                                                 context.asOf,
                                                                                 blocks,
                                                                                 context.since);
        !summary) {
        return summary;
    }
    demote(blocks, from);
    return {};
}

} // namespace isms::auditpack
