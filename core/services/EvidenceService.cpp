// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/EvidenceService.h"

#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "services/RecordService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/RecordRepository.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlQuery>

namespace isms {

namespace {

class EvidenceText final
{
    Q_DECLARE_TR_FUNCTIONS(isms::EvidenceService)
};

QString field(const Record &record, QStringView key)
{
    return record.values.value(evidenceSpec().indexOf(key)).toString();
}

/// "EV-001 (report.pdf)"
QString named(const Record &evidence)
{
    return EvidenceText::tr("%1 (%2)").arg(EntitySpec::refOf(evidence), field(evidence, u"name"));
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

/// Reads at most `limit` bytes of `path`; refuses a folder, a missing or unreadable file and one over
/// the limit, before anything is stored.
Result<QByteArray> readBounded(const QString &path, qint64 limit)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{ErrorCode::NotFound,
                     EvidenceText::tr("The file %1 does not exist; check the path and try again.").arg(path),
                     {}};
    }
    if (info.isDir()) {
        return Error{
            ErrorCode::Io,
            EvidenceText::tr("%1 is a folder, not a file; give the path of one file to attach.").arg(path),
            {}};
    }
    const auto overLimit = [&](qint64 size) {
        return Error{ErrorCode::Io,
                     EvidenceText::tr(
                         "The file %1 is %2, more than the project's limit of %3 per evidence file; nothing "
                         "was stored. Attach a smaller file or raise the limit.")
                         .arg(path, dataSize(size), dataSize(limit)),
                     {}};
    };
    if (info.size() > limit) {
        return overLimit(info.size());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{
            ErrorCode::Io,
            EvidenceText::tr("The file %1 cannot be read; check its permissions and try again.").arg(path),
            file.errorString()};
    }
    // One byte more than the limit tells a file that grew since its size was read.
    QByteArray data = file.read(limit + 1);
    if (data.size() > limit) {
        return overLimit(data.size());
    }
    if (file.error() != QFileDevice::NoError) {
        return Error{
            ErrorCode::Io,
            EvidenceText::tr("The file %1 cannot be read; check its permissions and try again.").arg(path),
            file.errorString()};
    }
    return data;
}

} // namespace

EvidenceService::EvidenceService(Database &db)
    : m_db(db)
{}

Result<QByteArray> EvidenceService::readFile(const QString &path, qint64 limit)
{
    return readBounded(path, limit);
}

QString EvidenceService::overLimitText(const QString &name, qint64 size, qint64 limit)
{
    return EvidenceText::tr(
               "The file %1 is %2, more than the project's limit of %3 per evidence file; nothing "
               "was stored. Attach a smaller file or raise the limit.")
        .arg(name, dataSize(size), dataSize(limit));
}

Result<const EntitySpec *> EvidenceService::registerOf(const QString &kind) const
{
    const EntitySpec *spec = Entities::find(kind.trimmed());
    if (!spec || !canAttachTo(*spec)) {
        QStringList kinds;
        for (const EntitySpec *candidate : Entities::all()) {
            if (canAttachTo(*candidate)) {
                kinds.append(candidate->key);
            }
        }
        return Error{ErrorCode::InvalidArgument,
                     EvidenceText::tr("\"%1\" is not a register evidence can be attached to; use one of %2.")
                         .arg(kind, kinds.join(QStringLiteral(", "))),
                     {}};
    }
    return spec;
}

Result<Record> EvidenceService::attach(const QString &kind,
                                       const QString &ref,
                                       const QString &path,
                                       const EvidenceDetails &details)
{
    // The register and the record are checked before the file is read, so that a typing error in
    // either is reported as such rather than hidden behind the file's size.
    const auto spec = registerOf(kind);
    if (!spec) {
        return spec.error();
    }
    if (auto target = RecordService(m_db, **spec).getByRef((*spec)->storedRef(ref)); !target) {
        return target.error();
    }
    const auto limit = EvidenceStore(m_db).sizeLimit();
    if (!limit) {
        return limit.error();
    }
    const auto data = readBounded(path, *limit);
    if (!data) {
        return data.error();
    }
    return attachData(kind, ref, QFileInfo(path).fileName(), *data, details);
}

