// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RequirementService.h"

#include "common/TextRules.h"
#include "services/ChangeNotifier.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace isms {

namespace {

QStringList splitValues(const QString &cell)
{
    return cell.isEmpty() ? QStringList() : cell.split(u';');
}

/// Whether values read from the file are shown to people (cut to their limits, forbidden characters
/// replaced) or used to compute a change (exactly as stored).
enum class ReadFor
{
    Display,
    Change,
};

/// A catalogue text as read from the file: the file may have been edited outside the program, so no
/// text reaches a widget or a report longer than its field allows.
QString catalogueText(const QSqlQuery &query, int column, text::Shape shape)
{
    constexpr qsizetype MaxCatalogueText = 2000;
    return text::forDisplay(query.value(column).toString(), shape, MaxCatalogueText);
}

RequirementTracking trackingFrom(const QSqlQuery &query, int firstColumn, ReadFor purpose)
{
    RequirementTracking tracking;
    tracking.status =
        statusFromKeyword(query.value(firstColumn).toString()).value_or(ImplementationStatus::NotStarted);
    tracking.owner = query.value(firstColumn + 1).toString();
    tracking.notes = query.value(firstColumn + 2).toString();
    if (purpose == ReadFor::Display) {
        tracking.owner =
            text::forDisplay(tracking.owner, text::Shape::SingleLine, RequirementService::MaxOwnerLength);
        tracking.notes =
            text::forDisplay(tracking.notes, text::Shape::MultiLine, RequirementService::MaxNotesLength);
    }
    tracking.targetDate = QDate::fromString(query.value(firstColumn + 3).toString(), Qt::ISODate);
    return tracking;
}

std::optional<QString> dateValue(const QDate &date)
{
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date.toString(Qt::ISODate);
}

const QString ControlColumns = QStringLiteral(
    "SELECT c.ref, c.title, c.theme, c.control_types, c.security_properties, c.cybersecurity_concepts, "
    "c.operational_capabilities, c.security_domains, c.new_in_2022, r.status, r.owner, r.notes, "
    "r.target_date "
    "FROM annex_a_control c JOIN requirement r ON r.kind = 'control' AND r.ref = c.ref");

const QString ClauseColumns =
    QStringLiteral("SELECT c.ref, c.title, c.parent_ref, c.documented_information, r.status, r.owner, "
                   "r.notes, r.target_date "
                   "FROM clause c JOIN requirement r ON r.kind = 'clause' AND r.ref = c.ref");

Control controlFrom(const QSqlQuery &query)
{
    Control control;
    control.ref = query.value(0).toString();
    control.title = catalogueText(query, 1, text::Shape::SingleLine);
    control.theme = themeFromKeyword(query.value(2).toString()).value_or(Theme::Organizational);
    control.controlTypes = splitValues(query.value(3).toString());
    control.securityProperties = splitValues(query.value(4).toString());
    control.cybersecurityConcepts = splitValues(query.value(5).toString());
    control.operationalCapabilities = splitValues(query.value(6).toString());
    control.securityDomains = splitValues(query.value(7).toString());
    control.isNewIn2022 = query.value(8).toInt() == 1;
    control.tracking = trackingFrom(query, 9, ReadFor::Display);
    return control;
}

Clause clauseFrom(const QSqlQuery &query)
{
    Clause clause;
    clause.ref = query.value(0).toString();
    clause.title = catalogueText(query, 1, text::Shape::SingleLine);
    clause.parentRef = query.value(2).toString();
    clause.documentedInformation = catalogueText(query, 3, text::Shape::MultiLine);
    clause.tracking = trackingFrom(query, 4, ReadFor::Display);
    return clause;
}

Error notFound(const RequirementKey &key)
{
    if (key.kind == RequirementKind::Control) {
        return Error{
            ErrorCode::NotFound,
            QCoreApplication::translate("isms::RequirementService",
                                        "There is no Annex A control \"%1\"; use an id from A.5.1 to A.8.34.")
                .arg(key.ref),
            {}};
    }
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate(
                     "isms::RequirementService",
                     "There is no clause \"%1\"; use a clause number from 4 to 10.3, such as 6.1.2.")
                     .arg(key.ref),
                 {}};
}

