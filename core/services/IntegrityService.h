// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "services/ReadinessCheck.h"

#include <QList>
#include <QString>

namespace isms {

class HistoryAnchor;

/// One thing `isms-cli check` found.
struct CheckFinding
{
    enum class Area
    {
        FileFormat,    ///< application id, schema version
        Integrity,     ///< PRAGMA quick_check
        Schema,        ///< the allow-list of tables, indexes and triggers
        ChangeLog,     ///< the SHA-256 chain
        ValueHistory,  ///< a current value that differs from its last logged value
        Catalogue,     ///< catalogue rows and requirement rows against the program's catalogue
        HistoryAnchor, ///< the change log against the head this computer last saw
        TextLimits,    ///< stored text longer than its field allows or with forbidden characters
        Dependencies,  ///< dependencies between records that run in a circle
        Applicability, ///< a point the Statement of Applicability leaves unsettled (readiness)
        Evidence,      ///< stored evidence files against their hashes, bytes and records
        SoaVersions,   ///< issued SoA versions against their hashes and the change log
        Context,       ///< a point the context of the organisation leaves unsettled (readiness)
        Planning,      ///< a point the planning of clause 6 leaves unsettled (readiness)
        Risks,         ///< a point the risk register or its treatment leaves unsettled (readiness)
        Processes,     ///< a point the register of ISMS processes leaves unsettled (readiness)
        Clauses,       ///< clauses 4-10 as a whole: mandatory documented information (readiness)
        People,        ///< a point roles, competence, training or communication leave unsettled (readiness)
        /// risk assessment runs: frozen registers against their hashes and the change log, and
        /// whether a run is due (readiness)
        AssessmentRuns,
        Performance, ///< a point the metrics or the improvement log leave unsettled (readiness)
        Documents,   ///< document versions against their files and seals; policy and leadership points
        Audits,      ///< a point the audit programme or the audits leave unsettled (readiness)
        Improvement, ///< a point nonconformities, corrective actions, incidents or suppliers leave unsettled
        /// management reviews: frozen inputs against their hashes and the change log; attendance,
        /// actions and inputs (readiness)
        Reviews,
    };

    Area area = Area::Integrity;
    QString message; ///< translated sentence
};

struct CheckReport
{
    int schemaVersion = 0;
    qint64 changeLogRows = 0;
    /// The file was left half-saved; its last complete save (restored in a working copy) was checked.
    bool restoredInterruptedSave = false;
    QList<CheckFinding> findings;
    /// What a certification auditor would find missing in the ISMS itself (an excluded control without
    /// justification...): reported beside the findings, but the file is sound without them. The points
    /// of readinessReport, in its order, with the area of their rule's provider.
    QList<CheckFinding> readiness;
    /// The readiness check (ReadinessCheck::run) with its rule ids and score: the one source of `readiness`.
    ReadinessReport readinessReport;

    bool isClean() const { return findings.isEmpty(); }
};

/// Checks a project file without changing it: quick_check, the schema allow-list, the change-log
/// chain and its plausibility (times, authors), the catalogue rows against the program's catalogue,
/// that every logged field still holds its last logged value, and, when `anchor` is given, the change
/// log against the head this computer last saw (which the anchor then updates when it is consistent).
class IntegrityService final
{
public:
    /// Errors when the file cannot be examined as a project at all (missing, not SQLite, not a project,
    /// a damaged project, a newer schema); everything else is a finding. Never writes the file.
    [[nodiscard]] static Result<CheckReport> check(const QString &path, HistoryAnchor *anchor = nullptr);
};

} // namespace isms
