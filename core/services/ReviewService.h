// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"
#include "services/ReviewInputs.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace isms {

class Database;
struct RecordContext;

/// The inputs a review shows: frozen when it was held, else compiled live.
struct ReviewInputsView
{
    bool frozen = false;
    QDate compiledUntil; ///< the end of the period the inputs cover
    QString sha256;      ///< of the frozen inputs; empty when live
    QList<ReviewInput> inputs;
};

/// Management reviews (9.3): holding a review freezes its compiled inputs (REGISTERS.md decision 6, with
/// FrozenSnapshot: one immutable row of canonical JSON beside the review, its SHA-256 in the change
/// log), and a review held once is never held again. The freeze runs in the transaction of the write
/// that first marks a review held, whichever way it comes (this service, the page, `isms-cli set`, an
/// import), so no held review is without its inputs. The discussion of each input is kept in the
/// review's own notes columns (ReviewInputs::notesField), which stay editable after the freeze. A review
/// action that needs a change becomes a planned change (6.3) in one step. Works on the thread that
/// opened the Database.
class ReviewService final
{
    Q_DECLARE_TR_FUNCTIONS(isms::ReviewService)

public:
    explicit ReviewService(Database &db);

    /// Marks the planned review `id` as held on `date` (invalid: today) and freezes its inputs.
    /// Errors: InvalidArgument (already held: held twice is refused; a date in the future), NotFound,
    /// ReadOnly, Database.
    [[nodiscard]] Result<void> hold(RecordId id, const QDate &date = {});

    /// Creates the planned change of a "change needed" action and links the action to it, in one
    /// transaction; returns the change's id. Errors: InvalidArgument (not a change needed, or already
    /// linked), NotFound, ReadOnly, Database.
    [[nodiscard]] Result<RecordId> makePlannedChange(RecordId actionId);

    /// The inputs of `review`: frozen when held, else compiled as of `today`. Errors: InvalidArgument (a
    /// damaged snapshot), Database.
    [[nodiscard]] static Result<ReviewInputsView> inputsOf(const Database &db,
                                                           const Record &review,
                                                           const QDate &today);

    /// For `check`: every frozen review against its hash and the change log, and every held review
    /// against its snapshot. One sentence per finding; none before the review register.
    [[nodiscard]] static Result<QStringList> check(const Database &db);

    /// The spec hooks of the registers (ReviewSpecs.cpp).
    static Result<void> validateReview(const EntitySpec &spec,
                                       const Record &record,
                                       const RecordContext &context);
    static Result<void> validateAction(const EntitySpec &spec,
                                       const Record &record,
                                       const RecordContext &context);
    static Result<void> afterReviewsWritten(const Database &db, const QList<Record> &reviews);
    /// Refuses removing a held review (its frozen inputs are what it considered); rolls the removal back.
    static Result<void> afterReviewsRemoved(const Database &db, const QList<Record> &reviews);

    /// The change-log entity and field of a frozen snapshot.
    static QString logEntity() { return QStringLiteral("management_review_snapshot"); }

    static QString logField() { return QStringLiteral("frozen"); }

private:
    Database &m_db;
};

} // namespace isms
