// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <utility>

namespace isms {

struct RecordContext;

/// The hooks of the risk register and its children: levels from the project's matrix, ratings within
/// the project's scales, and the sign-off rules of 6.1.3 f.
class RiskRules final
{
    Q_DECLARE_TR_FUNCTIONS(isms::RiskRules)

public:
    /// Sets level and level_rank (and the residual pair) from the ratings and the project's matrix;
    /// empty while a rating is missing.
    static void deriveLevels(const EntitySpec &spec, Record &record, const RecordContext &context);

    /// Ratings within the project's scales; a sign-off has both a name and a date; a residual level
    /// above the acceptance threshold is signed off only with an acceptance rationale.
    [[nodiscard]] static Result<void> validateRisk(const EntitySpec &spec,
                                                   const Record &record,
                                                   const RecordContext &context);

    /// Stores the control of a control link as the catalogue numbers it ("5.18"), however it was typed
    /// ("A.5.18", "a5.18", " 5.18 "), so that every way of naming a control reaches the same link.
    static void deriveControlLink(const EntitySpec &spec, Record &record, const RecordContext &context);

    /// The control number as stored: trimmed, without a leading "A." or "A" ("A.5.18" becomes "5.18").
    static QString storedControl(const QString &typed);

    /// A control link names an Annex A 2022 control ("5.15"; "A.5.15" is read as the same).
    [[nodiscard]] static Result<void> validateControlLink(const EntitySpec &spec,
                                                          const Record &record,
                                                          const RecordContext &context);

    /// Reads a rating written as a word: a step label of the project's own scale, or a word of a common
    /// 3- or 5-step scale in English, German or French (rare ... almost certain, negligible ... severe,
    /// very low ... very high), placed on the project's scale by its relative position. A column that
    /// uses a "very" word anywhere is read as a 5-step scale, otherwise low/medium/high as 3 steps.
    static std::optional<std::pair<qint64, QString>> parseRating(const EntitySpec &spec,
                                                                 const FieldSpec &field,
                                                                 const QString &text,
                                                                 const QStringList &columnTexts,
                                                                 const RecordContext &context);

    /// The level a risk is held to for acceptance: the residual level when rated, else the current.
    static int acceptanceRank(const EntitySpec &spec, const Record &record);
};

} // namespace isms
