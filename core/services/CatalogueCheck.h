// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "services/IntegrityService.h"

#include <QCoreApplication>
#include <QList>

namespace isms {

class Database;

/// Compares the catalogue rows a project file holds (Annex A controls with all their attributes,
/// clauses, the ISO/IEC 27001:2013 controls and their mapping) with the program's catalogue of the
/// edition the file records, and checks that there is exactly one requirement row per control and per
/// clause. Part of `isms-cli check`; reads only.
class CatalogueCheck final
{
    Q_DECLARE_TR_FUNCTIONS(isms::CatalogueCheck)

public:
    /// One finding per deviation, each naming the row and what differs. `schemaVersion` says which
    /// catalogue tables the file has. Errors only when the file cannot be read.
    [[nodiscard]] static Result<QList<CheckFinding>> run(const Database &db, int schemaVersion);
};

} // namespace isms
