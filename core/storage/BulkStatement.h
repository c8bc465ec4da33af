// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace isms {

/// A write statement prepared once and run many times with positional values (an import's inserts,
/// the change log's rows). Values are bound by position and text as UTF-8, without the per-value cost
/// of QSqlQuery's binding; SqlDialect::prepareBulk() makes one. Every value of a run is bound before
/// exec(); a bound text must stay alive until exec() returns.
class BulkStatement
{
public:
    virtual ~BulkStatement() = default;

    virtual void bindNull(int index) = 0;
    virtual void bindInteger(int index, qint64 value) = 0;
    /// UTF-8 text (never NULL, also when empty).
    virtual void bindUtf8(int index, QByteArrayView utf8) = 0;

    /// Text converted to UTF-8 into a buffer the statement keeps until the next bind of `index`.
    void bindText(int index, const QString &text);
    /// Text, or NULL when unset.
    void bindOptionalText(int index, const std::optional<QString> &text);

    /// Runs the statement with the bound values and makes it ready for the next run.
    [[nodiscard]] virtual Result<void> exec() = 0;

    /// The row id the last insert on this connection gave.
    virtual qint64 lastInsertId() const = 0;

protected:
    explicit BulkStatement(int parameterCount);

    /// The buffer of parameter `index` (0-based), for text converted on binding.
    QByteArray &buffer(int index);

    /// UTF-8 text in a QByteArray, which always has a NUL after its last byte: a driver that can use
    /// that (SQLite, to read the text in a CHECK without copying it) overrides this.
    virtual void bindTerminatedUtf8(int index, const QByteArray &utf8) { bindUtf8(index, utf8); }

private:
    std::unique_ptr<QByteArray[]> m_buffers;
    int m_parameterCount = 0;
};

/// Storage-internal (SqlDialect::prepareBulk): through SQLite's own interface when `connection` is Qt's
/// SQLite driver and this build links the same library, through QSqlQuery otherwise.
[[nodiscard]] Result<std::unique_ptr<BulkStatement>> prepareBulkStatement(const QSqlDatabase &connection,
                                                                          const QString &statement,
                                                                          int parameterCount);

} // namespace isms
