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

    /// Records a nonconformity raised by the audit finding `findingRef` (source "audit finding", its
    /// description, requirement and grade taken over) and links the two both ways, in one transaction.
    /// Only a major or minor nonconformity finding raises one. Errors: NotFound, InvalidArgument (an
    /// observation or opportunity, or a finding that already raised one), ReadOnly, Database.
    [[nodiscard]] Result<Record> raiseFromFinding(const QString &findingRef, const QDate &today);

    /// The fields a five-whys analysis writes: why1..why5 (answers after the first empty one are
    /// dropped) and the root cause, which is `rootCause` when given, else the last answer.
    static QHash<QString, QVariant> fiveWhysValues(const QStringList &answers, const QString &rootCause);

private:
    /// Inserts `nc` and sets `linkField` of the source record `source` (of `sourceSpec`) to it, in one
    /// transaction, with the notices of both.
    [[nodiscard]] Result<Record> insertLinked(const Record &nc,
                                              const EntitySpec &sourceSpec,
                                              const Record &source);

    Database &m_db;
};

} // namespace isms
