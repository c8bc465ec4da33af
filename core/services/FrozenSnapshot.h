// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace isms {

class Database;

/// One stored frozen row as check() reads it: its id, the columns the kind names, the frozen content
/// and the hash stored beside it.
struct FrozenRow
{
    QString id;
    QList<QVariant> values; ///< FrozenKind::columns in their order
    QByteArray content;     ///< the canonical JSON as stored
    QString sha256;         ///< as stored
};

/// What check() can find wrong with a frozen row.
enum class FrozenProblem
{
    HashMismatch,   ///< the content no longer matches its stored SHA-256
    Unreadable,     ///< the content is not JSON of the kind's shape
    NotLogged,      ///< the row has no freezing entry in the change log
    LoggedTwice,    ///< the change log holds two freezing entries for one id
    DiffersFromLog, ///< the row differs from the record logged when it was frozen
    Missing,        ///< the change log froze a row the project no longer holds
};

/// How one kind of frozen snapshot (an issued SoA version, a risk assessment run) is stored and logged
/// (REGISTERS.md decision 6: one immutable row with canonical JSON, its SHA-256 in the change log).
struct FrozenKind
{
    QString table;              ///< "soa_version"
    QString idColumn;           ///< "number": the change log's entity id
    QStringList columns;        ///< further columns check() reads into FrozenRow::values
    QString contentColumn;      ///< "entries": the canonical JSON
    QString hashColumn;         ///< "sha256"
    QString logEntity;          ///< "soa_version"
    QString logField;           ///< "issued"
    bool contentIsArray = true; ///< the content is a JSON array (else an object)
    /// The record the change log holds for a row (canonical JSON that includes the hash).
    std::function<QString(const FrozenRow &)> logRecord;
    /// The translated sentence for one problem of the row `id`.
    std::function<QString(FrozenProblem, const QString &id)> message;
};

/// The mechanism every frozen snapshot shares: canonical JSON, its SHA-256, the change-log entry
/// written when a row is frozen, and the check of stored rows against their hash and the log.
class FrozenSnapshot final
{
public:
    /// Canonical JSON of a value: sorted keys (QJsonObject keeps them sorted), no whitespace.
    static QByteArray canonicalJson(const QJsonValue &value);

    /// The lower-case hex SHA-256 of `data`.
    static QString sha256Of(const QByteArray &data);

    /// Writes the freezing entry of `row` (entity kind.logEntity, id row.id, field kind.logField, new
    /// value kind.logRecord(row)). Must run inside Database::transaction(), after the row was stored.
    [[nodiscard]] static Result<void> logFrozen(Database &db, const FrozenKind &kind, const FrozenRow &row);

    /// Every stored row against its hash, its readability and its freezing entry, and every logged row
    /// against the stored ones; one sentence per finding (kind.message). None when the file has no
    /// table `kind.table` (a file of an older schema). Errors: Database.
    [[nodiscard]] static Result<QStringList> check(const Database &db, const FrozenKind &kind);
};

} // namespace isms
