// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

namespace isms {

class Database;

/// The hooks of the documented-information registers (documents, their versions, policy
/// acknowledgements) and of the leadership duties, and what `check` verifies about approved versions.
///
/// An approved document version never changes (REGISTERS.md decision 6): RecordService refuses to
/// change or remove it (EntitySpec::frozen), and the write that approves it logs a seal (the canonical
/// JSON of its fields, the file's SHA-256 among them, and the hash of that JSON) that check() holds
/// the version and its stored file to.
class DocumentRules final
{
    Q_DECLARE_TR_FUNCTIONS(isms::DocumentRules)

public:
    /// Clauses are clause ids of 4 to 10 that exist in the clause register; a topic-specific policy
    /// names its controls or topic.
    [[nodiscard]] static Result<void> validateDocument(const EntitySpec &spec,
                                                       const Record &record,
                                                       const RecordContext &context);

    /// An approved version names its approver and a past approval date; a document has each version
    /// label once.
    [[nodiscard]] static Result<void> validateVersion(const EntitySpec &spec,
                                                      const Record &record,
                                                      const RecordContext &context);

    /// Acknowledgements are of the information security policy or a topic-specific policy.
    [[nodiscard]] static Result<void> validateAcknowledgement(const EntitySpec &spec,
                                                              const Record &record,
                                                              const RecordContext &context);

    /// A duty marked as shown, or partly shown, says how.
    [[nodiscard]] static Result<void> validateDuty(const EntitySpec &spec,
                                                   const Record &record,
                                                   const RecordContext &context);

    /// The refusal to change or remove an approved version; empty for any other.
    static QString versionFrozen(const EntitySpec &spec, const Record &stored);

    /// The seal logged when a write approves a version: one entry (entity document_version, the
    /// version's id, field sealField()) holding sealOf(after). None for any other write.
    static QList<FieldChange> versionSeal(const EntitySpec &spec, const Record *before, const Record &after);

    /// The canonical JSON the seal holds: {"record": the version's logged fields, "sha256": the hash of
    /// that record's canonical JSON}.
    static QString sealOf(const Record &version);

    /// Refreshes the current version of the documents of `versions` (the latest approved one).
    [[nodiscard]] static Result<void> afterVersionsWritten(const Database &db, const QList<Record> &versions);

    /// Drops the files no evidence or version holds any more, and refreshes the current versions.
    [[nodiscard]] static Result<void> afterVersionsRemoved(const Database &db, const QList<Record> &versions);

    /// The hashes of the files that document versions hold (for the evidence store's check); empty for a
    /// file before documents existed.
    [[nodiscard]] static Result<QSet<QString>> versionFileHashes(const Database &db);

    /// For `check`: every version's stored file against its SHA-256, and every approved version against
    /// the seal logged at its approval. One sentence per finding; none for a file before schema 17.
    [[nodiscard]] static Result<QStringList> check(const Database &db);

    /// The change-log field of a version's seal.
    static QString sealField() { return QStringLiteral("approval_seal"); }
};

} // namespace isms
