// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The readiness rules of the management reviews (9.3), over ReviewRules.
#include "domain/Entities.h"
#include "services/ReadinessRules.h"
#include "services/ReviewRules.h"
#include "storage/RecordRepository.h"

namespace isms {

ReadinessProvider ReadinessRules::reviews()
{
    return ReadinessProvider{
        .area = QStringLiteral("reviews"),
        .title = QT_TRANSLATE_NOOP("isms::ReadinessCheck", "Management review (9.3)"),
        .rules =
            {
                {QStringLiteral("R-REVIEW-NO-TOP-MANAGEMENT"),
                 ReadinessSeverity::Major,
                 QStringLiteral("9.3.1"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Top management attends every held management review."),
                 QString()},
                {QStringLiteral("R-REVIEW-INPUT-MISSING"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("9.3.2"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "Every held management review considered each input of 9.3.2."),
                 QString()},
                {QStringLiteral("R-REVIEW-ACTION-OVERDUE"),
                 ReadinessSeverity::Minor,
                 QStringLiteral("9.3.3"),
                 QT_TRANSLATE_NOOP("isms::ReadinessCheck",
                                   "The actions decided in management reviews are done by their due dates."),
                 QString()},
            },
        .run = [](const ReadinessInput &input) -> Result<ReadinessOutcome> {
            const auto exists = RecordRepository(input.db, managementReviewSpec()).tableExists();
            if (!exists) {
                return exists.error();
            }
            if (!*exists) {
                return ReadinessOutcome();
            }
            const auto found = ReviewRules::findings(input.db, input.today);
            if (!found) {
                return found.error();
            }
            QList<ReadinessFinding> findings;
            RefCache refs;
            for (const ReviewFinding &point : *found) {
                auto finding = pointAbout(input.db, point.rule, point.kind, point.ref, point.message, refs);
                if (!finding) {
                    return finding.error();
                }
                findings.append(*finding);
            }
            return ReadinessOutcome(findings);
        },
    };
}

} // namespace isms
