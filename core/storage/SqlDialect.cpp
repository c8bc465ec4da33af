// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/SqlDialect.h"

#include "storage/BulkStatement.h"
#include "storage/RowCursor.h"

#include <QSqlDatabase>
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

    QString copyDatabaseInto() const override { return QStringLiteral("VACUUM INTO ?"); }

    QString readScratchSetting() const override { return QStringLiteral("PRAGMA temp_store"); }

    QString setScratchSetting(const QVariant &value) const override
    {
        bool isNumber = false;
        const int number = value.toInt(&isNumber);
        // 2: MEMORY. It cannot change inside a transaction; callers set it before one begins.
        return QStringLiteral("PRAGMA temp_store = %1").arg(value.isValid() && isNumber ? number : 2);
    }

    QString insertRows(const QString &table, const QStringList &columns, int rows) const override
    {
        QStringList quoted;
        for (const QString &column : columns) {
            quoted.append(quote(column));
        }
        const QString row =
            u'(' + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(quote(table),
                 quoted.join(QStringLiteral(", ")),
                 QStringList(rows, row).join(QStringLiteral(", ")));
    }
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

QString SqlDialect::setScratchSetting(const QVariant & /*value*/) const
{
    return {};
}

ScopedMemoryScratch::ScopedMemoryScratch(const QSqlDatabase &connection)
{
    const SqlDialect &dialect = SqlDialect::sqlite();
    const QString read = dialect.readScratchSetting();
    if (read.isEmpty() || !connection.isOpen()) {
        return;
    }
    QSqlQuery query(connection);
    if (!query.exec(read) || !query.next()) {
        return;
    }
    const QString restore = dialect.setScratchSetting(query.value(0));
    query.finish();
    if (!query.exec(dialect.setScratchSetting(QVariant()))) {
        return;
    }
    m_connectionName = connection.connectionName();
    m_restore = restore;
}

ScopedMemoryScratch::~ScopedMemoryScratch()
{
    if (m_restore.isEmpty()) {
        return;
    }
    const QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
    if (connection.isOpen()) {
        QSqlQuery query(connection);
        (void)query.exec(m_restore);
    }
}

QString SqlDialect::insertRows(const QString & /*table*/, const QStringList & /*columns*/, int /*rows*/) const
{
    return {};
}

Result<std::unique_ptr<BulkStatement>> SqlDialect::prepareBulk(const QSqlDatabase &connection,
                                                               const QString &statement,
                                                               int parameterCount) const
{
    return prepareBulkStatement(connection, statement, parameterCount);
}

Result<std::unique_ptr<RowCursor>> SqlDialect::openCursor(const QSqlDatabase &connection,
                                                          const QString &statement,
                                                          const QList<QVariant> &values) const
{
    return openRowCursor(connection, statement, values);
}

const SqlDialect &SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

} // namespace isms
