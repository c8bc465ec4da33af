// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/DocumentControl.h"

#include "domain/Entities.h"
#include "storage/RecordRepository.h"

namespace isms {

Result<void> DocumentControl::apply(const Database &db, const QString &report, ReportDocument &doc)
{
    doc.version = tr("Working draft");
    doc.approval.clear();
    const EntitySpec &spec = documentControlSpec();
    const RecordRepository repository(db, spec);
    const auto exists = repository.tableExists();
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return {};
    }
    const auto records = repository.all();
    if (!records) {
        return records.error();
    }
    const auto text = [&spec](const Record &record, QStringView key) {
        return record.values.at(spec.indexOf(key)).toString().trimmed();
    };
    for (const Record &record : *records) {
        if (text(record, u"report") != report) {
            continue;
        }
        doc.documentId = text(record, u"document_id");
        const QString version = text(record, u"version");
        if (text(record, u"status") == u"approved") {
            doc.version = version;
            //: On a report's cover: who approved this version and when.
            doc.approval =
                tr("%1 on %2")
                    .arg(text(record, u"approved_by"),
                         record.values.at(spec.indexOf(u"approval_date")).toDate().toString(Qt::ISODate));
        } else if (text(record, u"status") == u"withdrawn") {
            //: A report's version when its document control says it was withdrawn: "2.1 (withdrawn)".
            doc.version = tr("%1 (withdrawn)").arg(version);
        } else {
            //: A report's version while its document control says it is a draft: "2.1 (draft)".
            doc.version = tr("%1 (draft)").arg(version);
        }
        break;
    }
    return {};
}

} // namespace isms
