// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DocumentRules.h"

#include "domain/Entities.h"
#include "services/FrozenSnapshot.h"
#include "services/RecordService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/RecordRepository.h"
#include "storage/SqlHelpers.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace isms {

namespace {

QVariant valueOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.value(spec.indexOf(key));
}

Error refusal(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

bool isApproved(const Record &version)
{
    return valueOf(documentVersionSpec(), version, u"status").toString() == u"approved";
}

/// The clause references of the clause register (4 to 10 and their subclauses), in upper case.
Result<QSet<QString>> clauseRefs(const Database &db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (auto done = sql::exec(query, QStringLiteral("SELECT ref FROM clause")); !done) {
        return done.error();
    }
    QSet<QString> refs;
    while (query.next()) {
        refs.insert(query.value(0).toString().toUpper());
    }
    return refs;
}

Result<void> refreshCurrentVersions(const Database &db, const QList<Record> &versions)
{
    QSet<qint64> documents;
    for (const Record &version : versions) {
        documents.insert(valueOf(documentVersionSpec(), version, u"document").toLongLong());
    }
    for (const qint64 document : std::as_const(documents)) {
        QSqlQuery update(db.connection());
        if (auto done =
                sql::exec(update,
                          QStringLiteral("UPDATE document SET current_version = COALESCE((SELECT "
                                         "version FROM document_version WHERE document = ? AND status "
                                         "= 'approved' ORDER BY id DESC LIMIT 1), '') WHERE id = ?"),
                          {document, document});
            !done) {
            return done;
        }
    }
    return {};
}

} // namespace

Result<void> DocumentRules::validateDocument(const EntitySpec &spec,
                                             const Record &record,
                                             const RecordContext &context)
{
    const QString type = valueOf(spec, record, u"type").toString();
    if (type == u"topic_policy" && valueOf(spec, record, u"topic").toString().trimmed().isEmpty()) {
        return refusal(tr("A topic-specific policy names the Annex A controls or the topic it covers; fill "
                          "in \"Annex A controls or topic\" (for example \"A.5.15, A.8.2\" or \"access "
                          "control\")."));
    }
    const QString clauses = valueOf(spec, record, u"clauses").toString();
    if (clauses.trimmed().isEmpty() || !context.db) {
        return {};
    }
    const auto known = clauseRefs(*context.db);
    if (!known) {
        return known.error();
    }
    static const QRegularExpression separator(QStringLiteral("[,;]"));
    for (const QString &part : clauses.split(separator)) {
        const QString clause = part.trimmed();
        if (clause.isEmpty()) {
            continue;
        }
        const int major = clause.section(u'.', 0, 0).toInt();
        if (major < 4 || major > 10 || !known->contains(clause.toUpper())) {
            return refusal(
                tr("\"%1\" is not a clause of ISO/IEC 27001 from 4 to 10; give clause numbers such "
                   "as 5.2 or 6.1.3, separated by commas.")
                    .arg(clause));
        }
    }
    return {};
}

Result<void> DocumentRules::validateVersion(const EntitySpec &spec,
                                            const Record &record,
                                            const RecordContext &context)
{
    const QDate approvalDate = valueOf(spec, record, u"approval_date").toDate();
    if (isApproved(record)
        && (valueOf(spec, record, u"approver").toString().trimmed().isEmpty() || !approvalDate.isValid())) {
        return refusal(tr("An approved version names who approved it and when; fill in the approver and the "
                          "approval date, or keep the version in draft or in review."));
    }
    if (approvalDate.isValid() && approvalDate > QDate::currentDate()) {
        return refusal(tr("The approval date %1 lies in the future; give the date the version was approved.")
                           .arg(approvalDate.toString(Qt::ISODate)));
    }
    if (!context.db) {
        return {};
    }
    const qint64 document = valueOf(spec, record, u"document").toLongLong();
    const QString label = valueOf(spec, record, u"version").toString().trimmed();
    const auto taken = sql::scalar(context.db->connection(),
                                   QStringLiteral("SELECT ref FROM document_version WHERE document = ? AND "
                                                  "lower(version) = lower(?) AND id <> ?"),
                                   {document, label, record.id.value});
    if (!taken) {
        return taken.error();
    }
    if (!taken->isNull()) {
        return refusal(tr("The document already has a version %1 (%2); give the new version another label, "
                          "such as the next number.")
                           .arg(label, taken->toString()));
    }
    return {};
}

Result<void> DocumentRules::validateAcknowledgement(const EntitySpec &spec,
                                                    const Record &record,
                                                    const RecordContext &context)
{
    const QDate acknowledged = valueOf(spec, record, u"acknowledged_on").toDate();
    if (acknowledged.isValid() && acknowledged > QDate::currentDate()) {
        return refusal(tr("The acknowledgement date %1 lies in the future; give the date the person "
                          "acknowledged the policy.")
                           .arg(acknowledged.toString(Qt::ISODate)));
    }
    if (!context.db) {
        return {};
    }
    const qint64 document = valueOf(spec, record, u"document").toLongLong();
    const auto found = RecordRepository(*context.db, documentSpec()).find(RecordId{document});
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return {}; // the reference check names the missing document
    }
    const QString type = valueOf(documentSpec(), **found, u"type").toString();
    if (type != u"policy" && type != u"topic_policy") {
        return refusal(tr("%1 is not a policy; acknowledgements record who has read the information security "
                          "policy or a topic-specific policy.")
                           .arg(EntitySpec::refOf(**found)));
    }
    return {};
}

