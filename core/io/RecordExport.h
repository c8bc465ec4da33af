// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"
#include "io/FieldText.h"
#include "services/RecordExtras.h"
#include "services/RecordLinks.h"

#include <QList>
#include <QTextStream>

namespace isms {

/// Writes the records of one register as CSV (a header of field keys; cells that a spreadsheet would
/// run as a formula neutralised; no raw control characters) or as JSON (an array of objects with the
/// field keys, one object per line; numbers and booleans as JSON values, empty dates and references as
/// null). Only fields flagged Exported are written. RecordImport reads both back without loss.
class RecordExport final
{
public:
    /// `links` (RecordLinks::read) are written after the fields, as "AS-001, AS-004".
    static void writeCsv(const EntitySpec &spec,
                         const QList<Record> &records,
                         const FieldText::IdToRef &idToRef,
                         QTextStream &out,
                         const QList<LinkValues> &links = {});
    /// `links` are written after the fields as arrays of strings, then `extras` (lists as arrays of
    /// strings, numbers as numbers).
    static void writeJson(const EntitySpec &spec,
                          const QList<Record> &records,
                          const FieldText::IdToRef &idToRef,
                          QTextStream &out,
                          const QList<ExtraColumn> &extras = {},
                          const QList<LinkValues> &links = {});

    /// The records of one register, for a workbook of several.
    struct RegisterRecords
    {
        const EntitySpec *spec = nullptr;
        QList<Record> records;
        QList<LinkValues> links{}; ///< the register's link columns (RecordLinks::read)
    };

    /// Writes an Excel workbook with one sheet named after the register (see Xlsx::write). Errors: Io.
    [[nodiscard]] static Result<void> writeXlsx(const QString &path,
                                                const EntitySpec &spec,
                                                const QList<Record> &records,
                                                const FieldText::IdToRef &idToRef,
                                                const QList<LinkValues> &links = {});

    /// Writes an Excel workbook with one sheet per register, in the order given, each like the single
    /// sheet above; an import reads the first. Errors: Io.
    [[nodiscard]] static Result<void> writeXlsx(const QString &path,
                                                const QList<RegisterRecords> &registers,
                                                const FieldText::IdToRef &idToRef);

    /// The registers a workbook of `spec` holds, one sheet each: the register itself, then the
    /// registers that belong to it (those removed with its records, such as a risk's treatment tasks,
    /// and those that only link its records to each other, such as asset dependencies), except link
    /// registers that are already columns of it (a risk's assets and controls).
    static QList<const EntitySpec *> workbookRegisters(const EntitySpec &spec);

    /// A JSON string literal (RFC 8259).
    static QString jsonString(const QString &text);
};

} // namespace isms
