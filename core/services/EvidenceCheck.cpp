// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// EvidenceService::check and expiredPoints: what `isms-cli check` finds and points out about stored
// evidence files.
#include "domain/Entities.h"
#include "services/DocumentRules.h"
#include "services/EvidenceService.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/RecordRepository.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace isms {

namespace {

class EvidenceCheckText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::EvidenceService)
};

QString valueOf(const Record &record, QStringView key)
{
    return record.values.value(evidenceSpec().indexOf(key)).toString();
}

QString named(const Record &evidence)
{
    return EvidenceCheckText::tr("%1 (%2)").arg(EntitySpec::refOf(evidence), valueOf(evidence, u"name"));
}

/// Findings about the size limit: its value against its last logged one (or the default).
Result<QStringList> checkSizeLimit(const Database &db)
{
    const auto current = EvidenceStore(db).sizeLimit();
    if (!current) {
        return current.error();
    }
    const auto logged = sql::scalar(db.connection(),
                                    QStringLiteral("SELECT new_value FROM change_log WHERE entity = ? AND "
                                                   "entity_id = '1' AND field = ? ORDER BY seq DESC LIMIT 1"),
                                    {EvidenceService::settingEntity(), EvidenceService::sizeLimitField()});
    if (!logged) {
        return logged.error();
    }
    const qint64 expected =
        logged->isNull() ? EvidenceService::DefaultSizeLimit : logged->toString().toLongLong();
    if (*current != expected) {
        return QStringList{EvidenceCheckText::tr("The size limit per evidence file differs from its last "
                                                 "logged value; it was changed outside ISMS Workbench.")};
    }
    return QStringList();
}

} // namespace

Result<QStringList> EvidenceService::check(const Database &db)
{
    const EvidenceStore store(db);
    const auto exists = store.exists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return QStringList(); // a file from before evidence was stored
    }
    auto findings = checkSizeLimit(db);
    if (!findings) {
        return findings;
    }
    const auto evidence = RecordRepository(db, evidenceSpec()).all();
    if (!evidence) {
        return evidence.error();
    }
    QHash<QString, QList<const Record *>> byHash;
    for (const Record &record : *evidence) {
        byHash[valueOf(record, u"sha256")].append(&record);
    }
    const auto blobs = store.verifyAll();
    if (!blobs) {
        return blobs.error();
    }
    const auto versionFiles = DocumentRules::versionFileHashes(db);
    if (!versionFiles) {
        return versionFiles.error();
    }
    QHash<QString, qint64> storedSizes;
    for (const StoredBlob &blob : *blobs) {
        storedSizes.insert(blob.sha256, blob.storedSize);
        const QList<const Record *> holders = byHash.value(blob.sha256);
        if (holders.isEmpty() && versionFiles->contains(blob.sha256)) {
            continue; // a document version's file: DocumentRules::check verifies it
        }
        if (holders.isEmpty()) {
            findings->append(EvidenceCheckText::tr("The project holds a stored file (SHA-256 %1) that no "
                                                   "evidence names; it was added outside ISMS Workbench.")
                                 .arg(blob.sha256));
            continue;
        }
        if (blob.actualSha256 != blob.sha256 || blob.actualSize != blob.storedSize) {
            QStringList names;
            for (const Record *holder : holders) {
                names.append(named(*holder));
            }
            findings->append(EvidenceCheckText::tr("The stored file of %1 no longer matches its SHA-256; it "
                                                   "was changed outside ISMS Workbench. Attach the original "
                                                   "again.")
                                 .arg(names.join(QStringLiteral(", "))));
        }
    }
    QHash<QString, QSet<QString>> refsByKind;
    for (const Record &record : *evidence) {
        const QString sha256 = valueOf(record, u"sha256");
        const auto stored = storedSizes.constFind(sha256);
        if (stored == storedSizes.constEnd()) {
            findings->append(
                EvidenceCheckText::tr("The stored file of %1 is missing from the project; it was "
                                      "removed outside ISMS Workbench. Attach it again.")
                    .arg(named(record)));
        } else if (*stored != record.values.value(evidenceSpec().indexOf(u"size")).toLongLong()) {
            findings->append(EvidenceCheckText::tr("The size recorded for %1 differs from its stored file.")
                                 .arg(named(record)));
        }
        const QString kind = valueOf(record, u"kind");
        const EntitySpec *spec = Entities::find(kind);
        if (!spec || spec->target) {
            findings->append(
                EvidenceCheckText::tr("%1 is attached to a register that does not exist (\"%2\").")
                    .arg(named(record), kind));
            continue;
        }
        if (!refsByKind.contains(kind)) {
            const auto refs = RecordRepository(db, *spec).idsByRef();
            if (!refs) {
                return refs.error();
            }
            QSet<QString> keys;
            for (auto it = refs->constBegin(); it != refs->constEnd(); ++it) {
                keys.insert(it.key());
            }
            refsByKind.insert(kind, keys);
        }
        const QString target = valueOf(record, u"record_ref");
        if (!refsByKind.value(kind).contains(target.toUpper())) {
            findings->append(EvidenceCheckText::tr("%1 is attached to %2 %3, which does not exist.")
                                 .arg(named(record), spec->singularNoun(), spec->shownRef(target)));
        }
    }
    return findings;
}

Result<QList<ExpiredEvidence>> EvidenceService::expired(const Database &db, const QDate &today)
{
    const auto exists = EvidenceStore(db).exists();
    if (!exists) {
        return exists.error();
    }
    QList<ExpiredEvidence> found;
    if (!*exists) {
        return found;
    }
    const auto evidence = RecordRepository(db, evidenceSpec()).all();
    if (!evidence) {
        return evidence.error();
    }
    for (const Record &record : *evidence) {
        if (!isExpired(record, today)) {
            continue;
        }
        const EntitySpec *spec = Entities::find(valueOf(record, u"kind"));
        const QString target = valueOf(record, u"record_ref");
        const QString expires =
            record.values.value(evidenceSpec().indexOf(u"expires")).toDate().toString(Qt::ISODate);
        //: %1: evidence and file name, "EV-003 (backup-test.log)"; %2: "control"; %3: "A.8.13";
        //: %4: the expiry date, YYYY-MM-DD.
        found.append({record,
                      EvidenceCheckText::tr("The evidence %1 of %2 %3 expired on %4; attach current "
                                            "evidence, or remove it once it is no longer needed.")
                          .arg(named(record),
                               spec ? spec->singularNoun() : valueOf(record, u"kind"),
                               spec ? spec->shownRef(target) : target,
                               expires)});
    }
    return found;
}

Result<QStringList> EvidenceService::expiredPoints(const Database &db, const QDate &today)
{
    const auto found = expired(db, today);
    if (!found) {
        return found.error();
    }
    QStringList points;
    for (const ExpiredEvidence &item : *found) {
        points.append(item.message);
    }
    return points;
}

} // namespace isms
