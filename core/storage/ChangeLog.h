// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/ChangeLogEntry.h"

#include <QList>
#include <QSqlDatabase>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace isms {

class BulkStatement;
class Database;

/// Filter for reading the change log.
struct ChangeLogQuery
{
    QString entity{};   ///< empty: every entity
    QString entityId{}; ///< empty: every id
    int limit = 0;      ///< 0: no limit; otherwise the newest `limit` rows
};

/// A break in the SHA-256 chain or a value that changed outside the program.
struct ChangeLogProblem
{
    qint64 sequence = 0; ///< 0 when the problem is not tied to one row
    QString message;     ///< translated sentence
};

/// Appends rows to the change log one at a time, as one action: every row gets the same time and
/// follows the one written before it in the chain. A long action (an import) writes each row as it goes
/// instead of keeping them all until its end. Must be used inside Database::transaction().
class ChangeLogWriter final
{
public:
    ~ChangeLogWriter();
    ChangeLogWriter(const ChangeLogWriter &) = delete;
    ChangeLogWriter &operator=(const ChangeLogWriter &) = delete;

    /// Reads where the chain ends on `db` and prepares the insert. `expectedRows`: about how many rows
    /// the action writes (a few rows are hashed without setting up libcrypto, whose first use costs
    /// as much as hashing a hundred rows the slower way; the hashes are the same).
    [[nodiscard]] static Result<std::unique_ptr<ChangeLogWriter>> open(QSqlDatabase &db,
                                                                       const QString &actor,
                                                                       qsizetype expectedRows);

    [[nodiscard]] Result<void> write(const FieldChange &change);
    [[nodiscard]] Result<void> write(const QList<FieldChange> &changes);

    /// A row worked out and hashed but not written yet.
    struct PreparedRow
    {
        qint64 sequence = 0;
        std::array<QByteArray, 5> texts; // as m_texts
        std::array<bool, 2> hasValue{};  // old value, new value
        QByteArray previous;
        QByteArray hash;
    };

    /// Works out and hashes the rows of `changes`, continuing the chain, without touching the
    /// database, so that it may run on another thread while the connection writes something else.
    /// Nothing else may use the writer meanwhile; insert() writes the rows, in the same order, next.
    [[nodiscard]] QList<PreparedRow> prepare(const QList<FieldChange> &changes);
    /// Writes rows from prepare(), in their order, on the connection's thread.
    [[nodiscard]] Result<void> insert(const QList<PreparedRow> &rows);

private:
    ChangeLogWriter() = default;
    void prepareInto(PreparedRow &row, const FieldChange &change);
    [[nodiscard]] Result<void> insertRow(const PreparedRow &row);

    std::unique_ptr<BulkStatement> m_statement;
    qint64 m_sequence = 0;
    QByteArray m_previous;
    QByteArray m_hash;
    bool m_manyRows = false;
    QByteArray m_now;
    QByteArray m_actor;
    // Kept from row to row with their capacity: the serialised row and its converted values.
    QByteArray m_serialised;
    QByteArray m_sequenceText;
    PreparedRow m_row; // the row write() works out; its texts: entity, entity id, field, old and new value
};

/// The project's change log: who changed which field of which record, when, from what to what.
/// Rows are chained by SHA-256: each row's hash covers its content and the previous row's hash.
class ChangeLog final
{
public:
    /// Appends changes with the database's actor and the current UTC time. Must be called inside
    /// Database::transaction().
    [[nodiscard]] static Result<void> append(Database &db, const QList<FieldChange> &changes);

    /// Storage-internal form of append() for a connection without a Database object (project creation).
    [[nodiscard]] static Result<void> appendTo(QSqlDatabase &db,
                                               const QString &actor,
                                               const QList<FieldChange> &changes);

    /// Rows matching `query`, oldest first.
    [[nodiscard]] static Result<QList<ChangeLogEntry>> entries(const Database &db,
                                                               const ChangeLogQuery &query = {});

    /// Number of rows.
    [[nodiscard]] static Result<qint64> count(const Database &db);

    /// Reads `columns` (a list that starts with seq) of every row, oldest first, `partRows` rows per
    /// statement: the read lets go of the file between parts, so that a long check on another
    /// connection never holds up a save for longer than one part. `row` is called on each row with the
    /// query positioned on it, and returns false to stop. Returns whether every row was read.
    [[nodiscard]] static Result<bool> eachRow(const Database &db,
                                              const QString &columns,
                                              const std::function<bool(const QSqlQuery &)> &row,
                                              qint64 partRows = 2000);

    /// Recomputes the chain and reports every row whose hash does not match.
    [[nodiscard]] static Result<QList<ChangeLogProblem>> verifyChain(const Database &db);

    /// verifyChain() that gives up when `isCancelled` returns true (asked every thousand rows), for a
    /// check on a worker thread whose project is closed before it ends: nullopt then, since the rows
    /// not read are unknown. `isCancelled` is called on the calling thread.
    [[nodiscard]] static Result<std::optional<QList<ChangeLogProblem>>> verifyChainUnlessCancelled(
        const Database &db,
        const std::function<bool()> &isCancelled);

    /// The hash of one row as stored (exposed for tests).
    static QByteArray computeHash(const ChangeLogEntry &entry);

private:
    /// computeHash() with the row's time already formatted as stored.
    static QByteArray hashWithTime(const ChangeLogEntry &entry, const QString &timestamp);
};

} // namespace isms
