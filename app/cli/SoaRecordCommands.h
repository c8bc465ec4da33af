// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

namespace isms::cli {

/// The `soa` kind: "list soa", "show soa", "add soa", "set soa" and "import soa". One row per control
/// of the Statement of Applicability (the 93 Annex A controls, then the additional ones) in the shape of
/// SoaRegister; adding and setting delegate to the registers of controls and additional controls.
QList<Command> soaRecordCommands();

} // namespace isms::cli
