// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace isms {

class Database;

/// What one audit covers, read from the audit register and its links.
struct AuditScope
{
    RecordId id;
    QString ref;
    QString title;
    QString status;
    QString scopeText;
    bool fullScope = false;
    QStringList clauses;  ///< linked clauses ("9", "6.1.2")
    QStringList controls; ///< linked controls as stored ("5.15")
    qint64 programme = 0;
    qint64 leadAuditor = 0;
    QList<qint64> auditors; ///< the team besides the lead
    int year = 0;           ///< of the actual start, else the planned start, else 0

    /// The audit team: the lead auditor first, then the other auditors, each once.
    QList<qint64> team() const;

    /// A full-scope audit covers every clause; else a clause or one of its parents is linked.
    bool coversClause(const QString &clause) const;
    /// A full-scope audit covers every applicable control; else the control is linked.
    bool coversControl(const QString &control) const;
};

/// One row of the coverage matrix: a clause or an applicable control, and the audits that covered it in
/// each year of the cycle.
struct CoverageRow
{
    QString id; ///< as people read it: "4.1", "A.5.15"
    QString title;
    bool control = false;
    QList<QStringList> auditsByYear; ///< one list of audit references per year of the cycle
    QStringList undated;             ///< audits of the programme without any date that cover it

    bool covered() const;
};

/// Every clause (the subclauses of 4 to 10) and every applicable Annex A control over the years of an
/// audit programme's cycle. Covering each once per cycle is good practice, not a requirement of the
/// standard: gaps are advice.
struct CoverageMatrix
{
    QString programmeRef;
    QString programmeTitle;
    QList<int> years;
    QList<CoverageRow> rows; ///< clauses in catalogue order, then controls

    /// The ids of the rows no audit covers.
    QStringList gaps() const;
};

class AuditCoverage final
{
    Q_DECLARE_TR_FUNCTIONS(isms::AuditCoverage)

public:
    /// Every audit with its links, in id order. Errors: Database.
    [[nodiscard]] static Result<QList<AuditScope>> audits(const Database &db);

    /// The matrix of the programme `programmeRef`. NotFound when there is none. Errors: Database.
    [[nodiscard]] static Result<CoverageMatrix> of(const Database &db, const QString &programmeRef);

    /// The matrix of the current programme: the latest whose cycle holds `today`, else the latest that
    /// started; nullopt when no programme is recorded (or the file is older than the audit registers).
    [[nodiscard]] static Result<std::optional<CoverageMatrix>> current(const Database &db,
                                                                       const QDate &today);
};

} // namespace isms
