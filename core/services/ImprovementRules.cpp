// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ImprovementRules.h"

#include "domain/Entities.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace isms {

namespace {

QString text(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key)).toString().trimmed();
}

QDate date(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key)).toDate();
}

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

void nonconformityFindings(const QList<Record> &ncs,
                           const QList<Record> &actions,
                           const QDate &today,
                           QList<ImprovementFinding> &found)
{
    const EntitySpec &spec = nonconformitySpec();
    const EntitySpec &actionSpec = correctiveActionSpec();
    QSet<qint64> withAction;
    for (const Record &action : actions) {
        if (text(actionSpec, action, u"status") != u"cancelled") {
            withAction.insert(action.values.at(actionSpec.indexOf(u"nonconformity")).toLongLong());
        }
    }
    for (const Record &record : ncs) {
        const QString ref = EntitySpec::refOf(record);
        const QString title = text(spec, record, u"title");
        const QString status = text(spec, record, u"status");
        if (status == u"closed") {
            if (text(spec, record, u"review_result") != u"effective"
                || !date(spec, record, u"review_date").isValid()) {
                found.append(
                    {QStringLiteral("R-NC-CLOSED-UNREVIEWED"),
                     spec.key,
                     ref,
                     QCoreApplication::translate("isms::ImprovementRules",
                                                 "%1 %2 is closed without an effectiveness review that "
                                                 "found it effective; record the review or reopen it.")
                         .arg(ref, title)});
            }
            continue;
        }
        const QDate raised = date(spec, record, u"raised_on");
        if (raised.isValid() && raised.daysTo(today) > ImprovementRules::RootCauseDays
            && text(spec, record, u"root_cause").isEmpty()) {
            found.append(
                {QStringLiteral("R-NC-NO-ROOT-CAUSE"),
                 spec.key,
                 ref,
                 QCoreApplication::translate("isms::ImprovementRules",
                                             "%1 %2 was raised on %3 and its root cause is still not "
                                             "recorded; determine it, for instance with the five-whys "
                                             "helper.")
                     .arg(ref, title, iso(raised))});
        }
        if (!withAction.contains(record.id.value)) {
            found.append({QStringLiteral("R-NC-NO-ACTION"),
                          spec.key,
                          ref,
                          QCoreApplication::translate("isms::ImprovementRules",
                                                      "%1 %2 has no corrective action; plan one that removes "
                                                      "its cause, or record why none is needed.")
                              .arg(ref, title)});
        }
    }
    for (const Record &action : actions) {
        const QString status = text(actionSpec, action, u"status");
        const QDate due = date(actionSpec, action, u"due_date");
        if ((status == u"planned" || status == u"in-progress") && due.isValid() && due < today) {
            const QString ref = EntitySpec::refOf(action);
            found.append(
                {QStringLiteral("R-CA-OVERDUE"),
                 actionSpec.key,
                 ref,
                 QCoreApplication::translate("isms::ImprovementRules",
                                             "Corrective action %1 %2 was due on %3 and is not done; "
                                             "finish it or agree a new due date.")
                     .arg(ref, text(actionSpec, action, u"action"), iso(due))});
        }
    }
}

void incidentFindings(const QList<Record> &incidents, QList<ImprovementFinding> &found)
{
    const EntitySpec &spec = incidentSpec();
    for (const Record &record : incidents) {
        const QString status = text(spec, record, u"status");
        if ((status == u"resolved" || status == u"closed") && text(spec, record, u"lessons").isEmpty()) {
            const QString ref = EntitySpec::refOf(record);
            found.append({QStringLiteral("R-INCIDENT-NO-LESSONS"),
                          spec.key,
                          ref,
                          QCoreApplication::translate("isms::ImprovementRules",
                                                      "Incident %1 %2 is resolved but states no lessons "
                                                      "learned; record what it taught and what changes.")
                              .arg(ref, text(spec, record, u"title"))});
        }
    }
}

void supplierFindings(const QList<Record> &suppliers, const QDate &today, QList<ImprovementFinding> &found)
{
    const EntitySpec &spec = supplierSpec();
    for (const Record &record : suppliers) {
        if (text(spec, record, u"status") == u"offboarded") {
            continue;
        }
        const QString ref = EntitySpec::refOf(record);
        const QString name = text(spec, record, u"name");
        const QDate next = date(spec, record, u"next_review");
        if (next.isValid() && next < today) {
            found.append({QStringLiteral("R-SUPPLIER-REVIEW-OVERDUE"),
                          spec.key,
                          ref,
                          QCoreApplication::translate("isms::ImprovementRules",
                                                      "Supplier %1 %2 was due for review on %3; review its "
                                                      "security performance and record the next date.")
                              .arg(ref, name, iso(next))});
        }
        const QString criticality = text(spec, record, u"criticality");
        if ((criticality == u"high" || criticality == u"critical")
            && text(spec, record, u"security_requirements").isEmpty()) {
            found.append({QStringLiteral("R-SUPPLIER-NO-REQUIREMENTS"),
                          spec.key,
                          ref,
                          QCoreApplication::translate("isms::ImprovementRules",
                                                      "Supplier %1 %2 is of high or critical importance but "
                                                      "has no security requirements; agree them and record "
                                                      "them.")
                              .arg(ref, name)});
        }
    }
}

} // namespace

Result<QList<ImprovementFinding>> ImprovementRules::findings(const Database &db, const QDate &today)
{
    const auto exists = RecordRepository(db, nonconformitySpec()).tableExists();
    if (!exists) {
        return exists.error();
    }
    QList<ImprovementFinding> found;
    if (!*exists) {
        return found;
    }
    const auto ncs = RecordRepository(db, nonconformitySpec()).all();
    const auto actions = RecordRepository(db, correctiveActionSpec()).all();
    const auto incidents = RecordRepository(db, incidentSpec()).all();
    const auto suppliers = RecordRepository(db, supplierSpec()).all();
    for (const auto *records : {&ncs, &actions, &incidents, &suppliers}) {
        if (!*records) {
            return records->error();
        }
    }
    nonconformityFindings(*ncs, *actions, today, found);
    incidentFindings(*incidents, found);
    supplierFindings(*suppliers, today, found);
    return found;
}

} // namespace isms
