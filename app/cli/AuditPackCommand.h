// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "Command.h"

namespace isms::cli {

/// `export audit-pack`: the audit pack as a PDF/A file, with its evidence folder on request.
Command auditPackCommand();

} // namespace isms::cli
