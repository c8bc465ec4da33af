// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "TempProject.h"
#include "domain/EntitySpec.h"
#include "report/ReportOptions.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QVariant>

#include <memory>

namespace isms::test {

/// A project with a small risk register built through RecordService: assets, five risks with links,
/// ratings, sign-offs (one missing, one closed), and treatment tasks (one overdue on reportTime()).
///
/// R-001 "<b>x</b> leaks via http://example.com" 4x5, residual 2x3, signed off by Jane Doe
/// R-002 "Laptop theft" 3x4, residual 1x2, awaiting sign-off
/// R-003 "Supplier outage" 2x3, retained, signed off by Robert Brown
/// R-004 "Retired system" closed, never signed off (needs none)
/// R-005 "Shadow IT" not rated, awaiting sign-off
/// TT-001 due 2026-01-10 open (overdue), TT-002 due 2027-02-01, TT-003 due 2025-12-01 done,
/// TT-004 without a due date
class RiskProject
{
public:
    RiskProject();

    Database &db() { return *m_db; }

    /// The report date: 2026-11-23 17:40 UTC.
    static QDateTime reportTime();

    /// A4 and reportTime().
    static ReportOptions options();

    /// Adds a record of `spec` with `values` by field key (references as "T-001" are resolved) and
    /// fails the test when it is refused.
    RecordId add(const EntitySpec &spec, const QHash<QString, QVariant> &values);

    /// Changes fields of the record `ref`.
    void set(const EntitySpec &spec, const QString &ref, const QHash<QString, QVariant> &values);

    /// The path of a file in the project's folder.
    QString path(const QString &name) const { return m_temp.path(name); }

private:
    QHash<QString, QVariant> resolved(const EntitySpec &spec, const QHash<QString, QVariant> &values);

    TempProject m_temp;
    std::unique_ptr<Database> m_db;
};

} // namespace isms::test
