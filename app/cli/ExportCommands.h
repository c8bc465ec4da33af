// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

#include <QList>
#include <QStringList>

namespace isms::cli {

/// `export controls`: the control status report as a PDF file.
QList<Command> exportCommands();

/// Export kinds that ARCHITECTURE plans but this version does not produce yet.
QStringList plannedExportKinds();

} // namespace isms::cli
