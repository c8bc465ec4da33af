// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "common/TextKey.h"
#include "domain/EntitySpec.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class QSqlQuery;

namespace isms {

class Database;
class BulkStatement;
class RowCursor;
class SqlDialect;

/// The only code that runs SQL for registers: reads and writes the rows of one EntitySpec's table,
/// with statements built from the spec (column = field key). Writing methods must run inside
/// Database::transaction(); RecordService does that, validates and logs.
class RecordRepository final
{
public:
    RecordRepository(const Database &db, const EntitySpec &spec);

    /// Storage-internal: on a bare connection (a migration seeding a catalogue).
    RecordRepository(QSqlDatabase connection, const EntitySpec &spec);

    const EntitySpec &spec() const { return m_spec; }

    /// True when the file's schema has this register's table (an older file may not).
    [[nodiscard]] Result<bool> tableExists() const;

    /// Every record, in id order.
    [[nodiscard]] Result<QList<Record>> all() const;

    /// At most `limit` records whose id is greater than `id`, in id order (a register read in parts).
    [[nodiscard]] Result<QList<Record>> after(RecordId id, qsizetype limit) const;

    /// The records with these ids that exist, in id order.
    [[nodiscard]] Result<QList<Record>> byIds(const QList<RecordId> &ids) const;

    /// The records whose reference field `fieldKey` names one of `ids`, in id order (the links that
    /// name records about to be removed). Errors: InvalidArgument when the field is no reference.
    [[nodiscard]] Result<QList<Record>> referencing(const QString &fieldKey,
                                                    const QList<RecordId> &ids) const;

    /// For a register whose records name a record of any register (EntitySpec::target, evidence): its
    /// records that name a record of register `kind` whose stored reference is one of `refs` (all of
    /// that register when `refs` is empty), in id order. Errors: InvalidArgument without a target.
    [[nodiscard]] Result<QList<Record>> naming(const QString &kind, const QStringList &refs = {}) const;

    /// One record, or nullopt when there is none with that id.
    [[nodiscard]] Result<std::optional<Record>> find(RecordId id) const;

    /// One record by its reference (exact, case-insensitive), or nullopt.
    [[nodiscard]] Result<std::optional<Record>> findByRef(const QString &ref) const;

    /// Every reference and its id, keyed by the reference in upper case (for imports and links).
    [[nodiscard]] Result<TextHash<RecordId>> idsByRef() const;

    /// A record named by its reference and one text field.
    struct Named
    {
        RecordId id;
        QString ref;
        QString text; ///< the value of the field asked for, as stored
    };

    /// Every record by its reference and the text of field `fieldKey` (a name or title), in the
    /// register's order; reads those columns only (for lists that offer or name a whole register).
    [[nodiscard]] Result<QList<Named>> named(const QString &fieldKey) const;

    /// Number of records.
    [[nodiscard]] Result<qint64> count() const;

    /// The highest reference number ever given in this kind (deleted records included), so that
    /// references are never reused.
    [[nodiscard]] Result<qint64> lastRefNumber() const;

    /// Records that the reference `number` was given (no-op when a higher one was).
    [[nodiscard]] Result<void> noteRefNumber(qint64 number) const;

    /// Inserts a record; an id in `record` is kept (undo of a deletion), otherwise a new one is given.
    /// The statement stays prepared in this repository, so inserting many rows parses it once.
    [[nodiscard]] Result<RecordId> insert(const Record &record) const;

    /// Inserts records without ids, in their order, and returns their new ids: several rows per
    /// statement where the dialect allows it (a large import spends less per row), otherwise one by
    /// one. Records with an id go one by one through insert().
    [[nodiscard]] Result<QList<RecordId>> insertMany(const QList<Record> &records) const;
    /// The rows of one statement of insertMany(): 32 rows of a register's few dozen columns stay far
    /// below SQLite's limit of parameters, and cost about half as much per row as one row a statement.
    static constexpr qsizetype InsertBatchRows = 32;

    /// Writes the fields at `fieldIndexes` of `record` to its row (the statement stays prepared too).
    [[nodiscard]] Result<void> update(const Record &record, const QList<int> &fieldIndexes) const;

    /// Deletes one row.
    [[nodiscard]] Result<void> remove(RecordId id) const;

    /// The stored value for column `column` of the cursor's current row: a text past its field's limits
    /// (a file edited outside the program) as shown, an empty date, number or reference as invalid.
    static QVariant fromRow(const FieldSpec &field, const RowCursor &row, int column);

private:
    /// The qualified column of a field: "r.name" in the register's table, "c.title" in its catalogue.
    QString column(const FieldSpec &field) const;
    /// " FROM table AS r", joined with the catalogue and limited to its kind for a catalogue register.
    QString fromClause() const;
    QString selectColumns() const;
    /// The records whose `column` (quoted, from the spec) holds one of `ids`, in id order.
    [[nodiscard]] Result<QList<Record>> selectIn(const QString &column, const QList<RecordId> &ids) const;
    /// The records that meet `condition` (SQL over the columns of column(); empty: all), in the
    /// register's order (id, or the catalogue's position).
    [[nodiscard]] Result<QList<Record>> select(const QString &condition,
                                               const QList<QVariant> &values,
                                               const QString &limit = {}) const;

    QSqlDatabase m_connection;
    const Database *m_db = nullptr; ///< when made from a Database: for its ScopedReadCache
    const EntitySpec &m_spec;
    const SqlDialect &m_dialect;
    /// Update statements by their text, prepared once per repository.
    mutable QHash<QString, std::shared_ptr<BulkStatement>> m_statements;
    mutable std::shared_ptr<BulkStatement> m_insert;     ///< prepared on first use
    mutable std::shared_ptr<BulkStatement> m_insertRows; ///< insertMany()'s statement of several rows
    mutable std::shared_ptr<BulkStatement>
        m_insertWithId; ///< the same with the id column (undo of a deletion)
};

} // namespace isms
