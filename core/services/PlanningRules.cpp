// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/PlanningRules.h"

#include "domain/Entities.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace isms {

namespace {

QString text(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key)).toString().trimmed();
}

/// The due date when it has passed by `today`; an invalid date otherwise.
QDate overdue(const EntitySpec &spec, const Record &record, QStringView key, const QDate &today)
{
    const QDate due = record.values.at(spec.indexOf(key)).toDate();
    return due.isValid() && due < today ? due : QDate();
}

void ismsRiskFindings(const QList<Record> &records, const QDate &today, QList<PlanningFinding> &found)
{
    const EntitySpec &spec = ismsRiskSpec();
    for (const Record &record : records) {
        const QString ref = EntitySpec::refOf(record);
        const QString title = text(spec, record, u"title");
        const QString status = text(spec, record, u"status");
        if (status == u"cancelled") {
            continue;
        }
        if (text(spec, record, u"action").isEmpty()) {
            found.append({QStringLiteral("R-ISMSRISK-NO-ACTION"),
                          spec.key,
                          ref,
                          QCoreApplication::translate("isms::PlanningRules",
                                                      "%1 %2: no action is planned for it yet; record how "
                                                      "the ISMS addresses it, who owns it and by when.")
                              .arg(ref, title)});
        }
        if (const QDate due = overdue(spec, record, u"due_date", today); due.isValid() && status != u"done") {
            found.append({QStringLiteral("R-ISMSRISK-OVERDUE"),
                          spec.key,
                          ref,
                          QCoreApplication::translate("isms::PlanningRules",
                                                      "%1 %2: its action was due on %3 and is not done; "
                                                      "finish it or set a new due date.")
                              .arg(ref, title, due.toString(Qt::ISODate))});
        }
    }
}

void objectiveFindings(const QList<Record> &records, const QDate &today, QList<PlanningFinding> &found)
{
    const EntitySpec &spec = objectiveSpec();
    for (const Record &record : records) {
        const QString ref = EntitySpec::refOf(record);
        const QString title = text(spec, record, u"objective");
        const QString status = text(spec, record, u"status");
        if (status == u"withdrawn") {
            continue;
        }
        if (text(spec, record, u"target").isEmpty()) {
            found.append({QStringLiteral("R-OBJECTIVE-NO-MEASURE"),
                          spec.key,
                          ref,
                          QCoreApplication::translate("isms::PlanningRules",
                                                      "%1 %2: it has no measurable target; say what will "
                                                      "show that it is met.")
                              .arg(ref, title)});
        }
        const bool concluded = status == u"achieved" || status == u"missed";
        if (const QDate due = overdue(spec, record, u"due_date", today); due.isValid() && !concluded) {
            found.append({QStringLiteral("R-OBJECTIVE-OVERDUE"),
                          spec.key,
                          ref,
                          QCoreApplication::translate("isms::PlanningRules",
                                                      "%1 %2: it was due on %3 and is not achieved; "
                                                      "evaluate its results or set a new due date.")
                              .arg(ref, title, due.toString(Qt::ISODate))});
        }
    }
}

void changeFindings(const QList<Record> &records, QList<PlanningFinding> &found)
{
    const EntitySpec &spec = plannedChangeSpec();
    for (const Record &record : records) {
        if (text(spec, record, u"status") != u"done") {
            continue;
        }
        const QString ref = EntitySpec::refOf(record);
        const QString title = text(spec, record, u"title");
        if (text(spec, record, u"triggers_reassessment") == u"yes"
            && text(spec, record, u"reassessment").isEmpty()) {
            found.append({QStringLiteral("R-CHANGE-REASSESSMENT"),
                          spec.key,
                          ref,
                          QCoreApplication::translate("isms::PlanningRules",
                                                      "%1 %2: a significant change is done, but no risk "
                                                      "reassessment is recorded; note which assessment "
                                                      "covered it.")
                              .arg(ref, title)});
        }
        if (text(spec, record, u"consequences_reviewed") != u"yes") {
            found.append({QStringLiteral("R-CHANGE-UNREVIEWED"),
                          spec.key,
                          ref,
                          QCoreApplication::translate("isms::PlanningRules",
                                                      "%1 %2: the change is done but was not reviewed for "
                                                      "unintended consequences; review it and note what "
                                                      "was found.")
                              .arg(ref, title)});
        }
    }
}

} // namespace

Result<QList<PlanningFinding>> PlanningRules::findings(const Database &db, const QDate &today)
{
    QList<PlanningFinding> found;
    const RecordRepository riskRepository(db, ismsRiskSpec());
    const auto exists = riskRepository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return found;
    }
    const auto risks = riskRepository.all();
    const auto objectives = RecordRepository(db, objectiveSpec()).all();
    const auto changes = RecordRepository(db, plannedChangeSpec()).all();
    for (const auto *read : {&risks, &objectives, &changes}) {
        if (!*read) {
            return read->error();
        }
    }
    ismsRiskFindings(*risks, today, found);
    objectiveFindings(*objectives, today, found);
    changeFindings(*changes, found);
    return found;
}

} // namespace isms
