// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "common/TextKey.h"
#include "domain/EntitySpec.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace isms {

class Database;

/// The values of one link column: for each record of the owning register, the other ends as text
/// (references, or control ids), sorted.
struct LinkValues
{
    QString key; ///< the LinkColumn's key
    QHash<RecordId, QStringList> values;
};

/// Reads the link columns of a register and turns what a file wrote in one into the other ends.
class RecordLinks final
{
public:
    /// Every link column of `spec` with each record's other ends. Errors: Database.
    [[nodiscard]] static Result<QList<LinkValues>> read(const Database &db, const EntitySpec &spec);

    /// Splits a cell ("AS-001, AS-004", semicolons and line breaks work too) into the other ends, each
    /// checked to exist and written as links store them (references in upper case, as they compare; a
    /// control id without its "A." prefix). `targets`, when given,
    /// keeps the references of each register read (by register key, as RecordRepository::idsByRef()
    /// gives them) for the next cells of the same file. Errors: InvalidArgument naming what is unknown.
    [[nodiscard]] static Result<QStringList> parse(const Database &db,
                                                   const LinkColumn &column,
                                                   const QString &cell,
                                                   TextHash<TextHash<RecordId>> *targets = nullptr);

    /// The link column of `spec` that a header names (key, label or synonym), or nullptr.
    static const LinkColumn *columnForHeader(const EntitySpec &spec, const QString &header);

    /// The link register's field that holds the other end (nullptr for a spec that does not fit).
    static const FieldSpec *otherEnd(const LinkColumn &column);
};

} // namespace isms
