// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace isms {

class Database;

/// One line of a compiled input: a sentence and the records it comes from ("R-004", "MET-002").
struct ReviewInputLine
{
    QString text;
    QStringList refs;

    friend bool operator==(const ReviewInputLine &, const ReviewInputLine &) = default;
};

/// One input of 9.3.2 as compiled from the project: its key, its title and its lines. `available` is
/// false when the project has no register that could hold it (the lines then say so).
struct ReviewInput
{
    QString key; ///< "actions", "context", ... (ReviewInputs::keys())
    QString title;
    bool available = true;
    QList<ReviewInputLine> lines;

    friend bool operator==(const ReviewInput &, const ReviewInput &) = default;
};

/// The period an input looks at: since the previous held review (invalid: no previous review, so the
/// whole history counts) until the review's own date.
struct ReviewPeriod
{
    QDate since;
    QDate until;
    RecordId review; ///< the review compiled for; its own actions are not "previous" ones
};

/// Compiles the inputs of a management review (ISO/IEC 27001 9.3.2) from the project, one provider per
/// input, each returning titled lines that name the records they come from. Registers another part of
/// the program brings (nonconformities, corrective actions, audits, findings) are looked up by key, so
/// a project without them says so rather than failing. The compiled inputs are what a review freezes
/// when it is held (ReviewService).
class ReviewInputs final
{
    Q_DECLARE_TR_FUNCTIONS(isms::ReviewInputs)

public:
    /// The nine inputs in the order of 9.3.2: actions, context, nonconformities, monitoring, audits,
    /// objectives, feedback, risks, improvement.
    static QStringList keys();

    /// The translated title of an input ("Status of actions from previous reviews").
    static QString titleOf(const QString &key);

    /// "9.3.2 a)" for "actions".
    static QString clauseOf(const QString &key);

    /// The review's field that holds the discussion of an input ("notes_actions").
    static QString notesField(const QString &key) { return QStringLiteral("notes_") + key; }

    /// The period of `review`: since the latest review held before it, until its held date (or its
    /// planned date, or `today`, for a review not yet held). Errors: Database.
    [[nodiscard]] static Result<ReviewPeriod> periodOf(const Database &db,
                                                       const Record &review,
                                                       const QDate &today);

    /// Every input, in keys() order. Errors: Database.
    [[nodiscard]] static Result<QList<ReviewInput>> compile(const Database &db, const ReviewPeriod &period);

    // One provider per input of 9.3.2. Errors: Database.
    [[nodiscard]] static Result<ReviewInput> previousActions(const Database &db, const ReviewPeriod &period);
    [[nodiscard]] static Result<ReviewInput> contextChanges(const Database &db, const ReviewPeriod &period);
    [[nodiscard]] static Result<ReviewInput> nonconformityTrends(const Database &db,
                                                                 const ReviewPeriod &period);
    [[nodiscard]] static Result<ReviewInput> monitoringResults(const Database &db,
                                                               const ReviewPeriod &period);
    [[nodiscard]] static Result<ReviewInput> auditResults(const Database &db, const ReviewPeriod &period);
    [[nodiscard]] static Result<ReviewInput> objectivesFulfilment(const Database &db,
                                                                  const ReviewPeriod &period);
    [[nodiscard]] static Result<ReviewInput> partyFeedback(const Database &db, const ReviewPeriod &period);
    [[nodiscard]] static Result<ReviewInput> riskResults(const Database &db, const ReviewPeriod &period);
    [[nodiscard]] static Result<ReviewInput> improvementOpportunities(const Database &db,
                                                                      const ReviewPeriod &period);

    /// The inputs as JSON (an array of {key, title, available, lines: [{text, refs}]}), and back.
    static QJsonArray toJson(const QList<ReviewInput> &inputs);
    [[nodiscard]] static Result<QList<ReviewInput>> fromJson(const QJsonArray &array);
};

} // namespace isms
