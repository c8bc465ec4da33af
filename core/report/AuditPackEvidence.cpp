// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/AuditPackEvidence.h"

#include "common/Translations.h"
#include "domain/Entities.h"
#include "report/AuditPackSections.h"
#include "report/RegisterTable.h"
#include "storage/EvidenceStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

ReportTableCell cell(const QString &text, bool bold = false)
{
    return ReportTableCell{.text = text, .background = {}, .bold = bold, .foreground = {}};
}

/// The hash in four groups of sixteen digits, so that a narrow column wraps it between groups.
QString groupedHash(const QString &sha256)
{
    QStringList groups;
    for (qsizetype i = 0; i < sha256.size(); i += 16) {
        groups.append(sha256.mid(i, 16));
    }
    return groups.join(u' ');
}

} // namespace

QString AuditPackEvidence::fileNameFor(const QString &evidenceRef, const QString &storedName)
{
    QString name;
    name.reserve(storedName.size());
    for (const QChar c : storedName) {
        const bool safe = c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u' '
                          || c == u'(' || c == u')';
        name.append(safe && c.unicode() >= 0x20 ? c : u'_');
    }
    name = name.trimmed();
    while (name.startsWith(u'.')) {
        name.remove(0, 1);
    }
    if (name.isEmpty()) {
        name = u"file"_s;
    }
    return evidenceRef + u' ' + name.left(200);
}

Result<QList<EvidenceIndexEntry>> AuditPackEvidence::index(const Database &db,
                                                           const std::optional<QDate> &since,
                                                           const QHash<QString, QString> &handlingByRef)
{
    const EntitySpec &spec = evidenceSpec();
    const auto records = RegisterTable::records(db, spec);
    if (!records) {
        return records.error();
    }
    const auto value = [&spec](const Record &record, QStringView key) {
        return record.values.at(spec.indexOf(key));
    };
    QList<EvidenceIndexEntry> entries;
    for (const Record &record : *records) {
        const QString handling =
            handlingByRef.value(EntitySpec::refOf(record), value(record, u"pack_export").toString());
        if (handling == u"leave_out") {
            continue;
        }
        const QDate date = value(record, u"evidence_date").toDate();
        if (since && date.isValid() && date < *since) {
            continue;
        }
        const QString ref = EntitySpec::refOf(record);
        const QString kind = value(record, u"kind").toString();
        const EntitySpec *target = Entities::find(kind);
        const QString recordRef = value(record, u"record_ref").toString();
        entries.append(EvidenceIndexEntry{
            .evidenceRef = ref,
            .fileName = fileNameFor(ref, value(record, u"name").toString()),
            .sha256 = value(record, u"sha256").toString(),
            .size = value(record, u"size").toLongLong(),
            .evidenceDate = date,
            .kind = kind,
            .recordRef = target ? target->shownRef(recordRef) : recordRef,
            .redacted = handling == u"redact",
        });
    }
    return entries;
}

Result<int> AuditPackEvidence::write(const Database &db,
                                     const QList<EvidenceIndexEntry> &entries,
                                     const QString &folder,
                                     const std::function<bool()> &cancelled)
{
    const QString shownFolder = QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath());
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir()) {
        return Error{ErrorCode::Io,
                     tr("The evidence folder %1 is a file; give the name of a folder.").arg(shownFolder),
                     u"not a folder"_s};
    }
    if (!QDir().mkpath(folder)) {
        return Error{ErrorCode::Io,
                     tr("The evidence folder %1 could not be created; check the permissions and try again.")
                         .arg(shownFolder),
                     u"mkpath failed"_s};
    }
    const QDir dir(folder);
    const EvidenceStore store(db);
    int written = 0;
    for (const EvidenceIndexEntry &entry : entries) {
        if (entry.redacted) {
            continue;
        }
        if (cancelled && cancelled()) {
            break;
        }
        const auto bytes = store.blob(entry.sha256);
        if (!bytes) {
            return bytes.error();
        }
        const QString path = dir.filePath(entry.fileName);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
            const QString detail = file.errorString();
            file.cancelWriting();
            return Error{ErrorCode::Io,
                         tr("The evidence file %1 could not be written; check the free space and "
                            "permissions of the folder and try again.")
                             .arg(QDir::toNativeSeparators(path)),
                         detail};
        }
        ++written;
    }
    return written;
}

namespace auditpack {

Result<void> evidence(AuditPackContext &context, QList<ReportBlock> &blocks)
{
    blocks.append(ReportHeading{1, AuditPack::tr("Evidence index")});
    const auto entries = AuditPackEvidence::index(context.db, context.since, context.evidenceHandling);
    if (!entries) {
        return entries.error();
    }
    if (entries->isEmpty()) {
        blocks.append(ReportParagraph{
            context.since ? AuditPack::tr("No evidence file dated in the period is included in the pack.")
                          : AuditPack::tr("No evidence file is included in the pack: none is attached to a "
                                          "record yet, or every one is set to be left out.")});
        return {};
    }
    int redacted = 0;
    for (const EvidenceIndexEntry &entry : *entries) {
        redacted += entry.redacted ? 1 : 0;
    }
    const QLocale locale = reportLocale();
    blocks.append(ReportParagraph{
        AuditPack::tr("%1 evidence files, %2 of them redacted. Each included file is supplied beside this "
                      "pack under the name in the first column; its SHA-256 lets the recipient confirm "
                      "that it is the file the project holds. A redacted file is listed so that its "
                      "existence is known, but not supplied; ask for it on site.")
            .arg(locale.toString(entries->size()), locale.toString(redacted))});
    if (const QString period = auditpack::periodText(context); !period.isEmpty()) {
        blocks.append(ReportParagraph{period});
    }
    ReportTable table;
    table.compact = true;
    table.columns = {{AuditPack::tr("File"), 2.4, Qt::AlignLeft},
                     {AuditPack::tr("SHA-256"), 2.6, Qt::AlignLeft},
                     {AuditPack::tr("Size"), 0.8, Qt::AlignRight},
                     {AuditPack::tr("Evidence date"), 0.9, Qt::AlignLeft},
                     {AuditPack::tr("Proves"), 1.4, Qt::AlignLeft}};
    for (const EvidenceIndexEntry &entry : *entries) {
        const EntitySpec *target = Entities::find(entry.kind);
        const QString register_ = target ? target->singularLabel() : entry.kind;
        table.rows.append(
            {cell(entry.redacted ? AuditPack::tr("%1\n(redacted, not supplied)").arg(entry.fileName)
                                 : entry.fileName,
                  entry.redacted),
             cell(groupedHash(entry.sha256)),
             cell(locale.formattedDataSize(entry.size)),
             cell(entry.evidenceDate.isValid() ? entry.evidenceDate.toString(Qt::ISODate)
                                               : AuditPack::tr("Not recorded")),
             cell(register_ + u' ' + entry.recordRef)});
    }
    blocks.append(table);
    return {};
}

} // namespace auditpack

} // namespace isms
