// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>

namespace isms {

class Database;

/// The demo's risk assessment runs: a full run a little over a year ago and a later one, both freezing
/// the demo's register as it stands. The demo's planning adds a significant change implemented after
/// the later run, so that R-REASSESSMENT-DUE shows as a deliberate gap.
class DemoAssessmentRuns final
{
public:
    /// Records the runs, oldest first. Errors: those of AssessmentRunService::record.
    [[nodiscard]] static Result<void> write(Database &db, const QDate &today);
};

} // namespace isms
