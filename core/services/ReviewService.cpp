// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ReviewService.h"

#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "services/FrozenSnapshot.h"
#include "services/RecordService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SqlHelpers.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

QVariant valueOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.value(spec.indexOf(key));
}

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

QString frozenRecord(const QString &ref, const QString &sha256)
{
    const QJsonObject object{{u"ref"_s, ref}, {u"sha256"_s, sha256}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString problemText(FrozenProblem problem, const QString &review)
{
    switch (problem) {
    case FrozenProblem::HashMismatch:
        return ReviewService::tr("The frozen inputs of management review %1 no longer match their SHA-256; "
                                 "they were changed outside ISMS Workbench.")
            .arg(review);
    case FrozenProblem::Unreadable:
        return ReviewService::tr("The frozen inputs of management review %1 are not readable.").arg(review);
    case FrozenProblem::NotLogged:
        return ReviewService::tr("The frozen inputs of management review %1 have no entry in the change log; "
                                 "they were added outside ISMS Workbench.")
            .arg(review);
    case FrozenProblem::LoggedTwice:
        return ReviewService::tr(
                   "Management review %1 is logged as frozen more than once; the change log was "
                   "written outside ISMS Workbench.")
            .arg(review);
    case FrozenProblem::DiffersFromLog:
        return ReviewService::tr("The frozen inputs of management review %1 differ from those logged when it "
                                 "was held; they were changed outside ISMS Workbench.")
            .arg(review);
    case FrozenProblem::Missing:
        return ReviewService::tr(
                   "The frozen inputs of management review %1 are missing from the project; they "
                   "were removed outside ISMS Workbench.")
            .arg(review);
    }
    return {};
}

FrozenKind frozenKind(const QHash<QString, QString> &refs = {})
{
    return FrozenKind{
        .table = u"management_review_snapshot"_s,
        .idColumn = u"review"_s,
        .columns = {u"(SELECT ref FROM management_review WHERE management_review.id = review)"_s},
        .contentColumn = u"content"_s,
        .hashColumn = u"sha256"_s,
        .logEntity = ReviewService::logEntity(),
        .logField = ReviewService::logField(),
        .contentIsArray = false,
        .logRecord =
            [](const FrozenRow &row) { return frozenRecord(row.values.value(0).toString(), row.sha256); },
        .message = [refs](FrozenProblem problem,
                          const QString &id) { return problemText(problem, refs.value(id, u"#"_s + id)); },
    };
}

/// The stored snapshot of a review: its content and hash, or nullopt.
Result<std::optional<std::pair<QByteArray, QString>>> snapshotOf(const Database &db, RecordId review)
{
    QSqlQuery query(db.connection());
    if (auto done = sql::exec(query,
                              u"SELECT content, sha256 FROM management_review_snapshot WHERE review = ?"_s,
                              {review.value});
        !done) {
        return done.error();
    }
    if (!query.next()) {
        return std::optional<std::pair<QByteArray, QString>>();
    }
    return std::optional(std::pair{query.value(0).toString().toUtf8(), query.value(1).toString()});
}

/// Compiles and stores the inputs of a review that was just marked held, with the freezing entry in
/// the change log; inside the transaction of that write.
Result<void> freeze(const Database &db, const Record &review)
{
    const auto period = ReviewInputs::periodOf(db, review, QDate::currentDate());
    if (!period) {
        return period.error();
    }
    const auto inputs = ReviewInputs::compile(db, *period);
    if (!inputs) {
        return inputs.error();
    }
    const QString ref = EntitySpec::refOf(review);
    const QJsonObject content{
        {u"review"_s, ref},
        {u"since"_s,
         period->since.isValid() ? QJsonValue(period->since.toString(Qt::ISODate)) : QJsonValue()},
        {u"until"_s, period->until.toString(Qt::ISODate)},
        {u"inputs"_s, ReviewInputs::toJson(*inputs)}};
    const QByteArray json = FrozenSnapshot::canonicalJson(content);
    const QString sha256 = FrozenSnapshot::sha256Of(json);
    QSqlQuery insert(db.connection());
    if (auto stored =
            sql::exec(insert,
                      u"INSERT INTO management_review_snapshot (review, content, sha256) VALUES (?, ?, ?)"_s,
                      {review.id.value, QString::fromUtf8(json), sha256});
        !stored) {
        return stored;
    }
    QSqlDatabase connection = db.connection();
    return ChangeLog::appendTo(connection,
                               db.actor(),
                               {FieldChange{ReviewService::logEntity(),
                                            QString::number(review.id.value),
                                            ReviewService::logField(),
                                            std::nullopt,
                                            frozenRecord(ref, sha256)}});
}

} // namespace

ReviewService::ReviewService(Database &db)
    : m_db(db)
{}

Result<void> ReviewService::validateReview(const EntitySpec &spec,
                                           const Record &record,
                                           const RecordContext &)
{
    const QString status = valueOf(spec, record, u"status").toString();
    const QDate held = valueOf(spec, record, u"held_on").toDate();
    if (status == u"planned" && held.isValid()) {
        return invalid(
            tr("A planned review has no \"Held on\" date yet; clear it, or mark the review held."));
    }
    if (status != u"planned" && !held.isValid()) {
        return invalid(tr("A held review says when it was held; fill in \"Held on\", or leave the review "
                          "planned."));
    }
    if (held.isValid() && held > QDate::currentDate()) {
        return invalid(tr("A review cannot have been held on %1, which lies in the future; give the day it "
                          "was held, or leave it planned.")
                           .arg(held.toString(Qt::ISODate)));
    }
    const bool approver = valueOf(spec, record, u"minutes_approved_by").isValid();
    const QDate approved = valueOf(spec, record, u"minutes_approved_on").toDate();
    if (status == u"minutes-approved" && (!approver || !approved.isValid())) {
        return invalid(tr("Approved minutes say who approved them and when; fill in \"Minutes approved by\" "
                          "and \"Minutes approved on\", or set the status to held."));
    }
    if (approved.isValid() && held.isValid() && approved < held) {
        return invalid(tr("The minutes cannot be approved on %1, before the review was held on %2; correct "
                          "one of the dates.")
                           .arg(approved.toString(Qt::ISODate), held.toString(Qt::ISODate)));
    }
    return {};
}

Result<void> ReviewService::validateAction(const EntitySpec &spec,
                                           const Record &record,
                                           const RecordContext &)
{
    const QString status = valueOf(spec, record, u"status").toString();
    const bool doneOn = valueOf(spec, record, u"done_on").toDate().isValid();
    if (status == u"done" && !doneOn) {
        return invalid(tr("A done action says when it was done; fill in \"Done on\", or choose another "
                          "status."));
    }
    if (status != u"done" && doneOn) {
        return invalid(tr("Only a done action has a \"Done on\" date; clear it, or mark the action done."));
    }
    return {};
}

Result<void> ReviewService::afterReviewsWritten(const Database &db, const QList<Record> &reviews)
{
    const EntitySpec &spec = managementReviewSpec();
    for (const Record &review : reviews) {
        const auto snapshot = snapshotOf(db, review.id);
        if (!snapshot) {
            return snapshot.error();
        }
        const bool planned = valueOf(spec, review, u"status").toString() == u"planned";
        if (planned && *snapshot) {
            return invalid(
                tr("Management review %1 was held and its inputs are frozen; a review is held only "
                   "once. Plan the next review as a new record.")
                    .arg(EntitySpec::refOf(review)));
        }
        if (!planned && !*snapshot) {
            if (auto frozen = freeze(db, review); !frozen) {
                return frozen;
            }
        }
    }
    return {};
}

Result<void> ReviewService::afterReviewsRemoved(const Database & /*db*/, const QList<Record> &reviews)
{
    const EntitySpec &spec = managementReviewSpec();
    for (const Record &review : reviews) {
        if (valueOf(spec, review, u"status").toString() != u"planned") {
            return invalid(tr("Management review %1 was held and its inputs are frozen, so it stays in the "
                              "project as the record of that review; only a planned review can be removed.")
                               .arg(EntitySpec::refOf(review)));
        }
    }
    return {};
}

Result<void> ReviewService::hold(RecordId id, const QDate &date)
{
    const EntitySpec &spec = managementReviewSpec();
    RecordService service(m_db, spec);
    const auto review = service.get(id);
    if (!review) {
        return review.error();
    }
    if (valueOf(spec, *review, u"status").toString() != u"planned") {
        return invalid(tr("Management review %1 was already held on %2 and its inputs are frozen as they "
                          "stood then; a review is held only once. Plan the next review as a new record.")
                           .arg(EntitySpec::refOf(*review),
                                valueOf(spec, *review, u"held_on").toDate().toString(Qt::ISODate)));
    }
    const QDate held = date.isValid() ? date : QDate::currentDate();
    return service.update(id, {{u"status"_s, u"held"_s}, {u"held_on"_s, held}});
}

Result<RecordId> ReviewService::makePlannedChange(RecordId actionId)
{
    const EntitySpec &actions = reviewActionSpec();
    RecordService actionService(m_db, actions);
    const auto action = actionService.get(actionId);
    if (!action) {
        return action.error();
    }
    const QString ref = EntitySpec::refOf(*action);
    if (valueOf(actions, *action, u"type").toString() != u"change") {
        return invalid(tr("Only a \"Change needed\" output becomes a planned change; %1 is another kind of "
                          "output. Change its type first if it needs a change to the ISMS.")
                           .arg(ref));
    }
    if (valueOf(actions, *action, u"planned_change").isValid()) {
        return invalid(tr("%1 already has its planned change; open it from the action's \"Planned change\" "
                          "field.")
                           .arg(ref));
    }
    const auto review = RecordService(m_db, managementReviewSpec())
                            .get(RecordId{valueOf(actions, *action, u"review").toLongLong()});
    if (!review) {
        return review.error();
    }
    QString owner;
    if (const QVariant person = valueOf(actions, *action, u"owner"); person.isValid()) {
        const auto found = RecordService(m_db, personSpec()).get(RecordId{person.toLongLong()});
        if (!found) {
            return found.error();
        }
        owner = valueOf(personSpec(), *found, u"name").toString();
    }
    const EntitySpec &changes = plannedChangeSpec();
    Record change = changes.newRecord();
    const QString decision = valueOf(actions, *action, u"decision").toString().trimmed();
    const QString title = decision.section(u'\n', 0, 0);
    change.values[changes.indexOf(u"title")] = title.size() > 200 ? title.left(197) + u"..."_s : title;
    change.values[changes.indexOf(u"purpose")] = tr("Decided in management review %1 as output %2:\n%3")
                                                     .arg(EntitySpec::refOf(*review), ref, decision);
    change.values[changes.indexOf(u"owner")] = owner;
    change.values[changes.indexOf(u"planned_date")] = valueOf(actions, *action, u"due_date");
    change.values[changes.indexOf(u"status")] = u"proposed"_s;
    change.values[changes.indexOf(u"consequences_reviewed")] = u"no"_s;
    change.values[changes.indexOf(u"triggers_reassessment")] = u"no"_s;

    RecordService changeService(m_db, changes);
    QList<RecordId> ids;
    QList<RecordId> changedIds;
    QSet<QString> changedFields;
    auto done = m_db.transaction([&]() -> Result<void> {
        QList<FieldChange> logged;
        if (auto inserted = changeService.insertWithin({change}, false, ids, logged); !inserted) {
            return inserted;
        }
        if (auto linked = actionService.updateWithin(
                {RecordChange{actionId, {{u"planned_change"_s, ids.constFirst().value}}}},
                changedIds,
                changedFields,
                logged);
            !linked) {
            return linked;
        }
        return ChangeLog::append(m_db, logged);
    });
    if (!done) {
        return done.error();
    }
    Q_EMIT m_db.notifier()->recordsAdded(changes.key, ids);
    actionService.notifyChanged(changedIds, changedFields);
    Q_EMIT m_db.notifier()->changeLogAppended();
    return ids.constFirst();
}

Result<ReviewInputsView> ReviewService::inputsOf(const Database &db, const Record &review, const QDate &today)
{
    ReviewInputsView view;
    const auto snapshot = snapshotOf(db, review.id);
    if (!snapshot) {
        return snapshot.error();
    }
    if (!*snapshot) {
        const auto period = ReviewInputs::periodOf(db, review, today);
        if (!period) {
            return period.error();
        }
        auto inputs = ReviewInputs::compile(db, *period);
        if (!inputs) {
            return inputs.error();
        }
        view.compiledUntil = period->until;
        view.inputs = std::move(inputs).value();
        return view;
    }
    const auto &[json, sha256] = **snapshot;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (FrozenSnapshot::sha256Of(json) != sha256 || !document.isObject()) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The frozen inputs of management review %1 cannot be read; they were damaged outside "
                        "ISMS Workbench. Run \"isms-cli check\" on the project.")
                         .arg(EntitySpec::refOf(review)),
                     {}};
    }
    auto inputs = ReviewInputs::fromJson(document.object().value(u"inputs"_s).toArray());
    if (!inputs) {
        return inputs.error();
    }
    view.frozen = true;
    view.sha256 = sha256;
    view.compiledUntil = QDate::fromString(document.object().value(u"until"_s).toString(), Qt::ISODate);
    view.inputs = std::move(inputs).value();
    return view;
}

