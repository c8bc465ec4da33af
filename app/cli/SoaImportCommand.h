// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

namespace isms::cli {

/// "import soa FILE IN [--map ...] [--dry-run] [--edition 2013|2022]": the Statement of Applicability
/// from CSV, XLSX or JSON, all or nothing; a 2013 SoA is carried over and its review list printed.
Command soaImportCommand();

} // namespace isms::cli
