// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DemoReviews.h"

#include "domain/Entities.h"
#include "services/RecordService.h"
#include "services/ReviewService.h"
#include "storage/RecordRepository.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

using Values = QList<std::pair<QString, QVariant>>;

Result<QList<RecordId>> createAll(Database &db, const EntitySpec &spec, const QList<Values> &rows)
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

/// The demo's people by name.
Result<QHash<QString, qint64>> peopleByName(const Database &db)
{
    const auto people = RecordRepository(db, personSpec()).all();
    if (!people) {
        return people.error();
    }
    QHash<QString, qint64> person;
    for (const Record &row : *people) {
        person.insert(row.values.at(personSpec().indexOf(u"name")).toString(), row.id.value);
    }
    return person;
}

/// The day the first review was held.
QDate firstHeldOn(const QDate &today)
{
    return today.addDays(-380);
}

Result<void> attend(Database &db, RecordId review, const QList<qint64> &people)
{
    QList<Values> rows;
    for (const qint64 person : people) {
        rows.append(Values{{u"review"_s, review.value}, {u"person"_s, person}});
    }
    const auto created = createAll(db, reviewAttendeeSpec(), rows);
    return created ? Result<void>{} : Result<void>(created.error());
}

} // namespace

Result<void> DemoReviews::writeFirst(Database &db, const QDate &today)
{
    const auto person = peopleByName(db);
    if (!person) {
        return person.error();
    }
    const qint64 director = person->value(u"Maren Holt"_s);
    const qint64 ismsManager = person->value(u"Aylin Demir"_s);
    const qint64 operations = person->value(u"Priya Nair"_s);
    const qint64 auditor = person->value(u"Nora Eklund"_s);

    const QDate firstHeld = firstHeldOn(today);
    const auto first = createAll(
        db,
        managementReviewSpec(),
        {{{u"title"_s, u"Annual management review"_s},
          {u"planned_date"_s, firstHeld},
          {u"held_on"_s, firstHeld},
          {u"chair"_s, director},
          {u"status"_s, u"minutes-approved"_s},
          {u"minutes_approved_by"_s, director},
          {u"minutes_approved_on"_s, firstHeld.addDays(12)},
          {u"notes_actions"_s, u"First review of the ISMS; no earlier actions."_s},
          {u"notes_context"_s,
           u"The customer portal moves to a hosting provider next year; its risks are to "
           u"be assessed before the move."_s},
          {u"notes_monitoring"_s, u"Backups are tested, but the patch figures are collected by hand."_s},
          {u"notes_risks"_s, u"Treatment of the remote access risks is behind plan."_s},
          {u"conclusions"_s,
           u"The ISMS is suitable and adequate; its effectiveness depends on finishing the "
           u"remote access measures. Automate the patch figures."_s}}});
    if (!first) {
        return first.error();
    }
    if (auto attended = attend(db, first->constFirst(), {director, ismsManager, operations, auditor});
        !attended) {
        return attended;
    }
    const auto firstActions =
        createAll(db,
                  reviewActionSpec(),
                  {{{u"review"_s, first->constFirst().value},
                    {u"type"_s, u"improvement"_s},
                    {u"decision"_s, u"Collect the patch figures automatically from the deployment tool."_s},
                    {u"owner"_s, operations},
                    {u"due_date"_s, firstHeld.addDays(90)},
                    {u"status"_s, u"done"_s},
                    {u"done_on"_s, firstHeld.addDays(75)}},
                   {{u"review"_s, first->constFirst().value},
                    {u"type"_s, u"resource"_s},
                    {u"decision"_s, u"Fund a second person for the on-call rota of cloud operations."_s},
                    {u"owner"_s, director},
                    {u"due_date"_s, today.addDays(-60)},
                    {u"status"_s, u"in-progress"_s}}});
    return firstActions ? Result<void>{} : Result<void>(firstActions.error());
}

