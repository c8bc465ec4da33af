// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace isms {

class Database;

/// How much a point weighs with a certification auditor.
enum class ReadinessSeverity
{
    Major, ///< a requirement of the standard is not met: likely a major nonconformity
    Minor, ///< a requirement is met only in part, or a record is incomplete: likely a minor one or a remark
};

/// One rule of the readiness check. Rule ids are stable: scripts, the JSON output and the reports
/// name them, so a rule that changes its meaning gets a new id.
struct ReadinessRule
{
    QString id; ///< "R-SCOPE-APPROVED"
    ReadinessSeverity severity = ReadinessSeverity::Minor;
    QString clause;          ///< the clause or control of ISO/IEC 27001 it serves: "4.3", "6.1.3 d)"
    const char *description; ///< one line, in context "isms::ReadinessCheck" (QT_TRANSLATE_NOOP)
    /// A rule whose point means this one cannot pass either: a rule about a record (the scope is
    /// approved) fails while the record is missing (R-SCOPE-MISSING), so that recording a draft never
    /// lowers the score. Empty: none.
    QString prerequisite;

    QString descriptionText() const;
};

/// One point a certification auditor would raise, naming the record to fix.
struct ReadinessFinding
{
    QString rule; ///< the rule's id
    ReadinessSeverity severity = ReadinessSeverity::Minor;
    QString kind;    ///< the register to fix, its EntitySpec key ("controls", "risks", "scope")
    QString id;      ///< the shown reference ("A.5.7", "SC-001", "R-004"); empty when a record is missing
    QString message; ///< translated sentence naming the record
    /// Where to go to fix it: the change-log entity and id of the record that holds the point (a
    /// catalogue record's reference, "5.7", or another record's row id). For an overdue treatment task
    /// this is its risk (tasks are edited on the risk); for expired evidence, the record it proves.
    /// An empty `entityId` with a set `entity` names the register (a record that is missing).
    QString entity;
    QString entityId;
};

/// What one rule provider found; nullopt from a provider means its registers are not in this file
/// (an older schema), so its rules are not counted in the score.
using ReadinessOutcome = std::optional<QList<ReadinessFinding>>;

/// What a provider is given.
struct ReadinessInput
{
    const Database &db;
    int schemaVersion = 0; ///< the file's PRAGMA user_version
    QDate today;
};

/// A group of rules over one area of the ISMS, and the function that evaluates them. Findings need
/// only rule, kind, id, message, entity and entityId; the check fills in the severity from the rule.
struct ReadinessProvider
{
    QString area;      ///< a keyword: "context", "applicability", "risks", "evidence"
    const char *title; ///< in context "isms::ReadinessCheck": "Context of the organisation (4)"
    QList<ReadinessRule> rules;
    std::function<Result<ReadinessOutcome>(const ReadinessInput &input)> run;

    QString titleText() const;
};

/// The findings of a whole project and its readiness score.
struct ReadinessReport
{
    /// 0 to 100: the share of the checked rules that pass, each rule weighted by its severity (major 3,
    /// minor 1), rounded down, so that 100 means no point at all. A rule passes when it finds nothing and
    /// its prerequisite passes; a rule that finds one point fails as a whole: the score says how many
    /// kinds of gap remain, the findings how many records. Rules whose registers the file does not have
    /// yet are not counted; with none counted it is 100.
    int score = 100;
    QStringList checkedRules; ///< ids of the rules evaluated, in registry order
    QStringList failedRules;  ///< ids of the checked rules that do not pass, in registry order
    QList<ReadinessFinding> findings;

    int count(ReadinessSeverity severity) const;
};

