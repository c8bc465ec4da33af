// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

namespace isms {

class Database;

/// Fills a new project with a realistic, synthetic sample organisation. Deterministic: the same
/// program version always writes the same demo.
class DemoData final
{
public:
    /// The demo organisation's name.
    static QString organisation();

    /// Sets statuses, owners, notes and target dates across clauses and controls as one logged action,
    /// then adds about fifteen assets with their dependencies (each logged as a creation).
    /// `today` anchors the target dates (so the demo always looks current).
    [[nodiscard]] static Result<void> fill(Database &db, const QDate &today);
};

} // namespace isms
