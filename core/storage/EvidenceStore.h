// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace isms {

class Database;

/// What `check` found for one stored file: its key and the hash and size of the bytes as they are now.
struct StoredBlob
{
    QString sha256;        ///< the key it was stored under
    qint64 storedSize = 0; ///< the size stored beside it
    QString actualSha256;  ///< SHA-256 of the bytes now in the file
    qint64 actualSize = 0;
};

/// The SQL of evidence files: the bytes, stored once per SHA-256 in evidence_blob, and the project's
/// size limit per file. Writing methods must run inside Database::transaction(); EvidenceService does
/// that and logs.
class EvidenceStore final
{
public:
    explicit EvidenceStore(const Database &db);

    /// True when the file's schema has the evidence tables (an older file may not).
    [[nodiscard]] Result<bool> exists() const;

    /// True when bytes with this hash are stored.
    [[nodiscard]] Result<bool> hasBlob(const QString &sha256) const;

    /// Stores the bytes under their hash unless they are stored already (deduplication).
    [[nodiscard]] Result<void> putBlob(const QString &sha256, const QByteArray &data) const;

    /// The stored bytes. NotFound when none are stored under that hash.
    [[nodiscard]] Result<QByteArray> blob(const QString &sha256) const;

    /// Every stored file with the hash of its bytes recomputed, one at a time (for `check`).
    [[nodiscard]] Result<QList<StoredBlob>> verifyAll() const;

    /// The number of evidence records per record reference of the register `kind`; empty for a file
    /// before evidence existed.
    [[nodiscard]] Result<QHash<QString, int>> countsByRecord(const QString &kind) const;

    /// The size limit per file in bytes (a setting of the project; 50 MB unless changed).
    [[nodiscard]] Result<qint64> sizeLimit() const;

    /// Changes the size limit. The caller logs it.
    [[nodiscard]] Result<void> setSizeLimit(qint64 bytes) const;

    /// Deletes the bytes of `records` (evidence) that no evidence record holds any more, so that a
    /// removed file leaves the project file. EntitySpec::afterRemove of the evidence register.
    [[nodiscard]] static Result<void> dropUnusedBlobs(const Database &db, const QList<Record> &records);

    /// Deletes the bytes of `hashes` that neither evidence nor a document version holds any more.
    [[nodiscard]] static Result<void> dropUnheld(const Database &db, const QSet<QString> &hashes);

    /// SHA-256 of `data` in lower-case hex.
    static QString hashOf(const QByteArray &data);

private:
    QSqlDatabase m_connection;
};

} // namespace isms
