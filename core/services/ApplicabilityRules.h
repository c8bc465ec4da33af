// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace isms {

class Database;

/// Something the Statement of Applicability leaves unsettled for one Annex A control.
struct ApplicabilityFinding
{
    enum class Kind
    {
        NoReason,             ///< included, with no reason stated and no risk naming it
        NoJustification,      ///< excluded without a justification
        ExcludedButUsed,      ///< excluded, yet a risk names it as existing or planned
        NotImplementedNoPlan, ///< included, not implemented, with no target date and no treatment task
    };

    QString ref; ///< "5.7"
    Kind kind = Kind::NoReason;
    QString message; ///< translated sentence naming the control ("A.5.7 ...")
};

/// What the risks say about the controls, read once: the risks that name each control (existing or
/// planned) and the controls a risk plans with treatment tasks under it.
struct ControlUse
{
    QHash<QString, QStringList> namingRisks; ///< control ref → risk references, sorted
    QSet<QString> plannedWithTasks;          ///< controls planned by a risk that has treatment tasks
};

/// The rules of the Statement of Applicability (issue: SoA item 1) that need more than one record:
/// the risk-treatment reason derived live from the risks, and the points an auditor would raise.
class ApplicabilityRules final
{
public:
    /// Reads the risks' links to controls and the treatment tasks. An older file without risks gives
    /// an empty result.
    [[nodiscard]] static Result<ControlUse> controlUse(const Database &db);

    /// Every reason for including a control: "risk-treatment" when a risk names it, then the stated
    /// ones ("legal, business") in their keyword order.
    static QStringList reasons(const QString &statedReasons, bool namedByRisk);

    /// The unsettled points of every control, in catalogue order. Errors: Database.
    [[nodiscard]] static Result<QList<ApplicabilityFinding>> findings(const Database &db);
};

} // namespace isms
