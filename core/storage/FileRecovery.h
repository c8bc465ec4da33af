// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace isms {

/// Storage-internal: what happens to a project file that a crash left half-saved, or that must be read
/// without being written.
///
/// SQLite writes the original pages of every page it changes to a journal, "NAME.isms-journal", before
/// it touches the file, and deletes the journal when the save is complete. A program killed in between
/// leaves the journal behind ("hot"), and the file is only consistent again once the journal has been
/// played back. A read-only connection cannot do that, so a hot journal must be rolled back by a
/// read-write connection: in place while holding the project lock, or in a working copy.
namespace recovery {

/// The journal path SQLite uses for `path`.
QString journalPathFor(const QString &path);

/// True when a journal that SQLite would play back lies beside the file (it starts with SQLite's
/// journal header): a save was interrupted, or another program is saving at this moment (the project
/// lock tells which).
bool hasJournal(const QString &path);

/// True when the file's first bytes name it an SQLite file with our application id. Read with plain
/// file I/O, so it works on a file that SQLite cannot read yet.
bool headerNamesProject(const QString &path);

/// Plays the journal back into the file, which returns to its last complete save, and removes the
/// journal. The caller holds the project lock (or owns the file, as with a working copy). Errors: Io
/// when the file or its folder cannot be written, Corrupt when the journal could not be played back.
[[nodiscard]] Result<void> rollBack(const QString &path);

} // namespace recovery

/// A private copy of a project in a new temporary folder, for reading a file that cannot be read in
/// place without writing to it: one with a hot journal, or one of an older format that must be
/// migrated. The original and its folder are never written. The copy is removed with the object.
class WorkingCopy final
{
public:
    /// Copies `original` (and its journal, if any) and rolls the journal back in the copy.
    [[nodiscard]] static Result<std::unique_ptr<WorkingCopy>> make(const QString &original);

    ~WorkingCopy();
    Q_DISABLE_COPY_MOVE(WorkingCopy)

    QString path() const { return m_path; }

    /// True when the original had a journal that was rolled back in the copy.
    bool restoredInterruptedSave() const { return m_restored; }

private:
    WorkingCopy() = default;

    QTemporaryDir m_dir;
    QString m_path;
    bool m_restored = false;
};

} // namespace isms
