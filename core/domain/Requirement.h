// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/ImplementationStatus.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace isms {

/// Requirements are either clause 4-10 requirements or Annex A controls.
enum class RequirementKind
{
    Clause,
    Control,
};

/// "clause" or "control": the entity name used in the change log and by isms-cli history.
QString requirementKindKeyword(RequirementKind kind);

std::optional<RequirementKind> requirementKindFromKeyword(const QString &keyword);

/// Identifies one requirement: its kind and its catalogue reference ("4.3", "5.1"; no "A." prefix).
struct RequirementKey
{
    RequirementKind kind = RequirementKind::Control;
    QString ref;

    friend bool operator==(const RequirementKey &, const RequirementKey &) = default;
};

/// The part of a requirement that users track. Every change to it is logged.
struct RequirementTracking
{
    ImplementationStatus status = ImplementationStatus::NotStarted;
    QString owner;
    QString notes;
    QDate targetDate; ///< invalid (null) when no target date is set

    friend bool operator==(const RequirementTracking &, const RequirementTracking &) = default;
};

/// The fields of RequirementTracking, as named in the change log.
enum class TrackingField
{
    Status,
    Owner,
    Notes,
    TargetDate,
};

/// "status", "owner", "notes", "target_date".
QString trackingFieldKeyword(TrackingField field);

/// The translated field name ("Target date").
QString trackingFieldLabel(TrackingField field);

/// An Annex A 2022 control with its ISO/IEC 27002 attributes and its tracking.
struct Control
{
    QString ref; ///< "5.1" (show as "A.5.1")
    QString title;
    Theme theme = Theme::Organizational;
    QStringList controlTypes;            ///< Preventive, Detective, Corrective
    QStringList securityProperties;      ///< Confidentiality, Integrity, Availability
    QStringList cybersecurityConcepts;   ///< Identify, Protect, Detect, Respond, Recover
    QStringList operationalCapabilities; ///< Governance, Asset_management, ...
    QStringList securityDomains;         ///< Governance_and_Ecosystem, Protection, Defence, Resilience
    bool isNewIn2022 = false;
    QStringList mapped2013Refs; ///< ISO/IEC 27001:2013 controls that map to this one ("A.5.1.1")
    RequirementTracking tracking;

    /// "A.5.1"
    QString displayRef() const { return QStringLiteral("A.") + ref; }
};

/// A clause 4-10 requirement (a clause or a numbered subclause) and its tracking.
struct Clause
{
    QString ref; ///< "4", "4.3", "9.2.2"
    QString title;
    QString parentRef;             ///< empty for the clauses 4-10 themselves
    QString documentedInformation; ///< mandatory documented information, empty if none
    RequirementTracking tracking;
};

/// A control of ISO/IEC 27001:2013 Annex A and the 2022 controls it maps to.
struct Control2013
{
    QString ref; ///< "A.5.1.1"
    QString title;
    QStringList refs2022; ///< "5.1"; two entries for A.18.2.3
};

/// Normalises a user-typed control reference: "A.5.1", "a.5.1", " 5.1 " all become "5.1".
QString normaliseControlRef(const QString &typed);

} // namespace isms
