// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/TextKey.h"
#include "io/RecordImport.h"
#include "services/RecordLinks.h"

#include <optional>

namespace isms {

class Database;
class ImportTable;

/// The row-by-row part of RecordImport::preview(): every data row of a file read into the record it
/// creates or the change it makes, with its links, and the problems of each row in line order.
///
/// First one pass, in file order, settles what depends on the rows before it: each row's reference,
/// the rows with more cells than the header, the references that appear twice, and rows that name no
/// record of a catalogue. Then the rows are read. A large file of a register whose rows are checked
/// apart (EntitySpec::rowsCheckedApart, or a register without validate, derive and parseWord hooks) is
/// read on two threads, the second half on a worker thread with a read-only connection and a
/// RecordContext of its own, in the calling thread's report language; the result is the same as one
/// thread reading every row. The worker's half counts only when its connection saw the change log end
/// where the calling thread's does, before and after it read, and nothing failed to read; otherwise the
/// calling thread reads that half too. Inside a transaction every row is read on the calling thread,
/// through the connection that sees its writes.
class ImportRows final
{
public:
    /// What the rows give, in line order.
    struct Outcome
    {
        QList<ImportProblem> problems;
        QStringList readAs;
        QList<Record> creates;
        QList<int> createLines; ///< the line of each record in `creates`
        QList<RecordChange> updates;
        QList<LinkAssignment> links;
        bool createsWithoutRequired = false; ///< a new record lacks a column that every new one needs
        int threads = 1;                     ///< how many threads read the rows
        bool readFailed = false;             ///< a register the rows refer to could not be read
    };

    /// Everything but `table` and `preview`'s columns is copied; `table` and `preview` must outlive
    /// this object. `existing` are the register's records by upper-case reference; `currentLinks`, when
    /// the file has a link column, the register's links (RecordLinks::read).
    ImportRows(const EntitySpec &spec,
               const ImportTable &table,
               const ImportPreview &preview,
               TextHash<Record> existing,
               std::optional<QList<LinkValues>> currentLinks,
               QStringList missingRequired);

    /// The first pass: `refColumn` is the column of the reference, or -1.
    void settleReferences(int refColumn);

    /// Reads every row (after settleReferences()). `minRowsForTwoThreads` is where the second thread
    /// starts to pay for its connection; tests lower it.
    Outcome read(Database &db, qsizetype minRowsForTwoThreads = 4000) const;

private:
    /// What the first pass found for one row.
    struct RowStart
    {
        QString ref;                          ///< as stored; empty when the file gives none
        std::optional<ImportProblem> problem; ///< the row goes no further
    };

    /// Reads rows [begin, end) of the table through `db`.
    Outcome readRows(Database &db, qsizetype begin, qsizetype end) const;

    const EntitySpec &m_spec;
    const ImportTable &m_table;
    const ImportPreview &m_preview;
    TextHash<Record> m_existing;
    std::optional<QList<LinkValues>> m_currentLinks;
    QStringList m_missingRequired;
    QList<const LinkColumn *> m_linkColumns; ///< per column, or nullptr
    QList<RowStart> m_starts;                ///< per table row; [0] is the header
};

} // namespace isms
