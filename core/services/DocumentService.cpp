// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/DocumentService.h"

#include "domain/Entities.h"
#include "services/ChangeNotifier.h"
#include "services/EvidenceService.h"
#include "services/RecordService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/EvidenceStore.h"
#include "storage/RecordRepository.h"

#include <QFileInfo>
#include <QSaveFile>

namespace isms {

DocumentService::DocumentService(Database &db)
    : m_db(db)
{}

Result<Record> DocumentService::addVersion(const QString &documentRef,
                                           const QString &path,
                                           const QHash<QString, QVariant> &values)
{
    if (path.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidArgument,
                     tr("A document version needs its file; give the path of the file to store."),
                     {}};
    }
    // The document is looked up before the file is read, so that a typing error in its reference is
    // reported as such.
    if (auto document = RecordService(m_db, documentSpec()).getByRef(documentRef.trimmed()); !document) {
        return document.error();
    }
    const auto limit = EvidenceStore(m_db).sizeLimit();
    if (!limit) {
        return limit.error();
    }
    const auto data = EvidenceService::readFile(path, *limit);
    if (!data) {
        return data.error();
    }
    return addVersionData(documentRef, QFileInfo(path).fileName(), *data, values);
}

Result<Record> DocumentService::addVersionData(const QString &documentRef,
                                               const QString &name,
                                               const QByteArray &data,
                                               const QHash<QString, QVariant> &values)
{
    const auto document = RecordService(m_db, documentSpec()).getByRef(documentRef.trimmed());
    if (!document) {
        return document.error();
    }
    const EvidenceStore store(m_db);
    const auto limit = store.sizeLimit();
    if (!limit) {
        return limit.error();
    }
    if (data.size() > *limit) {
        return Error{ErrorCode::Io, EvidenceService::overLimitText(name, data.size(), *limit), {}};
    }
    const EntitySpec &spec = documentVersionSpec();
    Record record = spec.newRecord();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const int index = spec.indexOf(it.key());
        if (index < 0) {
            return Error{ErrorCode::InvalidArgument,
                         tr("A document version has no field \"%1\".").arg(it.key()),
                         {}};
        }
        record.values[index] = it.value();
    }
    const QString sha256 = EvidenceStore::hashOf(data);
    record.values[spec.indexOf(u"document")] = document->id.value;
    record.values[spec.indexOf(u"file_name")] = name;
    record.values[spec.indexOf(u"size")] = static_cast<qint64>(data.size());
    record.values[spec.indexOf(u"sha256")] = sha256;

    RecordService service(m_db, spec);
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
    Q_EMIT m_db.notifier()->recordsAdded(spec.key, ids);
    Q_EMIT m_db.notifier()->recordsChanged(documentSpec().key,
                                           {document->id},
                                           {QStringLiteral("current_version")});
    Q_EMIT m_db.notifier()->changeLogAppended();
    return service.get(ids.constFirst());
}

Result<QByteArray> DocumentService::content(const QString &versionRef) const
{
    const auto record = RecordService(m_db, documentVersionSpec()).getByRef(versionRef.trimmed());
    if (!record) {
        return record.error();
    }
    const QString sha256 = record->values.value(documentVersionSpec().indexOf(u"sha256")).toString();
    auto data = EvidenceStore(m_db).blob(sha256);
    if (!data) {
        return data.error();
    }
    if (EvidenceStore::hashOf(*data) != sha256) {
        return Error{
            ErrorCode::Io,
            tr("The stored file of document version %1 no longer matches its SHA-256: it was changed "
               "outside ISMS Workbench. Run \"isms-cli check\".")
                .arg(EntitySpec::refOf(*record)),
            sha256};
    }
    return data;
}

Result<void> DocumentService::extract(const QString &versionRef, const QString &target) const
{
    const auto data = content(versionRef);
    if (!data) {
        return data.error();
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        return Error{ErrorCode::Io,
                     tr("%1 cannot be written; check the folder and its permissions.").arg(target),
                     file.errorString()};
    }
    return {};
}

bool DocumentService::holdsFiles(const EntitySpec &spec)
{
    return &spec == &documentSpec() || &spec == &documentVersionSpec();
}

Result<QHash<QString, QByteArray>> DocumentService::filesOf(const EntitySpec &spec,
                                                            const QList<RecordId> &ids) const
{
    QHash<QString, QByteArray> files;
    if (!holdsFiles(spec)) {
        return files;
    }
    const RecordRepository versions(m_db, documentVersionSpec());
    const auto records = &spec == &documentSpec() ? versions.referencing(QStringLiteral("document"), ids)
                                                  : versions.byIds(ids);
    if (!records) {
        return records.error();
    }
    const EvidenceStore store(m_db);
    for (const Record &version : *records) {
        const QString sha256 = version.values.value(documentVersionSpec().indexOf(u"sha256")).toString();
        if (files.contains(sha256)) {
            continue;
        }
        auto data = store.blob(sha256);
        if (!data) {
            return data.error();
        }
        files.insert(sha256, *data);
    }
    return files;
}

Result<void> DocumentService::restore(const EntitySpec &spec,
                                      const Removal &removal,
                                      const QHash<QString, QByteArray> &files)
{
    QList<std::pair<const EntitySpec *, QList<RecordId>>> added;
    const EvidenceStore store(m_db);
    auto done = m_db.transaction([&]() -> Result<void> {
        for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
            if (auto stored = store.putBlob(it.key(), it.value()); !stored) {
                return stored;
            }
        }
        QList<FieldChange> logged;
        QList<RecordId> ids;
        if (auto inserted = RecordService(m_db, spec).insertWithin(removal.records, true, ids, logged);
            !inserted) {
            return inserted;
        }
        added.append({&spec, ids});
        // Children were removed deepest first; they come back in the reverse order.
        for (auto it = removal.children.crbegin(); it != removal.children.crend(); ++it) {
            QList<RecordId> childIds;
            if (auto inserted =
                    RecordService(m_db, *it->spec).insertWithin(it->records, true, childIds, logged);
                !inserted) {
                return inserted;
            }
            added.append({it->spec, childIds});
        }
        return ChangeLog::append(m_db, logged);
    });
    if (!done) {
        return done;
    }
    for (const auto &[kind, ids] : std::as_const(added)) {
        if (!ids.isEmpty()) {
            Q_EMIT m_db.notifier()->recordsAdded(kind->key, ids);
        }
    }
    Q_EMIT m_db.notifier()->changeLogAppended();
    return {};
}

Result<QList<Record>> DocumentService::versionsOf(RecordId document) const
{
    return RecordRepository(m_db, documentVersionSpec()).referencing(QStringLiteral("document"), {document});
}

} // namespace isms
