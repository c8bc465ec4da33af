// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/EvidenceStore.h"

#include "domain/Entities.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>

namespace isms {

EvidenceStore::EvidenceStore(const Database &db)
    : m_connection(db.connection())
{}

QString EvidenceStore::hashOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Result<bool> EvidenceStore::exists() const
{
    const auto found = sql::scalar(
        m_connection,
        QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'evidence_blob'"));
    if (!found) {
        return found.error();
    }
    return found->toLongLong() > 0;
}

Result<bool> EvidenceStore::hasBlob(const QString &sha256) const
{
    const auto found = sql::scalar(m_connection,
                                   QStringLiteral("SELECT COUNT(*) FROM evidence_blob WHERE sha256 = ?"),
                                   {sha256});
    if (!found) {
        return found.error();
    }
    return found->toLongLong() > 0;
}

Result<void> EvidenceStore::putBlob(const QString &sha256, const QByteArray &data) const
{
    const auto stored = hasBlob(sha256);
    if (!stored) {
        return stored.error();
    }
    if (*stored) {
        return {};
    }
    QSqlQuery insert(m_connection);
    // A null QByteArray (an empty file) would bind as NULL; an empty, non-null one binds as a blob.
    const QByteArray bytes = data.isNull() ? QByteArray("", 0) : data;
    return sql::exec(insert,
                     QStringLiteral("INSERT INTO evidence_blob (sha256, size, data) VALUES (?, ?, ?)"),
                     {sha256, static_cast<qint64>(bytes.size()), bytes});
}

Result<QByteArray> EvidenceStore::blob(const QString &sha256) const
{
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (auto done =
            sql::exec(query, QStringLiteral("SELECT data FROM evidence_blob WHERE sha256 = ?"), {sha256});
        !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("isms::EvidenceStore",
                                                 "The stored file is missing from the project; run "
                                                 "\"isms-cli check\" on it."),
                     sha256};
    }
    return query.value(0).toByteArray();
}

Result<QList<StoredBlob>> EvidenceStore::verifyAll() const
{
    // Keys first, then one file at a time, so that memory holds one file rather than all of them.
    QSqlQuery keys(m_connection);
    keys.setForwardOnly(true);
    if (auto done = sql::exec(keys, QStringLiteral("SELECT sha256, size FROM evidence_blob ORDER BY sha256"));
        !done) {
        return done.error();
    }
    QList<StoredBlob> blobs;
    while (keys.next()) {
        blobs.append(StoredBlob{keys.value(0).toString(), keys.value(1).toLongLong(), {}, 0});
    }
    for (StoredBlob &stored : blobs) {
        auto data = blob(stored.sha256);
        if (!data) {
            return data.error();
        }
        stored.actualSha256 = hashOf(*data);
        stored.actualSize = data->size();
    }
    return blobs;
}

Result<QHash<QString, int>> EvidenceStore::countsByRecord(const QString &kind) const
{
    const auto present = exists();
    if (!present) {
        return present.error();
    }
    QHash<QString, int> counts;
    if (!*present) {
        return counts;
    }
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (auto done = sql::exec(query,
                              QStringLiteral("SELECT record_ref, COUNT(*) FROM evidence WHERE kind = ? "
                                             "GROUP BY record_ref"),
                              {kind});
        !done) {
        return done.error();
    }
    while (query.next()) {
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return counts;
}

Result<qint64> EvidenceStore::sizeLimit() const
{
    const auto limit =
        sql::scalar(m_connection, QStringLiteral("SELECT max_file_size FROM evidence_setting WHERE id = 1"));
    if (!limit) {
        return limit.error();
    }
    return limit->toLongLong();
}

Result<void> EvidenceStore::setSizeLimit(qint64 bytes) const
{
    QSqlQuery update(m_connection);
    return sql::exec(update,
                     QStringLiteral("UPDATE evidence_setting SET max_file_size = ? WHERE id = 1"),
                     {bytes});
}

Result<void> EvidenceStore::dropUnusedBlobs(const Database &db, const QList<Record> &records)
{
    const int column = evidenceSpec().indexOf(u"sha256");
    QSet<QString> hashes;
    for (const Record &record : records) {
        hashes.insert(record.values.value(column).toString());
    }
    return dropUnheld(db, hashes);
}

Result<void> EvidenceStore::dropUnheld(const Database &db, const QSet<QString> &hashes)
{
    for (const QString &sha256 : hashes) {
        QSqlQuery remove(db.connection());
        if (auto done = sql::exec(remove,
                                  QStringLiteral("DELETE FROM evidence_blob WHERE sha256 = ? AND NOT EXISTS "
                                                 "(SELECT 1 FROM evidence WHERE evidence.sha256 = ?) AND NOT "
                                                 "EXISTS (SELECT 1 FROM document_version WHERE "
                                                 "document_version.sha256 = ?)"),
                                  {sha256, sha256, sha256});
            !done) {
            return done;
        }
    }
    return {};
}

} // namespace isms
