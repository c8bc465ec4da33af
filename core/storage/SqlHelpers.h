// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace isms::sql {

/// Turns a failed query into an Error with a translated message and the driver's detail.
Error queryError(const QSqlQuery &query, const QString &what);

/// The same for a driver's error code as text (SQLite's primary result code: "8" read-only...).
Error driverError(const QString &nativeCode, const QString &what, const QString &detail);

/// Prepares `sql`, binds `values` positionally and executes it.
[[nodiscard]] Result<void> exec(QSqlQuery &query,
                                const QString &sql,
                                std::initializer_list<QVariant> values = {});
/// The same with the values in a list.
[[nodiscard]] Result<void> execWith(QSqlQuery &query, const QString &sql, const QList<QVariant> &values);

/// Runs a statement that returns one value in one row (a PRAGMA or a COUNT).
[[nodiscard]] Result<QVariant> scalar(const QSqlDatabase &db,
                                      const QString &sql,
                                      std::initializer_list<QVariant> values = {});

/// An optional string as a bindable value (NULL when unset).
QVariant nullable(const std::optional<QString> &value);

/// A string as a bindable, never-NULL text value (a null QString would bind as NULL).
QVariant text(const QString &value);

/// A column value as an optional string (unset when NULL).
std::optional<QString> optionalString(const QVariant &value);

} // namespace isms::sql