Result<void> DocumentRules::validateDuty(const EntitySpec &spec,
                                         const Record &record,
                                         const RecordContext & /*context*/)
{
    const QString status = valueOf(spec, record, u"status").toString();
    if (status != u"not_shown" && valueOf(spec, record, u"how_shown").toString().trimmed().isEmpty()) {
        return refusal(tr("A duty that top management shows says how it is shown; fill in \"How it is "
                          "shown\" (the meeting, decision or document), or set the status to not shown."));
    }
    return {};
}

QString DocumentRules::versionFrozen(const EntitySpec & /*spec*/, const Record &stored)
{
    if (!isApproved(stored)) {
        return {};
    }
    return tr("Document version %1 is approved and never changes; for any change add a new version of the "
              "document.")
        .arg(EntitySpec::refOf(stored));
}

QString DocumentRules::sealOf(const Record &version)
{
    const QString snapshot = documentVersionSpec().snapshot(version);
    return QString::fromUtf8(FrozenSnapshot::canonicalJson(QJsonObject{
        {QStringLiteral("record"), QJsonDocument::fromJson(snapshot.toUtf8()).object()},
        {QStringLiteral("sha256"), FrozenSnapshot::sha256Of(snapshot.toUtf8())},
    }));
}

QList<FieldChange> DocumentRules::versionSeal(const EntitySpec &spec,
                                              const Record *before,
                                              const Record &after)
{
    if (!isApproved(after) || (before && isApproved(*before))) {
        return {};
    }
    return {
        FieldChange{spec.entity, QString::number(after.id.value), sealField(), std::nullopt, sealOf(after)}};
}

Result<void> DocumentRules::afterVersionsWritten(const Database &db, const QList<Record> &versions)
{
    return refreshCurrentVersions(db, versions);
}

Result<void> DocumentRules::afterVersionsRemoved(const Database &db, const QList<Record> &versions)
{
    QSet<QString> hashes;
    for (const Record &version : versions) {
        hashes.insert(valueOf(documentVersionSpec(), version, u"sha256").toString());
    }
    if (auto dropped = EvidenceStore::dropUnheld(db, hashes); !dropped) {
        return dropped;
    }
    return refreshCurrentVersions(db, versions);
}

Result<QSet<QString>> DocumentRules::versionFileHashes(const Database &db)
{
    QSet<QString> hashes;
    const auto exists = RecordRepository(db, documentVersionSpec()).tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return hashes;
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (auto done = sql::exec(query, QStringLiteral("SELECT DISTINCT sha256 FROM document_version")); !done) {
        return done.error();
    }
    while (query.next()) {
        hashes.insert(query.value(0).toString());
    }
    return hashes;
}

Result<QStringList> DocumentRules::check(const Database &db)
{
    QStringList findings;
    const RecordRepository repository(db, documentVersionSpec());
    const auto exists = repository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return findings;
    }
    const auto versions = repository.all();
    if (!versions) {
        return versions.error();
    }
    const auto blobs = EvidenceStore(db).verifyAll();
    if (!blobs) {
        return blobs.error();
    }
    QHash<QString, StoredBlob> byHash;
    for (const StoredBlob &blob : *blobs) {
        byHash.insert(blob.sha256, blob);
    }
    const auto entries = ChangeLog::entries(db, ChangeLogQuery{documentVersionSpec().entity, {}, 0});
    if (!entries) {
        return entries.error();
    }
    QHash<QString, QString> seals;
    for (const ChangeLogEntry &entry : *entries) {
        if (entry.field == sealField()) {
            seals.insert(entry.entityId, entry.newValue.value_or(QString()));
        }
    }
    for (const Record &version : *versions) {
        const QString ref = EntitySpec::refOf(version);
        const QString name = valueOf(documentVersionSpec(), version, u"file_name").toString();
        const QString sha256 = valueOf(documentVersionSpec(), version, u"sha256").toString();
        const auto blob = byHash.constFind(sha256);
        if (blob == byHash.constEnd()) {
            findings.append(tr("The stored file of document version %1 (%2) is missing from the project; it "
                               "was removed outside ISMS Workbench.")
                                .arg(ref, name));
        } else if (blob->actualSha256 != sha256) {
            findings.append(
                tr("The stored file of document version %1 (%2) no longer matches its SHA-256; it "
                   "was changed outside ISMS Workbench.")
                    .arg(ref, name));
        }
        const QString id = QString::number(version.id.value);
        const auto seal = seals.constFind(id);
        if (isApproved(version)) {
            if (seal == seals.constEnd()) {
                findings.append(tr("Document version %1 is marked approved but was never approved in ISMS "
                                   "Workbench; it was changed outside the program.")
                                    .arg(ref));
            } else if (*seal != sealOf(version)) {
                findings.append(tr("Approved document version %1 differs from what was frozen when it was "
                                   "approved; it was changed outside ISMS Workbench.")
                                    .arg(ref));
            }
        } else if (seal != seals.constEnd()) {
            findings.append(tr("Document version %1 was approved but is no longer marked so; it was changed "
                               "outside ISMS Workbench.")
                                .arg(ref));
        }
    }
    return findings;
}

} // namespace isms
