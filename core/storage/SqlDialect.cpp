// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/SqlDialect.h"

#include <QSqlQuery>
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

    qint64 insertedId(QSqlQuery &query) const override { return query.lastInsertId().toLongLong(); }
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

const SqlDialect &SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

} // namespace isms
