// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"

#include <QStringList>

namespace isms {

const QList<const EntitySpec *> &Entities::all()
{
    static const QList<const EntitySpec *> registers{&clauseSpec(),
                                                     &contextIssueSpec(),
                                                     &interestedPartySpec(),
                                                     &scopeSpec(),
                                                     &leadershipDutySpec(),
                                                     &ismsRiskSpec(),
                                                     &objectiveSpec(),
                                                     &plannedChangeSpec(),
                                                     &processSpec(),
                                                     &processInteractionSpec(),
                                                     &personSpec(),
                                                     &resourceSpec(),
                                                     &roleSpec(),
                                                     &raciAssignmentSpec(),
                                                     &competenceSpec(),
                                                     &trainingSpec(),
                                                     &communicationSpec(),
                                                     &documentSpec(),
                                                     &documentVersionSpec(),
                                                     &acknowledgementSpec(),
                                                     &controlSpec(),
                                                     &additionalControlSpec(),
                                                     &assetSpec(),
                                                     &assetDependencySpec(),
                                                     &threatSpec(),
                                                     &vulnerabilitySpec(),
                                                     &riskSpec(),
                                                     &riskAssetSpec(),
                                                     &riskControlSpec(),
                                                     &treatmentTaskSpec(),
                                                     &assessmentRunSpec(),
                                                     &metricSpec(),
                                                     &metricObjectiveSpec(),
                                                     &metricControlSpec(),
                                                     &measurementSpec(),
                                                     &metricEvaluationSpec(),
                                                     &auditProgrammeSpec(),
                                                     &auditSpec(),
                                                     &auditClauseSpec(),
                                                     &auditControlSpec(),
                                                     &auditAuditorSpec(),
                                                     &checklistItemSpec(),
                                                     &findingSpec(),
                                                     &improvementSpec(),
                                                     &nonconformitySpec(),
                                                     &correctiveActionSpec(),
                                                     &nonconformityChangeSpec(),
                                                     &incidentSpec(),
                                                     &incidentAssetSpec(),
                                                     &incidentRiskSpec(),
                                                     &supplierSpec(),
                                                     &supplierRiskSpec(),
                                                     &supplierAssetSpec(),
                                                     &managementReviewSpec(),
                                                     &reviewAttendeeSpec(),
                                                     &reviewActionSpec(),
                                                     &documentControlSpec(),
                                                     &evidenceSpec()};
    return registers;
}

const EntitySpec *Entities::find(QStringView key)
{
    for (const EntitySpec *spec : all()) {
        if (spec->key == key) {
            return spec;
        }
    }
    return nullptr;
}

const EntitySpec *Entities::findByEntity(QStringView entity)
{
    for (const EntitySpec *spec : all()) {
        if (spec->entity == entity) {
            return spec;
        }
    }
    return nullptr;
}

QString Entities::keyList()
{
    QStringList keys;
    for (const EntitySpec *spec : all()) {
        keys.append(spec->key);
    }
    return keys.join(QStringLiteral(", "));
}

} // namespace isms
