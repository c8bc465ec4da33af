// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

#include <QList>

namespace isms::cli {

/// `controls` (the list of Annex A controls) and `control` (one control, shown or changed).
QList<Command> controlCommands();

} // namespace isms::cli
