// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

namespace isms::cli {

/// "import KIND" and "export KIND" for every register in Entities: CSV and JSON, read and written by
/// the register's spec.
QList<Command> recordTransferCommands();

} // namespace isms::cli
