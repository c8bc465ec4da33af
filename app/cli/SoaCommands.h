// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

namespace isms::cli {

/// "soa issue" (freezes the Statement of Applicability as a new version), "soa versions" (lists the
/// issued versions) and "soa compare" (what changed between two versions or the working state).
QList<Command> soaCommands();

} // namespace isms::cli
