// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace isms {

/// One schema object as SQLite's schema table records it.
struct SchemaObject
{
    QString type; ///< table, index, trigger, view
    QString name;
    QString tableName;
    QString sql; ///< empty for automatic indexes

    friend bool operator==(const SchemaObject &, const SchemaObject &) = default;
};

/// The numbered, forward-only schema migrations (resources :/migrations/NNNN_name.sql) and the
/// allow-list derived from them.
class Migrations final
{
public:
    /// Highest migration number.
    static int latestVersion();

    /// Runs migrations (from, to] on `db`, each in its own transaction, setting user_version after each.
    /// Data steps (filling a catalogue table) run inside the same transaction as their SQL.
    [[nodiscard]] static Result<void> migrate(QSqlDatabase &db, int fromVersion, int toVersion);

    /// The schema objects that migrations 1..version create: for the latest version the checked-in
    /// snapshot when it is of that version, else replayedSchema(version).
    [[nodiscard]] static Result<QList<SchemaObject>> expectedSchema(int version);

    /// The schema objects that migrations 1..version create, computed once per version by running them
    /// on an in-memory database.
    [[nodiscard]] static Result<QList<SchemaObject>> replayedSchema(int version);

    /// The checked-in snapshot of the latest version's schema (resource :/schema/schema.json, written by
    /// the build target schema-snapshot), or nullopt when it is missing, unreadable or of another version.
    static std::optional<QList<SchemaObject>> schemaSnapshot();

    /// The snapshot file's text for `objects` of schema `version`.
    static QByteArray snapshotJson(const QList<SchemaObject> &objects, int version);

    /// The differences of `actual` from the schema of `version`, as compareSchema() words them. A file
    /// that differs from the snapshot is compared again with the replayed migrations, so the snapshot
    /// only spares the replay and never decides alone that a file was changed.
    [[nodiscard]] static Result<QStringList> schemaProblems(const QList<SchemaObject> &actual, int version);

    /// The schema objects a connection's file holds (excluding SQLite's internal objects).
    [[nodiscard]] static Result<QList<SchemaObject>> actualSchema(const QSqlDatabase &db);

    /// Differences between actual and expected schema, as translated sentences. Empty means they match.
    static QStringList compareSchema(const QList<SchemaObject> &actual, const QList<SchemaObject> &expected);
};

} // namespace isms
