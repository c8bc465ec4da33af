// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "AuditCommands.h"

#include "ExportCommands.h"
#include "ProjectAccess.h"
#include "RecordCommands.h"
#include "domain/Entities.h"
#include "report/AuditReport.h"
#include "services/AuditChecklist.h"
#include "services/NonconformityService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace isms::cli {

namespace {

class AuditCommandsText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::AuditCommands)
};

LockTakeOver takeOverOf(const Invocation &invocation)
{
    return invocation.isSet(takeOverLockOption().names().constFirst()) ? LockTakeOver::Any
                                                                       : LockTakeOver::OnlyStale;
}

ExitCode runChecklist(const Invocation &invocation, Console &console)
{
    if (invocation.positional(1).trimmed().isEmpty()) {
        return console.usage(
            AuditCommandsText::tr("Say which audit the checklist is for, for example AUD-001."));
    }
    auto opened = openForChange(invocation.positional(0), console, takeOverOf(invocation));
    if (!opened) {
        return console.fail(opened.error());
    }
    const auto outcome = AuditChecklist::generate(**opened, invocation.positional(1));
    if (!outcome) {
        return console.fail(outcome.error());
    }
    console.out() << AuditCommandsText::tr(
                         "Added %1 checklist items; %2 were already on the checklist and stay as "
                         "they are.")
                         .arg(outcome->added)
                         .arg(outcome->kept)
                  << u'\n';
    return ExitCode::Success;
}

ExitCode runRaiseFinding(const Invocation &invocation, Console &console)
{
    if (invocation.positional(1).trimmed().isEmpty()) {
        return console.usage(
            AuditCommandsText::tr("Say which checklist item to raise, for example CL-0004."));
    }
    auto opened = openForChange(invocation.positional(0), console, takeOverOf(invocation));
    if (!opened) {
        return console.fail(opened.error());
    }
    const auto finding = AuditChecklist::raiseFinding(**opened, invocation.positional(1));
    if (!finding) {
        return console.fail(finding.error());
    }
    console.out() << *finding << u'\n';
    return ExitCode::Success;
}

/// A finding ("F-001") or an incident ("INC-002") raises a nonconformity in one step.
ExitCode runRaiseNonconformity(const Invocation &invocation, Console &console)
{
    const QString source = invocation.positional(1).trimmed();
    if (source.isEmpty()) {
        return console.usage(AuditCommandsText::tr(
            "Say which finding or incident raises the nonconformity, for example F-001 or INC-002."));
    }
    auto opened = openForChange(invocation.positional(0), console, takeOverOf(invocation));
    if (!opened) {
        return console.fail(opened.error());
    }
    NonconformityService service(**opened);
    const bool incident = source.startsWith(QStringLiteral("INC-"), Qt::CaseInsensitive);
    const auto raised = incident ? service.raiseFromIncident(source, QDate::currentDate())
                                 : service.raiseFromFinding(source, QDate::currentDate());
    if (!raised) {
        return console.fail(raised.error());
    }
    console.out() << EntitySpec::refOf(*raised) << u'\n';
    return ExitCode::Success;
}

} // namespace

QList<Command> auditCommands()
{
    const Argument file{QStringLiteral("FILE"), AuditCommandsText::tr("the project file (*.isms)")};
    const Argument audit{QStringLiteral("AUDIT-ID"),
                         AuditCommandsText::tr("the audit's reference, such as AUD-001")};
    return {
        Command{.name = QStringLiteral("audit-checklist"),
                .synopsis = QStringLiteral("FILE AUDIT-ID"),
                .summary = AuditCommandsText::tr(
                    "Builds an audit's checklist from the clauses and applicable controls it covers and the "
                    "approved policies and procedures; items already on it stay as they are."),
                .arguments = {file, audit},
                .options = {takeOverLockOption()},
                .changesProject = true,
                .run = runChecklist},
        Command{
            .name = QStringLiteral("raise-finding"),
            .synopsis = QStringLiteral("FILE ITEM-ID"),
            .summary = AuditCommandsText::tr(
                "Records the finding of a checklist item answered as a nonconformity, an observation or an "
                "opportunity for improvement, linked to the item, and prints its reference."),
            .arguments = {file,
                          {QStringLiteral("ITEM-ID"),
                           AuditCommandsText::tr("the checklist item's reference, such as CL-0004")}},
            .options = {takeOverLockOption()},
            .changesProject = true,
            .run = runRaiseFinding},
        Command{
            .name = QStringLiteral("raise-nonconformity"),
            .synopsis = QStringLiteral("FILE FINDING-ID|INCIDENT-ID"),
            .summary = AuditCommandsText::tr(
                "Records the nonconformity that an audit finding graded as a nonconformity, or an incident, "
                "raises, linked both ways, and prints its reference."),
            .arguments = {file,
                          {QStringLiteral("FINDING-ID|INCIDENT-ID"),
                           AuditCommandsText::tr("the finding or incident, such as F-001 or INC-002")}},
            .options = {takeOverLockOption()},
            .changesProject = true,
            .run = runRaiseNonconformity},
        Command{
            .name = QStringLiteral("export audit-report"),
            .synopsis =
                QStringLiteral("FILE AUDIT-ID -o OUT.pdf [--classification LABEL] [--paper a4|letter|auto]"),
            .summary = AuditCommandsText::tr(
                "Writes the report of one internal audit (scope, team, independence, checklist, findings by "
                "grade, conclusion) as a PDF/A file."),
            .details = AuditCommandsText::tr("The project file is only read."),
            .arguments = {file, audit},
            .options = pdfOptions(),
            .run =
                [](const Invocation &invocation, Console &console) {
                    const QString ref = invocation.positional(1);
                    const PdfReport report{.build =
                                               [ref](Database &db, const ReportOptions &options) {
                                                   return AuditReport::build(db, options, ref);
                                               },
                                           .wrongSuffix = AuditCommandsText::tr(
                                               "The audit report is written as PDF only; give an "
                                               "output file name that ends in .pdf."),
                                           .written = AuditCommandsText::tr("Wrote the audit report to %1.")};
                    return runExportPdf(report, invocation, console);
                }},
    };
}

} // namespace isms::cli
