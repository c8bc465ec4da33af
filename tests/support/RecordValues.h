// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Building records for tests from field keys and values: recordOf(spec, {{"title", "Backups"}}).
#pragma once

#include "domain/EntitySpec.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

namespace isms::test {

/// Field keys with their values, in any order; fields not named keep the spec's defaults.
using Values = QList<std::pair<QString, QVariant>>;

/// A new record of `spec` with `values` set.
inline Record recordOf(const EntitySpec &spec, const Values &values)
{
    Record record = spec.newRecord();
    for (const auto &[key, value] : values) {
        record.values[spec.indexOf(key)] = value;
    }
    return record;
}

} // namespace isms::test
