// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace isms {

/// One step of a likelihood or impact scale, or one class of the classification scheme.
struct ScaleStep
{
    QString label;       ///< "Likely"
    QString description; ///< what the step means, so that two assessors pick the same one
    friend bool operator==(const ScaleStep &, const ScaleStep &) = default;
};

/// One risk level the matrix assigns ("High", red).
struct RiskLevel
{
    QString name;
    quint32 colour = 0; ///< 0xRRGGBB
    friend bool operator==(const RiskLevel &, const RiskLevel &) = default;
};

/// The risk assessment method of a project (ISO/IEC 27001 6.1.2): the scales, the matrix that turns a
/// rating into a level, the acceptance threshold, the classification scheme and when assessments are
/// performed. Stored in the project file as canonical JSON, so that repeated assessments use the same
/// criteria and every change is in the change log.
struct RiskMethod
{
    Q_DECLARE_TR_FUNCTIONS(isms::RiskMethod)

public:
    static constexpr int MinScale = 3;
    static constexpr int MaxScale = 7;
    static constexpr int MinLevels = 2;
    static constexpr int MaxLevels = 6;
    static constexpr int MaxLabel = 60;
    static constexpr int MaxDescription = 500;
    static constexpr int MaxTriggers = 20;

    QList<ScaleStep> likelihood; ///< from the least (1) to the most likely
    QList<ScaleStep> impact;     ///< from the least (1) to the most severe
    QList<RiskLevel> levels;     ///< from the lowest (1) to the highest
    /// matrix[likelihood - 1][impact - 1] is a level number (1-based).
    QList<QList<int>> matrix;
    /// The highest level that may be retained without an explicit acceptance rationale (1-based).
    int acceptanceLevel = 1;
    QList<ScaleStep> classification; ///< the information classification scheme, lowest first
    int reviewMonths = 12;           ///< every risk is reassessed at least this often
    QStringList triggers;            ///< changes that call for a reassessment before then
    QString notes;                   ///< anything else the method statement should say

    friend bool operator==(const RiskMethod &, const RiskMethod &) = default;

    /// The default method: 5x5 with Low, Medium, High, Very high, in the current language.
    static RiskMethod defaults();

    /// The level (1-based) of a rating; 0 when either number is outside the scales.
    int levelOf(int likelihoodValue, int impactValue) const;

    /// The level's name, or an empty string for 0 or an unknown number.
    QString levelName(int level) const;

    /// True when `level` is above the acceptance threshold.
    bool needsRationale(int level) const { return level > acceptanceLevel; }

    /// Checks every rule (scale sizes, names present, single-line and unique, matrix shape and entries,
    /// threshold, review interval, text limits). The message says what is wrong and where.
    [[nodiscard]] Result<void> validate() const;

    /// Canonical JSON (sorted keys, no whitespace): what the file stores and the change log holds.
    QString toJson() const;

    /// Parses and validates stored JSON. Errors: InvalidArgument naming what is wrong.
    [[nodiscard]] static Result<RiskMethod> fromJson(const QString &json);

    /// Where a rating of `value` on a scale of `from` steps lands on a scale of `to` steps: the ends stay
    /// the ends and the steps between keep their relative place (3 of 5 becomes 2 of 3); a rating that
    /// falls halfway between two steps takes the higher one, the cautious side.
    static int remap(int value, int from, int to);

    /// The matrix for new scale sizes, each new cell taking the level of the old cell it maps back to.
    QList<QList<int>> resizedMatrix(int likelihoodSteps, int impactSteps) const;
};

} // namespace isms