Result<void> validate(const RequirementChange &change)
{
    if (change.owner) {
        if (change.owner->size() > RequirementService::MaxOwnerLength) {
            return Error{
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("isms::RequirementService",
                                            "The owner may have at most %1 characters; enter a shorter name.")
                    .arg(RequirementService::MaxOwnerLength),
                {}};
        }
        if (change.owner->contains(u'\n') || change.owner->contains(u'\r')) {
            return Error{
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("isms::RequirementService",
                                            "The owner must be a single line; remove the line breaks."),
                {}};
        }
        if (const qsizetype at = text::firstForbidden(*change.owner, text::Shape::SingleLine); at >= 0) {
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("isms::RequirementService",
                                                     "The owner contains %1, which a name may not hold; "
                                                     "remove it and type the name again.")
                             .arg(text::describe(change.owner->at(at))),
                         {}};
        }
    }
    if (change.notes) {
        if (const qsizetype at = text::firstForbidden(*change.notes, text::Shape::MultiLine); at >= 0) {
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("isms::RequirementService",
                                                     "The notes contain %1, which text may not hold; remove "
                                                     "it (it is often pasted in by accident).")
                             .arg(text::describe(change.notes->at(at))),
                         {}};
        }
    }
    if (change.notes && change.notes->size() > RequirementService::MaxNotesLength) {
        return Error{
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "isms::RequirementService",
                "Notes may have at most %1 characters; shorten them or keep long text in a document.")
                .arg(RequirementService::MaxNotesLength),
            {}};
    }
    if (change.targetDate && change.targetDate->isValid()
        && (change.targetDate->year() < 2000 || change.targetDate->year() > 2100)) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate(
                         "isms::RequirementService",
                         "The target date must lie between the years 2000 and 2100; enter a realistic date."),
                     {}};
    }
    return {};
}

QString normalisedRef(const RequirementKey &key)
{
    return key.kind == RequirementKind::Control ? normaliseControlRef(key.ref) : key.ref.trimmed();
}

} // namespace

RequirementService::RequirementService(Database &db)
    : m_db(db)
{}

Result<QList<Control>> RequirementService::controls() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto done = sql::exec(query, ControlColumns + QStringLiteral(" ORDER BY c.position")); !done) {
        return done.error();
    }
    QList<Control> result;
    result.reserve(93);
    QHash<QString, qsizetype> indexByRef;
    while (query.next()) {
        indexByRef.insert(query.value(0).toString(), result.size());
        result.append(controlFrom(query));
    }
    QSqlQuery mapping(m_db.connection());
    mapping.setForwardOnly(true);
    if (auto done = sql::exec(mapping,
                              QStringLiteral("SELECT m.ref_2022, m.ref_2013 FROM annex_a_2013_mapping m "
                                             "JOIN annex_a_2013_control c ON c.ref = m.ref_2013 "
                                             "ORDER BY c.position"));
        !done) {
        return done.error();
    }
    while (mapping.next()) {
        const auto found = indexByRef.constFind(mapping.value(0).toString());
        if (found != indexByRef.constEnd()) {
            result[*found].mapped2013Refs.append(mapping.value(1).toString());
        }
    }
    return result;
}

Result<Control> RequirementService::control(const QString &ref) const
{
    const QString normalised = normaliseControlRef(ref);
    QSqlQuery query(m_db.connection());
    if (auto done = sql::exec(query, ControlColumns + QStringLiteral(" WHERE c.ref = ?"), {normalised});
        !done) {
        return done.error();
    }
    if (!query.next()) {
        return notFound({RequirementKind::Control, ref.trimmed()});
    }
    Control result = controlFrom(query);
    QSqlQuery mapping(m_db.connection());
    if (auto done = sql::exec(mapping,
                              QStringLiteral("SELECT m.ref_2013 FROM annex_a_2013_mapping m "
                                             "JOIN annex_a_2013_control c ON c.ref = m.ref_2013 "
                                             "WHERE m.ref_2022 = ? ORDER BY c.position"),
                              {normalised});
        !done) {
        return done.error();
    }
    while (mapping.next()) {
        result.mapped2013Refs.append(mapping.value(0).toString());
    }
    return result;
}

Result<QList<Clause>> RequirementService::clauses() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto done = sql::exec(query, ClauseColumns + QStringLiteral(" ORDER BY c.position")); !done) {
        return done.error();
    }
    QList<Clause> result;
    while (query.next()) {
        result.append(clauseFrom(query));
    }
    return result;
}

Result<Clause> RequirementService::clause(const QString &ref) const
{
    QSqlQuery query(m_db.connection());
    if (auto done = sql::exec(query, ClauseColumns + QStringLiteral(" WHERE c.ref = ?"), {ref.trimmed()});
        !done) {
        return done.error();
    }
    if (!query.next()) {
        return notFound({RequirementKind::Clause, ref.trimmed()});
    }
    return clauseFrom(query);
}

