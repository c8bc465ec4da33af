// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/ChangeLogEntry.h"
#include "domain/EntitySpec.h"
#include "domain/RiskMethod.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QVariant>

#include <memory>

namespace isms {

class AssetGraph;
class ChangeLogWriter;
class Database;

/// New values for some fields of one record, by field key, in stored form.
struct RecordChange
{
    RecordId id;
    QHash<QString, QVariant> values;
};

/// What an import wrote: the ids it created and the ids it changed.
struct ImportOutcome
{
    QList<RecordId> created;
    QList<RecordId> changed;
};

/// The links an import gives one record: a link column's other ends, as RecordLinks::parse returns
/// them. The record's links of that column become exactly these.
struct LinkAssignment
{
    qsizetype createIndex = -1; ///< index into the import's new records, or -1 for an existing record
    RecordId record{};          ///< the existing record when createIndex is -1
    QString column;             ///< the LinkColumn's key
    QStringList ends;
};

/// What the spec hooks may consult (defined here; plain registers ignore it).
struct RecordContext
{
    const Database *db = nullptr;
    /// The project's risk assessment method, read once per call on first use by the risk hooks.
    mutable std::shared_ptr<const RiskMethod> riskMethod{};
    /// The asset dependency graph, read once per call on first use by the dependency hook, which adds
    /// each link it accepts (so the new links of one call are checked against each other).
    mutable std::shared_ptr<AssetGraph> assetGraph{};
};

/// The risk method of `context` (read from its database on first use; the defaults when it cannot be
/// read, which `check` reports).
const RiskMethod &riskMethodOf(const RecordContext &context);

/// Records of one register that a removal took along with their parents (a risk's tasks and links).
struct RemovedRecords
{
    const EntitySpec *spec = nullptr;
    QList<Record> records;
};

/// What a removal took away, for undo: the records asked for, and their children.
struct Removal
{
    QList<Record> records;
    QList<RemovedRecords> children;
};

/// The refusal to add or remove records of a catalogue register (clauses, controls).
Error fixedCatalogueError(const EntitySpec &spec);

/// The refusal of a reference that another record of the register already has.
Error duplicateRefError(const EntitySpec &spec, const QString &ref);

/// Creates, changes and removes the records of one register. Every call is one transaction that
/// validates from the spec and its hooks, writes the rows, logs creation (one entry holding the initial
/// values as canonical JSON), every changed field and deletion (one entry holding the last values), and
/// after the commit emits one batch notice on the project's ChangeNotifier.
class RecordService final
{
public:
    RecordService(Database &db, const EntitySpec &spec);

    const EntitySpec &spec() const { return m_spec; }

    /// Every record in id order.
    [[nodiscard]] Result<QList<Record>> all() const;

    /// One record. NotFound when there is none with that id.
    [[nodiscard]] Result<Record> get(RecordId id) const;

    /// One record by its reference (case-insensitive). NotFound, with a sentence naming the kind.
    [[nodiscard]] Result<Record> getByRef(const QString &ref) const;

    /// Creates a record; an empty reference gets the next free one ("T-041"). Returns its id.
    /// Errors: InvalidArgument (a field or hook rule, a duplicate reference), ReadOnly, Database.
    [[nodiscard]] Result<RecordId> create(const Record &record);

    /// Creates several records as one action (an import, a duplicate of several rows).
    [[nodiscard]] Result<QList<RecordId>> createMany(const QList<Record> &records);

    /// Puts removed records back with their ids and references (the undo of remove()), logged as
    /// creations.
    [[nodiscard]] Result<void> restore(const QList<Record> &records);

    /// Changes fields of one record. Unchanged values are not logged; a no-op succeeds without writing.
    [[nodiscard]] Result<void> update(RecordId id, const QHash<QString, QVariant> &values);

    /// Changes several records as one action with one notice (a bulk edit).
    [[nodiscard]] Result<void> updateMany(const QList<RecordChange> &changes);

    /// Whether the records to create were checked by validate() against the project as it is now.
    enum class CreatesChecked
    {
        No,
        Yes, ///< the write derives them but does not check their fields again
    };

    /// Creates and changes records as one action (one transaction, at most one notice of each kind): an
    /// import. Nothing is written when any record breaks a rule.
    [[nodiscard]] Result<ImportOutcome> importRecords(QList<Record> creates,
                                                      const QList<RecordChange> &updates,
                                                      const QList<LinkAssignment> &links = {},
                                                      CreatesChecked checked = CreatesChecked::No);

