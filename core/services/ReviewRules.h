// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace isms {

class Database;

/// Something the management reviews leave unsettled.
struct ReviewFinding
{
    QString rule;    ///< "R-REVIEW-NO-TOP-MANAGEMENT", "R-REVIEW-ACTION-OVERDUE", "R-REVIEW-INPUT-MISSING"
    QString kind;    ///< the register to fix ("management-reviews", "review-actions")
    QString ref;     ///< the record to fix ("MR-002")
    QString message; ///< translated sentence naming it
};

/// The rules an auditor applies to management reviews (9.3): top management attends a held review
/// (checked against the top-management flag of the people register), the actions it decided are done
/// on time, and its frozen inputs cover every input of 9.3.2.
class ReviewRules final
{
    Q_DECLARE_TR_FUNCTIONS(isms::ReviewRules)

public:
    /// Whether any attendee of the review `review` belongs to top management. Errors: Database.
    [[nodiscard]] static Result<bool> topManagementAttends(const Database &db, RecordId review);

    /// The unsettled points as of `today`, by review in reference order. A file from before the review
    /// register gives none. Errors: Database.
    [[nodiscard]] static Result<QList<ReviewFinding>> findings(const Database &db, const QDate &today);
};

} // namespace isms