/// The readiness check of issue 8 item 9: rules, each with a stable id, that walk the whole project
/// and report what a certification auditor would find missing, each finding naming the record to fix.
///
/// Rules come from a list of providers (providers()), one per area; a register that brings rules adds
/// its provider there. Today's rules:
/// - context (4): R-SCOPE-MISSING, R-SCOPE-APPROVED, R-CLIMATE-UNDECIDED, R-ISSUES-MISSING,
///   R-PARTIES-MISSING, R-PARTY-UNDECIDED, R-PARTY-HOW (ContextRules);
/// - Statement of Applicability (6.1.3 d, e): R-SOA-NO-REASON, R-SOA-NO-JUSTIFICATION,
///   R-SOA-EXCLUDED-USED, R-SOA-NO-PLAN (ApplicabilityRules);
/// - risk assessment runs (8.2): R-ASSESSMENT-NONE, R-ASSESSMENT-OVERDUE, R-REASSESSMENT-DUE
///   (AssessmentRules);
/// - risks (6.1.2, 6.1.3, 8.2, 8.3): R-RISK-NO-OWNER, R-RISK-NO-TREATMENT (a risk whose current level is
///   above the acceptance threshold), R-RISK-NOT-ACCEPTED (residual level above the threshold without
///   the owner's sign-off), R-TASK-OVERDUE, R-RISK-REVIEW-OVERDUE;
/// - evidence (7.5): R-EVIDENCE-EXPIRED;
/// - roles and support (5.3, 7.2 to 7.4): R-ROLE-CONFORMITY, R-ROLE-REPORTING, R-ROLE-NO-HOLDER,
///   R-RACI-ACCOUNTABLE, R-COMPETENCE-GAP, R-TRAINING-UNEVALUATED, R-COMMUNICATION-PLAN (PeopleRules);
/// - performance evaluation and improvement (9.1, 10.1): R-METRIC-NONE, R-METRIC-NO-TARGET,
///   R-METRIC-OVERDUE, R-METRIC-NOT-EVALUATED, R-OBJECTIVE-NO-METRIC (an objective with a target that no
///   metric serves; one without a target is R-OBJECTIVE-NO-MEASURE's), R-IMPROVEMENT-OVERDUE (MetricRules);
/// - leadership, policy and documented information (5.1, 5.2, 7.5): R-LEADERSHIP-DUTY, R-POLICY-MISSING,
///   R-POLICY-NOT-APPROVED, R-POLICY-CONTENT, R-POLICY-NOT-ACKNOWLEDGED, R-DOC-REVIEW-OVERDUE,
///   R-DOC-NO-VERSION (ReadinessDocuments.cpp);
/// - clauses 4 to 10 (ReadinessClauses.cpp): R-CLAUSE-NOT-APPLICABLE, R-DOC-MISSING and R-DOC-INCOMPLETE
///   (each item of mandatory documented information, MandatoryInformation), R-AUDIT-OVERDUE,
///   R-REVIEW-OVERDUE and R-REVIEW-AFTER-AUDIT (ReviewCycle: the latest completed audit of the audit
///   register, else an approved record naming 9.2.2; the latest held review of the review register,
///   else an approved record naming 9.3.3);
/// - internal audit (9.2): R-AUDIT-PROGRAMME-NONE, R-AUDIT-INDEPENDENCE, R-AUDIT-NOT-REPORTED,
///   R-AUDIT-COVERAGE (AuditRules);
/// - nonconformities, incidents and suppliers (10.2, A.5.19-A.5.28): R-NC-NO-ROOT-CAUSE, R-NC-NO-ACTION,
///   R-NC-CLOSED-UNREVIEWED, R-CA-OVERDUE, R-INCIDENT-NO-LESSONS, R-SUPPLIER-REVIEW-OVERDUE,
///   R-SUPPLIER-NO-REQUIREMENTS (ImprovementRules);
/// - management review (9.3): R-REVIEW-NO-TOP-MANAGEMENT, R-REVIEW-INPUT-MISSING, R-REVIEW-ACTION-OVERDUE
///   (ReviewRules);
/// - processes (4.4, 8.1) and planning (6.1.1, 6.2, 6.3): ProcessRules and PlanningRules, among them
///   R-OBJECTIVE-NO-MEASURE and R-ISMSRISK-NO-ACTION.
///
/// Not a rule: "an included control without status", because every control starts "not started",
/// which R-SOA-NO-PLAN covers.
class ReadinessCheck final
{
    Q_DECLARE_TR_FUNCTIONS(isms::ReadinessCheck)

public:
    /// Every provider, in report order.
    static const QList<ReadinessProvider> &providers();

    /// The rule with this id, or nullptr.
    static const ReadinessRule *rule(QStringView id);

    /// The provider that owns the rule `id`, or nullptr.
    static const ReadinessProvider *providerOf(QStringView id);

    /// Walks the project read-only and returns every finding, in provider order, and the score.
    /// Works on files of every schema version the program opens. Errors: Database.
    [[nodiscard]] static Result<ReadinessReport> run(const Database &db, const QDate &today);

    /// The rules of `checkedRules` that do not pass with `findings`: those with a finding, and those
    /// whose prerequisite does not pass.
    static QStringList failedRules(const QStringList &checkedRules, const QList<ReadinessFinding> &findings);

    /// The score of `findings` over the rules `checkedRules` (see ReadinessReport::score).
    static int score(const QStringList &checkedRules, const QList<ReadinessFinding> &findings);

    /// "major", "minor": the keyword of the JSON output.
    static QString severityKeyword(ReadinessSeverity severity);

    /// "Major", "Minor", translated.
    static QString severityText(ReadinessSeverity severity);
};

} // namespace isms
