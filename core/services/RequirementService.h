// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/Requirement.h"
#include "services/RecordService.h"

#include <QList>

#include <optional>

namespace isms {

class Database;

/// A change to some of a requirement's tracked fields; unset fields stay as they are.
struct RequirementChange
{
    std::optional<ImplementationStatus> status{};
    std::optional<QString> owner{};
    std::optional<QString> notes{};
    std::optional<QDate> targetDate{}; ///< set to an invalid QDate to clear the target date

    bool isEmpty() const { return !status && !owner && !notes && !targetDate; }
};

/// What an import of the Statement of Applicability wrote.
struct SoaWriteOutcome
{
    QList<RecordId> controlsChanged;
    QList<RecordId> additionalCreated;
    QList<RecordId> additionalChanged;
};

/// The clause requirements and Annex A controls as typed values, for the reports, the dashboard and the
/// first version's command line. Both are registers of the framework (clauseSpec(), controlSpec()):
/// reads go through RecordRepository and changes through RecordService, so every change is one
/// transaction, logged field by field under the reference ("5.1") and announced as recordsChanged.
class RequirementService final
{
public:
    explicit RequirementService(Database &db);

    /// All 93 controls in catalogue order, with attributes, 2013 mapping and tracking.
    [[nodiscard]] Result<QList<Control>> controls() const;

    /// One control; `ref` may carry the "A." prefix. NotFound for an unknown id.
    [[nodiscard]] Result<Control> control(const QString &ref) const;

    /// All clause 4-10 rows in catalogue order, with tracking.
    [[nodiscard]] Result<QList<Clause>> clauses() const;

    /// One clause row. NotFound for an unknown reference.
    [[nodiscard]] Result<Clause> clause(const QString &ref) const;

    /// The 114 ISO/IEC 27001:2013 controls and their mapping to 2022.
    [[nodiscard]] Result<QList<Control2013>> controls2013() const;

    /// The ISO/IEC 27001:2013 controls that map to one 2022 control ("A.5.1.1"), in 2013 order.
    [[nodiscard]] static Result<QStringList> mapped2013(const Database &db, const QString &ref2022);

    /// The current tracking of one requirement, ready to show: a value that breaks its limits in the
    /// file (too long, forbidden characters) comes back cut and cleaned; `isms-cli check` reports it.
    [[nodiscard]] Result<RequirementTracking> tracking(const RequirementKey &key) const;

    /// Applies `change` as one logged action. Fields equal to their current value are not logged; an
    /// empty or no-op change succeeds without writing. Errors: NotFound, InvalidArgument (owner over
    /// MaxOwnerLength, notes over MaxNotesLength, line breaks or control characters in owner, control
    /// characters in notes, target date out of range),
    /// ReadOnly, Database.
    [[nodiscard]] Result<void> update(const RequirementKey &key, const RequirementChange &change);
    // Errors come from the fields of the specs (FieldSpec::validate) and name the field.

    /// Applies several changes as one logged action (one transaction), e.g. a bulk edit or the demo.
    [[nodiscard]] Result<void> updateMany(const QList<std::pair<RequirementKey, RequirementChange>> &changes);

    /// Writes the Statement of Applicability's part of an import as one logged action (one transaction,
    /// one notice per kind): changes of Annex A controls (controlSpec()), new and changed additional
    /// controls (additionalControlSpec()). Nothing is written when any record breaks a rule. Errors as
    /// RecordService::importRecords.
    [[nodiscard]] Result<SoaWriteOutcome> writeSoa(const QList<RecordChange> &controls,
                                                   const QList<Record> &additionalCreates,
                                                   const QList<RecordChange> &additionalUpdates);

    static constexpr int MaxOwnerLength = 200;
    static constexpr int MaxNotesLength = 20000;

private:
    Database &m_db;
};

} // namespace isms
