// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace isms {

class Database;

/// The evidence files of the demo organisation, written by us: an access review (CSV), a backup
/// restore test log, policy acknowledgements (CSV) with the signed policy (a one-page PDF), awareness
/// training attendance whose expiry date has passed (so the demo shows an expired file), and a
/// ransomware exercise record on risk R-001. Dates and contents are counted from `today`, so the same
/// day always writes the same bytes.
class DemoEvidence final
{
public:
    /// Attaches the files through EvidenceService (validated and logged like a user's). Needs the
    /// controls and at least the risk R-001. Errors: those of EvidenceService::attachData.
    [[nodiscard]] static Result<void> write(Database &db, const QDate &today);

    /// A minimal one-page PDF (PDF 1.4, Helvetica) showing `lines`, with a correct cross-reference
    /// table. The lines must be printable ASCII; parentheses and backslashes are escaped.
    static QByteArray onePagePdf(const QStringList &lines);
};

} // namespace isms