Result<Record> EvidenceService::attachData(const QString &kind,
                                           const QString &ref,
                                           const QString &name,
                                           const QByteArray &data,
                                           const EvidenceDetails &details)
{
    const auto spec = registerOf(kind);
    if (!spec) {
        return spec.error();
    }
    auto target = RecordService(m_db, **spec).getByRef((*spec)->storedRef(ref));
    if (!target) {
        return target.error();
    }
    const EvidenceStore store(m_db);
    const auto limit = store.sizeLimit();
    if (!limit) {
        return limit.error();
    }
    if (data.size() > *limit) {
        return Error{ErrorCode::Io,
                     EvidenceText::tr(
                         "The file %1 is %2, more than the project's limit of %3 per evidence file; nothing "
                         "was stored. Attach a smaller file or raise the limit.")
                         .arg(name, dataSize(data.size()), dataSize(*limit)),
                     {}};
    }
    const QString sha256 = EvidenceStore::hashOf(data);
    const EntitySpec &evidence = evidenceSpec();
    Record record = evidence.newRecord();
    const auto set = [&](QStringView key, const QVariant &value) {
        record.values[evidence.indexOf(key)] = value;
    };
    set(u"kind", (*spec)->key);
    set(u"record_ref", EntitySpec::refOf(*target));
    set(u"name", name);
    set(u"media_type", QMimeDatabase().mimeTypeForFileNameAndData(name, data).name());
    set(u"size", static_cast<qint64>(data.size()));
    set(u"sha256", sha256);
    set(u"evidence_date", details.evidenceDate.isValid() ? QVariant(details.evidenceDate) : QVariant());
    set(u"expires", details.expires.isValid() ? QVariant(details.expires) : QVariant());
    set(u"notes", details.notes.trimmed());

    RecordService service(m_db, evidence);
    QList<RecordId> ids;
    auto done = m_db.transaction([&]() -> Result<void> {
        if (auto stored = store.putBlob(sha256, data); !stored) {
            return stored;
        }
        QList<FieldChange> logged;
        if (auto inserted = service.insertWithin({record}, false, ids, logged); !inserted) {
            return inserted;
        }
        return ChangeLog::append(m_db, logged);
    });
    if (!done) {
        return done.error();
    }
    Q_EMIT m_db.notifier()->recordsAdded(evidence.key, ids);
    Q_EMIT m_db.notifier()->changeLogAppended();
    return service.get(ids.constFirst());
}

Result<RemovedEvidence> EvidenceService::remove(const QList<RecordId> &ids)
{
    RemovedEvidence removed;
    const auto records = RecordRepository(m_db, evidenceSpec()).byIds(ids);
    if (!records) {
        return records.error();
    }
    const EvidenceStore store(m_db);
    for (const Record &record : *records) {
        const QString sha256 = field(record, u"sha256");
        if (removed.bytes.contains(sha256)) {
            continue;
        }
        auto data = store.blob(sha256);
        if (!data) {
            return data.error();
        }
        removed.bytes.insert(sha256, *data);
    }
    auto gone = RecordService(m_db, evidenceSpec()).remove(ids);
    if (!gone) {
        return gone.error();
    }
    removed.records = *gone;
    return removed;
}

