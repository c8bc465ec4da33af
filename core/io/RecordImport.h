// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"
#include "io/ImportTable.h"
#include "services/RecordService.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace isms {

class Database;

/// One thing wrong with an import, as `line N: COLUMN: what is wrong`.
struct ImportProblem
{
    int line = 0;
    QString column;  ///< the column's header as the file writes it; empty for the whole row or file
    QString message; ///< translated sentence

    QString text() const;
};

/// What an import would do, found before anything is written: the columns it reads, the records it
/// creates and changes, and every problem with its line.
struct ImportPreview
{
    QStringList headers;
    /// The field index each column feeds; -1 for a column that is ignored, ComputedColumn for one that
    /// holds a field the program computes (a risk level), which is read past without a warning.
    QList<int> fieldOfColumn;
    static constexpr int ComputedColumn = -2;
    static constexpr int LinkColumn = -3; ///< a link column (linkOfColumn names it)
    QStringList linkOfColumn;             ///< per column: the LinkColumn key, or empty
    QList<LinkAssignment> links;          ///< the link columns' values, for new and changed records
    QStringList readAs; ///< how words were read as numbers ("Likelihood: \"hoch\" read as 4 Likely")
    QList<Record> creates;
    QList<RecordChange> updates;
    QList<ImportProblem> problems;
    /// Where the project's change log stood when the rows were checked (its newest entry). While it
    /// stands there, apply() writes the new records without checking each again; any change to the
    /// project moves it, and then they are checked again. A caller that edits `creates` clears it.
    QByteArray validatedAt;

    bool isClean() const { return problems.isEmpty(); }

    /// The headers of the columns that no field reads.
    QStringList ignoredColumns() const;
};

/// Imports a register from CSV (comma or semicolon, UTF-8 with or without BOM, quoted line breaks), XLSX
/// (the first worksheet) or JSON (an array of objects, as `list --format json` and export write). Headers are
/// matched to fields by key, label (English or translated) and the spec's synonyms in English, German and
/// French, or by hand (`overrides`: header to field key). A row whose reference exists changes that record;
/// any other row creates one. Everything is validated before anything is written, and the write is all or
/// nothing.
class RecordImport final
{
public:
    /// Reads a file by its extension (.csv, .xlsx, .json). Errors: Io, InvalidArgument (broken encoding,
    /// malformed CSV or JSON, an unknown extension), each as one sentence.
    [[nodiscard]] static Result<ImportTable> readFile(const QString &path, const EntitySpec &spec);

    [[nodiscard]] static Result<ImportTable> readCsv(const QByteArray &bytes);
    [[nodiscard]] static Result<ImportTable> readJson(const QByteArray &bytes, const EntitySpec &spec);

    /// Parses "Header=field,Other header=field" (the command line's --map); "Header=" leaves that column
    /// out.
    [[nodiscard]] static Result<QHash<QString, QString>> parseMap(const QString &text,
                                                                  const EntitySpec &spec);

    /// Maps the columns, converts and validates every row. A file of at least `rowsForTwoThreads` rows
    /// of a register whose rows are checked apart is read on two threads (see ImportRows); tests lower
    /// it to check that both ways give the same preview.
    static ImportPreview preview(Database &db,
                                 const EntitySpec &spec,
                                 const ImportTable &table,
                                 const QHash<QString, QString> &overrides = {},
                                 qsizetype rowsForTwoThreads = 4000);

    /// Where the project's change log stands: its newest entry as "sequence:hash" ("0:" for an empty
    /// log). Every change to the project appends to the log, so an unchanged position means an
    /// unchanged project.
    [[nodiscard]] static Result<QByteArray> changeLogPosition(const Database &db);

    /// Writes a clean preview as one action. Errors as RecordService's.
    /// The new records are checked again unless the project is as it was when they were previewed.
    [[nodiscard]] static Result<ImportOutcome> apply(Database &db,
                                                     const EntitySpec &spec,
                                                     const ImportPreview &preview);
    /// apply() for a preview that is not needed afterwards: its new records are moved into the project
    /// instead of copied.
    [[nodiscard]] static Result<ImportOutcome> apply(Database &db,
                                                     const EntitySpec &spec,
                                                     ImportPreview &&preview);
};

} // namespace isms
