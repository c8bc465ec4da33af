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

    /// Writes an Excel workbook with one sheet named after the register (see Xlsx::write). Errors: Io.
    [[nodiscard]] static Result<void> writeXlsx(const QString &path,
                                                const EntitySpec &spec,
                                                const QList<Record> &records,
                                                const FieldText::IdToRef &idToRef,
                                                const QList<LinkValues> &links = {});

    /// A JSON string literal (RFC 8259).
    static QString jsonString(const QString &text);
};

} // namespace isms
