// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"
#include "domain/RiskMethod.h"
#include "services/RecordService.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace isms {

class Database;

/// What one risk's ratings become under a new method: each number remapped onto the new scales, and
/// the levels the new matrix gives.
struct RatingChange
{
    RecordId risk;
    QString ref;
    QString field; ///< "likelihood", "impact", "level", "residual_likelihood", ...
    QString from;  ///< as text: "4" or "High"
    QString to;
};

/// Reads and changes the project's risk assessment method. A change is one transaction: the new
/// definition, every risk's ratings remapped onto the new scales and its levels derived again, all
/// logged, so that nothing is lost and the change log shows each old rating.
class RiskMethodService final
{
    Q_DECLARE_TR_FUNCTIONS(isms::RiskMethodService)

public:
    /// The method the project uses. Errors: Database; InvalidArgument when the stored definition was
    /// damaged outside the program.
    [[nodiscard]] static Result<RiskMethod> load(const Database &db);

    /// What changing to `next` would do to the register, risk by risk and field by field (empty when
    /// no rating or level changes).
    [[nodiscard]] static Result<QList<RatingChange>> preview(const Database &db, const RiskMethod &next);

    /// Changes the method. A sign-off whose risk would now need an acceptance rationale it lacks is
    /// withdrawn in the same change (the preview lists it). Ratings are remapped onto the new scales,
    /// except those of the risks that
    /// `exactRatings` names, which get exactly those values (the undo of a change puts every rating back
    /// as it was, even where a smaller scale had merged two steps). Errors: InvalidArgument (a rule of
    /// RiskMethod::validate), ReadOnly, Database.
    [[nodiscard]] static Result<void> apply(Database &db,
                                            const RiskMethod &next,
                                            const QList<RecordChange> &exactRatings = {});

    /// Every risk's four ratings and its sign-off as they are now, for an undo to give to apply().
    [[nodiscard]] static Result<QList<RecordChange>> ratings(const Database &db);

    /// The data step of the migration that introduces the method: stores the defaults and logs them.
    [[nodiscard]] static Result<void> seed(QSqlDatabase &connection, const QString &actor);

    /// Compares the stored definition with the last one the change log recorded, for `check`. One
    /// sentence per deviation.
    [[nodiscard]] static Result<QStringList> checkHistory(const Database &db);

    /// The change-log entity, id and field of the method.
    static QString logEntity() { return QStringLiteral("risk_method"); }

    static QString logField() { return QStringLiteral("definition"); }
};

} // namespace isms
