// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "CheckCommand.h"

#include "services/HistoryAnchor.h"
#include "services/IntegrityService.h"
#include "services/ReadinessCheck.h"
#include "settings/AppSettings.h"
#include "storage/ChangeLogHead.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <optional>

namespace isms::cli {

namespace {

// The check's sentences were written as part of the project commands; they keep that context so that
// their translations stay where they are.
class CheckCommandText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::ProjectCommands)
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString areaName(CheckFinding::Area area)
{
    switch (area) {
    case CheckFinding::Area::FileFormat:
        return CheckCommandText::tr("file format");
    case CheckFinding::Area::Integrity:
        return CheckCommandText::tr("integrity");
    case CheckFinding::Area::Schema:
        return CheckCommandText::tr("schema");
    case CheckFinding::Area::ChangeLog:
        return CheckCommandText::tr("change log");
    case CheckFinding::Area::ValueHistory:
        return CheckCommandText::tr("value history");
    case CheckFinding::Area::TextLimits:
        return CheckCommandText::tr("text limits");
    case CheckFinding::Area::Catalogue:
        return CheckCommandText::tr("catalogue");
    case CheckFinding::Area::Dependencies:
        //: Area of a check finding: links between records, such as asset dependencies.
        return CheckCommandText::tr("dependencies");
    case CheckFinding::Area::Evidence:
        //: Area of a check finding: evidence files stored in the project.
        return CheckCommandText::tr("evidence");
    case CheckFinding::Area::SoaVersions:
        //: Area of a check finding: the issued versions of the Statement of Applicability.
        return CheckCommandText::tr("SoA versions");
    case CheckFinding::Area::HistoryAnchor:
        //: Area of a check finding: the change log compared with what this computer saw before.
        return CheckCommandText::tr("seen history");
    case CheckFinding::Area::Applicability:
        //: Area of a check finding: the Statement of Applicability.
        return CheckCommandText::tr("applicability");
    case CheckFinding::Area::Context:
        //: Area of a check finding: the context of the organisation (issues, interested parties, scope).
        return CheckCommandText::tr("context");
    case CheckFinding::Area::Risks:
        //: Area of a check finding: the risk register and its treatment.
        return CheckCommandText::tr("risks");
    case CheckFinding::Area::Planning:
        //: Area of a check finding: planning (ISMS risks and opportunities, objectives, planned changes).
        return CheckCommandText::tr("planning");
    case CheckFinding::Area::Processes:
        //: Area of a check finding: the processes of the ISMS and their interactions.
        return CheckCommandText::tr("processes");
    case CheckFinding::Area::Clauses:
        //: Area of a check finding: clauses 4 to 10 and the documented information they require.
        return CheckCommandText::tr("clauses");
    case CheckFinding::Area::People:
        //: Area of a check finding: roles, competences, training and awareness, communication.
        return CheckCommandText::tr("roles and support");
    case CheckFinding::Area::AssessmentRuns:
        //: Area of a check finding: the dated risk assessment runs.
        return CheckCommandText::tr("assessment runs");
    case CheckFinding::Area::Performance:
        //: Area of a check finding: metrics, their measurements and evaluations, and the improvement log.
        return CheckCommandText::tr("performance");
    case CheckFinding::Area::Reviews:
        //: Area of a check finding: the management reviews, their frozen inputs and their actions.
        return CheckCommandText::tr("management reviews");
    case CheckFinding::Area::Documents:
        //: Area of a check finding: documented information (documents, versions, policies, leadership).
        return CheckCommandText::tr("documents");
    case CheckFinding::Area::Audits:
        //: Area of a check finding: the audit programme, the audits, their checklists and findings.
        return CheckCommandText::tr("internal audit");
    case CheckFinding::Area::Improvement:
        //: Area of a check finding: nonconformities, corrective actions, incidents and suppliers.
        return CheckCommandText::tr("improvement");
    }
    return {};
}

/// The untranslated keyword of an area, for the JSON output that scripts read.
QString areaKeyword(CheckFinding::Area area)
{
    switch (area) {
    case CheckFinding::Area::FileFormat:
        return QStringLiteral("file-format");
    case CheckFinding::Area::Integrity:
        return QStringLiteral("integrity");
    case CheckFinding::Area::Schema:
        return QStringLiteral("schema");
    case CheckFinding::Area::ChangeLog:
        return QStringLiteral("change-log");
    case CheckFinding::Area::ValueHistory:
        return QStringLiteral("value-history");
    case CheckFinding::Area::TextLimits:
        return QStringLiteral("text-limits");
    case CheckFinding::Area::Catalogue:
        return QStringLiteral("catalogue");
    case CheckFinding::Area::Dependencies:
        return QStringLiteral("dependencies");
    case CheckFinding::Area::Evidence:
        return QStringLiteral("evidence");
    case CheckFinding::Area::SoaVersions:
        return QStringLiteral("soa-versions");
    case CheckFinding::Area::HistoryAnchor:
        return QStringLiteral("seen-history");
    case CheckFinding::Area::Applicability:
        return QStringLiteral("applicability");
    case CheckFinding::Area::Context:
        return QStringLiteral("context");
    case CheckFinding::Area::Risks:
        return QStringLiteral("risks");
    case CheckFinding::Area::Planning:
        return QStringLiteral("planning");
    case CheckFinding::Area::Processes:
        return QStringLiteral("processes");
    case CheckFinding::Area::Clauses:
        return QStringLiteral("clauses");
    case CheckFinding::Area::People:
        return QStringLiteral("people");
    case CheckFinding::Area::AssessmentRuns:
        return QStringLiteral("assessment-runs");
    case CheckFinding::Area::Performance:
        return QStringLiteral("performance");
    case CheckFinding::Area::Documents:
        return QStringLiteral("documents");
    case CheckFinding::Area::Audits:
        return QStringLiteral("audits");
    case CheckFinding::Area::Improvement:
        return QStringLiteral("improvement");
    case CheckFinding::Area::Reviews:
        return QStringLiteral("reviews");
    }
    return {};
}

/// A head printed earlier (on a report or by `info`): "COUNT:HASH", HASH at least 8 hex characters.
struct PrintedHead
{
    qint64 count = 0;
    QString hashPrefix;
};

std::optional<PrintedHead> parsePrintedHead(const QString &text)
{
    const QStringList parts = text.trimmed().split(u':');
    bool isNumber = false;
    PrintedHead head{parts.value(0).toLongLong(&isNumber), parts.value(1).toLower()};
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{8,64}$"));
    if (parts.size() != 2 || !isNumber || head.count < 1 || !hex.match(head.hashPrefix).hasMatch()) {
        return std::nullopt;
    }
    return head;
}

/// A finding when the file does not hold the printed head's entry with that hash; nothing when it does.
Result<std::optional<CheckFinding>> comparePrintedHead(const QString &path, const PrintedHead &printed)
{
    auto db = Database::openForInspection(path);
    if (!db) {
        return db.error();
    }
    const auto hash = ChangeLogHead::hashAt(**db, printed.count);
    if (!hash) {
        return hash.error();
    }
    if (*hash && QString::fromLatin1(**hash).startsWith(printed.hashPrefix)) {
        return std::optional<CheckFinding>();
    }
    return std::optional<CheckFinding>(CheckFinding{
        CheckFinding::Area::HistoryAnchor,
        CheckCommandText::tr("Change-log entry %1 does not have the hash %2 given with --head; entries up "
                             "to it were changed or removed since that head was printed.")
            .arg(QString::number(printed.count), printed.hashPrefix)});
}

void printTable(const QString &path, const CheckReport &report, Console &console)
{
    // What an auditor would raise about the ISMS comes first; it does not make the file unsound.
    for (const CheckFinding &point : report.readiness) {
        console.out() << u'[' << areaName(point.area) << QStringLiteral("] ") << printable(point.message)
                      << u'\n';
    }
    if (!report.readiness.isEmpty()) {
        console.out() << CheckCommandText::tr(
            "%n point(s) of the ISMS to settle before an audit, listed above.",
            nullptr,
            static_cast<int>(report.readiness.size()))
                      << u'\n';
    }
    const ReadinessReport &readiness = report.readinessReport;
    //: %1: 0 to 100; %2, %3: counts of findings. Worded without plural forms for scripts.
    console.out() << CheckCommandText::tr("Readiness score: %1 of 100 (major points: %2, minor points: %3).")
                         .arg(QString::number(readiness.score),
                              QString::number(readiness.count(ReadinessSeverity::Major)),
                              QString::number(readiness.count(ReadinessSeverity::Minor)))
                  << u'\n';
    if (report.isClean()) {
        console.out() << CheckCommandText::tr(
                             "No problems found in %1 (schema version %2, change log entries "
                             "verified: %3).")
                             .arg(nativePath(path),
                                  QString::number(report.schemaVersion),
                                  QString::number(report.changeLogRows))
                      << u'\n';
        return;
    }
    for (const CheckFinding &finding : report.findings) {
        console.out() << u'[' << areaName(finding.area) << QStringLiteral("] ") << printable(finding.message)
                      << u'\n';
    }
}

/// One object: the file's soundness with its findings, then the readiness check. Keys are a stable
/// interface for scripts and are never translated; messages are.
void printJson(const QString &path, const CheckReport &report, Console &console)
{
    QTextStream &out = console.out();
    out << QStringLiteral("{\n  \"file\": ") << jsonString(nativePath(path))
        << QStringLiteral(",\n  \"schemaVersion\": ") << report.schemaVersion
        << QStringLiteral(",\n  \"changeLogEntries\": ") << report.changeLogRows
        << QStringLiteral(",\n  \"sound\": ")
        << (report.isClean() ? QStringLiteral("true") : QStringLiteral("false"))
        << QStringLiteral(",\n  \"findings\": [");
    for (qsizetype i = 0; i < report.findings.size(); ++i) {
        const CheckFinding &finding = report.findings.at(i);
        out << (i == 0 ? QStringLiteral("\n") : QStringLiteral(",\n")) << QStringLiteral("    {\"area\": ")
            << jsonString(areaKeyword(finding.area)) << QStringLiteral(", \"message\": ")
            << jsonString(finding.message) << u'}';
    }
    out << (report.findings.isEmpty() ? QStringLiteral("]") : QStringLiteral("\n  ]"));
    const ReadinessReport &readiness = report.readinessReport;
    out << QStringLiteral(",\n  \"readiness\": {\n    \"score\": ") << readiness.score
        << QStringLiteral(",\n    \"findings\": [");
    for (qsizetype i = 0; i < readiness.findings.size(); ++i) {
        const ReadinessFinding &finding = readiness.findings.at(i);
        out << (i == 0 ? QStringLiteral("\n") : QStringLiteral(",\n")) << QStringLiteral("      {\"rule\": ")
            << jsonString(finding.rule) << QStringLiteral(", \"severity\": ")
            << jsonString(ReadinessCheck::severityKeyword(finding.severity)) << QStringLiteral(", \"kind\": ")
            << jsonString(finding.kind) << QStringLiteral(", \"id\": ") << jsonString(finding.id)
            << QStringLiteral(", \"message\": ") << jsonString(finding.message) << u'}';
    }
    out << (readiness.findings.isEmpty() ? QStringLiteral("]") : QStringLiteral("\n    ]"))
        << QStringLiteral("\n  }\n}\n");
}

ExitCode runCheck(const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    bool json = false;
    if (invocation.isSet(QStringLiteral("format"))) {
        const QString name = invocation.value(QStringLiteral("format")).trimmed().toLower();
        if (name == u"json") {
            json = true;
        } else if (name != u"table") {
            return console.usage(CheckCommandText::tr("\"%1\" is not an output format of check; use table or "
                                                      "json.")
                                     .arg(printable(invocation.value(QStringLiteral("format")))));
        }
    }
    std::optional<PrintedHead> printed;
    if (invocation.isSet(QStringLiteral("head"))) {
        printed = parsePrintedHead(invocation.value(QStringLiteral("head")));
        if (!printed) {
            return console.usage(CheckCommandText::tr(
                "--head needs the entry count and the hash as printed, for example --head "
                "42:0123456789abcdef."));
        }
    }
    // The check reads the file without opening it as a project, so it never migrates or locks it.
    AppSettings settings;
    HistoryAnchor anchor(settings);
    auto report = IntegrityService::check(path, &anchor);
    if (!report) {
        return console.fail(report.error());
    }
    if (report->restoredInterruptedSave) {
        console.note(CheckCommandText::tr("%1 was left half-saved by a program that stopped during a "
                                          "save; its last complete save was checked, and the file is "
                                          "restored when it is next opened for editing.")
                         .arg(nativePath(path)));
    }
    if (printed) {
        const auto finding = comparePrintedHead(path, *printed);
        if (!finding) {
            return console.fail(finding.error());
        }
        if (*finding) {
            report->findings.append(**finding);
        }
    }
    if (json) {
        printJson(path, *report, console);
    } else {
        printTable(path, *report, console);
    }
    if (report->isClean()) {
        return ExitCode::Success;
    }
    console.error(
        CheckCommandText::tr("The check found problems in %1 (%2 in total, listed above); compare it "
                             "with a backup copy and review the change history before relying on it.")
            .arg(nativePath(path), QString::number(report->findings.size())));
    return ExitCode::ProblemsFound;
}

} // namespace

