// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

namespace isms::cli {

/// "add document-versions": a version comes with its file, so it is added here rather than by the
/// generic "add"; "extract-version" writes a version's stored file out.
QList<Command> documentCommands();

} // namespace isms::cli
