// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

#include <QList>
#include <QStringList>

namespace isms::cli {

/// `export controls`, `export risk-report` and `export treatment-plan`: the reports as PDF files.
QList<Command> exportCommands();

/// Export kinds that ARCHITECTURE plans but this version does not produce yet.
QStringList plannedExportKinds();

/// True when two paths name the same file (an export must never overwrite the project it reads).
bool isSameFile(const QString &first, const QString &second);

} // namespace isms::cli