Result<QStringList> ReviewService::check(const Database &db)
{
    const EntitySpec &spec = managementReviewSpec();
    const RecordRepository repository(db, spec);
    const auto exists = repository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return QStringList();
    }
    const auto reviews = repository.all();
    if (!reviews) {
        return reviews.error();
    }
    QHash<QString, QString> refs;
    for (const Record &review : *reviews) {
        refs.insert(QString::number(review.id.value), EntitySpec::refOf(review));
    }
    auto findings = FrozenSnapshot::check(db, frozenKind(refs));
    if (!findings) {
        return findings;
    }
    for (const Record &review : *reviews) {
        const auto snapshot = snapshotOf(db, review.id);
        if (!snapshot) {
            return snapshot.error();
        }
        const bool planned = valueOf(spec, review, u"status").toString() == u"planned";
        if (!planned && !*snapshot) {
            findings->append(tr("Management review %1 is held but has no frozen inputs; they were removed "
                                "outside ISMS Workbench.")
                                 .arg(EntitySpec::refOf(review)));
        } else if (planned && *snapshot) {
            findings->append(
                tr("Management review %1 has frozen inputs but is marked planned; its status was "
                   "changed outside ISMS Workbench.")
                    .arg(EntitySpec::refOf(review)));
        }
    }
    return findings;
}

} // namespace isms
