// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/EntitySpec.h"

#include <QString>

#include <optional>

namespace isms {
class Database;
}

namespace isms::test {

/// A risk's ratings for a test: current likelihood and impact, and the residual ones if re-rated.
struct RiskRatings
{
    std::optional<int> likelihood;
    std::optional<int> impact;
    std::optional<int> residualLikelihood;
    std::optional<int> residualImpact;
};

/// Creates a risk through RecordService (fails the test on error); returns its id.
RecordId addRisk(Database &db, const QString &title, const RiskRatings &ratings);

/// The stored value of a risk's field (fails the test when the risk cannot be read).
QVariant riskValue(Database &db, RecordId id, const QString &field);

} // namespace isms::test
