// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

namespace isms::cli {

/// "attach" (stores a file as evidence of a record), "evidence" (lists evidence, marking expired
/// files), "extract" (writes a stored file out byte for byte) and "evidence-limit" (prints or sets the
/// project's size limit per evidence file).
QList<Command> evidenceCommands();

} // namespace isms::cli
