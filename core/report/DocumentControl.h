// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>

namespace isms {

class Database;

/// The document id, version and approval a report prints, taken from the project's document-control
/// register (`document-controls`), never invented: a report without a record there is a working draft.
class DocumentControl final
{
    Q_DECLARE_TR_FUNCTIONS(isms::DocumentControl)

public:
    /// Sets `doc.documentId` (when the record gives one), `doc.version` ("2.1", "2.1 (draft)", or
    /// "Working draft" without a record) and `doc.approval` ("Approved by ... on ...") from the record of
    /// `report` ("control-status", "risk-report", "treatment-plan", "readiness"). A file from before the
    /// register gives a working draft. Errors: Database.
    [[nodiscard]] static Result<void> apply(const Database &db, const QString &report, ReportDocument &doc);
};

} // namespace isms
