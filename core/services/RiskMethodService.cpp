// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RiskMethodService.h"

#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "services/RecordService.h"
#include "services/RiskRules.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace isms {

namespace {

Result<QString> storedDefinition(const QSqlDatabase &connection)
{
    auto value = sql::scalar(connection, QStringLiteral("SELECT definition FROM risk_method WHERE id = 1"));
    if (!value) {
        return value.error();
    }
    return value->toString();
}

/// The ratings of every risk remapped onto the scales of `next`; only the records whose ratings move.
QList<RecordChange> remappedRatings(const QList<Record> &risks,
                                    const RiskMethod &current,
                                    const RiskMethod &next)
{
    const EntitySpec &spec = riskSpec();
    const auto likelihoodFrom = static_cast<int>(current.likelihood.size());
    const auto likelihoodTo = static_cast<int>(next.likelihood.size());
    const auto impactFrom = static_cast<int>(current.impact.size());
    const auto impactTo = static_cast<int>(next.impact.size());
    QList<RecordChange> changes;
    for (const Record &risk : risks) {
        RecordChange change{risk.id, {}};
        for (const auto &[key, from, to] : {std::tuple{u"likelihood", likelihoodFrom, likelihoodTo},
                                            std::tuple{u"impact", impactFrom, impactTo},
                                            std::tuple{u"residual_likelihood", likelihoodFrom, likelihoodTo},
                                            std::tuple{u"residual_impact", impactFrom, impactTo}}) {
            const QVariant value = risk.values.at(spec.indexOf(key));
            if (value.isNull() || !value.isValid() || from == to) {
                continue;
            }
            const int mapped = RiskMethod::remap(value.toInt(), from, to);
            if (mapped != value.toInt()) {
                change.values.insert(QString::fromUtf16(key), qint64{mapped});
            }
        }
        changes.append(change); // every risk: its levels are derived again even when no rating moves
    }
    return changes;
}

/// A sign-off that no longer holds under `next`: the risk's level is now above the acceptance threshold
/// and no acceptance rationale was written. The sign-off is withdrawn in the same change (the change log
/// keeps who had signed), so that the risk awaits its owner's sign-off under the new criteria rather
/// than the change being refused.
void withdrawStaleSignOffs(const QList<Record> &risks,
                           QList<RecordChange> &changes,
                           const RiskMethod &next,
                           const Database &db,
                           const QSet<RecordId> &keep = {})
{
    const EntitySpec &spec = riskSpec();
    RecordContext context{&db};
    context.riskMethod = std::make_shared<const RiskMethod>(next);
    const int signedBy = spec.indexOf(u"signoff_by");
    const int rationale = spec.indexOf(u"acceptance_rationale");
    for (qsizetype r = 0; r < risks.size(); ++r) {
        const Record &risk = risks.at(r);
        RecordChange &change = changes[r];
        if (keep.contains(risk.id) || risk.values.at(signedBy).toString().trimmed().isEmpty()
            || !risk.values.at(rationale).toString().trimmed().isEmpty()) {
            continue;
        }
        Record after = risk;
        for (auto it = change.values.constBegin(); it != change.values.constEnd(); ++it) {
            after.values[spec.indexOf(it.key())] = it.value();
        }
        spec.derive(spec, after, context);
        if (next.needsRationale(RiskRules::acceptanceRank(spec, after))) {
            change.values.insert(QStringLiteral("signoff_by"), QString());
            change.values.insert(QStringLiteral("signoff_date"), QVariant());
        }
    }
}

} // namespace

Result<RiskMethod> RiskMethodService::load(const Database &db)
{
    auto definition = storedDefinition(db.connection());
    if (!definition) {
        return definition.error();
    }
    auto method = RiskMethod::fromJson(*definition);
    if (!method) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The project's risk assessment method was damaged outside the program (%1); the "
                        "default method is used until it is set again on the Methodology page.")
                         .arg(method.error().message),
                     method.error().detail};
    }
    return method;
}

Result<QList<RatingChange>> RiskMethodService::preview(const Database &db, const RiskMethod &next)
{
    if (auto valid = next.validate(); !valid) {
        return valid.error();
    }
    auto current = load(db);
    const RiskMethod before = current ? *current : RiskMethod::defaults();
    const EntitySpec &spec = riskSpec();
    auto risks = RecordRepository(db, spec).all();
    if (!risks) {
        return risks.error();
    }
    QList<RecordChange> remapped = remappedRatings(*risks, before, next);
    withdrawStaleSignOffs(*risks, remapped, next, db);
    RecordContext context{&db};
    context.riskMethod = std::make_shared<const RiskMethod>(next);
    QList<RatingChange> changes;
    for (qsizetype r = 0; r < risks->size(); ++r) {
        const Record &risk = risks->at(r);
        Record after = risk;
        for (auto it = remapped.at(r).values.constBegin(); it != remapped.at(r).values.constEnd(); ++it) {
            after.values[spec.indexOf(it.key())] = it.value();
        }
        spec.derive(spec, after, context);
        for (const QString &key : {QStringLiteral("likelihood"),
                                   QStringLiteral("impact"),
                                   QStringLiteral("level"),
                                   QStringLiteral("residual_likelihood"),
                                   QStringLiteral("residual_impact"),
                                   QStringLiteral("residual_level"),
                                   QStringLiteral("signoff_by")}) {
            const int index = spec.indexOf(key);
            const QString from = risk.values.at(index).toString();
            const QString to = after.values.at(index).toString();
            if (from != to) {
                changes.append(RatingChange{risk.id, EntitySpec::refOf(risk), key, from, to});
            }
        }
    }
    return changes;
}

