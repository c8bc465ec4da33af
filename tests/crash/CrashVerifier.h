// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "CrashScript.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace isms {
class Database;
}

namespace isms::crash {

/// Every tracked field of a project: fieldKey() -> canonical value.
using Snapshot = QHash<QString, QString>;

/// Reads every tracked field (requirements and the organisation) through the core services.
Result<Snapshot> readSnapshot(Database &db);

/// What one comparison of the file with the child's reports found.
struct Verdict
{
    int lostAcknowledged = 0; ///< an acknowledged value is gone (neither it nor the in-flight one is there)
    int unexpected = 0;       ///< a field nobody acknowledged holds a value nobody wrote
    int torn = 0;             ///< the in-flight edit is half applied
    bool inFlight = false;    ///< an edit had begun and was not fully acknowledged
    bool inFlightLanded = false;
    int acknowledgedEdits = 0;
    QStringList problems; ///< one line per finding, for the log
};

/// Compares `current` with `before` (the file's state when the child started) and the child's lines:
/// every acknowledged value must be there, unless the edit in flight at the kill wrote the same field
/// later; every other field must hold its old value or the in-flight value; the in-flight edit must be
/// applied whole or not at all.
Verdict verify(const Snapshot &before, const QList<ScriptLine> &lines, const Snapshot &current);

} // namespace isms::crash
