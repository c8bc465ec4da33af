// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/ChangeLogEntry.h"
#include "storage/Database.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace isms::test {

/// A temporary folder with helpers to create real project files in it. Removed on destruction.
class TempProject
{
public:
    TempProject();

    /// An absolute path for `name` inside the folder.
    QString path(const QString &name) const;

    /// Creates a new project "name" for organisation `organisation` (fails the test on error).
    std::unique_ptr<Database> create(const QString &name = QStringLiteral("test.isms"),
                                     const QString &organisation = QStringLiteral("Acme Test Ltd"));

    /// Creates a demo project (catalogue plus demo data) and closes it; returns its path.
    QString createDemo(const QString &name = QStringLiteral("demo.isms"));

    /// Copies a fixture from tests/data into the folder; returns the copy's path.
    QString copyFixture(const QString &fixtureName) const;

    /// Runs SQL on a file directly, as another tool or an attacker would, bypassing the program's rules
    /// and its change log (fails the test when a statement fails).
    static void runSql(const QString &path, const QStringList &statements);

    /// Kills a process in the middle of a save to `path`, as a crash does: a hot journal, half-written
    /// pages and a stale lock are left behind (fails the test when that state was not reached).
    static void crashDuringSave(const QString &path);
    /// Rewrites the whole change log as an attacker who knows the (unkeyed) hash would: applies `edit`
    /// to every entry, oldest first, and recomputes every hash so that the chain verifies again.
    static void rewriteChangeLog(const QString &path, const std::function<void(ChangeLogEntry &)> &edit);

    /// Overwrites the root page of the table or index `objectName` with garbage, as a failing disk does:
    /// the header and the schema stay readable, so only a check of every page (quick_check) finds it.
    static void damagePageOf(const QString &path, const QString &objectName);

    /// The bytes of a file (for byte-for-byte comparisons).
    static QByteArray readAll(const QString &path);

private:
    QTemporaryDir m_dir;
};

/// How many change-log entries the starting catalogues give a new project: one creation per threat and
/// vulnerability, and the risk assessment method.
qint64 seededCatalogueRecords();

} // namespace isms::test
