// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// RecordService: removing records with their children, and putting them back.
#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "services/RecordService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QSet>

namespace isms {

namespace {

/// The registers whose records name a record of `kind` in a CascadeDelete field, with that field.
QList<std::pair<const EntitySpec *, QString>> childKinds(const QString &kind)
{
    QList<std::pair<const EntitySpec *, QString>> kinds;
    for (const EntitySpec *other : Entities::all()) {
        for (const FieldSpec &field : other->fields) {
            if (field.type == FieldType::Reference && field.referenceKind == kind
                && field.has(CascadeDelete)) {
                kinds.append({other, field.key});
            }
        }
    }
    return kinds;
}

QList<RecordId> idsOf(const QList<Record> &records)
{
    QList<RecordId> ids;
    ids.reserve(records.size());
    for (const Record &record : records) {
        ids.append(record.id);
    }
    return ids;
}

} // namespace

Result<QList<RemovedRecords>> RecordService::childrenOf(const QList<RecordId> &ids) const
{
    QList<RemovedRecords> children;
    for (const auto &[spec, fieldKey] : childKinds(m_spec.key)) {
        auto holders = RecordRepository(m_db, *spec).referencing(fieldKey, ids);
        if (!holders) {
            return holders.error();
        }
        if (!holders->isEmpty()) {
            children.append(RemovedRecords{spec, *holders});
        }
    }
    return children;
}

Result<void> RecordService::removeWithin(const QList<RecordId> &ids,
                                         Removal &removal,
                                         QList<FieldChange> &logged)
{
    if (m_spec.isCatalogue()) {
        return fixedCatalogueError(m_spec);
    }
    auto children = childrenOf(ids);
    if (!children) {
        return children.error();
    }
    for (const RemovedRecords &child : std::as_const(*children)) {
        RecordService childService(m_db, *child.spec);
        Removal childRemoval;
        if (auto gone = childService.removeWithin(idsOf(child.records), childRemoval, logged); !gone) {
            return gone;
        }
        // In the order of removal (grandchildren first), so that restore() can walk it backwards.
        removal.children.append(childRemoval.children);
        removal.children.append(RemovedRecords{child.spec, childRemoval.records});
    }
    const RecordRepository repository(m_db, m_spec);
    auto records = repository.byIds(ids);
    if (!records) {
        return records.error();
    }
    if (auto free = checkUnreferenced(*records); !free) {
        return free;
    }
    if (m_spec.frozen) {
        for (const Record &record : std::as_const(*records)) {
            if (const QString refusal = m_spec.frozen(m_spec, record); !refusal.isEmpty()) {
                return Error{ErrorCode::InvalidArgument, refusal, m_spec.key};
            }
        }
    }
    for (const Record &record : std::as_const(*records)) {
        if (auto gone = repository.remove(record.id); !gone) {
            return gone;
        }
        logged.append(FieldChange{m_spec.entity,
                                  QString::number(record.id.value),
                                  EntitySpec::recordLogField(),
                                  m_spec.snapshot(record),
                                  std::nullopt});
    }
    removal.records = *records;
    if (m_spec.afterRemove && !records->isEmpty()) {
        return m_spec.afterRemove(m_db, *records);
    }
    return {};
}

Result<Removal> RecordService::removeWithChildren(const QList<RecordId> &ids)
{
    if (m_spec.alwaysFrozen && !ids.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, m_spec.frozenText(), m_spec.key};
    }
    Removal removal;
    auto done = m_db.transaction([&]() -> Result<void> {
        QList<FieldChange> logged;
        if (auto gone = removeWithin(ids, removal, logged); !gone) {
            return gone;
        }
        return ChangeLog::append(m_db, logged);
    });
    if (!done) {
        return done.error();
    }
    for (const RemovedRecords &child : std::as_const(removal.children)) {
        if (!child.records.isEmpty()) {
            Q_EMIT m_db.notifier()->recordsRemoved(child.spec->key, idsOf(child.records));
        }
    }
    if (!removal.records.isEmpty()) {
        Q_EMIT m_db.notifier()->recordsRemoved(m_spec.key, idsOf(removal.records));
        Q_EMIT m_db.notifier()->changeLogAppended();
    }
    return removal;
}

Result<QList<Record>> RecordService::remove(const QList<RecordId> &ids)
{
    auto removal = removeWithChildren(ids);
    if (!removal) {
        return removal.error();
    }
    return removal->records;
}

Result<void> RecordService::restore(const QList<Record> &records)
{
    return restore(Removal{records, {}});
}

Result<void> RecordService::restore(const Removal &removal)
{
    if (m_spec.createdElsewhere && !removal.records.isEmpty()) {
        // Their files may have left the project with them: EvidenceService::restore brings them back.
        return Error{ErrorCode::InvalidArgument, m_spec.createdElsewhereText(), m_spec.key};
    }
    QList<std::pair<const EntitySpec *, QList<RecordId>>> added;
    auto done = m_db.transaction([&]() -> Result<void> {
        QList<FieldChange> logged;
        QList<RecordId> ids;
        if (auto inserted = insertWithin(removal.records, true, ids, logged); !inserted) {
            return inserted;
        }
        added.append({&m_spec, ids});
        // Children were removed deepest first; they come back in the reverse order.
        for (auto it = removal.children.crbegin(); it != removal.children.crend(); ++it) {
            RecordService childService(m_db, *it->spec);
            QList<RecordId> childIds;
            if (auto inserted = childService.insertWithin(it->records, true, childIds, logged); !inserted) {
                return inserted;
            }
            added.append({it->spec, childIds});
        }
        return ChangeLog::append(m_db, logged);
    });
    if (!done) {
        return done;
    }
    for (const auto &[spec, ids] : std::as_const(added)) {
        if (!ids.isEmpty()) {
            Q_EMIT m_db.notifier()->recordsAdded(spec->key, ids);
        }
    }
    Q_EMIT m_db.notifier()->changeLogAppended();
    return {};
}

} // namespace isms
