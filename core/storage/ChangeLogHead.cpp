// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/ChangeLogHead.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace isms {

QString ChangeLogHead::displayText() const
{
    if (count == 0) {
        return QCoreApplication::translate("isms::ChangeLogHead", "no entries");
    }
    //: The head of the change log: its entry count and the start of the newest entry's hash.
    return QCoreApplication::translate("isms::ChangeLogHead", "%n entries, head %1", nullptr, int(count))
        .arg(shortHash());
}

Result<ChangeLogHead> ChangeLogHead::read(const Database &db)
{
    QSqlQuery query(db.connection());
    // The newest entry's number, not COUNT(*): counting reads the whole log (hundreds of pages at
    // 100,000 entries, at every open), the number is one index lookup, and the chain numbers its entries
    // from 1 without a gap (ChangeLog::verify() reports any gap).
    if (auto done =
            sql::exec(query, QStringLiteral("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1"));
        !done) {
        return done.error();
    }
    ChangeLogHead head;
    if (query.next()) {
        head.count = query.value(0).toLongLong();
        head.hash = query.value(1).toString().toLatin1();
    }
    return head;
}

Result<std::optional<QByteArray>> ChangeLogHead::hashAt(const Database &db, qint64 sequence)
{
    QSqlQuery query(db.connection());
    if (auto done = sql::exec(query, QStringLiteral("SELECT hash FROM change_log WHERE seq = ?"), {sequence});
        !done) {
        return done.error();
    }
    if (!query.next()) {
        return std::optional<QByteArray>();
    }
    return std::optional<QByteArray>(query.value(0).toString().toLatin1());
}

Result<QString> ProjectIdentity::projectId(const Database &db)
{
    const auto id =
        sql::scalar(db.connection(), QStringLiteral("SELECT project_id FROM project_identity WHERE id = 1"));
    if (!id) {
        return id.error();
    }
    const QString text = id->toString();
    if (QUuid::fromString(text).isNull()) {
        return Error{ErrorCode::Corrupt,
                     QCoreApplication::translate("isms::ProjectIdentity",
                                                 "The project file has no valid project id; open a backup "
                                                 "copy of it."),
                     text.left(64)};
    }
    return text;
}

QList<FieldChange> ProjectIdentity::creationChanges(const QSqlDatabase &db,
                                                    const QString &organisation,
                                                    const QString &edition,
                                                    const QString &createdUtc,
                                                    bool withProjectId)
{
    const auto change = [](const QString &field, const QString &value) {
        return FieldChange{QStringLiteral("project"), QStringLiteral("1"), field, std::nullopt, value};
    };
    QList<FieldChange> changes{change(QStringLiteral("organisation"), organisation),
                               change(catalogueEditionField(), edition),
                               change(createdUtcField(), createdUtc)};
    if (withProjectId) {
        const auto projectId =
            sql::scalar(db, QStringLiteral("SELECT project_id FROM project_identity WHERE id = 1"));
        if (projectId && !projectId->isNull()) {
            changes.append(change(projectIdField(), projectId->toString()));
        }
    }
    return changes;
}

} // namespace isms
