// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// RecordService: creating records, one at a time, many, or with changes and links as an import.
#include "services/ChangeNotifier.h"
#include "services/RecordService.h"
#include "services/UniqueValues.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SqlDialect.h"

#include <QSet>

#include <future>
#include <utility>

namespace isms {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

} // namespace

Result<RecordId> RecordService::create(const Record &record)
{
    auto ids = createMany({record});
    if (!ids) {
        return ids.error();
    }
    return ids->constFirst();
}

Result<QList<RecordId>> RecordService::createMany(const QList<Record> &records)
{
    if (m_spec.createdElsewhere && !records.isEmpty()) {
        return invalid(m_spec.createdElsewhereText());
    }
    return insertAll(records, false);
}

Result<void> RecordService::insertWithin(QList<Record> records,
                                         bool keepIds,
                                         QList<RecordId> &ids,
                                         QList<FieldChange> &logged,
                                         CreatesChecked checked,
                                         ChangeLogWriter *writer)
{
    if (records.isEmpty()) {
        return {};
    }
    if (m_spec.isCatalogue()) {
        return fixedCatalogueError(m_spec);
    }
    const RecordContext context{&m_db};
    const RecordRepository repository(m_db, m_spec);
    auto refs = repository.idsByRef();
    if (!refs) {
        return refs.error();
    }
    auto last = repository.lastRefNumber();
    if (!last) {
        return last.error();
    }
    auto unique = UniqueValues::read(m_db, m_spec);
    if (!unique) {
        return unique.error();
    }
    qint64 highest = *last;
    QList<Record> writtenRecords;
    if (m_spec.afterWrite) {
        writtenRecords.reserve(records.size());
    }
    if (!writer) {
        logged.reserve(logged.size() + records.size());
    }
    ids.reserve(ids.size() + records.size());
    // What follows the insert of a record: its id, its log rows, what afterWrite() is given.
    // `logNow` false leaves the log rows in `logged` for the caller to write.
    const auto inserted =
        [&](Record &record, RecordId id, QString snapshot = {}, bool logNow = true) -> Result<void> {
        record.id = id;
        refs->insert(EntitySpec::refOf(record).toUpper(), id);
        ids.append(id);
        logged.append(FieldChange{m_spec.entity,
                                  QString::number(id.value),
                                  EntitySpec::recordLogField(),
                                  std::nullopt,
                                  snapshot.isNull() ? m_spec.snapshot(record) : std::move(snapshot)});
        if (m_spec.seal) {
            logged.append(m_spec.seal(m_spec, nullptr, record));
        }
        if (writer && logNow) {
            if (auto written = writer->write(logged); !written) {
                return written;
            }
            logged.clear();
        }
        if (m_spec.afterWrite) {
            writtenRecords.append(std::move(record));
        }
        return {};
    };
    // Records checked before (an import) are inserted several to a statement, and logged after each
    // batch in the same order; a register that seals its records or acts after the write gets them
    // one by one, as it always did.
    const bool batched = checked == CreatesChecked::Yes && !keepIds && !m_spec.seal && !m_spec.afterWrite;
    QList<Record> pending;
    QList<FieldChange> unwrittenLog; // the log rows of the batch inserted last
    const auto flush = [&]() -> Result<void> {
        // On a worker thread, while this batch's rows go in: the log rows of the batch before are
        // worked out and hashed, then this batch's snapshots written. The worker only reads the records
        // and the log rows, which nothing changes until it is done, and nothing else uses the writer
        // meanwhile. The log rows go in after this batch's rows, in their order.
        const QList<FieldChange> earlier = std::exchange(unwrittenLog, {});
        QList<ChangeLogWriter::PreparedRow> prepared;
        std::future<QStringList> snapshots =
            std::async(std::launch::async, [this, &pending, &earlier, &prepared, writer] {
                if (writer) {
                    prepared = writer->prepare(earlier);
                }
                QStringList texts;
                texts.reserve(pending.size());
                for (const Record &record : std::as_const(pending)) {
                    texts.append(m_spec.snapshot(record));
                }
                return texts;
            });
        auto newIds = repository.insertMany(pending);
        QStringList texts = snapshots.get();
        if (!newIds) {
            return newIds.error();
        }
        if (writer) {
            if (auto written = writer->insert(prepared); !written) {
                return written;
            }
        }
        for (qsizetype i = 0; i < pending.size(); ++i) {
            if (auto done = inserted(pending[i], newIds->at(i), std::move(texts[i]), false); !done) {
                return done;
            }
        }
        if (writer) {
            unwrittenLog = std::exchange(logged, {});
        }
        pending.clear();
        return {};
    };
    constexpr qsizetype PendingRows = 8 * RecordRepository::InsertBatchRows;
    // Each record is moved on from the list (a list nobody else holds gives its records without a copy).
    for (Record &record : records) {
        if (!keepIds) {
            record.id = RecordId{};
        }
        QString ref = EntitySpec::refOf(record).trimmed();
        if (ref.isEmpty()) {
            do {
                ref = m_spec.formatRef(++highest);
            } while (refs->contains(ref.toUpper()));
        } else if (refs->contains(ref.toUpper())) {
            return duplicateRefError(m_spec, ref);
        }
        record.values[0] = ref;
        if (m_spec.derive) {
            m_spec.derive(m_spec, record, context);
        }
        if (checked == CreatesChecked::No) {
            if (auto valid = validateFields(record, context); !valid) {
                return valid;
            }
        }
        if (auto claimed = unique->claim(record); !claimed) {
            return claimed;
        }
        if (const std::optional<qint64> number = m_spec.refNumber(ref)) {
            highest = std::max(highest, *number);
        }
        if (batched) {
            refs->insert(ref.toUpper(), RecordId{}); // its id comes with its batch
            pending.append(std::move(record));
            if (pending.size() == PendingRows) {
                if (auto done = flush(); !done) {
                    return done;
                }
            }
            continue;
        }
        auto id = repository.insert(record);
        if (!id) {
            return id.error();
        }
        if (auto done = inserted(record, *id); !done) {
            return done;
        }
    }
    if (!pending.isEmpty()) {
        if (auto done = flush(); !done) {
            return done;
        }
    }
    if (writer) {
        if (auto written = writer->write(unwrittenLog); !written) {
            return written;
        }
    }
    if (auto noted = repository.noteRefNumber(highest); !noted) {
        return noted;
    }
    return m_spec.afterWrite ? m_spec.afterWrite(m_db, writtenRecords) : Result<void>{};
}

