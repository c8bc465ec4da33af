// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "io/Xlsx.h"
#include "services/SoaRegister.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace isms {

/// Writes the Statement of Applicability, one row per entry (the 93 Annex A controls, then the
/// additional ones), as CSV, XLSX or JSON. The columns are the keys of SoaRegister::toJson in its order
/// (id, title, applicable, reasons, justification, status, owner, implementation, ...); in CSV and XLSX
/// applicable is "yes" or "no" and the reasons are joined with ", ", in JSON they are a boolean and an
/// array. Cells that a spreadsheet would run as a formula are neutralised.
class SoaExport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::SoaExport)

public:
    /// The column keys, in order.
    static QStringList columns();

    /// The cells of one entry as text, in the order of columns().
    static QStringList cells(const SoaEntry &entry);

    /// CSV text: a header row of the column keys, then one line per entry (CRLF line ends, RFC 4180).
    static QString csv(const QList<SoaEntry> &entries);

    /// JSON text: an array of objects, one per line, keys in the order of columns().
    static QString json(const QList<SoaEntry> &entries);

    /// One worksheet named "SoA" with the header row and one row per entry.
    static XlsxSheet sheet(const QList<SoaEntry> &entries);

    /// Whether `path` ends in .csv, .xlsx or .json (any case).
    static bool isSupported(const QString &path);

    /// Writes `entries` to `path` in the format of its suffix, whole or not at all. Errors:
    /// InvalidArgument for another suffix, Io.
    [[nodiscard]] static Result<void> write(const QString &path, const QList<SoaEntry> &entries);
};

} // namespace isms
