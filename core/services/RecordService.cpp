// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/RecordService.h"

#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "services/RiskMethodService.h"
#include "services/UniqueValues.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace isms {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

} // namespace

Error duplicateRefError(const EntitySpec &spec, const QString &ref)
{
    return invalid(
        QCoreApplication::translate("isms::RecordService",
                                    "The reference %1 is already used by another %2; choose another "
                                    "or leave it empty to get the next free one.")
            .arg(ref, spec.singularNoun()));
}

Error fixedCatalogueError(const EntitySpec &spec)
{
    return invalid(
        QCoreApplication::translate("isms::RecordService",
                                    "The %1 come from the catalogue of the standard: their tracking "
                                    "can be changed, but none can be added or removed.")
            .arg(spec.pluralNoun()));
}

const RiskMethod &riskMethodOf(const RecordContext &context)
{
    if (!context.riskMethod) {
        auto loaded =
            context.db ? RiskMethodService::load(*context.db) : Result<RiskMethod>(RiskMethod::defaults());
        context.riskMethod = std::make_shared<const RiskMethod>(loaded ? *loaded : RiskMethod::defaults());
    }
    return *context.riskMethod;
}

Result<void> RecordService::checkUnnamed(const QList<Record> &records, bool renaming) const
{
    // Records that name records of any register by reference (evidence): refused, naming them, so
    // that no file is lost with the record it proves.
    QStringList refs;
    for (const Record &record : records) {
        refs.append(EntitySpec::refOf(record));
    }
    for (const EntitySpec *other : Entities::all()) {
        if (!other->target || refs.isEmpty()) {
            continue;
        }
        const RecordRepository repository(m_db, *other);
        auto exists = repository.tableExists();
        if (!exists) {
            return exists.error();
        }
        if (!*exists) {
            continue;
        }
        const auto holders = repository.naming(m_spec.key, refs);
        if (!holders) {
            return holders.error();
        }
        if (holders->isEmpty()) {
            continue;
        }
        const int column = other->indexOf(other->target->recordField);
        QStringList named;
        QStringList holderRefs;
        for (const Record &holder : *holders) {
            holderRefs.append(EntitySpec::refOf(holder));
            const QString target = m_spec.shownRef(holder.values.at(column).toString());
            if (!named.contains(target)) {
                named.append(target);
            }
        }
        if (renaming) {
            return invalid(QCoreApplication::translate("isms::RecordService",
                                                       "The reference of %1 cannot be changed while %2 "
                                                       "name it (%3); keep the reference, or remove those "
                                                       "first.")
                               .arg(named.join(QStringLiteral(", ")),
                                    other->pluralNoun(),
                                    holderRefs.join(QStringLiteral(", "))));
        }
        return invalid(QCoreApplication::translate("isms::RecordService",
                                                   "%1 cannot be removed while records of %2 refer to "
                                                   "it (%3); remove those first.")
                           .arg(named.join(QStringLiteral(", ")),
                                other->pluralLabel(),
                                holderRefs.join(QStringLiteral(", "))));
    }
    return {};
}

Result<void> RecordService::checkUnreferenced(const QList<Record> &records) const
{
    QList<RecordId> ids;
    QHash<qint64, QString> refs;
    for (const Record &record : records) {
        ids.append(record.id);
        refs.insert(record.id.value, EntitySpec::refOf(record));
    }
    if (auto free = checkUnnamed(records); !free) {
        return free;
    }
    for (const EntitySpec *other : Entities::all()) {
        for (const FieldSpec &field : other->fields) {
            if (field.type != FieldType::Reference || field.referenceKind != m_spec.key
                || field.has(CascadeDelete)) {
                continue;
            }
            const auto holders = RecordRepository(m_db, *other).referencing(field.key, ids);
            if (!holders) {
                return holders.error();
            }
            if (holders->isEmpty()) {
                continue;
            }
            QStringList named;
            QStringList holderRefs;
            const int column = other->indexOf(field.key);
            for (const Record &holder : *holders) {
                holderRefs.append(EntitySpec::refOf(holder));
                const QString target = refs.value(holder.values.at(column).toLongLong());
                if (!named.contains(target)) {
                    named.append(target);
                }
            }
            return invalid(QCoreApplication::translate("isms::RecordService",
                                                       "%1 cannot be removed while records of %2 refer to "
                                                       "it (%3); remove those first.")
                               .arg(named.join(QStringLiteral(", ")),
                                    other->pluralLabel(),
                                    holderRefs.join(QStringLiteral(", "))));
        }
    }
    return {};
}

