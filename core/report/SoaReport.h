// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"
#include "services/SoaRegister.h"

#include <QCoreApplication>
#include <QDate>

namespace isms {

class Database;
struct ApplicabilityFinding;

/// The document control of one printed Statement of Applicability.
struct SoaDocumentControl
{
    QString version;  ///< "3", or the translated "Working draft"
    QString status;   ///< "Issued", "Draft, not yet issued"
    QString approver; ///< empty while a draft
    QDate approvalDate;
    QString changeSummary; ///< what this version changed; empty for a draft
};

/// The Statement of Applicability (ISO/IEC 27001:2022, 6.1.3 d), in landscape: a document-control table
/// on the cover, summary counts, the points still open, and the 93 Annex A controls grouped by theme
/// with applicability, reasons or justification, status, owner, implementation and last review.
class SoaReport final
{
    Q_DECLARE_TR_FUNCTIONS(isms::SoaReport)

public:
    /// "ISMS-SOA"
    static QString documentId();

    /// Builds the report from the project's current (working) Statement of Applicability, a draft with
    /// the points still open. Errors: Database.
    [[nodiscard]] static Result<ReportDocument> build(Database &db, const ReportOptions &options);

    /// Builds the report of issued version `number`: its frozen entries, status "Issued", its approver,
    /// approval date and change summary, no open points. Errors: NotFound, Database.
    [[nodiscard]] static Result<ReportDocument> buildVersion(Database &db,
                                                             const ReportOptions &options,
                                                             int number);

    /// The document control of the working draft: "Working draft" before any version is issued, then
    /// "Draft after version N" with the version in force and how many changes it carries since.
    [[nodiscard]] static Result<SoaDocumentControl> draftControl(Database &db,
                                                                 const QList<SoaEntry> &working);

    /// Builds the report from the given entries (an issued version's frozen copy, or the working state)
    /// with the given document control; `open` lists the points still open (none for an issued
    /// version). Errors: Database (the organisation and the change-log head are read from `db`).
    [[nodiscard]] static Result<ReportDocument> buildFrom(Database &db,
                                                          const ReportOptions &options,
                                                          const QList<SoaEntry> &entries,
                                                          const SoaDocumentControl &control,
                                                          const QList<ApplicabilityFinding> &open);
};

} // namespace isms
