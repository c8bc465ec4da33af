// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QColor>
#include <QIcon>

namespace isms {
struct EnumValue;
}

/// How the values of an enumerated field look in tables, combo boxes and filters.
namespace EnumStyle {

/// A small filled circle in the value's colour; a null icon when the value has no colour.
QIcon icon(const isms::EnumValue &value);

/// The same circle for any colour (a risk level's); a null icon for an invalid colour.
QIcon icon(const QColor &colour);

} // namespace EnumStyle
