// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/RiskMethod.h"
#include "services/RiskRegister.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace isms {

class Database;

/// One rating of a risk: likelihood, impact and the level the matrix gives (0: not rated).
struct RiskRating
{
    int likelihood = 0;
    int impact = 0;
    int level = 0;

    bool isRated() const { return likelihood > 0 && impact > 0; }
};

/// One risk as the reports print it: its fields as text, its links resolved to references and names.
struct RiskReportRow
{
    QString ref;
    QString title;
    QString owner;
    QStringList assets;           ///< "AS-001 Customer database"
    QString threat;               ///< "T-003 Phishing", empty when none
    QString vulnerability;        ///< "V-002 Weak passwords", empty when none
    QStringList existingControls; ///< "A.5.15"
    QStringList plannedControls;
    RiskRating current;
    RiskRating residual; ///< not rated: the risk has not been re-rated for its treatment yet
    QString treatment;   ///< the option's label, empty when none is chosen
    QString status;      ///< the status label
    QString signoffBy;
    QDate signoffDate;
    QString signoffComment;
    QString acceptanceRationale;
    QDate nextReview;
    int acceptanceLevel = 0; ///< the level held against the threshold: residual when rated, else current
    bool isClosed = false;

    bool isSignedOff() const { return !signoffBy.trimmed().isEmpty(); }

    /// Open risks without a sign-off; closed risks need none.
    bool awaitsSignoff() const { return !isClosed && !isSignedOff(); }
};

/// Everything the risk report and the treatment plan report print, read in one go.
struct RiskReportData
{
    RiskOverview overview;        ///< the method, the heat map counts and the figures
    QList<RiskReportRow> risks;   ///< by reference
    QList<TreatmentPlanRow> plan; ///< by due date, then owner (RiskRegister::treatmentPlan)

    /// Reads the project as it is on `today` (overdue tasks, reviews). Errors: Database; InvalidArgument
    /// when the stored risk method was damaged outside the program (`isms-cli check` names it), so that
    /// no report prints criteria the project does not hold.
    [[nodiscard]] static Result<RiskReportData> load(Database &db, const QDate &today);
};

} // namespace isms
