// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

#include <QList>

namespace isms::cli {

/// `audit-checklist` (generate an audit's checklist), `raise-finding` (a checklist answer becomes a
/// finding) and `export audit-report` (the PDF report of one audit).
QList<Command> auditCommands();

} // namespace isms::cli
