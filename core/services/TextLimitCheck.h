// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QStringList>

namespace isms {

class Database;

/// Finds stored text that breaks its field's rules: longer than the field allows, line breaks in a
/// single-line field, control or text-direction characters. The program never writes such values;
/// they come from a file edited outside it. Readers show them cut and cleaned (see text::forDisplay).
class TextLimitCheck final
{
public:
    /// One translated sentence per value that breaks its rules.
    [[nodiscard]] static Result<QStringList> run(const Database &db);
};

} // namespace isms