Result<QList<Control2013>> RequirementService::controls2013() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto done = sql::exec(query,
                              QStringLiteral("SELECT c.ref, c.title, m.ref_2022 FROM annex_a_2013_control c "
                                             "JOIN annex_a_2013_mapping m ON m.ref_2013 = c.ref "
                                             "JOIN annex_a_control n ON n.ref = m.ref_2022 "
                                             "ORDER BY c.position, n.position"));
        !done) {
        return done.error();
    }
    QList<Control2013> result;
    while (query.next()) {
        const QString ref = query.value(0).toString();
        if (result.isEmpty() || result.constLast().ref != ref) {
            result.append(Control2013{ref, query.value(1).toString(), {}});
        }
        result.last().refs2022.append(query.value(2).toString());
    }
    return result;
}

Result<RequirementTracking> RequirementService::tracking(const RequirementKey &key) const
{
    return readTracking(key, static_cast<int>(ReadFor::Display));
}

Result<RequirementTracking> RequirementService::readTracking(const RequirementKey &key, int purpose) const
{
    QSqlQuery query(m_db.connection());
    if (auto done = sql::exec(query,
                              QStringLiteral("SELECT status, owner, notes, target_date FROM requirement "
                                             "WHERE kind = ? AND ref = ?"),
                              {requirementKindKeyword(key.kind), normalisedRef(key)});
        !done) {
        return done.error();
    }
    if (!query.next()) {
        return notFound(key);
    }
    return trackingFrom(query, 0, static_cast<ReadFor>(purpose));
}

Result<void> RequirementService::update(const RequirementKey &key, const RequirementChange &change)
{
    return updateMany({{key, change}});
}

Result<void> RequirementService::updateMany(
    const QList<std::pair<RequirementKey, RequirementChange>> &changes)
{
    QList<RequirementKey> changedKeys;
    for (const auto &[key, change] : changes) {
        if (auto valid = validate(change); !valid) {
            return valid;
        }
    }
    auto done = m_db.transaction([&]() -> Result<void> {
        QList<FieldChange> logged;
        QSqlQuery update(m_db.connection());
        if (!update.prepare(QStringLiteral("UPDATE requirement SET status = ?, owner = ?, notes = ?, "
                                           "target_date = ? WHERE kind = ? AND ref = ?"))) {
            return sql::queryError(update, QStringLiteral("prepare requirement update"));
        }
        for (const auto &[typedKey, change] : changes) {
            const RequirementKey key{typedKey.kind, normalisedRef(typedKey)};
            const auto current = readTracking(key, static_cast<int>(ReadFor::Change));
            if (!current) {
                return current.error();
            }
            RequirementTracking next = *current;
            if (change.status) {
                next.status = *change.status;
            }
            if (change.owner) {
                next.owner = change.owner->trimmed();
            }
            if (change.notes) {
                next.notes = *change.notes;
            }
            if (change.targetDate) {
                next.targetDate = *change.targetDate;
            }
            if (next == *current) {
                continue;
            }
            const QString entity = requirementKindKeyword(key.kind);
            const auto log = [&](TrackingField field,
                                 std::optional<QString> before,
                                 std::optional<QString> after) {
                if (before != after) {
                    logged.append(FieldChange{entity, key.ref, trackingFieldKeyword(field), before, after});
                }
            };
            log(TrackingField::Status, statusKeyword(current->status), statusKeyword(next.status));
            log(TrackingField::Owner, current->owner, next.owner);
            log(TrackingField::Notes, current->notes, next.notes);
            log(TrackingField::TargetDate, dateValue(current->targetDate), dateValue(next.targetDate));

            const QVariantList values{statusKeyword(next.status),
                                      sql::text(next.owner),
                                      sql::text(next.notes),
                                      sql::nullable(dateValue(next.targetDate)),
                                      entity,
                                      key.ref};
            for (int i = 0; i < values.size(); ++i) {
                update.bindValue(i, values.at(i));
            }
            if (!update.exec()) {
                return sql::queryError(update, QStringLiteral("update requirement"));
            }
            changedKeys.append(key);
        }
        return ChangeLog::append(m_db, logged);
    });
    if (!done) {
        return done;
    }
    for (const RequirementKey &key : std::as_const(changedKeys)) {
        Q_EMIT m_db.notifier()->requirementChanged(key.kind, key.ref);
    }
    if (!changedKeys.isEmpty()) {
        Q_EMIT m_db.notifier()->changeLogAppended();
    }
    return {};
}

} // namespace isms
