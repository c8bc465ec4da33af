// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace isms {

class Database;

/// Something the context of the organisation (clause 4) leaves unsettled.
struct ContextFinding
{
    QString rule;    ///< stable id: "R-SCOPE-APPROVED", "R-CLIMATE-UNDECIDED"...
    QString kind;    ///< the register to fix ("scope", "interested-parties"), its EntitySpec key
    QString ref;     ///< the record to fix ("SC-001"); empty when a record is missing altogether
    QString message; ///< translated sentence naming the record
};

/// The rules of clause 4 that an auditor checks first: issues and interested parties are recorded,
/// each party's requirements are decided, the scope is approved and says whether climate change is a
/// relevant issue.
class ContextRules final
{
public:
    /// The unsettled points, scope first. A file from before the context registers gives none.
    /// Errors: Database.
    [[nodiscard]] static Result<QList<ContextFinding>> findings(const Database &db);

    /// The scope that counts: the latest approved one, else the latest draft; nullopt-like empty ref
    /// when there is none. Errors: Database.
    [[nodiscard]] static Result<QString> currentScopeRef(const Database &db);
};

} // namespace isms
