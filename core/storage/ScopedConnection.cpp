// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/ScopedConnection.h"

#include "storage/SqliteLibrary.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace isms {

QString ScopedConnection::nextName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("isms-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

ScopedConnection::ScopedConnection(const QString &path, bool readOnly)
    : m_name(nextName())
{
    prepareSqliteLibrary();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    m_isOpen = db.open();
    if (!m_isOpen) {
        m_error = db.lastError().text();
    }
}

ScopedConnection::~ScopedConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ScopedConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace isms
