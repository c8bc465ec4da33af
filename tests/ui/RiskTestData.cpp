// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "RiskTestData.h"

#include "domain/Entities.h"
#include "services/RecordService.h"

#include <gtest/gtest.h>

namespace isms::test {

namespace {

QVariant rating(const std::optional<int> &value)
{
    return value ? QVariant(qint64{*value}) : QVariant();
}

} // namespace

RecordId addRisk(Database &db, const QString &title, const RiskRatings &ratings)
{
    const EntitySpec &spec = riskSpec();
    Record risk = spec.newRecord();
    risk.values[spec.indexOf(u"title")] = title;
    risk.values[spec.indexOf(u"likelihood")] = rating(ratings.likelihood);
    risk.values[spec.indexOf(u"impact")] = rating(ratings.impact);
    risk.values[spec.indexOf(u"residual_likelihood")] = rating(ratings.residualLikelihood);
    risk.values[spec.indexOf(u"residual_impact")] = rating(ratings.residualImpact);
    auto created = RecordService(db, spec).create(risk);
    EXPECT_TRUE(created) << qPrintable(created ? QString() : created.error().message);
    return created ? *created : RecordId{};
}

QVariant riskValue(Database &db, RecordId id, const QString &field)
{
    auto risk = RecordService(db, riskSpec()).get(id);
    EXPECT_TRUE(risk);
    return risk ? risk->values.at(riskSpec().indexOf(field)) : QVariant();
}

} // namespace isms::test
