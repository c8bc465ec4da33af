// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace isms {

class Database;
struct RecordContext;

/// Something performance evaluation (9.1) or the improvement log (10.1) leaves unsettled.
struct MetricFinding
{
    QString rule;    ///< stable id: "R-METRIC-NO-TARGET", "R-IMPROVEMENT-OVERDUE"...
    QString kind;    ///< the register to fix, its EntitySpec key ("metrics", "objectives", "improvements")
    QString ref;     ///< the record to fix ("M-002"); empty when a record is missing
    QString message; ///< translated sentence naming the record
};

/// The hooks of the metric registers and the improvement log, the decimal numbers they store, and the
/// rules that span records and the calendar.
///
/// A decimal number (a measured value, a target) is stored as text in plain decimal form: an optional
/// minus, at most 12 digits before the point and 6 after it ("-12.5", "99.95"), so that the file and
/// the change log hold exactly what was typed and no binary rounding. A comma is read as the point,
/// a leading plus and trailing zeros after the point are dropped.
class MetricRules final
{
    Q_DECLARE_TR_FUNCTIONS(isms::MetricRules)

public:
    static constexpr int MaxIntegerDigits = 12;
    static constexpr int MaxDecimals = 6;

    /// The stored form of a typed number ("+12,50" gives "12.5"), or nullopt when it is not a number
    /// in the accepted range.
    static std::optional<QString> normalDecimal(const QString &typed);

    /// The number a stored decimal stands for; nullopt for empty or malformed text.
    static std::optional<double> decimalValue(const QString &stored);

    /// One clear sentence for a value that is not such a number, naming the field by its label.
    static QString decimalProblem(const QString &fieldLabel, const QString &typed);

    /// The days between two measurements a metric expects: 30, 91, 182, 365 or its own interval.
    static int periodDays(const QString &frequency, qint64 intervalDays);

    /// Derive hooks: decimals typed with a comma or a plus are stored in their plain form.
    static void deriveMetric(const EntitySpec &spec, Record &record, const RecordContext &context);
    static void deriveMeasurement(const EntitySpec &spec, Record &record, const RecordContext &context);

    /// A custom frequency gives its interval in days (and only it does); the target is a number.
    [[nodiscard]] static Result<void> validateMetric(const EntitySpec &spec,
                                                     const Record &record,
                                                     const RecordContext &context);

    /// The value is a number; the date is not in the future.
    [[nodiscard]] static Result<void> validateMeasurement(const EntitySpec &spec,
                                                          const Record &record,
                                                          const RecordContext &context);

    /// The period's dates run in order; it is evaluated on or after its start and not in the future.
    [[nodiscard]] static Result<void> validateEvaluation(const EntitySpec &spec,
                                                         const Record &record,
                                                         const RecordContext &context);

    /// Raised no later than due and not in the future; a done item states its result.
    [[nodiscard]] static Result<void> validateImprovement(const EntitySpec &spec,
                                                          const Record &record,
                                                          const RecordContext &context);

    /// The unsettled points on `today`: metrics in reference order (no target, overdue, not evaluated),
    /// then objectives that no metric serves, then overdue improvements. A file from before the metric
    /// registers gives none; R-METRIC-NONE is the readiness provider's. Errors: Database.
    [[nodiscard]] static Result<QList<MetricFinding>> findings(const Database &db, const QDate &today);
};

} // namespace isms
