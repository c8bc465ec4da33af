// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/SqlDialect.h"

#include "storage/BulkStatement.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace isms {

namespace {

class SqliteDialect final : public SqlDialect
{
public:
    QString insertReturningId(const QString &table, const QStringList &columns) const override
    {
        QStringList quoted;
        QStringList placeholders;
        for (const QString &column : columns) {
            quoted.append(quote(column));
            placeholders.append(QStringLiteral("?"));
        }
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(quote(table), quoted.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    }

    QString copyDatabaseInto() const override { return QStringLiteral("VACUUM INTO ?"); }
};

} // namespace

QString SqlDialect::literal(const QString &text) const
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

QString SqlDialect::quote(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

Result<std::unique_ptr<BulkStatement>> SqlDialect::prepareBulk(const QSqlDatabase &connection,
                                                               const QString &statement,
                                                               int parameterCount) const
{
    return prepareBulkStatement(connection, statement, parameterCount);
}

const SqlDialect &SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

} // namespace isms
