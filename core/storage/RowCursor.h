// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

namespace isms {

/// The rows of a SELECT, read one after the other, each column in the form its field wants: the read
/// counterpart of BulkStatement. Through SQLite's own interface a column is converted once, from the
/// file's UTF-8 straight into the QString or integer a record holds, instead of into the QVariant that
/// QSqlQuery caches per column and the copy of it that value() returns. SqlDialect::openCursor()
/// makes one; columns are 0-based.
class RowCursor
{
public:
    virtual ~RowCursor() = default;

    /// Moves to the next row: true when there is one, false after the last.
    [[nodiscard]] virtual Result<bool> next() = 0;

    virtual bool isNull(int column) const = 0;
    /// The column as an integer (0 when NULL).
    virtual qint64 integer(int column) const = 0;
    /// The column as text (empty when NULL; an integer in decimal).
    virtual QString text(int column) const = 0;
};

/// Storage-internal (SqlDialect::openCursor): through SQLite's own interface when `connection` is Qt's
/// SQLite driver and this build links the same library, through a forward-only QSqlQuery otherwise.
/// `values` are bound positionally: integers as integers, NULL as NULL, the rest as text.
[[nodiscard]] Result<std::unique_ptr<RowCursor>> openRowCursor(const QSqlDatabase &connection,
                                                               const QString &statement,
                                                               const QList<QVariant> &values);

/// The same through a forward-only QSqlQuery whatever the driver: the fallback of openRowCursor(),
/// callable on its own so that tests read the same rows both ways.
[[nodiscard]] Result<std::unique_ptr<RowCursor>> openQtRowCursor(const QSqlDatabase &connection,
                                                                 const QString &statement,
                                                                 const QList<QVariant> &values);

} // namespace isms
