// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QString>

namespace isms {

/// What kind of failure an Error describes. Front ends map these to exit codes and dialogs.
enum class ErrorCode
{
    InvalidArgument, ///< the caller passed a value the rule does not accept (bad status, too long text...)
    NotFound,        ///< the file or the record does not exist
    NotAProject,     ///< the file is not an ISMS Workbench project (not SQLite, wrong application id)
    NewerSchema,     ///< the file was written by a newer program version
    OlderSchema,     ///< the file needs a migration but was opened read-only
    Corrupt,         ///< PRAGMA quick_check failed
    ForeignSchema,   ///< the file holds tables, views or triggers that our migrations do not create
    Locked,          ///< another program holds the lock file
    ReadOnly,        ///< a change was attempted on a read-only project
    Io,              ///< reading, writing or copying a file failed
    Database,        ///< SQLite reported an unexpected error
};

/// A failure: a translated one-sentence message for users and a technical detail for logs.
struct Error
{
    ErrorCode code = ErrorCode::Database;
    QString message; ///< translated, one sentence: what happened and what to do
    QString detail;  ///< technical detail (SQL text, driver message); never shown alone
};

} // namespace isms
