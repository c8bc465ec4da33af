// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

namespace isms::cli {

/// `check FILE [--head COUNT:HASH] [--format table|json]`: the file's soundness, and beside it the
/// readiness check (what a certification auditor would raise) with its score. `file` is the FILE
/// argument as the other project commands describe it.
Command checkCommand(const Argument &file);

} // namespace isms::cli
