// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace isms {

class Database;

/// A register of the framework printed as a report table: the columns the register's page shows (or
/// those asked for), always in the spec's field order, each value as the page shows it (enum labels,
/// ISO dates, references instead of row ids). Reports that print a register as it is use this rather
/// than a table of their own.
class RegisterTable final
{
    Q_DECLARE_TR_FUNCTIONS(isms::RegisterTable)

public:
    /// Keeps a record or leaves it out.
    using Filter = std::function<bool(const Record &)>;

    /// Reads `spec`'s register (none for a file from before the register) and keeps the records
    /// `filter` accepts (all without one). Errors: Database.
    [[nodiscard]] static Result<QList<Record>> records(const Database &db,
                                                       const EntitySpec &spec,
                                                       const Filter &filter = {});

    /// The table of `records`: the fields `keys` names (the page's columns when empty), in the spec's
    /// order whatever the order of `keys`. Errors: Database (references are resolved to their
    /// records).
    [[nodiscard]] static Result<ReportTable> table(const Database &db,
                                                   const EntitySpec &spec,
                                                   const QList<Record> &records,
                                                   const QStringList &keys = {});

    /// Appends `records` as a table, or `emptyText` as a paragraph when there are none, so that a
    /// section is never a bare heading. Errors: those of table().
    [[nodiscard]] static Result<void> append(QList<ReportBlock> &blocks,
                                             const Database &db,
                                             const EntitySpec &spec,
                                             const QList<Record> &records,
                                             const QString &emptyText,
                                             const QStringList &keys = {});

    /// One record as labels and values, every field in the spec's order (for a register of one or
    /// two long records, such as the scope).
    static ReportKeyValueList keyValues(const EntitySpec &spec, const Record &record);

    /// A field's value as text (an enum's label, a date in ISO form, "Yes" or "No"); a reference
    /// shows its row id, see table() for the resolved reference.
    static QString text(const EntitySpec &spec, const Record &record, QStringView key);
};

} // namespace isms
