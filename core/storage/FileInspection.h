// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace isms {

/// What Database::inspect() found in a file, without changing a byte of it.
struct FileInspection
{
    bool isSqlite = false;
    bool hasApplicationId = false; ///< from SQLite, or from the header bytes when SQLite cannot read it
    int schemaVersion = 0;
    QStringList integrityProblems; ///< lines from PRAGMA quick_check other than "ok", read errors
    QStringList schemaProblems;    ///< foreign, missing or altered tables, indexes, triggers, views
};

/// Storage-internal: examines a file through a read-only connection. Fails only when the file cannot be
/// read at all. With `checkPages` false, PRAGMA quick_check (which reads every page) is left out and the
/// caller must check the pages later (Database::OpenOptions::deferPageCheck).
[[nodiscard]] Result<FileInspection> inspectProjectFile(const QString &path, bool checkPages = true);

/// The refusal an open gives for an inspection, or nothing when the file may be opened: "not a project"
/// (NotAProject), "a project, but damaged" (Corrupt, naming a backup when one lies beside it), "a newer
/// project" (NewerSchema), "foreign objects" (ForeignSchema). `path` names the file in the message.
std::optional<Error> openRefusal(const QString &path, const FileInspection &inspection);

/// "NAME is an ISMS Workbench project, but the file is damaged; open a backup copy", naming a backup
/// when one lies beside it (Corrupt), with `problems` as the detail.
Error damagedProject(const QString &path, const QStringList &problems);

/// "NAME is not an ISMS Workbench project".
Error notAProjectError(const QString &path);

/// "NAME could not be opened; check that the file is readable", with SQLite's words as the detail.
Error cannotOpenError(const QString &path, const QString &detail);

} // namespace isms
