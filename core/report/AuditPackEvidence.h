// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace isms {

class Database;

/// One file of the audit pack's evidence index.
struct EvidenceIndexEntry
{
    QString evidenceRef; ///< "EV-004"
    QString fileName;    ///< the name the file has in the evidence folder: "EV-004 access-review.pdf"
    QString sha256;      ///< of the stored bytes, which the written file matches
    qint64 size = 0;
    QDate evidenceDate;    ///< invalid when none is recorded
    QString kind;          ///< the register of the record it proves ("controls")
    QString recordRef;     ///< shown as the register shows it ("A.5.15")
    bool redacted = false; ///< listed, never written
};

/// The evidence index of the audit pack and the evidence folder beside it. Each evidence file's
/// setting "In the audit pack" decides: included files are listed and written, redacted ones listed
/// as redacted and never written, left-out ones neither.
class AuditPackEvidence final
{
    Q_DECLARE_TR_FUNCTIONS(isms::AuditPackEvidence)

public:
    /// The index, by evidence reference; with `since`, only files whose evidence date lies on or after
    /// it (a file without a date is kept). Empty for a file from before evidence existed.
    /// Errors: Database.
    /// `handling` overrides the stored setting per evidence reference ("include", "leave_out",
    /// "redact").
    [[nodiscard]] static Result<QList<EvidenceIndexEntry>> index(
        const Database &db,
        const std::optional<QDate> &since = {},
        const QHash<QString, QString> &handling = {});

    /// "EV-004 access review.pdf": the evidence reference and the stored file name with every
    /// character that a file system may refuse replaced by "_", so that names are unique and portable.
    static QString fileNameFor(const QString &evidenceRef, const QString &storedName);

    /// Writes every included file of `entries` into `folder` (created when missing) under its index
    /// name; an existing file of that name is replaced. `cancelled` is asked before each file. Returns
    /// the number of files written. Errors: Io (one sentence naming the file or folder), Database.
    [[nodiscard]] static Result<int> write(const Database &db,
                                           const QList<EvidenceIndexEntry> &entries,
                                           const QString &folder,
                                           const std::function<bool()> &cancelled = {});
};

} // namespace isms
