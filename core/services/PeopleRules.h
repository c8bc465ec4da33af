// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace isms {

class Database;

/// Something roles (5.3) or support (7.2 to 7.4) leave unsettled.
struct PeopleFinding
{
    QString rule;    ///< stable id: "R-ROLE-CONFORMITY", "R-RACI-ACCOUNTABLE", ...
    QString kind;    ///< the register to fix, its EntitySpec key ("roles", "processes", "competences")
    QString ref;     ///< the record to fix ("RL-002"); empty when the record is missing altogether
    QString message; ///< translated sentence naming the record
};

/// The rules an auditor applies to roles and support:
/// - R-ROLE-CONFORMITY, R-ROLE-REPORTING: the assignments of 5.3 a) (the ISMS conforms to the standard)
///   and 5.3 b) (its performance is reported to top management) are given to a role that an active
///   person holds; a finding names each role that carries the assignment without such a holder, or
///   the roles register when no role carries it;
/// - R-ROLE-NO-HOLDER: a role without a holder, or held by a person who left;
/// - R-RACI-ACCOUNTABLE: an ISMS process (not retired) with no Accountable role, or several;
/// - R-COMPETENCE-GAP: a competence missing or held in part without a training that names it (one
///   found not effective does not count);
/// - R-TRAINING-UNEVALUATED: a training held more than trainingEvaluationDays() ago whose
///   effectiveness is not yet evaluated;
/// - R-COMMUNICATION-PLAN: no communication is planned (7.4).
class PeopleRules final
{
public:
    /// Days after a training within which its effectiveness should be evaluated.
    static constexpr int trainingEvaluationDays() { return 90; }

    /// The unsettled points, rule by rule in the order above, records in reference order. A file from
    /// before the roles register gives none. Errors: Database.
    [[nodiscard]] static Result<QList<PeopleFinding>> findings(const Database &db, const QDate &today);
};

} // namespace isms
