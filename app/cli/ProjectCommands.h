// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

#include <QList>

namespace isms::cli {

/// `new`, `info`, `check` and `history`: commands about a project file as a whole.
QList<Command> projectCommands();

} // namespace isms::cli
