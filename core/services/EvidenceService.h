// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace isms {

class Database;

/// What attach() is told besides the file: the dates and a note.
struct EvidenceDetails
{
    QDate evidenceDate{}; ///< the date or period end the file proves (not when it is stored); may be unset
    QDate expires{};      ///< when the file stops proving it; unset: never
    QString notes{};
};

/// An evidence file past its expiry date, with the sentence that says so (EvidenceService::expired).
struct ExpiredEvidence
{
    Record evidence;
    QString message; ///< translated, naming the evidence, its file, its record and the expiry date
};

/// Evidence records as a removal took them away, with the bytes they held, for undo.
struct RemovedEvidence
{
    QList<Record> records;
    QHash<QString, QByteArray> bytes; ///< by SHA-256
};

/// Evidence files stored in the project file and attached to records of any register. The bytes are
/// stored once per SHA-256 however often they are attached; each attachment is a record of the
/// evidence register (evidenceSpec()), so list, show, set, remove, export and history work through the
/// framework, and only creation runs here, because it brings the file.
class EvidenceService final
{
public:
    explicit EvidenceService(Database &db);

    /// Stores the file at `path` and attaches it to the record `ref` (as typed: "A.5.1", "R-001") of
    /// the register `kind` ("controls"), in one transaction logged as the evidence record's creation
    /// (the snapshot holds the hash, never the bytes). Returns the new evidence record.
    /// Errors, each one sentence and nothing stored: InvalidArgument for an unknown register or dates
    /// out of order; NotFound for a missing file or record; Io for a folder, an unreadable file or a
    /// file over the project's size limit; Database.
    [[nodiscard]] Result<Record> attach(const QString &kind,
                                        const QString &ref,
                                        const QString &path,
                                        const EvidenceDetails &details = {});

    /// As attach(), for bytes the program holds rather than a file on disk (the demo's evidence):
    /// `name` is the file name to store them under. The size limit applies as to a file.
    [[nodiscard]] Result<Record> attachData(const QString &kind,
                                            const QString &ref,
                                            const QString &name,
                                            const QByteArray &data,
                                            const EvidenceDetails &details = {});

    /// Removes evidence records as one logged action (RecordService::remove), keeping their bytes in
    /// the returned value so that restore() can put them back (the undo of a removal): bytes that no
    /// other evidence holds leave the project file.
    [[nodiscard]] Result<RemovedEvidence> remove(const QList<RecordId> &ids);

    /// Puts back what remove() took, with the same ids and references, logged as creations.
    [[nodiscard]] Result<void> restore(const RemovedEvidence &removed);

    /// The evidence attached to the record `ref` of `kind`, all evidence of the register `kind` when
    /// `ref` is empty, or all evidence when `kind` is empty too, in id order. Errors: InvalidArgument for
    /// an unknown register, NotFound for an unknown record.
    [[nodiscard]] Result<QList<Record>> list(const QString &kind = {}, const QString &ref = {}) const;

    /// The stored bytes of the evidence `evidenceRef` ("EV-001"), checked against their SHA-256.
    /// Errors: NotFound; Io when the bytes were changed outside the program.
    [[nodiscard]] Result<QByteArray> content(const QString &evidenceRef) const;

    /// Writes the stored bytes of `evidenceRef` to `target`, byte for byte. Errors: as content(); Io
    /// when the target cannot be written.
    [[nodiscard]] Result<void> extract(const QString &evidenceRef, const QString &target) const;

    /// How many evidence files each record of `kind` ("controls") has, by the record's stored reference
    /// ("5.1", as EntitySpec::refOf gives it); records without evidence are absent. For reports such as
    /// the SoA's evidence count. Errors: InvalidArgument for a register evidence cannot name.
    [[nodiscard]] Result<QHash<QString, int>> countsByRecord(const QString &kind) const;

    /// The project's size limit per evidence file, in bytes.
    [[nodiscard]] Result<qint64> sizeLimit() const;

    /// Changes the size limit (logged). Errors: InvalidArgument outside 1 byte to MaxSizeLimit.
    [[nodiscard]] Result<void> setSizeLimit(qint64 bytes);

    /// Reads the file at `path` for storing: refuses a missing file, a folder, an unreadable file and one
    /// over `limit` bytes, each in one sentence (the limit in it). Shared with document versions.
    [[nodiscard]] static Result<QByteArray> readFile(const QString &path, qint64 limit);

    /// The sentence that refuses a file of `size` bytes over the project's `limit`.
    static QString overLimitText(const QString &name, qint64 size, qint64 limit);

    /// True when evidence can be attached to records of `spec`: every register but evidence itself.
    static bool canAttachTo(const EntitySpec &spec) { return !spec.target; }

    /// True when `evidence` has an expiry date before `today` (it proves its record through that day).
    static bool isExpired(const Record &evidence, const QDate &today);

    /// What `check` finds: stored bytes whose hash or size no longer match (naming the evidence),
    /// stored bytes no evidence names, evidence whose bytes are missing or whose record does not exist,
    /// and a size limit that differs from its last logged value. One sentence each; empty for a file
    /// before evidence existed.
    [[nodiscard]] static Result<QStringList> check(const Database &db);

    /// For `check`'s readiness points: one sentence per evidence file whose expiry date lies before
    /// `today`, naming the evidence, its file name, its record and the expiry date, in evidence order.
    /// Expired evidence leaves the file sound; it is what an auditor would ask to see renewed. Empty for
    /// a file before evidence existed.
    [[nodiscard]] static Result<QStringList> expiredPoints(const Database &db, const QDate &today);

    /// As expiredPoints(), with each expired evidence record beside its sentence (for the readiness
    /// check, which names the record to fix).
    [[nodiscard]] static Result<QList<ExpiredEvidence>> expired(const Database &db, const QDate &today);

    /// The size limit of a new project (50 MB).
    static constexpr qint64 DefaultSizeLimit = 50LL * 1024 * 1024;

    /// The largest size limit a project may set (the schema's bound, 1,000,000,000 bytes).
    static constexpr qint64 MaxSizeLimit = 1'000'000'000;

    /// The change-log entity, id and field of the size limit.
    static QString settingEntity() { return QStringLiteral("evidence_setting"); }

    static QString sizeLimitField() { return QStringLiteral("max_file_size"); }

private:
    [[nodiscard]] Result<const EntitySpec *> registerOf(const QString &kind) const;

    Database &m_db;
};

} // namespace isms
