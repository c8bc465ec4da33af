// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace isms {

class Database;

/// The latest dated record of an internal audit (9.2) or a management review (9.3).
struct CycleRecord
{
    QString ref; ///< the record that shows it ("DOC-011")
    QDate date;  ///< when it was held, as its approved record says
};

/// When the ISMS last held an internal audit and a management review, for the readiness rules that
/// ask for both within twelve months and for a review after the latest audit. Until the audit and
/// audit register exists, its records are approved records of the documented-information register that
/// name clause 9.2.2: the date is the approval date of the document's latest approved version. Reviews
/// are the held management reviews; a project without one falls back to approved records naming 9.3.3.
class ReviewCycle final
{
public:
    /// How long an audit or review counts: twelve months.
    static constexpr int CycleMonths = 12;

    /// The latest completed audit of the audit register (reported or closed, dated by its actual end);
    /// without one, the latest approved record naming 9.2.2. Nullopt when there is neither. Errors:
    /// Database.
    [[nodiscard]] static Result<std::optional<CycleRecord>> latestAudit(const Database &db);

    /// The latest management review: the latest held one of the review register, else the latest
    /// approved document naming 9.3.3, or nullopt. Errors: Database.
    [[nodiscard]] static Result<std::optional<CycleRecord>> latestReview(const Database &db);

    /// The latest held management review of the review register alone, or nullopt. Errors: Database.
    [[nodiscard]] static Result<std::optional<CycleRecord>> latestHeldReview(const Database &db);
};

} // namespace isms
