// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ProjectService.h"

#include "common/TextRules.h"
#include "services/ChangeNotifier.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

namespace isms {

ProjectService::ProjectService(Database &db)
    : m_db(db)
{}

Result<ProjectInfo> ProjectService::info() const
{
    QSqlQuery query(m_db.connection());
    // The change log's size is its newest entry's number (see ChangeLogHead::count): one index lookup
    // instead of reading the whole log.
    if (auto done = sql::exec(query,
                              QStringLiteral("SELECT organisation, catalogue_edition, created_utc, "
                                             "(SELECT COUNT(*) FROM annex_a_control), "
                                             "(SELECT COUNT(*) FROM clause), "
                                             "(SELECT MAX(seq) FROM change_log) FROM project WHERE id = 1"));
        !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error{ErrorCode::Corrupt,
                     QCoreApplication::translate("isms::ProjectService",
                                                 "The project file has no project record; open a backup "
                                                 "copy of it."),
                     {}};
    }
    ProjectInfo info;
    info.path = m_db.path();
    info.organisation =
        text::forDisplay(query.value(0).toString(), text::Shape::SingleLine, MaxOrganisationLength);
    info.catalogueEdition = query.value(1).toString();
    info.createdUtc = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    info.controlCount = query.value(3).toInt();
    info.clauseCount = query.value(4).toInt();
    info.changeLogRows = query.value(5).toLongLong();
    const auto version = sql::scalar(m_db.connection(), QStringLiteral("PRAGMA user_version"));
    info.schemaVersion = version ? version->toInt() : 0;
    info.fileSize = QFileInfo(m_db.path()).size();
    info.isReadOnly = m_db.isReadOnly();
    return info;
}

Result<QString> ProjectService::organisation() const
{
    const auto name =
        sql::scalar(m_db.connection(), QStringLiteral("SELECT organisation FROM project WHERE id = 1"));
    if (!name) {
        return name.error();
    }
    return text::forDisplay(name->toString(), text::Shape::SingleLine, MaxOrganisationLength);
}

Result<void> ProjectService::setOrganisation(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxOrganisationLength || trimmed.contains(u'\n')
        || trimmed.contains(u'\r')) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::ProjectService",
                                                 "The organisation name must be one line of 1 to %1 "
                                                 "characters; enter a shorter name.")
                         .arg(MaxOrganisationLength),
                     {}};
    }
    if (const qsizetype at = text::firstForbidden(trimmed, text::Shape::SingleLine); at >= 0) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::ProjectService",
                                                 "The organisation name contains %1, which a name may not "
                                                 "hold; remove it and type the name again.")
                         .arg(text::describe(trimmed.at(at))),
                     {}};
    }
    // The stored value exactly, not the one cut for display: it is the change log's old value.
    const auto stored =
        sql::scalar(m_db.connection(), QStringLiteral("SELECT organisation FROM project WHERE id = 1"));
    if (!stored) {
        return stored.error();
    }
    const std::optional<QString> current = stored->toString();
    if (*current == trimmed) {
        return {};
    }
    auto done = m_db.transaction([&]() -> Result<void> {
        QSqlQuery update(m_db.connection());
        if (auto written = sql::exec(update,
                                     QStringLiteral("UPDATE project SET organisation = ? WHERE id = 1"),
                                     {trimmed});
            !written) {
            return written;
        }
        return ChangeLog::append(m_db,
                                 {FieldChange{QStringLiteral("project"),
                                              QStringLiteral("1"),
                                              QStringLiteral("organisation"),
                                              *current,
                                              trimmed}});
    });
    if (done) {
        Q_EMIT m_db.notifier()->projectChanged();
        Q_EMIT m_db.notifier()->changeLogAppended();
    }
    return done;
}

} // namespace isms