RecordService::RecordService(Database &db, const EntitySpec &spec)
    : m_db(db)
    , m_spec(spec)
{}

Result<QList<Record>> RecordService::all() const
{
    return RecordRepository(m_db, m_spec).all();
}

Result<Record> RecordService::get(RecordId id) const
{
    auto found = RecordRepository(m_db, m_spec).find(id);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("isms::RecordService", "That %1 no longer exists.")
                         .arg(m_spec.singularNoun()),
                     QString::number(id.value)};
    }
    return **found;
}

Result<Record> RecordService::getByRef(const QString &ref) const
{
    auto found = RecordRepository(m_db, m_spec).findByRef(ref);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return Error{
            ErrorCode::NotFound,
            QCoreApplication::translate("isms::RecordService",
                                        "There is no %1 \"%2\"; list them with \"isms-cli list %3\".")
                .arg(m_spec.singularNoun(), ref.trimmed(), m_spec.key),
            {}};
    }
    return **found;
}

Result<void> RecordService::validateFields(const Record &record,
                                           const RecordContext &context,
                                           const QList<bool> *checked) const
{
    if (record.values.size() != m_spec.fields.size()) {
        return Error{
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("isms::RecordService", "The record does not fit its register."),
            m_spec.key};
    }
    for (qsizetype i = 0; i < m_spec.fields.size(); ++i) {
        if (m_spec.fields.at(i).has(FromCatalogue) || (checked && checked->value(i))) {
            continue; // a fact of the catalogue, never written, or checked by the caller
        }
        if (auto valid = m_spec.fields.at(i).validate(record.values.at(i)); !valid) {
            return valid;
        }
    }
    if (m_spec.validate) {
        return m_spec.validate(m_spec, record, context);
    }
    return {};
}

Result<void> RecordService::validate(const Record &record) const
{
    return validate(record, RecordContext{&m_db});
}

Result<void> RecordService::validate(const Record &record, const RecordContext &context) const
{
    Record derived = record;
    if (EntitySpec::refOf(derived).trimmed().isEmpty()) {
        derived.values[0] = m_spec.formatRef(1); // an empty reference is given the next free one on creation
    }
    if (m_spec.derive) {
        m_spec.derive(m_spec, derived, context);
    }
    return validateFields(derived, context);
}

Result<void> RecordService::validateImported(Record &record,
                                             const RecordContext &context,
                                             const QList<bool> &checked) const
{
    if (EntitySpec::refOf(record).trimmed().isEmpty()) {
        return validate(record, context);
    }
    if (m_spec.derive) {
        m_spec.derive(m_spec, record, context);
    }
    return validateFields(record, context, &checked);
}

Result<void> RecordService::update(RecordId id, const QHash<QString, QVariant> &values)
{
    return updateMany({RecordChange{id, values}});
}

Result<void> RecordService::checkChangeable(const QList<RecordChange> &changes) const
{
    if (m_spec.alwaysFrozen && !changes.isEmpty()) {
        return invalid(m_spec.frozenText());
    }
    // Unknown and unchangeable fields are refused before anything is read or written.
    for (const RecordChange &change : changes) {
        for (auto it = change.values.constBegin(); it != change.values.constEnd(); ++it) {
            const FieldSpec *field = m_spec.field(it.key());
            if (!field) {
                return invalid(
                    QCoreApplication::translate("isms::RecordService", "The register %1 has no field \"%2\".")
                        .arg(m_spec.key, it.key()));
            }
            if (field->has(ReadOnly) || field->has(Derived) || field->has(FromCatalogue)) {
                return invalid(QCoreApplication::translate("isms::RecordService",
                                                           "%1 cannot be changed by hand; it is %2.")
                                   .arg(field->labelText(),
                                        field->has(Derived)
                                            ? QCoreApplication::translate("isms::RecordService", "computed")
                                            : QCoreApplication::translate("isms::RecordService", "fixed")));
            }
        }
    }
    return {};
}

