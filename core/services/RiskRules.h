// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

namespace isms {

struct RecordContext;

/// The hooks of the risk register and its children: levels from the project's matrix, ratings within
/// the project's scales, and the sign-off rules of 6.1.3 f.
class RiskRules final
{
public:
    /// Sets level and level_rank (and the residual pair) from the ratings and the project's matrix;
    /// empty while a rating is missing.
    static void deriveLevels(const EntitySpec &spec, Record &record, const RecordContext &context);

    /// Ratings within the project's scales; a sign-off has both a name and a date; a residual level
    /// above the acceptance threshold is signed off only with an acceptance rationale.
    [[nodiscard]] static Result<void> validateRisk(const EntitySpec &spec,
                                                   const Record &record,
                                                   const RecordContext &context);

    /// A control link names an Annex A 2022 control ("5.15").
    [[nodiscard]] static Result<void> validateControlLink(const EntitySpec &spec,
                                                          const Record &record,
                                                          const RecordContext &context);

    /// The level a risk is held to for acceptance: the residual level when rated, else the current.
    static int acceptanceRank(const EntitySpec &spec, const Record &record);
};

} // namespace isms