Result<void> DemoReviews::writeRecent(Database &db, const QDate &today)
{
    const auto person = peopleByName(db);
    if (!person) {
        return person.error();
    }
    const qint64 director = person->value(u"Maren Holt"_s);
    const qint64 engineering = person->value(u"Tobias Lindqvist"_s);
    const qint64 ismsManager = person->value(u"Aylin Demir"_s);
    const qint64 operations = person->value(u"Priya Nair"_s);
    const qint64 finance = person->value(u"Lukas Berg"_s);
    const QDate firstHeld = firstHeldOn(today);

    // The recent review follows the demo's latest internal audit when the project has an audit
    // register (another part of the program brings it): a week after the audit's latest date.
    QDate secondHeld = today.addDays(-30);
    if (const EntitySpec *audits = Entities::find(u"audits"_s)) {
        const auto records = RecordRepository(db, *audits).all();
        if (!records) {
            return records.error();
        }
        QDate latest;
        for (const Record &audit : *records) {
            for (int i = 0; i < audits->fields.size(); ++i) {
                const QDate date =
                    audits->fields.at(i).type == FieldType::Date ? audit.values.at(i).toDate() : QDate();
                if (date.isValid() && date < today && date > latest) {
                    latest = date;
                }
            }
        }
        if (latest.isValid() && latest > firstHeld.addDays(30)) {
            secondHeld = std::min(latest.addDays(7), today.addDays(-1));
        }
    }
    const auto second =
        createAll(db,
                  managementReviewSpec(),
                  {{{u"title"_s, u"Management review after the internal audit"_s},
                    {u"planned_date"_s, secondHeld},
                    {u"held_on"_s, secondHeld},
                    {u"chair"_s, director},
                    {u"status"_s, u"minutes-approved"_s},
                    {u"minutes_approved_by"_s, director},
                    {u"minutes_approved_on"_s, std::min(secondHeld.addDays(6), today)},
                    {u"notes_actions"_s,
                     u"The patch figures are automated. The on-call rota is still one person short; "
                     u"the budget was approved, the hiring is open."_s},
                    {u"notes_audits"_s,
                     u"The internal audit found the supplier reviews overdue; see the audit report."_s},
                    {u"notes_objectives"_s,
                     u"The phishing objective is on track; the availability objective is at risk."_s},
                    {u"notes_risks"_s,
                     u"The hosting provider's risks were assessed in the latest run; two stay above "
                     u"the threshold with the owners' sign-off."_s},
                    {u"conclusions"_s,
                     u"The ISMS remains suitable, adequate and effective. The supplier review process "
                     u"needs to change; an owner and a budget for it were agreed."_s}}});
    if (!second) {
        return second.error();
    }
    if (auto attended = attend(db, second->constFirst(), {director, engineering, ismsManager, finance});
        !attended) {
        return attended;
    }
    const auto secondActions = createAll(
        db,
        reviewActionSpec(),
        {{{u"review"_s, second->constFirst().value},
          {u"type"_s, u"change"_s},
          {u"decision"_s,
           u"Move the yearly supplier reviews into the purchasing workflow so that none is "
           u"missed."_s},
          {u"owner"_s, finance},
          {u"due_date"_s, today.addDays(75)},
          {u"status"_s, u"in-progress"_s}},
         {{u"review"_s, second->constFirst().value},
          {u"type"_s, u"improvement"_s},
          {u"decision"_s, u"Add a restore test of the customer database to the quarterly backup checks."_s},
          {u"owner"_s, operations},
          {u"due_date"_s, today.addDays(45)},
          {u"status"_s, u"open"_s}}});
    if (!secondActions) {
        return secondActions.error();
    }
    if (auto change = ReviewService(db).makePlannedChange(secondActions->constFirst()); !change) {
        return change.error();
    }
    const auto next = createAll(db,
                                managementReviewSpec(),
                                {{{u"title"_s, u"Annual management review"_s},
                                  {u"planned_date"_s, today.addDays(335)},
                                  {u"chair"_s, director},
                                  {u"status"_s, u"planned"_s}}});
    if (!next) {
        return next.error();
    }
    return attend(db, next->constFirst(), {director, engineering, ismsManager});
}

} // namespace isms
