// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "services/IntegrityService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace isms {

class Database;

/// Checks that the change log reads like a history the program wrote: times never go backwards and
/// lie no further in the future than clocks plausibly drift, every author is one plausible line, and
/// the project's creation time matches its first entry. A forged but consistently rehashed log passes
/// the SHA-256 chain; these rules catch the careless forgeries. Problems are findings, never refusals.
class HistoryPlausibility final
{
    Q_DECLARE_TR_FUNCTIONS(isms::HistoryPlausibility)

public:
    /// Longest author name the program writes (AppSettings and isms-cli cut names to this length).
    static constexpr int MaxActorLength = 200;

    /// How far an entry may lie before the one logged ahead of it: a project carried between computers
    /// meets clocks that differ by a few minutes, which is not tampering.
    static constexpr qint64 AllowedBackwardsSeconds = 5 * 60;

    /// How far an entry may lie ahead of this machine's clock before it is called "in the future".
    static constexpr qint64 AllowedClockSkewSeconds = 24 * 60 * 60;

    /// Findings for `db`'s change log, judged against `nowUtc`. Reads only; works on any thread with a
    /// connection of its own.
    [[nodiscard]] static Result<QList<CheckFinding>> run(
        const Database &db,
        const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    /// Whether `actor` is one line of 1..MaxActorLength characters without control or bidirectional
    /// formatting characters.
    static bool isPlausibleActor(const QString &actor);
};

} // namespace isms
