// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/AuditRules.h"

#include "catalog/Catalogue.h"
#include "domain/Entities.h"
#include "services/AuditCoverage.h"
#include "services/AuditIndependence.h"
#include "services/AuditorCompetence.h"
#include "services/RecordService.h"
#include "storage/RecordRepository.h"

#include <QSet>

namespace isms {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

QDate dateOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key)).toDate();
}

QString textOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key)).toString().trimmed();
}

} // namespace

Result<void> AuditRules::validateProgramme(const EntitySpec &spec,
                                           const Record &record,
                                           const RecordContext &)
{
    const QDate start = dateOf(spec, record, u"cycle_start");
    const QDate end = dateOf(spec, record, u"cycle_end");
    if (start.isValid() && end.isValid() && end < start) {
        return invalid(tr("The programme's cycle ends (%1) before it starts (%2); swap the two dates.")
                           .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    }
    const bool reportedOn = dateOf(spec, record, u"reported_on").isValid();
    const bool reportedTo = record.values.at(spec.indexOf(u"reported_to")).toLongLong() > 0;
    if (reportedOn != reportedTo) {
        return invalid(reportedOn
                           ? tr("Results reported to management name to whom; fill in \"Reported to\".")
                           : tr("Results reported to management have a date; fill in \"Results "
                                "reported on\", or clear \"Reported to\"."));
    }
    return {};
}

Result<void> AuditRules::validateAudit(const EntitySpec &spec, const Record &record, const RecordContext &)
{
    const auto inOrder = [&](QStringView from, QStringView to, const QString &message) -> Result<void> {
        const QDate start = dateOf(spec, record, from);
        const QDate end = dateOf(spec, record, to);
        if (start.isValid() && end.isValid() && end < start) {
            return invalid(message.arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
        }
        return {};
    };
    if (auto planned = inOrder(u"planned_start",
                               u"planned_end",
                               tr("The planned end (%1) lies before the planned start (%2); swap the two "
                                  "dates."));
        !planned) {
        return planned;
    }
    if (auto actual = inOrder(u"actual_start",
                              u"actual_end",
                              tr("The audit ended (%1) before it started (%2); correct the actual dates."));
        !actual) {
        return actual;
    }
    const QString status = textOf(spec, record, u"status");
    if ((status == u"reported" || status == u"closed") && !dateOf(spec, record, u"report_date").isValid()) {
        return invalid(tr("A reported or closed audit has its report date; fill in \"Report date\", or keep "
                          "the audit in progress."));
    }
    return {};
}

Result<void> AuditRules::validateClauseLink(const EntitySpec &spec,
                                            const Record &record,
                                            const RecordContext &)
{
    static const QSet<QString> clauses = [] {
        QSet<QString> refs;
        if (const auto catalogue = Catalogue::clauses()) {
            for (const Clause &clause : *catalogue) {
                refs.insert(clause.ref);
            }
        }
        return refs;
    }();
    const QString clause = textOf(spec, record, u"clause");
    if (!clauses.contains(clause)) {
        return invalid(
            tr("\"%1\" is not a clause of 4 to 10; use its number, such as 6.1.2 or 9.2.").arg(clause));
    }
    return {};
}

Result<void> AuditRules::validateChecklistItem(const EntitySpec &spec,
                                               const Record &record,
                                               const RecordContext &)
{
    const bool nonconformity = textOf(spec, record, u"result") == u"nonconformity";
    const bool graded = !textOf(spec, record, u"grade").isEmpty();
    if (nonconformity && !graded) {
        return invalid(tr("A nonconformity is graded; choose major or minor in \"Grade\"."));
    }
    if (!nonconformity && graded) {
        return invalid(tr("Only a nonconformity has a grade; clear \"Grade\", or set the result to "
                          "nonconformity."));
    }
    return {};
}

Result<void> AuditRules::validateFinding(const EntitySpec &spec,
                                         const Record &record,
                                         const RecordContext &context)
{
    const qint64 item = record.values.at(spec.indexOf(u"checklist_item")).toLongLong();
    if (item <= 0 || context.db == nullptr) {
        return {};
    }
    const auto items = RecordRepository(*context.db, checklistItemSpec()).byIds({RecordId{item}});
    if (!items) {
        return items.error();
    }
    const qint64 audit = record.values.at(spec.indexOf(u"audit")).toLongLong();
    if (!items->isEmpty()
        && items->constFirst().values.at(checklistItemSpec().indexOf(u"audit")).toLongLong() != audit) {
        return invalid(tr("Checklist item %1 belongs to another audit; link an item of this finding's audit.")
                           .arg(EntitySpec::refOf(items->constFirst())));
    }
    return {};
}

Result<QList<AuditFinding>> AuditRules::findings(const Database &db, const QDate &today)
{
    QList<AuditFinding> found;
    const RecordRepository programmes(db, auditProgrammeSpec());
    const auto exists = programmes.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return found;
    }
    const auto programmeRows = programmes.all();
    const auto audits = RecordRepository(db, auditSpec()).all();
    if (!programmeRows || !audits) {
        return !programmeRows ? programmeRows.error() : audits.error();
    }
    if (programmeRows->isEmpty()) {
        found.append({QStringLiteral("R-AUDIT-PROGRAMME-NONE"),
                      auditProgrammeSpec().key,
                      {},
                      tr("No audit programme is recorded; plan the internal audits of a cycle of years.")});
    }

    const auto conflicts = AuditIndependence::conflicts(db);
    if (!conflicts) {
        return conflicts.error();
    }
    for (const IndependenceConflict &conflict : *conflicts) {
        found.append({QStringLiteral("R-AUDIT-INDEPENDENCE"),
                      auditSpec().key,
                      conflict.auditRef,
                      conflict.sentence()});
    }
    const auto incompetent = AuditorCompetence::gaps(db);
    if (!incompetent) {
        return incompetent.error();
    }
    for (const AuditorStanding &gap : *incompetent) {
        found.append({QStringLiteral("R-AUDITOR-COMPETENCE"), auditSpec().key, gap.auditRef, gap.sentence()});
    }

    const EntitySpec &audit = auditSpec();
    const EntitySpec &programme = auditProgrammeSpec();
    for (const Record &row : *audits) {
        const QString status = textOf(audit, row, u"status");
        const QDate reported = dateOf(audit, row, u"report_date");
        if ((status != u"reported" && status != u"closed") || !reported.isValid()) {
            continue;
        }
        const qint64 programmeId = row.values.at(audit.indexOf(u"programme")).toLongLong();
        QDate toManagement;
        for (const Record &candidate : *programmeRows) {
            if (candidate.id.value == programmeId) {
                toManagement = dateOf(programme, candidate, u"reported_on");
            }
        }
        if (!toManagement.isValid() || toManagement < reported) {
            found.append({QStringLiteral("R-AUDIT-NOT-REPORTED"),
                          audit.key,
                          EntitySpec::refOf(row),
                          tr("The results of audit %1 (reported on %2) are not yet reported to management; "
                             "record the date and to whom on its programme.")
                              .arg(EntitySpec::refOf(row), reported.toString(Qt::ISODate))});
        }
    }

    const auto coverage = AuditCoverage::current(db, today);
    if (!coverage) {
        return coverage.error();
    }
    if (*coverage) {
        const QStringList gaps = (*coverage)->gaps();
        if (!gaps.isEmpty()) {
            QStringList shown = gaps.mid(0, 8);
            if (gaps.size() > shown.size()) {
                shown.append(QStringLiteral("..."));
            }
            found.append(
                {QStringLiteral("R-AUDIT-COVERAGE"),
                 programme.key,
                 (*coverage)->programmeRef,
                 tr("%n clause(s) or applicable control(s) are not covered by any audit of programme "
                    "%1 (%2); covering each once per cycle is good practice, not a requirement.",
                    nullptr,
                    static_cast<int>(gaps.size()))
                     .arg((*coverage)->programmeRef, shown.join(QStringLiteral(", ")))});
        }
    }
    return found;
}

} // namespace isms
