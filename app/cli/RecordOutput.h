// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Console.h"
#include "common/Result.h"
#include "domain/EntitySpec.h"
#include "io/FieldText.h"
#include "services/RecordExtras.h"
#include "services/RecordLinks.h"

#include <QHash>
#include <QList>
#include <QTextStream>

#include <optional>

namespace isms {
class Database;
} // namespace isms

namespace isms::cli {

/// One `--where FIELD=VALUE` of `list`.
struct WhereFilter
{
    int fieldIndex = 0;
    QString wanted; ///< the value as an export writes it (an enum keyword, a date, a reference)
};

/// Reads `--where` expressions. Errors name the expression and the fields that may be filtered.
[[nodiscard]] Result<QList<WhereFilter>> parseWhere(const EntitySpec &spec, const QStringList &expressions);

/// "ref, name, category": the fields `--where` accepts.
QString filterableKeys(const EntitySpec &spec);

/// Writes records of one register the way every register is written: a table for people, CSV with a
/// header of field keys, JSON objects with the field keys, and one record field by field.
class RecordOutput final
{
public:
    RecordOutput(Database &db, const EntitySpec &spec);

    /// Reads the register's extra columns (an asset's dependencies and effective requirements), which
    /// the table, JSON and a shown record then carry after the fields. Errors: Database.
    [[nodiscard]] Result<void> loadExtras();

    /// The records that pass every filter.
    QList<Record> filtered(const QList<Record> &records, const QList<WhereFilter> &filters) const;

    void printTable(const QList<Record> &records, Console &console) const;
    void printCsv(const QList<Record> &records, QTextStream &out) const;
    void printJson(const QList<Record> &records, QTextStream &out) const;
    void printRecord(const Record &record, Console &console) const;

    /// An Excel workbook with one sheet of the records, then one sheet per register that belongs to
    /// this one (RecordExport::workbookRegisters). Errors: Io, Database.
    [[nodiscard]] Result<void> writeXlsx(const QString &path, const QList<Record> &records) const;

private:
    QString formatted(const FieldSpec &field, const QVariant &value) const;

    Database &m_db;
    const EntitySpec &m_spec;
    FieldText::IdToRef m_idToRef;
    QList<ExtraColumn> m_extras;
    /// The register's link columns, read on first use.
    const QList<LinkValues> &links() const;
    mutable std::optional<QList<LinkValues>> m_links;
    mutable QHash<QString, QHash<qint64, QString>> m_refs; ///< kind -> id -> reference, read on demand
};

} // namespace isms::cli
