// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/Requirement.h"

#include <QList>

namespace isms {

/// The standards as data, read from the CSV files compiled into the program's resources
/// (resources/catalogue). Ids, titles, attributes and mappings are facts of the standard; no guidance
/// text of the standard is held here. New projects copy this catalogue into their file.
class Catalogue final
{
public:
    /// "ISO/IEC 27001:2022"
    static QString edition();

    /// The 93 Annex A 2022 controls in catalogue order, with attributes, untracked.
    [[nodiscard]] static Result<QList<Control>> annexA2022();

    /// The 41 clause 4-10 rows in catalogue order, untracked.
    [[nodiscard]] static Result<QList<Clause>> clauses();

    /// The 114 ISO/IEC 27001:2013 Annex A controls with their 2022 mapping.
    [[nodiscard]] static Result<QList<Control2013>> annexA2013();
};

} // namespace isms
