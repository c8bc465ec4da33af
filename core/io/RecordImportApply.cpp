// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/RecordImport.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace isms {

Result<QByteArray> RecordImport::changeLogPosition(const Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1"))) {
        return sql::queryError(query, QStringLiteral("read the change log's newest entry"));
    }
    if (!query.next()) {
        return QByteArrayLiteral("0:");
    }
    return QByteArray(query.value(0).toByteArray() + ':' + query.value(1).toByteArray());
}

Result<ImportOutcome> RecordImport::apply(Database &db, const EntitySpec &spec, const ImportPreview &preview)
{
    return apply(db, spec, ImportPreview(preview));
}

Result<ImportOutcome> RecordImport::apply(Database &db, const EntitySpec &spec, ImportPreview &&preview)
{
    if (!preview.isClean()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::RecordImport",
                                                 "The import has problems, so nothing was imported; correct "
                                                 "the file and try again."),
                     {}};
    }
    const auto position = changeLogPosition(db);
    if (!position) {
        return position.error();
    }
    const bool unchanged = !preview.validatedAt.isEmpty() && *position == preview.validatedAt;
    return RecordService(db, spec).importRecords(std::move(preview.creates),
                                                 preview.updates,
                                                 preview.links,
                                                 unchanged ? RecordService::CreatesChecked::Yes
                                                           : RecordService::CreatesChecked::No);
}

} // namespace isms
