// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// RecordService: writing the link columns of an import.
#include "domain/Entities.h"
#include "services/RecordService.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace isms {

namespace {

struct ColumnWork
{
    const LinkColumn *column = nullptr;
    QHash<RecordId, QStringList> wanted; ///< owner id to the other ends it should have
};

} // namespace

Result<void> RecordService::setLinksWithin(const QList<LinkAssignment> &links,
                                           const QList<RecordId> &createdIds,
                                           QList<FieldChange> &logged,
                                           QHash<QString, QList<RecordId>> &added,
                                           QHash<QString, QList<RecordId>> &removed)
{
    QHash<QString, ColumnWork> work;
    for (const LinkAssignment &assignment : links) {
        const LinkColumn *column = nullptr;
        for (const LinkColumn &candidate : m_spec.links) {
            if (candidate.key == assignment.column) {
                column = &candidate;
            }
        }
        if (!column) {
            continue;
        }
        const RecordId owner =
            assignment.createIndex >= 0 ? createdIds.value(assignment.createIndex) : assignment.record;
        if (!owner.isValid()) {
            continue;
        }
        ColumnWork &columnWork = work[column->key];
        columnWork.column = column;
        columnWork.wanted.insert(owner, assignment.ends);
    }
    for (const ColumnWork &columnWork : std::as_const(work)) {
        const LinkColumn &column = *columnWork.column;
        const EntitySpec *linkSpec = Entities::find(column.linkKind);
        if (!linkSpec) {
            continue;
        }
        const int own = linkSpec->indexOf(column.ownField);
        const int other = linkSpec->indexOf(column.otherField);
        const int role = column.roleField.isEmpty() ? -1 : linkSpec->indexOf(column.roleField);
        const FieldSpec &otherField = linkSpec->fields.at(other);
        std::optional<TextHash<RecordId>> targetIds;
        if (otherField.type == FieldType::Reference) {
            const EntitySpec *target = Entities::find(otherField.referenceKind);
            auto ids = RecordRepository(m_db, *target).idsByRef();
            if (!ids) {
                return ids.error();
            }
            targetIds = *ids;
        }
        // The other end as stored: a target's row id, or the text itself.
        const auto stored = [&](const QString &end) -> QVariant {
            if (targetIds) {
                const RecordId id = targetIds->value(end.toUpper());
                return id.isValid() ? QVariant(id.value) : QVariant();
            }
            return end;
        };
        auto existing =
            RecordRepository(m_db, *linkSpec).referencing(column.ownField, columnWork.wanted.keys());
        if (!existing) {
            return existing.error();
        }
        QHash<RecordId, TextHash<RecordId>> current; // owner to (stored end as text to link id)
        for (const Record &link : std::as_const(*existing)) {
            if (role >= 0 && link.values.at(role).toString() != column.roleValue) {
                continue;
            }
            current[RecordId{link.values.at(own).toLongLong()}].insert(link.values.at(other).toString(),
                                                                       link.id);
        }
        QList<RecordId> toRemove;
        QList<Record> toAdd;
        for (auto it = columnWork.wanted.constBegin(); it != columnWork.wanted.constEnd(); ++it) {
            TextHash<RecordId> have = current.value(it.key());
            for (const QString &end : it.value()) {
                const QVariant value = stored(end);
                if (!value.isValid()) {
                    return Error{ErrorCode::InvalidArgument,
                                 QCoreApplication::translate("isms::RecordService",
                                                             "The link target \"%1\" does not exist.")
                                     .arg(end),
                                 column.key};
                }
                if (have.remove(value.toString()) > 0) {
                    continue; // already linked
                }
                Record link = linkSpec->newRecord();
                link.values[own] = it.key().value;
                link.values[other] = value;
                if (role >= 0) {
                    link.values[role] = column.roleValue;
                }
                toAdd.append(link);
            }
            for (const RecordId stale : std::as_const(have)) {
                toRemove.append(stale);
            }
        }
        RecordService linkService(m_db, *linkSpec);
        if (!toRemove.isEmpty()) {
            Removal removal;
            if (auto gone = linkService.removeWithin(toRemove, removal, logged); !gone) {
                return gone;
            }
            removed[linkSpec->key].append(toRemove);
        }
        if (!toAdd.isEmpty()) {
            QList<RecordId> ids;
            if (auto inserted = linkService.insertWithin(toAdd, false, ids, logged); !inserted) {
                return inserted;
            }
            added[linkSpec->key].append(ids);
        }
    }
    return {};
}

} // namespace isms