Command checkCommand(const Argument &file)
{
    return Command{
        .name = QStringLiteral("check"),
        .synopsis = QStringLiteral("FILE [--head COUNT:HASH] [--format table|json]"),
        .summary = CheckCommandText::tr(
            "Checks the file's integrity, its schema and its tamper-evident change log."),
        .details = CheckCommandText::tr(
                       "Runs SQLite's quick check, compares the schema with the one this version "
                       "creates, recomputes the SHA-256 chain of the change log, checks that its times "
                       "never go backwards and its authors are plausible, compares the catalogue rows "
                       "with the catalogue of the file's edition, compares every logged field with its "
                       "current value, and compares the change log with the head this computer saw "
                       "last. With --head it also checks that the file still holds the head printed "
                       "on a report or by info. Exits with 1 when it finds a problem. The file is only "
                       "read.")
                   + u' '
                   + CheckCommandText::tr(
                       "It also runs the readiness check: the points a certification auditor would raise "
                       "(scope not approved, excluded control without justification, risk above the "
                       "acceptance threshold without owner, overdue task, expired evidence...), each with "
                       "its rule id, and a readiness score from 0 to 100. Readiness points do not change "
                       "the exit code: they are gaps in the ISMS, not faults of the file. --format json "
                       "writes one object with the file's findings and the readiness score and findings "
                       "(rule, severity, kind, id, message)."),
        .arguments = {file},
        .options = {QCommandLineOption(
                        QStringLiteral("head"),
                        CheckCommandText::tr("A change-log head printed earlier: the entry count "
                                             "and the hash (or its first 16 characters), e.g. "
                                             "42:0123456789abcdef."),
                        CheckCommandText::tr("COUNT:HASH")),
                    QCommandLineOption(QStringLiteral("format"),
                                       CheckCommandText::tr("table (the default) or json."),
                                       CheckCommandText::tr("FORMAT"))},
        .run = runCheck,
    };
}

} // namespace isms::cli