Result<void> RecordService::updateWithin(const QList<RecordChange> &changes,
                                         QList<RecordId> &changedIds,
                                         QSet<QString> &changedFields,
                                         QList<FieldChange> &logged)
{
    const RecordContext context{&m_db};
    const RecordRepository repository(m_db, m_spec);
    std::optional<UniqueValues> unique; // read on the first change, for registers with unique fields
    QList<RecordId> ids;
    ids.reserve(changes.size());
    for (const RecordChange &change : changes) {
        ids.append(change.id);
    }
    auto current = repository.byIds(ids);
    if (!current) {
        return current.error();
    }
    QHash<RecordId, Record> byId;
    byId.reserve(current->size());
    for (const Record &record : std::as_const(*current)) {
        byId.insert(record.id, record);
    }
    std::optional<TextHash<RecordId>> refs; // read only when a reference changes
    QList<Record> writtenRecords;
    for (const RecordChange &change : changes) {
        const auto found = byId.find(change.id);
        if (found == byId.end()) {
            return Error{ErrorCode::NotFound,
                         QCoreApplication::translate("isms::RecordService", "That %1 no longer exists.")
                             .arg(m_spec.singularNoun()),
                         QString::number(change.id.value)};
        }
        const Record before = *found;
        Record next = before;
        for (auto it = change.values.constBegin(); it != change.values.constEnd(); ++it) {
            const int index = m_spec.indexOf(it.key());
            next.values[index] =
                m_spec.fields.at(index).isText() ? QVariant(it.value().toString().trimmed()) : it.value();
        }
        if (m_spec.derive) {
            m_spec.derive(m_spec, next, context);
        }
        if (auto valid = validateFields(next, context); !valid) {
            return valid;
        }
        if (!unique) {
            auto read = UniqueValues::read(m_db, m_spec);
            if (!read) {
                return read.error();
            }
            unique = std::move(*read);
        }
        if (auto claimed = unique->claim(next); !claimed) {
            return claimed;
        }
        QList<int> changedIndexes;
        for (int i = 0; i < m_spec.fields.size(); ++i) {
            const FieldSpec &field = m_spec.fields.at(i);
            const std::optional<QString> oldValue = field.canonical(before.values.at(i));
            const std::optional<QString> newValue = field.canonical(next.values.at(i));
            if (oldValue == newValue) {
                continue;
            }
            changedIndexes.append(i);
            changedFields.insert(field.key);
            if (field.has(Logged)) {
                logged.append(FieldChange{m_spec.entity, m_spec.logId(next), field.key, oldValue, newValue});
            }
        }
        if (changedIndexes.isEmpty()) {
            continue;
        }
        if (m_spec.frozen) {
            if (const QString refusal = m_spec.frozen(m_spec, before); !refusal.isEmpty()) {
                return invalid(refusal);
            }
        }
        if (changedIndexes.constFirst() == 0) {
            if (auto free = checkUnnamed({before}, true); !free) {
                return free;
            }
            if (!refs) {
                auto read = repository.idsByRef();
                if (!read) {
                    return read.error();
                }
                refs = *read;
            }
            const QString ref = EntitySpec::refOf(next);
            const RecordId holder = refs->value(ref.toUpper());
            if (holder.isValid() && holder != next.id) {
                return duplicateRefError(m_spec, ref);
            }
            refs->remove(EntitySpec::refOf(before).toUpper());
            refs->insert(ref.toUpper(), next.id);
            if (const std::optional<qint64> number = m_spec.refNumber(ref)) {
                if (auto noted = repository.noteRefNumber(*number); !noted) {
                    return noted;
                }
            }
        }
        if (auto written = repository.update(next, changedIndexes); !written) {
            return written;
        }
        if (m_spec.seal) {
            logged.append(m_spec.seal(m_spec, &before, next));
        }
        *found = next;
        changedIds.append(next.id);
        writtenRecords.append(next);
    }
    return m_spec.afterWrite && !writtenRecords.isEmpty() ? m_spec.afterWrite(m_db, writtenRecords)
                                                          : Result<void>{};
}

Result<void> RecordService::updateMany(const QList<RecordChange> &changes)
{
    QList<RecordId> changedIds;
    QSet<QString> changedFields;
    if (auto changeable = checkChangeable(changes); !changeable) {
        return changeable;
    }
    auto done = m_db.transaction([&]() -> Result<void> {
        QList<FieldChange> logged;
        if (auto updated = updateWithin(changes, changedIds, changedFields, logged); !updated) {
            return updated;
        }
        return ChangeLog::append(m_db, logged);
    });
    if (!done) {
        return done;
    }
    notifyChanged(changedIds, changedFields);
    return {};
}

void RecordService::notifyChanged(const QList<RecordId> &ids, const QSet<QString> &fields)
{
    if (ids.isEmpty()) {
        return;
    }
    QStringList keys(fields.cbegin(), fields.cend());
    keys.sort();
    Q_EMIT m_db.notifier()->recordsChanged(m_spec.key, ids, keys);
    Q_EMIT m_db.notifier()->changeLogAppended();
}

} // namespace isms
