// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace isms {

class Database;

/// The steps of 10.2 that span records: an incident raises a nonconformity in one step (the new
/// nonconformity names the incident as its source, and the incident names it back), and the answers of
/// a five-whys analysis become a nonconformity's root cause.
class NonconformityService final
{
    Q_DECLARE_TR_FUNCTIONS(isms::NonconformityService)

public:
    explicit NonconformityService(Database &db);

    /// Creates a nonconformity from incident `incidentRef` (title, description, source "incident", its
    /// reference, raised `today`) and links the two, in one transaction and one change-log step. Refused
    /// (InvalidArgument) when the incident already names a nonconformity. Returns the new record.
    [[nodiscard]] Result<Record> raiseFromIncident(const QString &incidentRef, const QDate &today);

    /// The fields a five-whys analysis writes: why1..why5 (answers after the first empty one are
    /// dropped) and the root cause, which is `rootCause` when given, else the last answer.
    static QHash<QString, QVariant> fiveWhysValues(const QStringList &answers, const QString &rootCause);

private:
    Database &m_db;
};

} // namespace isms
