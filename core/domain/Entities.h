// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/EntitySpec.h"

#include <QList>

namespace isms {

/// The registry of every register's description. History, `check`, the command line, the importers
/// and the pages look kinds up here, so that no register escapes them.
class Entities final
{
public:
    /// Every register, in navigation order.
    static const QList<const EntitySpec *> &all();

    /// The register with this key ("threats"), or nullptr.
    static const EntitySpec *find(QStringView key);

    /// The register whose change-log entity is `entity` ("threat"), or nullptr.
    static const EntitySpec *findByEntity(QStringView entity);

    /// "threats, vulnerabilities, ...": for messages that list the kinds.
    static QString keyList();
};

/// The registers, each defined in core/domain/specs.
const EntitySpec &clauseSpec();
const EntitySpec &controlSpec();
const EntitySpec &additionalControlSpec();
const EntitySpec &contextIssueSpec();
const EntitySpec &interestedPartySpec();
const EntitySpec &scopeSpec();
const EntitySpec &ismsRiskSpec();
const EntitySpec &objectiveSpec();
const EntitySpec &plannedChangeSpec();
const EntitySpec &documentControlSpec();
const EntitySpec &processSpec();
const EntitySpec &processInteractionSpec();
const EntitySpec &personSpec();
const EntitySpec &resourceSpec();
const EntitySpec &roleSpec();
const EntitySpec &raciAssignmentSpec();
const EntitySpec &competenceSpec();
const EntitySpec &trainingSpec();
const EntitySpec &communicationSpec();
const EntitySpec &metricSpec();
const EntitySpec &metricObjectiveSpec();
const EntitySpec &metricControlSpec();
const EntitySpec &measurementSpec();
const EntitySpec &metricEvaluationSpec();
const EntitySpec &improvementSpec();
const EntitySpec &auditProgrammeSpec();
const EntitySpec &auditSpec();
const EntitySpec &auditClauseSpec();
const EntitySpec &auditControlSpec();
const EntitySpec &auditAuditorSpec();
const EntitySpec &checklistItemSpec();
const EntitySpec &findingSpec();
const EntitySpec &nonconformitySpec();
const EntitySpec &correctiveActionSpec();
const EntitySpec &nonconformityChangeSpec();
const EntitySpec &incidentSpec();
const EntitySpec &incidentAssetSpec();
const EntitySpec &incidentRiskSpec();
const EntitySpec &supplierSpec();
const EntitySpec &supplierRiskSpec();
const EntitySpec &supplierAssetSpec();
const EntitySpec &leadershipDutySpec();
const EntitySpec &documentSpec();
const EntitySpec &documentVersionSpec();
const EntitySpec &acknowledgementSpec();
const EntitySpec &threatSpec();
const EntitySpec &vulnerabilitySpec();
const EntitySpec &assetSpec();
const EntitySpec &assetDependencySpec();
const EntitySpec &riskSpec();
const EntitySpec &riskAssetSpec();
const EntitySpec &riskControlSpec();
const EntitySpec &treatmentTaskSpec();
const EntitySpec &assessmentRunSpec();
const EntitySpec &evidenceSpec();
const EntitySpec &managementReviewSpec();
const EntitySpec &reviewAttendeeSpec();
const EntitySpec &reviewActionSpec();

/// The implementation status of a requirement (not-started ... not-applicable), and the Annex A themes.
const EnumSpec &implementationStatuses();
const EnumSpec &annexAThemes();

/// The letters of a RACI cell: R (responsible), A (accountable), C (consulted), I (informed).
const EnumSpec &raciLetterValues();

/// The reasons for including an Annex A control that people state (legal, contractual, business,
/// good-practice); the risk-treatment reason is derived from the risks.
const EnumSpec &inclusionReasons();
/// Include, leave out or redact: how the audit pack treats an evidence file.
const EnumSpec &packExportChoices();

} // namespace isms
