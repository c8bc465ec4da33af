// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/ImplementationStatus.h"

#include <QColor>
#include <QIcon>

/// How an implementation status looks in the UI: the colours of the report's status chart, so that
/// the screen and the printed report agree.
namespace StatusStyle {

QColor colour(isms::ImplementationStatus status);

/// A small filled circle in the status colour, for tables, combo boxes and legends.
QIcon icon(isms::ImplementationStatus status);

} // namespace StatusStyle
