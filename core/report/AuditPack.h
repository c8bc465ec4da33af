// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace isms {

class Database;

/// What the sections of one audit pack share while it is built.
struct AuditPackContext
{
    Database &db;
    QDate asOf;                 ///< the pack's date (overdue tasks and reviews are judged on it)
    std::optional<QDate> since; ///< surveillance: the start of the period the pack covers
    /// Per evidence reference, "include", "leave_out" or "redact" for this pack instead of the file's
    /// stored setting (the dialog's choices).
    QHash<QString, QString> evidenceHandling;
};

/// One section of the audit pack: a stable key for --sections and the dialog, a title, the presets
/// that include it, and what it prints. A section that finds nothing to show prints one sentence that
/// says why, never a bare heading. Adding a section is one entry in AuditPack::sections().
struct AuditPackSection
{
    QString key;         ///< "context", "soa": typed with --sections, never translated
    const char *title;   ///< QT_TRANSLATE_NOOP("isms::AuditPack", ...): the section's level 1 heading
    QStringList presets; ///< "stage1", "stage2", "surveillance"; empty: only when asked for
    /// Appends the section's blocks, starting with its level 1 heading. Errors: Database and the
    /// errors of the services it reads.
    std::function<Result<void>(AuditPackContext &, QList<ReportBlock> &)> append;

    QString titleText() const;
};

/// What one audit pack holds.
struct AuditPackRequest
{
    QString preset = QStringLiteral("stage1");
    QStringList sections;       ///< section keys in any order; empty: the preset's
    std::optional<QDate> since; ///< surveillance: unset is the twelve months before the pack's date
    /// Per evidence reference, "include", "leave_out" or "redact" for this pack instead of the file's
    /// stored setting "In the audit pack"; references not named keep theirs.
    QHash<QString, QString> evidenceHandling{};
};

/// The audit pack: one PDF for the certification body, assembled from the sections of the other
/// reports (never written twice) in the order of sections(), after a cover and a contents page with
/// page numbers. Stage 1 presents the ISMS as designed; stage 2 adds the evidence index; surveillance
/// covers the period since the last certification audit (AuditPackRequest::since). The readiness
/// summary is an internal document and belongs to no preset.
class AuditPack final
{
    Q_DECLARE_TR_FUNCTIONS(isms::AuditPack)

public:
    /// "ISMS-PACK"
    static QString documentId();

    /// Every section in the order the pack prints them.
    static const QList<AuditPackSection> &sections();

    /// The section with this key, or nullptr.
    static const AuditPackSection *find(QStringView key);

    /// "stage1", "stage2", "surveillance".
    static QStringList presets();

    /// The preset's label for the dialog ("Stage 1: documentation review").
    static QString presetText(const QString &preset);

    /// The keys of the sections `preset` includes, in print order; empty for an unknown preset.
    static QStringList presetSections(const QString &preset);

    /// Every section key, comma-separated, for messages and help.
    static QString keyList();

    /// Reads a comma-separated list of section keys ("context, soa,evidence"), duplicates dropped, in
    /// print order. Errors: InvalidArgument naming the unknown key and the valid ones, or an empty list.
    [[nodiscard]] static Result<QStringList> parseSections(const QString &list);

    /// The section keys `request` asks for, in print order. Errors: InvalidArgument (unknown preset
    /// or section key).
    [[nodiscard]] static Result<QStringList> resolve(const AuditPackRequest &request);

    /// Reports progress before each section (`done` of `total`, the section's title); returning false
    /// cancels the build.
    using Progress = std::function<bool(int done, int total, const QString &title)>;

    /// Builds the pack. Errors: InvalidArgument (see resolve()), those of the sections, and the
    /// cancellation when `progress` returned false (isCancellation()).
    [[nodiscard]] static Result<ReportDocument> build(Database &db,
                                                      const ReportOptions &options,
                                                      const AuditPackRequest &request,
                                                      const Progress &progress = {});

    /// True for the error build() returns when it was cancelled.
    static bool isCancellation(const Error &error);

    /// The first day of the period a surveillance pack covers: `since`, or a year before `asOf`.
    static QDate periodStart(const AuditPackRequest &request, const QDate &asOf);
};

} // namespace isms
