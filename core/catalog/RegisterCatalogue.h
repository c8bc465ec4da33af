// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QList>

namespace isms {

/// The starting records that the program gives every new project for some registers (about forty
/// threats and forty vulnerabilities, written by us), read from resources/catalogue/<key>.csv.
class RegisterCatalogue final
{
public:
    /// The catalogue's records for `spec` (no ids), or an empty list when the register has none.
    [[nodiscard]] static Result<QList<Record>> records(const EntitySpec &spec);

    /// The name written to the change log for catalogue records: "ISMS Workbench".
    static QString actor();
};

} // namespace isms
