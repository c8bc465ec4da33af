// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "io/Csv.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace isms {

/// Rows read from a file: the header first, each row with the line it starts on. The cells are kept
/// as runs of one text (a CSV file's own, decoded once), so that a file of many rows is not held as a
/// string per cell; a reader copies out the cells it keeps.
class ImportTable final
{
public:
    ImportTable() = default;
    /// Rows already split into cells (a worksheet, JSON), each with the line it starts on.
    ImportTable(const QList<QStringList> &rows, QList<int> lines);
    /// A text parsed by Csv::parseInPlace().
    ImportTable(QString text, QList<CsvCell> cells, QList<qsizetype> rowStarts, QList<int> lines);

    qsizetype rowCount() const { return m_rowStarts.isEmpty() ? 0 : m_rowStarts.size() - 1; }

    /// The number of cells of `row` (rows may have fewer or more cells than the header).
    qsizetype cellCount(qsizetype row) const;
    /// A cell's text; empty beyond the row's cells. Valid while the table lives unchanged.
    QStringView cell(qsizetype row, qsizetype column) const;
    /// A cell's text as a string of its own.
    QString text(qsizetype row, qsizetype column) const;
    /// A row's cells as strings of their own.
    QStringList row(qsizetype row) const;
    /// The line `row` starts on in the file (the row's number plus one when not known).
    int line(qsizetype row) const;

    /// Takes the apostrophe off each cell that our own export neutralised ("'=SUM(1)" reads as
    /// "=SUM(1)"), without a copy.
    void unneutralise();

private:
    QString m_text;
    QList<CsvCell> m_cells;
    QList<qsizetype> m_rowStarts; ///< index in m_cells of each row's first cell, and the end
    QList<int> m_lines;
};

} // namespace isms
