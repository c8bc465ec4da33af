// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/EntitySpec.h"
#include "report/AuditPack.h"

/// Report-internal: what each section of the audit pack prints (AuditPack::sections() lists them).
/// Each appends its level 1 heading first and prints a sentence where it finds nothing.
namespace isms::auditpack {

// AuditPackSections.cpp: the registers of clauses 4 to 7, printed as the pages show them.
Result<void> documentControl(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> contextSection(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> scope(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> policy(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> ismsRisks(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> objectives(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> competence(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> changes(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> documents(AuditPackContext &context, QList<ReportBlock> &blocks);

// AuditPackReports.cpp: the sections of the other reports, reused.
Result<void> processes(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> roles(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> riskMethod(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> riskAssessment(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> riskRegister(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> treatment(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> soa(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> mandatory(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> readiness(AuditPackContext &context, QList<ReportBlock> &blocks);

// AuditPackImprovement.cpp: internal audit, management review and improvement (9.2, 9.3, 10.2).
Result<void> auditProgramme(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> auditReports(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> reviewMinutes(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> nonconformities(AuditPackContext &context, QList<ReportBlock> &blocks);
Result<void> incidentsAndSuppliers(AuditPackContext &context, QList<ReportBlock> &blocks);

// AuditPackEvidence.cpp
Result<void> evidence(AuditPackContext &context, QList<ReportBlock> &blocks);

/// The field `key` of `record` as text, or empty when the spec has no such field.
QString valueOf(const EntitySpec &spec, const Record &record, QStringView key);

/// The field `key` of `record` as a date, or an invalid date when the spec has no such field.
QDate dateOf(const EntitySpec &spec, const Record &record, QStringView key);

/// Makes every level 1 heading of `blocks` from `from` on a level 2 heading; a bare level 1 heading
/// (one whose first block is a heading) is dropped and names its children instead.
void demote(QList<ReportBlock> &blocks, qsizetype from);

/// Appends `report`'s blocks under one level 1 heading `title`, its own level 1 headings made level
/// 2, so that a whole report becomes one section of the pack.
void appendReport(QList<ReportBlock> &blocks, const QString &title, const ReportDocument &report);

/// The period sentence of a surveillance pack ("Changes from 2025-11-29 to 2026-11-29."), empty
/// outside one.
QString periodText(const AuditPackContext &context);

/// True when `date` lies in the surveillance period (always outside one; an unknown date counts).
bool inPeriod(const AuditPackContext &context, const QDate &date);

} // namespace isms::auditpack
