// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ReviewCycle.h"

#include "domain/Entities.h"
#include "services/MandatoryInformation.h"
#include "storage/RecordRepository.h"

#include <QHash>

namespace isms {

namespace {

/// The latest approved record of the documented-information register that names `clause`, dated by
/// the approval of its latest approved version.
Result<std::optional<CycleRecord>> latestRecordNaming(const Database &db, const QString &clause)
{
    const RecordRepository documents(db, documentSpec());
    const auto exists = documents.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return std::optional<CycleRecord>();
    }
    const auto records = documents.all();
    const auto versions = RecordRepository(db, documentVersionSpec()).all();
    if (!records || !versions) {
        return !records ? records.error() : versions.error();
    }
    const EntitySpec &doc = documentSpec();
    const EntitySpec &version = documentVersionSpec();
    QHash<qint64, QDate> approvedOn;
    for (const Record &row : *versions) {
        if (row.values.at(version.indexOf(u"status")).toString() != u"approved") {
            continue;
        }
        const qint64 document = row.values.at(version.indexOf(u"document")).toLongLong();
        const QDate date = row.values.at(version.indexOf(u"approval_date")).toDate();
        if (date.isValid() && (!approvedOn.contains(document) || approvedOn.value(document) < date)) {
            approvedOn.insert(document, date);
        }
    }
    std::optional<CycleRecord> latest;
    for (const Record &row : *records) {
        const auto text = [&](QStringView key) { return row.values.at(doc.indexOf(key)).toString(); };
        if (text(u"type") != u"record" || text(u"status") != u"approved"
            || !MandatoryInformation::names(text(u"clauses"), clause)) {
            continue;
        }
        const QDate date = approvedOn.value(row.id.value);
        if (date.isValid() && (!latest || latest->date < date)) {
            latest = CycleRecord{EntitySpec::refOf(row), date};
        }
    }
    return latest;
}

} // namespace

Result<std::optional<CycleRecord>> ReviewCycle::latestAudit(const Database &db)
{
    const EntitySpec &spec = auditSpec();
    const RecordRepository audits(db, spec);
    const auto exists = audits.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (*exists) {
        const auto rows = audits.all();
        if (!rows) {
            return rows.error();
        }
        std::optional<CycleRecord> latest;
        for (const Record &row : *rows) {
            const QString status = row.values.at(spec.indexOf(u"status")).toString();
            const QDate ended = row.values.at(spec.indexOf(u"actual_end")).toDate();
            if ((status == u"reported" || status == u"closed") && ended.isValid()
                && (!latest || latest->date < ended)) {
                latest = CycleRecord{EntitySpec::refOf(row), ended};
            }
        }
        if (latest) {
            return latest;
        }
    }
    return latestRecordNaming(db, QStringLiteral("9.2.2"));
}

Result<std::optional<CycleRecord>> ReviewCycle::latestHeldReview(const Database &db)
{
    const EntitySpec &spec = managementReviewSpec();
    const RecordRepository reviews(db, spec);
    const auto exists = reviews.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return std::optional<CycleRecord>();
    }
    const auto records = reviews.all();
    if (!records) {
        return records.error();
    }
    std::optional<CycleRecord> latest;
    for (const Record &row : *records) {
        const QDate held = row.values.at(spec.indexOf(u"held_on")).toDate();
        if (row.values.at(spec.indexOf(u"status")).toString() == u"planned" || !held.isValid()) {
            continue;
        }
        if (!latest || latest->date < held) {
            latest = CycleRecord{EntitySpec::refOf(row), held};
        }
    }
    return latest;
}

Result<std::optional<CycleRecord>> ReviewCycle::latestReview(const Database &db)
{
    auto held = latestHeldReview(db);
    if (!held || *held) {
        return held;
    }
    return latestRecordNaming(db, QStringLiteral("9.3.3"));
}

} // namespace isms
