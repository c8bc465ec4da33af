// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "io/RecordImport.h"
#include "services/RecordService.h"
#include "services/RequirementService.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace isms {

class Database;

/// Which edition of Annex A an SoA file's control ids belong to.
enum class SoaEdition
{
    Detect, ///< 2013 when most Annex A ids of the file have the 2013 form (A.9.2.3), else 2022
    Iso2022,
    Iso2013,
};

/// One thing that a carried-over 2013 SoA leaves for a person to decide on a 2022 control.
struct SoaReviewItem
{
    enum class Kind
    {
        NewControl,      ///< new in 2022: no 2013 control maps to it
        DifferentAnswers ///< merges several 2013 controls whose answers differ
    };
    Kind kind = Kind::NewControl;
    QString id;    ///< "A.5.7"
    QString title; ///< the 2022 title
    /// For DifferentAnswers: one line per 2013 control, "A.12.4.1 Event logging: applicable, implemented".
    QStringList answers;
};

/// What an SoA import would do, found before anything is written.
struct SoaImportPreview
{
    QStringList headers;
    QStringList ignoredColumns;
    SoaEdition edition = SoaEdition::Iso2022; ///< the edition the file was read as
    QList<RecordChange> controlChanges;       ///< Annex A controls (controlSpec())
    QList<Record> additionalCreates;          ///< additionalControlSpec()
    QList<RecordChange> additionalUpdates;
    QList<ImportProblem> problems;
    QList<SoaReviewItem> review; ///< a 2013 file's review list, in catalogue order
    int rows = 0;                ///< rows read (not counting the header and empty rows)

    bool isClean() const { return problems.isEmpty(); }
};

/// What an applied SoA import wrote.
using SoaImportOutcome = SoaWriteOutcome;

/// Imports a Statement of Applicability from CSV, XLSX or JSON (the layouts RecordImport reads) into
/// the Annex A controls and the additional controls. Columns are matched by the SoA's keys (id, title,
/// applicable, reasons, justification, status, owner, implementation, last_reviewed, source, source_ref,
/// additional) and their usual names in English, German and French, or by hand (`--map`). Annex A ids
/// are accepted with or without "A."; ids like "AC-001", rows marked additional and rows with a source
/// are additional controls (changed when the reference exists, created otherwise). Applicable "no" makes
/// the status not-applicable; "yes" without a status keeps the status (not-started for an excluded
/// control). An SoA of the 2013 edition (A.9.2.3) is carried over to 2022 through the project's
/// mapping: a 2022 control takes the answers of its 2013 controls when they agree, and the review list
/// names the new controls and the merged ones whose answers differ. Everything is checked first; one
/// problem anywhere (an unknown id, a duplicate row, a status or reason that is no keyword, an excluded
/// control without justification) means nothing is written.
class SoaImport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::SoaImport)

public:
    /// The SoA keys a column can feed, for --map.
    static const QStringList &fieldKeys();

    /// Reads the file (RecordImport::readFile). Errors as there.
    [[nodiscard]] static Result<ImportTable> readFile(const QString &path);

    /// Parses "Header=field,..." with SoA keys; "Header=" leaves the column out. Errors: InvalidArgument.
    [[nodiscard]] static Result<QHash<QString, QString>> parseMap(const QString &text);

    /// Maps the columns, converts and checks every row, and (for 2013) carries the answers over.
    static SoaImportPreview preview(Database &db,
                                    const ImportTable &table,
                                    const QHash<QString, QString> &overrides = {},
                                    SoaEdition edition = SoaEdition::Detect);

    /// Writes a clean preview as one action (one transaction, logged). Errors: InvalidArgument for a
    /// preview with problems, and RecordService's.
    [[nodiscard]] static Result<SoaImportOutcome> apply(Database &db, const SoaImportPreview &preview);

    /// The review list as text for a terminal or a report: headings, then one line per item.
    static QString reviewText(const QList<SoaReviewItem> &review);
};

} // namespace isms
