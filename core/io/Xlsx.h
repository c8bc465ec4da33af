// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace isms {

/// One worksheet to write: a header row and rows of cells (QString as text, qint64 as a number, bool
/// as a boolean, an invalid QVariant as an empty cell).
struct XlsxSheet
{
    QString name; ///< at most 31 characters; cut when longer
    QStringList headers;
    QList<QList<QVariant>> rows;
};

/// A worksheet as read back: the rows as text (the header first) and the spreadsheet row each one
/// comes from, for messages.
struct XlsxTable
{
    QList<QStringList> rows;
    QList<int> lines;
};

/// Excel workbooks (.xlsx), written and read with QuaZip and Qt's XML stream classes. (libxlsxwriter
/// cannot be used beside QuaZip: both export minizip's zip functions, and in one process one library's
/// calls reach the other's incompatible copy; see CONTRIBUTING.md.)
class Xlsx final
{
public:
    /// Writes a real workbook: one sheet per XlsxSheet, the header row bold and frozen, an autofilter
    /// over the table, column widths that fit the content. Text cells are always written as text, never
    /// as formulas (inline strings), so a cell such as "=SUM(A1)" cannot run; such cells are also
    /// marked with a quote prefix, so that editing them in a spreadsheet keeps them text. The file is written
    /// under a temporary name and renamed when complete. Errors: Io.
    [[nodiscard]] static Result<void> write(const QString &path, const QList<XlsxSheet> &sheets);

    /// Reads the first worksheet. Numbers come back as they are stored ("3", "2.5"); shared and inline
    /// strings and booleans as text. Errors: InvalidArgument for a file that is not a workbook (or one
    /// that expands to more than the import limit), Io when it cannot be read.
    [[nodiscard]] static Result<XlsxTable> readFirstSheet(const QString &path);

    /// True when a spreadsheet would take `text` for a formula (it starts with =, +, -, @, tab or
    /// carriage return); write() marks such cells as text with a quote prefix.
    static bool looksLikeFormula(QStringView text);

    /// Column index (0-based) of a cell reference such as "B7" or "AA1"; -1 when malformed.
    static int columnOf(QStringView cellReference);
};

} // namespace isms
