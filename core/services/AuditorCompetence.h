// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace isms {

class Database;

/// What the competences register (7.2) records about one auditor's competence in auditing.
struct AuditorStanding
{
    RecordId auditId;
    QString auditRef;    ///< "AUD-001"
    QString auditorRef;  ///< "P-008"
    QString auditorName; ///< "Tomás Ruiz"
    /// The best level recorded for an auditing competence: "held", "partly", "missing"; empty when the
    /// register records none for the person.
    QString level;
    QString competenceRef; ///< the record that gives `level` ("CO-002"); empty with no level

    /// True when the competence is recorded as held.
    bool competent() const { return level == u"held"; }

    /// One sentence: "Tomás Ruiz (P-008) holds the auditing competence CO-002." or what is missing and
    /// what to do.
    QString sentence() const;
};

/// Auditors are competent (9.2.2 c with 7.2): each member of an audit team (the lead auditor and the
/// auditors) should have a competence in auditing recorded as held in the competences register. A
/// competence counts as one in auditing when its wording or its role's name mentions auditing ("audit"
/// in any of our languages: Audit, Auditor, auditeur). Several records: the best level counts.
class AuditorCompetence final
{
    Q_DECLARE_TR_FUNCTIONS(isms::AuditorCompetence)

public:
    /// Every auditor of every audit that is not closed whose competence is not recorded as held, by
    /// audit and auditor. A file older than the audit registers gives none. Errors: Database.
    [[nodiscard]] static Result<QList<AuditorStanding>> gaps(const Database &db);

    /// Every member of one audit's team with their standing, lead auditor first, whatever the audit's
    /// status. Errors: Database.
    [[nodiscard]] static Result<QList<AuditorStanding>> teamOf(const Database &db, RecordId audit);
};

} // namespace isms
