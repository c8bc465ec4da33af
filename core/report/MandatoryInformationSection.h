// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QDate>

namespace isms {

class Database;

/// The report section "Mandatory documented information": each item that clauses 4 to 10 require,
/// with its state in the project and what was found (MandatoryInformation). The readiness report
/// prints it, and so can any report that hands an auditor the state of the ISMS's documentation.
class MandatoryInformationSection final
{
    Q_DECLARE_TR_FUNCTIONS(isms::MandatoryInformationSection)

public:
    /// Appends the section's heading (at `level`), an introduction and its table. Errors: Database.
    [[nodiscard]] static Result<void> append(QList<ReportBlock> &blocks,
                                             const Database &db,
                                             const QDate &today,
                                             int level = 1);
};

} // namespace isms
