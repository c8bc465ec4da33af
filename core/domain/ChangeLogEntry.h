// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace isms {

/// One field change recorded in the project's change log.
struct ChangeLogEntry
{
    qint64 sequence = 0;
    QDateTime timestampUtc;
    QString actor;    ///< the OS user name or the name set in preferences
    QString entity;   ///< "project", "clause", "control", ...
    QString entityId; ///< "1", "4.3", "5.1", ...
    QString field;    ///< "status", "owner", ...
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    QByteArray previousHash; ///< hex SHA-256 of the previous row (64 zeros for the first)
    QByteArray hash;         ///< hex SHA-256 over this row and previousHash
};

/// A change about to be logged (the log computes sequence, time, actor and hashes).
struct FieldChange
{
    QString entity;
    QString entityId;
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
};

} // namespace isms
