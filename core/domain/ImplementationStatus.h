// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace isms {

/// How far a clause requirement or an Annex A control has been put in place.
enum class ImplementationStatus
{
    NotStarted,
    Planned,
    Partial,
    Implemented,
    NotApplicable,
};

inline constexpr std::array AllStatuses{ImplementationStatus::NotStarted,
                                        ImplementationStatus::Planned,
                                        ImplementationStatus::Partial,
                                        ImplementationStatus::Implemented,
                                        ImplementationStatus::NotApplicable};

/// The stable keyword stored in the file and used by isms-cli: not-started, planned, partial,
/// implemented, not-applicable.
QString statusKeyword(ImplementationStatus status);

/// Parses a keyword (case-insensitive; also accepts underscores and spaces for hyphens).
std::optional<ImplementationStatus> statusFromKeyword(const QString &keyword);

/// The translated label users see ("Partially implemented").
QString statusLabel(ImplementationStatus status);

/// The four Annex A 2022 themes, in catalogue order.
enum class Theme
{
    Organizational,
    People,
    Physical,
    Technological,
};

inline constexpr std::array AllThemes{Theme::Organizational,
                                      Theme::People,
                                      Theme::Physical,
                                      Theme::Technological};

/// The catalogue's word for a theme ("Organizational"); data, not translated.
QString themeKeyword(Theme theme);

std::optional<Theme> themeFromKeyword(const QString &keyword);

/// The translated label users see.
QString themeLabel(Theme theme);

/// The clause of Annex A that a theme corresponds to ("5" for Organizational).
QString themeClause(Theme theme);

} // namespace isms
