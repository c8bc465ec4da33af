// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ReviewRules.h"

#include "domain/Entities.h"
#include "services/ReviewService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SqlHelpers.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace isms {

Result<bool> ReviewRules::topManagementAttends(const Database &db, RecordId review)
{
    const auto count = sql::scalar(db.connection(),
                                   u"SELECT COUNT(*) FROM review_attendee JOIN person ON person.id = "
                                   u"review_attendee.person WHERE review_attendee.review = ? AND "
                                   u"person.top_management = 1"_s,
                                   {review.value});
    if (!count) {
        return count.error();
    }
    return count->toLongLong() > 0;
}

Result<QList<ReviewFinding>> ReviewRules::findings(const Database &db, const QDate &today)
{
    QList<ReviewFinding> found;
    const EntitySpec &spec = managementReviewSpec();
    const RecordRepository repository(db, spec);
    const auto exists = repository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return found;
    }
    const auto reviews = repository.all();
    if (!reviews) {
        return reviews.error();
    }
    const QStringList keys = ReviewInputs::keys();
    for (const Record &review : *reviews) {
        if (review.values.at(spec.indexOf(u"status")).toString() == u"planned") {
            continue;
        }
        const QString ref = EntitySpec::refOf(review);
        const auto top = topManagementAttends(db, review.id);
        if (!top) {
            return top.error();
        }
        if (!*top) {
            found.append(ReviewFinding{u"R-REVIEW-NO-TOP-MANAGEMENT"_s,
                                       spec.key,
                                       ref,
                                       tr("No member of top management attended management review %1; record "
                                          "who attended, or mark the attendees who belong to top management "
                                          "in the people register.")
                                           .arg(ref)});
        }
        const auto inputs = ReviewService::inputsOf(db, review, today);
        if (!inputs) {
            if (inputs.error().code == ErrorCode::InvalidArgument) {
                continue; // a damaged snapshot is `check`'s finding
            }
            return inputs.error();
        }
        QStringList missing;
        QSet<QString> present;
        for (const ReviewInput &input : inputs->inputs) {
            present.insert(input.key);
            if (!input.available) {
                missing.append(ReviewInputs::clauseOf(input.key));
            }
        }
        for (const QString &key : keys) {
            if (!present.contains(key)) {
                missing.append(ReviewInputs::clauseOf(key));
            }
        }
        if (!missing.isEmpty()) {
            found.append(
                ReviewFinding{u"R-REVIEW-INPUT-MISSING"_s,
                              spec.key,
                              ref,
                              tr("The inputs frozen with management review %1 miss %2; consider them "
                                 "in the next review and record them in its discussion notes.")
                                  .arg(ref, missing.join(u", "_s))});
        }
    }
    const EntitySpec &actions = reviewActionSpec();
    const auto all = RecordRepository(db, actions).all();
    if (!all) {
        return all.error();
    }
    for (const Record &action : *all) {
        const QString status = action.values.at(actions.indexOf(u"status")).toString();
        const QDate due = action.values.at(actions.indexOf(u"due_date")).toDate();
        if ((status == u"open" || status == u"in-progress") && due.isValid() && due < today) {
            const QString ref = EntitySpec::refOf(action);
            found.append(
                ReviewFinding{u"R-REVIEW-ACTION-OVERDUE"_s,
                              actions.key,
                              ref,
                              tr("Review action %1 was due on %2 and is not done; finish it, or record "
                                 "a new due date that the next review confirms.")
                                  .arg(ref, due.toString(Qt::ISODate))});
        }
    }
    return found;
}

} // namespace isms
