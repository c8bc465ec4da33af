// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"
#include "services/RiskReportData.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace isms {

class Database;
enum class FrozenProblem;

/// What recording a risk assessment run needs.
struct AssessmentRunRequest
{
    QString scope;       ///< what was assessed ("whole ISMS", "the new payment service")
    QString performedBy; ///< who performed the assessment
    QDate date;          ///< when it was performed; invalid: today
    QString notes;
};

/// A recorded run: its record in the assessment-runs register and the register it froze.
struct AssessmentRun
{
    Record record;
    QString ref;
    QDate date;
    QString scope;
    QString performedBy;
    QString notes;
    QString sha256;
    RiskReportData data; ///< the method, figures, risks and tasks as they stood
};

/// Records dated risk assessment runs (ISO/IEC 27001 8.2, 8.3): each run freezes the risk method and
/// the whole risk register (risks with current and residual levels, treatment, owners, sign-offs and
/// treatment tasks) as canonical JSON with its SHA-256 (FrozenSnapshot). A run is never changed or
/// removed (the register's spec is frozen) and check() finds one changed outside the program. Works on
/// the thread that opened the Database.
class AssessmentRunService final
{
    Q_DECLARE_TR_FUNCTIONS(isms::AssessmentRunService)

public:
    explicit AssessmentRunService(Database &db);

    /// Freezes the register as it stands as a new run in one transaction (the run's record, its
    /// snapshot and the freezing entry in the change log). Overdue tasks and reviews are judged on the
    /// run's date. Errors: InvalidArgument (no scope or performer, text over its limit or with forbidden
    /// characters, a date in the future), ReadOnly, Database.
    [[nodiscard]] Result<AssessmentRun> record(const AssessmentRunRequest &request);

    /// One run with its frozen register. Errors: NotFound, InvalidArgument (its snapshot cannot be
    /// read), Database.
    [[nodiscard]] Result<AssessmentRun> get(RecordId id) const;

    /// One run by its reference ("RUN-002"). Errors: those of get().
    [[nodiscard]] Result<AssessmentRun> getByRef(const QString &ref) const;

    /// The date of the latest run, or nullopt when none was recorded (or the file predates runs).
    /// Errors: Database.
    [[nodiscard]] static Result<std::optional<QDate>> latestDate(const Database &db);

    /// For `check`: every snapshot against its hash, the change log and its run's record, and every
    /// logged snapshot against the stored ones. One sentence per finding; none before schema 20.
    [[nodiscard]] static Result<QStringList> check(const Database &db);

    /// The change-log entity and field of a frozen snapshot.
    static QString logEntity() { return QStringLiteral("assessment_run_snapshot"); }

    static QString logField() { return QStringLiteral("frozen"); }

private:
    Database &m_db;
};

} // namespace isms
