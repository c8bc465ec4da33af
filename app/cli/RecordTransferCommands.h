// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

namespace isms {
struct EntitySpec;
}

namespace isms::cli {

/// "import KIND" and "export KIND" for every register in Entities: CSV and JSON, read and written by
/// the register's spec.
QList<Command> recordTransferCommands();
/// The commands of recordTransferCommands() for one register.
QList<Command> recordTransferCommandsOf(const EntitySpec *spec);

/// Runs "export KIND FILE -o OUT" for one register (a command that also writes a PDF delegates here).
ExitCode runRecordExport(const EntitySpec &spec, const Invocation &invocation, Console &console);

} // namespace isms::cli
