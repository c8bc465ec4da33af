// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

namespace isms::cli {

/// The verbs every register gets from its EntitySpec: "list KIND", "show KIND", "add KIND",
/// "set KIND", "remove KIND", one command each per register in Entities.
QList<Command> recordCommands();

/// The verbs followed by a register: "list", "show", "add", "set", "remove", "import".
QStringList recordVerbs();

} // namespace isms::cli
