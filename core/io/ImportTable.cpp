// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/ImportTable.h"

namespace isms {

ImportTable::ImportTable(const QList<QStringList> &rows, QList<int> lines)
    : m_lines(std::move(lines))
{
    qsizetype length = 0;
    qsizetype count = 0;
    for (const QStringList &cells : rows) {
        count += cells.size();
        for (const QString &cell : cells) {
            length += cell.size();
        }
    }
    m_text.reserve(length);
    m_cells.reserve(count);
    m_rowStarts.reserve(rows.size() + 1);
    for (const QStringList &cells : rows) {
        m_rowStarts.append(m_cells.size());
        for (const QString &cell : cells) {
            m_cells.append(CsvCell{m_text.size(), cell.size()});
            m_text.append(cell);
        }
    }
    m_rowStarts.append(m_cells.size());
}

ImportTable::ImportTable(QString text, QList<CsvCell> cells, QList<qsizetype> rowStarts, QList<int> lines)
    : m_text(std::move(text))
    , m_cells(std::move(cells))
    , m_rowStarts(std::move(rowStarts))
    , m_lines(std::move(lines))
{}

qsizetype ImportTable::cellCount(qsizetype row) const
{
    if (row < 0 || row >= rowCount()) {
        return 0;
    }
    return m_rowStarts.at(row + 1) - m_rowStarts.at(row);
}

QStringView ImportTable::cell(qsizetype row, qsizetype column) const
{
    if (column < 0 || column >= cellCount(row)) {
        return {};
    }
    const CsvCell &slice = m_cells.at(m_rowStarts.at(row) + column);
    return QStringView(m_text).sliced(slice.from, slice.length);
}

QString ImportTable::text(qsizetype row, qsizetype column) const
{
    const QStringView view = cell(row, column);
    return view.isEmpty() ? QString() : view.toString();
}

QStringList ImportTable::row(qsizetype row) const
{
    QStringList cells;
    const qsizetype count = cellCount(row);
    cells.reserve(count);
    for (qsizetype column = 0; column < count; ++column) {
        cells.append(text(row, column));
    }
    return cells;
}

int ImportTable::line(qsizetype row) const
{
    return m_lines.value(row, static_cast<int>(row) + 1);
}

void ImportTable::unneutralise()
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const QStringView text(m_text);
    for (CsvCell &cell : m_cells) {
        if (cell.length > 1 && text.at(cell.from) == u'\''
            && formulaStarts.contains(text.at(cell.from + 1))) {
            ++cell.from;
            --cell.length;
        }
    }
}

} // namespace isms
