// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "services/RiskReportData.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace isms {

/// The risk register as the reports read it (RiskReportData), written as JSON and read back: the form in
/// which an assessment run freezes the method, the heat map counts, the risks and the treatment plan.
class RiskReportJson final
{
    Q_DECLARE_TR_FUNCTIONS(isms::RiskReportJson)

public:
    /// Every figure, row and the method; keys are fixed, values plain (dates in ISO 8601).
    static QJsonObject toJson(const RiskReportData &data);

    /// The inverse of toJson(). Errors: InvalidArgument when the method cannot be read.
    [[nodiscard]] static Result<RiskReportData> fromJson(const QJsonObject &json);
};

} // namespace isms