Result<QList<RecordChange>> RiskMethodService::ratings(const Database &db)
{
    const EntitySpec &spec = riskSpec();
    auto risks = RecordRepository(db, spec).all();
    if (!risks) {
        return risks.error();
    }
    QList<RecordChange> ratings;
    ratings.reserve(risks->size());
    for (const Record &risk : std::as_const(*risks)) {
        RecordChange change{risk.id, {}};
        for (const QString &key : {QStringLiteral("likelihood"),
                                   QStringLiteral("impact"),
                                   QStringLiteral("residual_likelihood"),
                                   QStringLiteral("residual_impact"),
                                   QStringLiteral("signoff_by"),
                                   QStringLiteral("signoff_date")}) {
            change.values.insert(key, risk.values.at(spec.indexOf(key)));
        }
        ratings.append(change);
    }
    return ratings;
}

Result<void> RiskMethodService::apply(Database &db,
                                      const RiskMethod &next,
                                      const QList<RecordChange> &exactRatings)
{
    if (auto valid = next.validate(); !valid) {
        return valid;
    }
    const EntitySpec &spec = riskSpec();
    QList<RecordId> changedIds;
    QSet<QString> changedFields;
    bool methodChanged = false;
    auto done = db.transaction([&]() -> Result<void> {
        auto before = storedDefinition(db.connection());
        if (!before) {
            return before.error();
        }
        const QString after = next.toJson();
        if (*before == after) {
            return {};
        }
        auto current = RiskMethod::fromJson(*before);
        QSqlQuery query(db.connection());
        if (auto written = sql::exec(query,
                                     QStringLiteral("UPDATE risk_method SET definition = ? WHERE id = 1"),
                                     {after});
            !written) {
            return written;
        }
        QList<FieldChange> logged{FieldChange{logEntity(), QStringLiteral("1"), logField(), *before, after}};
        auto risks = RecordRepository(db, spec).all();
        if (!risks) {
            return risks.error();
        }
        RecordService service(db, spec);
        QList<RecordChange> changes =
            remappedRatings(*risks, current ? *current : RiskMethod::defaults(), next);
        QHash<RecordId, QHash<QString, QVariant>> exact;
        for (const RecordChange &rating : exactRatings) {
            exact.insert(rating.id, rating.values);
        }
        for (RecordChange &change : changes) {
            if (const auto found = exact.constFind(change.id); found != exact.constEnd()) {
                change.values = *found;
            }
        }
        const QList<RecordId> exactIds = exact.keys();
        withdrawStaleSignOffs(*risks, changes, next, db, QSet<RecordId>(exactIds.cbegin(), exactIds.cend()));
        if (auto updated = service.updateWithin(changes, changedIds, changedFields, logged); !updated) {
            return updated;
        }
        methodChanged = true;
        return ChangeLog::append(db, logged);
    });
    if (!done) {
        return done;
    }
    if (methodChanged) {
        Q_EMIT db.notifier()->riskMethodChanged();
        if (!changedIds.isEmpty()) {
            RecordService(db, spec).notifyChanged(changedIds, changedFields);
        } else {
            Q_EMIT db.notifier()->changeLogAppended();
        }
    }
    return {};
}

Result<void> RiskMethodService::seed(QSqlDatabase &connection, const QString &actor)
{
    const QString definition = RiskMethod::defaults().toJson();
    QSqlQuery query(connection);
    if (auto written = sql::exec(query,
                                 QStringLiteral("INSERT INTO risk_method (id, definition) VALUES (1, ?)"),
                                 {definition});
        !written) {
        return written;
    }
    return ChangeLog::appendTo(
        connection,
        actor,
        {FieldChange{logEntity(), QStringLiteral("1"), logField(), std::nullopt, definition}});
}

Result<QStringList> RiskMethodService::checkHistory(const Database &db)
{
    QStringList problems;
    auto definition = storedDefinition(db.connection());
    if (!definition) {
        return definition.error();
    }
    auto entries = ChangeLog::entries(db, ChangeLogQuery{logEntity(), QStringLiteral("1")});
    if (!entries) {
        return entries.error();
    }
    std::optional<QString> logged;
    for (const ChangeLogEntry &entry : std::as_const(*entries)) {
        if (entry.field == logField()) {
            logged = entry.newValue;
        }
    }
    if (!logged) {
        problems.append(tr("The risk assessment method has no entry in the change log; it was written "
                           "outside the program."));
    } else if (*logged != *definition) {
        problems.append(tr("The risk assessment method differs from the last version in the change log; it "
                           "was changed outside the program."));
    }
    if (auto method = RiskMethod::fromJson(*definition); !method) {
        problems.append(tr("The risk assessment method is not valid: %1").arg(method.error().message));
    }
    return problems;
}

} // namespace isms
