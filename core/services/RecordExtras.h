// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace isms {

class Database;

/// A value computed across records that `list` and `show` print after a register's own fields: never
/// stored, logged or imported (an asset's dependencies, its effective requirements).
struct ExtraColumn
{
    QString key;       ///< "depends_on": the JSON key
    const char *label; ///< QT_TRANSLATE_NOOP("isms::RecordExtras", "Depends on")
    /// Per record: a QStringList (written as a JSON array), a number (qint64), or an invalid QVariant
    /// (null) for nothing.
    QHash<RecordId, QVariant> values;

    QString labelText() const;

    /// The value as one line of text: list items joined with ", ", numbers in decimal, nothing empty.
    QString text(RecordId id) const;
};

/// The extra columns of each register (none for most).
class RecordExtras final
{
public:
    /// Errors: Database.
    [[nodiscard]] static Result<QList<ExtraColumn>> of(const Database &db, const EntitySpec &spec);
};

} // namespace isms