    /// Removes records as one action; returns them as they were, for undo. Children (records that
    /// name them in a CascadeDelete field: a risk's tasks and links) go with them in the same
    /// transaction. Refused (InvalidArgument, naming them) while records of any kind name one of them
    /// in another reference field.
    [[nodiscard]] Result<QList<Record>> remove(const QList<RecordId> &ids);

    /// remove() that also returns the children it removed, for an undo that restores them too.
    [[nodiscard]] Result<Removal> removeWithChildren(const QList<RecordId> &ids);

    /// The children that removing `ids` would take along, by register (for the question before).
    [[nodiscard]] Result<QList<RemovedRecords>> childrenOf(const QList<RecordId> &ids) const;

    /// Puts back what removeWithChildren() took: the records, then their children, in one transaction.
    /// Refused for a register whose records are created elsewhere (evidence: EvidenceService::restore).
    [[nodiscard]] Result<void> restore(const Removal &removal);

    /// Checks a record against every rule without writing (used by imports before they write). An
    /// empty reference passes: creation gives the next free one.
    [[nodiscard]] Result<void> validate(const Record &record) const;

    /// validate() with a context that the caller keeps across records, so that what the hooks read
    /// (the risk method, the dependency graph) is read once for a whole file. A dependency that passes
    /// is counted in `context` as if written.
    [[nodiscard]] Result<void> validate(const Record &record, const RecordContext &context) const;

    /// validate() for an import, on `record` itself: its derived fields are worked out in place (as
    /// creation will), and the fields whose index is set in `checked` are not checked again (the import
    /// checked each value as it read it). A record without a reference goes through validate().
    [[nodiscard]] Result<void> validateImported(Record &record,
                                                const RecordContext &context,
                                                const QList<bool> &checked) const;

private:
    [[nodiscard]] Result<QList<RecordId>> insertAll(const QList<Record> &records, bool keepIds);
    /// The parts of a write that run inside a transaction the caller opened; they collect what to log.
    /// Given a `writer`, insertWithin() writes each record's log rows at once instead (an import of
    /// thousands of records keeps no snapshot longer than its record's insert).
    [[nodiscard]] Result<void> insertWithin(QList<Record> records,
                                            bool keepIds,
                                            QList<RecordId> &ids,
                                            QList<FieldChange> &logged,
                                            CreatesChecked checked = CreatesChecked::No,
                                            ChangeLogWriter *writer = nullptr);
    [[nodiscard]] Result<void> updateWithin(const QList<RecordChange> &changes,
                                            QList<RecordId> &changedIds,
                                            QSet<QString> &changedFields,
                                            QList<FieldChange> &logged);
    [[nodiscard]] Result<void> checkUnreferenced(const QList<Record> &records) const;
    /// Refuses while records of a register with an EntitySpec::target (evidence) name one of `records`
    /// (their removal, or a change of their reference when `renaming`).
    [[nodiscard]] Result<void> checkUnnamed(const QList<Record> &records, bool renaming = false) const;
    /// Makes the links of each assignment exactly its ends, adding and removing link records (logged).
    /// `added` and `removed` collect the ids per link register for the notices.
    [[nodiscard]] Result<void> setLinksWithin(const QList<LinkAssignment> &links,
                                              const QList<RecordId> &createdIds,
                                              QList<FieldChange> &logged,
                                              QHash<QString, QList<RecordId>> &added,
                                              QHash<QString, QList<RecordId>> &removed);
    [[nodiscard]] Result<void> removeWithin(const QList<RecordId> &ids,
                                            Removal &removal,
                                            QList<FieldChange> &logged);
    [[nodiscard]] Result<void> checkChangeable(const QList<RecordChange> &changes) const;
    void notifyChanged(const QList<RecordId> &ids, const QSet<QString> &fields);
    /// Each field's rule (but those set in `checked`, when given), then the register's rule.
    [[nodiscard]] Result<void> validateFields(const Record &record,
                                              const RecordContext &context,
                                              const QList<bool> *checked = nullptr) const;

    friend class RiskMethodService;    // re-derives every risk inside the method's own transaction
    friend class RequirementService;   // changes clauses and controls in one transaction
    friend class EvidenceService;      // creates evidence records with their file in one transaction
    friend class AssessmentRunService; // records a run with its frozen register in one transaction
    friend class DocumentService;      // creates document versions with their file in one transaction
    friend class NonconformityService; // raises a nonconformity from an incident in one transaction
    friend class ReviewService;        // creates a planned change from a review action in one transaction

    Database &m_db;
    const EntitySpec &m_spec;
};

} // namespace isms
