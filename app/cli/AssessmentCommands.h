// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

#include <QList>

namespace isms::cli {

/// `run-assessment` (records a frozen risk assessment run), `export assessment-run` (one run as PDF),
/// `calendar` (the ISMS calendar's duties) and `export calendar` (as an iCalendar file).
QList<Command> assessmentCommands();

} // namespace isms::cli