Result<void> EvidenceService::restore(const RemovedEvidence &removed)
{
    RecordService service(m_db, evidenceSpec());
    const EvidenceStore store(m_db);
    QList<RecordId> ids;
    auto done = m_db.transaction([&]() -> Result<void> {
        for (auto it = removed.bytes.constBegin(); it != removed.bytes.constEnd(); ++it) {
            if (auto stored = store.putBlob(it.key(), it.value()); !stored) {
                return stored;
            }
        }
        QList<FieldChange> logged;
        if (auto inserted = service.insertWithin(removed.records, true, ids, logged); !inserted) {
            return inserted;
        }
        return ChangeLog::append(m_db, logged);
    });
    if (!done) {
        return done;
    }
    Q_EMIT m_db.notifier()->recordsAdded(evidenceSpec().key, ids);
    Q_EMIT m_db.notifier()->changeLogAppended();
    return {};
}

Result<QList<Record>> EvidenceService::list(const QString &kind, const QString &ref) const
{
    const RecordRepository repository(m_db, evidenceSpec());
    if (kind.isEmpty()) {
        return repository.all();
    }
    const auto spec = registerOf(kind);
    if (!spec) {
        return spec.error();
    }
    if (ref.trimmed().isEmpty()) {
        return repository.naming((*spec)->key, {});
    }
    auto target = RecordService(m_db, **spec).getByRef((*spec)->storedRef(ref));
    if (!target) {
        return target.error();
    }
    return repository.naming((*spec)->key, {EntitySpec::refOf(*target)});
}

Result<QByteArray> EvidenceService::content(const QString &evidenceRef) const
{
    auto record = RecordService(m_db, evidenceSpec()).getByRef(evidenceRef);
    if (!record) {
        return record.error();
    }
    const QString sha256 = field(*record, u"sha256");
    auto data = EvidenceStore(m_db).blob(sha256);
    if (!data) {
        return data.error();
    }
    if (EvidenceStore::hashOf(*data) != sha256) {
        return Error{ErrorCode::Io,
                     EvidenceText::tr(
                         "The stored file of %1 no longer matches its SHA-256: it was changed outside ISMS "
                         "Workbench. Run \"isms-cli check\" and attach the original again.")
                         .arg(named(*record)),
                     sha256};
    }
    return data;
}

Result<void> EvidenceService::extract(const QString &evidenceRef, const QString &target) const
{
    const auto data = content(evidenceRef);
    if (!data) {
        return data.error();
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        return Error{
            ErrorCode::Io,
            EvidenceText::tr("%1 could not be written; check that its folder exists and can be written to.")
                .arg(target),
            file.errorString()};
    }
    return {};
}

Result<QHash<QString, int>> EvidenceService::countsByRecord(const QString &kind) const
{
    const auto spec = registerOf(kind);
    if (!spec) {
        return spec.error();
    }
    return EvidenceStore(m_db).countsByRecord((*spec)->key);
}

Result<qint64> EvidenceService::sizeLimit() const
{
    return EvidenceStore(m_db).sizeLimit();
}

Result<void> EvidenceService::setSizeLimit(qint64 bytes)
{
    if (bytes < 1 || bytes > MaxSizeLimit) {
        return Error{ErrorCode::InvalidArgument,
                     EvidenceText::tr("The size limit per evidence file must lie between 1 byte and 1 GB."),
                     {}};
    }
    const EvidenceStore store(m_db);
    const auto old = store.sizeLimit();
    if (!old) {
        return old.error();
    }
    if (*old == bytes) {
        return {};
    }
    auto done = m_db.transaction([&]() -> Result<void> {
        if (auto written = store.setSizeLimit(bytes); !written) {
            return written;
        }
        return ChangeLog::append(m_db,
                                 {FieldChange{settingEntity(),
                                              QStringLiteral("1"),
                                              sizeLimitField(),
                                              QString::number(*old),
                                              QString::number(bytes)}});
    });
    if (!done) {
        return done;
    }
    Q_EMIT m_db.notifier()->projectChanged();
    Q_EMIT m_db.notifier()->changeLogAppended();
    return {};
}

bool EvidenceService::isExpired(const Record &evidence, const QDate &today)
{
    const QDate expires = evidence.values.value(evidenceSpec().indexOf(u"expires")).toDate();
    return expires.isValid() && expires < today;
}

} // namespace isms
