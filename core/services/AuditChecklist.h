// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace isms {

class Database;

/// What a generation did.
struct ChecklistOutcome
{
    int added = 0; ///< new items
    int kept = 0;  ///< requirements that already had an item (answered or not), left as they were
};

/// Builds an audit's checklist and turns its answers into findings.
///
/// The checklist asks about each clause the audit covers (every subclause of 4 to 10 for a full-scope
/// audit), each applicable Annex A control it covers (every applicable one for a full-scope audit) and
/// each approved policy, topic-specific policy or procedure of the documented-information register that
/// names a covered clause or control (all of them for a full-scope audit), so that the organisation's
/// own requirements are audited too (9.2.1 a 1). The questions are ours: one per clause, and for
/// controls one pattern per Annex A theme around the control's title.
class AuditChecklist final
{
    Q_DECLARE_TR_FUNCTIONS(isms::AuditChecklist)

public:
    /// Adds the items the audit `auditRef` lacks; an item whose requirement is already on the checklist
    /// stays as it is, so generating again adds nothing twice. One action. Errors: NotFound (no such
    /// audit), Database.
    [[nodiscard]] static Result<ChecklistOutcome> generate(Database &db, const QString &auditRef);

    /// Records the finding of the checklist item `itemRef` (a nonconformity, an observation or an
    /// opportunity for improvement), linked to the item; returns its reference. Refused for an item
    /// without such a result or one that already has its finding. Errors: NotFound, InvalidArgument,
    /// Database.
    [[nodiscard]] static Result<QString> raiseFinding(Database &db, const QString &itemRef);

    /// The reference of the finding raised from the checklist item `itemId`, or empty. Errors: Database.
    [[nodiscard]] static Result<QString> findingOf(const Database &db, qint64 itemId);

    /// Our question about a clause ("9.2.2"); empty for a clause without one.
    static QString clauseQuestion(const QString &clause);
};

} // namespace isms