Result<QList<RecordId>> RecordService::insertAll(const QList<Record> &records, bool keepIds)
{
    QList<RecordId> ids;
    if (records.isEmpty()) {
        return ids;
    }
    auto done = m_db.transaction([&]() -> Result<void> {
        QList<FieldChange> logged;
        QSqlDatabase connection = m_db.connection();
        auto writer = ChangeLogWriter::open(connection, m_db.actor(), records.size());
        if (!writer) {
            return writer.error();
        }
        return insertWithin(records, keepIds, ids, logged, CreatesChecked::No, writer->get());
    });
    if (!done) {
        return done.error();
    }
    Q_EMIT m_db.notifier()->recordsAdded(m_spec.key, ids);
    Q_EMIT m_db.notifier()->changeLogAppended();
    return ids;
}

Result<ImportOutcome> RecordService::importRecords(QList<Record> creates,
                                                   const QList<RecordChange> &updates,
                                                   const QList<LinkAssignment> &links,
                                                   CreatesChecked checked)
{
    ImportOutcome outcome;
    QSet<QString> changedFields;
    QHash<QString, QList<RecordId>> linksAdded;
    QHash<QString, QList<RecordId>> linksRemoved;
    if (m_spec.createdElsewhere && !creates.isEmpty()) {
        return invalid(m_spec.createdElsewhereText());
    }
    if (auto changeable = checkChangeable(updates); !changeable) {
        return changeable.error();
    }
    // The new records go in several to a statement (insertWithin()); what undoes one such statement
    // stays in memory.
    const ScopedMemoryScratch scratch(m_db.connection());
    auto done = m_db.transaction([&]() -> Result<void> {
        QList<FieldChange> logged;
        QSqlDatabase connection = m_db.connection();
        auto writer =
            ChangeLogWriter::open(connection, m_db.actor(), creates.size() + updates.size() + links.size());
        if (!writer) {
            return writer.error();
        }
        if (auto inserted =
                insertWithin(std::move(creates), false, outcome.created, logged, checked, writer->get());
            !inserted) {
            return inserted;
        }
        if (auto updated = updateWithin(updates, outcome.changed, changedFields, logged); !updated) {
            return updated;
        }
        if (auto linked = setLinksWithin(links, outcome.created, logged, linksAdded, linksRemoved); !linked) {
            return linked;
        }
        return (*writer)->write(logged);
    });
    if (!done) {
        return done.error();
    }
    for (auto it = linksRemoved.constBegin(); it != linksRemoved.constEnd(); ++it) {
        Q_EMIT m_db.notifier()->recordsRemoved(it.key(), it.value());
    }
    for (auto it = linksAdded.constBegin(); it != linksAdded.constEnd(); ++it) {
        Q_EMIT m_db.notifier()->recordsAdded(it.key(), it.value());
    }
    if (!linksAdded.isEmpty() || !linksRemoved.isEmpty()) {
        Q_EMIT m_db.notifier()->changeLogAppended();
    }
    if (!outcome.created.isEmpty()) {
        Q_EMIT m_db.notifier()->recordsAdded(m_spec.key, outcome.created);
        Q_EMIT m_db.notifier()->changeLogAppended();
    }
    notifyChanged(outcome.changed, changedFields);
    return outcome;
}

} // namespace isms
