// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "AuditPackCommand.h"

#include "ExportCommands.h"
#include "ProjectAccess.h"
#include "common/Translations.h"
#include "report/AuditPack.h"
#include "report/AuditPackEvidence.h"
#include "report/PdfExport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <optional>

namespace isms::cli {

namespace {

class AuditPackText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::cli::AuditPackCommand)
};

const QString PresetOption = QStringLiteral("preset");
const QString SectionsOption = QStringLiteral("sections");
const QString EvidenceOption = QStringLiteral("evidence");
const QString LanguageOption = QStringLiteral("language");
const QString SinceOption = QStringLiteral("since");

ExitCode runAuditPack(const Invocation &invocation, Console &console)
{
    const QString path = invocation.positional(0);
    const QString output = invocation.value(QStringLiteral("output"));
    if (!invocation.isSet(QStringLiteral("output")) || output.trimmed().isEmpty()) {
        return console.usage(AuditPackText::tr("The output file is missing; give it with -o OUT.pdf."));
    }
    if (QFileInfo(output).suffix().compare(u"pdf", Qt::CaseInsensitive) != 0) {
        return console.usage(AuditPackText::tr(
            "The audit pack is written as PDF only; give an output file name that ends in .pdf."));
    }
    if (isSameFile(path, output)) {
        return console.usage(AuditPackText::tr(
            "The output file is the project file itself; give another name with -o OUT.pdf."));
    }
    AuditPackRequest request;
    if (invocation.isSet(PresetOption)) {
        request.preset = invocation.value(PresetOption).trimmed().toLower();
        if (!AuditPack::presets().contains(request.preset)) {
            return console.usage(
                AuditPackText::tr("\"%1\" is not a preset of the audit pack; use stage1, stage2 or "
                                  "surveillance.")
                    .arg(printable(invocation.value(PresetOption))));
        }
    }
    if (invocation.isSet(SectionsOption)) {
        const auto sections = AuditPack::parseSections(invocation.value(SectionsOption));
        if (!sections) {
            return console.usage(sections.error().message);
        }
        request.sections = *sections;
    }
    if (invocation.isSet(SinceOption)) {
        const QDate since = QDate::fromString(invocation.value(SinceOption).trimmed(), Qt::ISODate);
        if (!since.isValid()) {
            return console.usage(AuditPackText::tr("--since: give the date of the last certification audit "
                                                   "as YYYY-MM-DD."));
        }
        if (request.preset != u"surveillance") {
            return console.usage(AuditPackText::tr("--since belongs to the surveillance preset; add "
                                                   "--preset surveillance or leave --since out."));
        }
        request.since = since;
    }
    const QString language = invocation.value(LanguageOption).trimmed().toLower();
    if (invocation.isSet(LanguageOption) && !ScopedLanguage::languages().contains(language)) {
        return console.usage(AuditPackText::tr("\"%1\" is not a language the audit pack is written in; use "
                                               "en, de or fr.")
                                 .arg(printable(invocation.value(LanguageOption))));
    }
    const QString evidenceFolder = invocation.value(EvidenceOption).trimmed();
    if (invocation.isSet(EvidenceOption) && evidenceFolder.isEmpty()) {
        return console.usage(
            AuditPackText::tr("--evidence: give the folder to write the evidence files to."));
    }
    // The pack's own words, its default classification label included, are in the language asked for.
    std::optional<ScopedLanguage> scoped;
    if (!language.isEmpty()) {
        scoped.emplace(language);
    }
    ReportOptions options;
    if (const ExitCode read = readReportOptions(invocation, console, options); read != ExitCode::Success) {
        return read;
    }

    auto opened = openForReading(path, console);
    if (!opened) {
        return console.fail(opened.error());
    }
    Database &db = **opened;
    const auto document = AuditPack::build(db, options, request);
    if (!document) {
        return console.fail(document.error());
    }
    if (const auto written = PdfExport::writePdf(*document, output, options); !written) {
        return console.fail(written.error());
    }
    const QString shownOutput = QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath());
    console.out() << AuditPackText::tr("Wrote the audit pack to %1.").arg(shownOutput) << u'\n';
    if (!evidenceFolder.isEmpty()) {
        const auto resolved = AuditPack::resolve(request);
        const bool listed = resolved && resolved->contains(QStringLiteral("evidence"));
        std::optional<QDate> since;
        if (request.preset == u"surveillance") {
            since = AuditPack::periodStart(request, document->generatedAtUtc.date());
        }
        const auto entries = AuditPackEvidence::index(db, since);
        if (!entries) {
            return console.fail(entries.error());
        }
        const auto count =
            AuditPackEvidence::write(db, listed ? *entries : QList<EvidenceIndexEntry>{}, evidenceFolder);
        if (!count) {
            return console.fail(count.error());
        }
        console.out() << AuditPackText::tr("Wrote %n evidence file(s) to %1.", nullptr, *count)
                             .arg(QDir::toNativeSeparators(QFileInfo(evidenceFolder).absoluteFilePath()))
                      << u'\n';
        if (!listed) {
            console.out() << AuditPackText::tr("The pack has no evidence index, so no file was written; "
                                               "use --preset stage2 or add \"evidence\" to --sections.")
                          << u'\n';
        }
    }
    return ExitCode::Success;
}

} // namespace

Command auditPackCommand()
{
    return Command{
        .name = QStringLiteral("export audit-pack"),
        .synopsis = QStringLiteral("FILE -o OUT.pdf [--preset stage1|stage2|surveillance] [--sections LIST] "
                                   "[--since YYYY-MM-DD] [--evidence DIR] [--language en|de|fr] "
                                   "[--classification LABEL] [--paper a4|letter|auto]"),
        .summary = AuditPackText::tr(
            "Writes the audit pack for the certification body as one PDF/A file: cover, document control, "
            "contents, then the sections of the preset, taken from the other reports."),
        .details =
            AuditPackText::tr(
                "Stage 1 (the default) presents the documented ISMS; stage 2 adds the evidence index; "
                "surveillance covers the period since the last certification audit, given with --since "
                "(a year before today without it). --sections replaces the preset's sections with the "
                "keys given, in the pack's order: %1. The readiness summary (\"readiness\") and the full "
                "risk register (\"risk-register\") are printed only when named. --evidence DIR writes the "
                "included evidence files of the index into DIR under the names the index gives; files set "
                "to be redacted are listed but not written, files set to be left out are neither. "
                "--language writes the pack in English, German or French. The project file is only read.")
                .arg(AuditPack::keyList()),
        .arguments = {Argument{QStringLiteral("FILE"), AuditPackText::tr("the project file (*.isms)")}},
        .options = pdfOptions()
                   << QCommandLineOption(PresetOption,
                                         AuditPackText::tr("stage1 (the default), stage2 or surveillance."),
                                         QStringLiteral("PRESET"))
                   << QCommandLineOption(SectionsOption,
                                         AuditPackText::tr("Section keys, separated by commas, instead of "
                                                           "the preset's."),
                                         QStringLiteral("LIST"))
                   << QCommandLineOption(SinceOption,
                                         AuditPackText::tr("Surveillance: the date of the last "
                                                           "certification audit."),
                                         QStringLiteral("YYYY-MM-DD"))
                   << QCommandLineOption(EvidenceOption,
                                         AuditPackText::tr("The folder to write the evidence files to."),
                                         QStringLiteral("DIR"))
                   << QCommandLineOption(LanguageOption,
                                         AuditPackText::tr("en, de or fr: the language of the pack."),
                                         QStringLiteral("LANG")),
        .run = runAuditPack,
    };
}

} // namespace isms::cli
