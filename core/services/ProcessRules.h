// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace isms {

class Database;

/// Something the register of ISMS processes (4.4, 8.1) leaves unsettled.
struct ProcessFinding
{
    QString rule;    ///< stable id: "R-PROCESSES-MISSING", "R-PROCESS-NO-OWNER", "R-PROCESS-NO-CRITERIA"
    QString kind;    ///< the register to fix, its EntitySpec key ("processes")
    QString ref;     ///< the process to fix ("PR-003"); empty when none is recorded at all
    QString message; ///< translated sentence naming the process
};

/// The rules an auditor applies to the processes of the ISMS: some are recorded (4.4), each has an
/// owner, and each is controlled by stated criteria (8.1). Retired processes are left out. An external
/// process without its supplier is refused when it is written, so it is no rule here.
class ProcessRules final
{
public:
    /// The unsettled points, per process in reference order (owner before criteria). A file from
    /// before the process register gives none. Errors: Database.
    [[nodiscard]] static Result<QList<ProcessFinding>> findings(const Database &db);
};

} // namespace isms
