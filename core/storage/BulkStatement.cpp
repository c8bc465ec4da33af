// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/BulkStatement.h"

#include "storage/SqlDialect.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteHandle.h"

#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>

#include <cstring>

namespace isms {

BulkStatement::BulkStatement(int parameterCount)
    : m_buffers(std::make_unique<QByteArray[]>(static_cast<size_t>(std::max(parameterCount, 0))))
    , m_parameterCount(parameterCount)
{}

QByteArray &BulkStatement::buffer(int index)
{
    Q_ASSERT(index >= 0 && index < m_parameterCount);
    return m_buffers[static_cast<size_t>(index)];
}

void BulkStatement::bindText(int index, const QString &text)
{
    QByteArray &bytes = buffer(index);
    // toUtf8() would allocate for every value; the buffer keeps its capacity from run to run. The
    // encoder is Qt's own (the conversion of toUtf8(), stateless as it is), which takes runs of ASCII
    // several characters at a time.
    bytes.resize(text.size() * 3);
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    char *const end = encoder.appendToBuffer(bytes.data(), text);
    bytes.truncate(end - bytes.constData());
    bindTerminatedUtf8(index, bytes);
}

void BulkStatement::bindOptionalText(int index, const std::optional<QString> &text)
{
    if (text) {
        bindText(index, *text);
    } else {
        bindNull(index);
    }
}

namespace {

/// Through QSqlQuery, for a driver whose native handle is not available to this build.
class QtBulkStatement final : public BulkStatement
{
public:
    QtBulkStatement(const QSqlDatabase &connection, int parameterCount)
        : BulkStatement(parameterCount)
        , m_query(connection)
    {}

    bool prepare(const QString &statement) { return m_query.prepare(statement); }

    Error error(const QString &what) const { return sql::queryError(m_query, what); }

    void bindNull(int index) override { m_query.bindValue(index, QVariant(QMetaType(QMetaType::QString))); }

    void bindInteger(int index, qint64 value) override { m_query.bindValue(index, value); }

    void bindUtf8(int index, QByteArrayView utf8) override
    {
        m_query.bindValue(index, QString::fromUtf8(utf8));
    }

    Result<void> exec() override
    {
        if (!m_query.exec()) {
            return sql::queryError(m_query, QStringLiteral("execute"));
        }
        return {};
    }

    qint64 lastInsertId() const override { return m_query.lastInsertId().toLongLong(); }

private:
    QSqlQuery m_query;
};

#ifdef ISMS_SQLITE_C_API

/// Straight through the SQLite connection that Qt's driver opened (the same library: Qt's driver links
/// the system's libsqlite3). Runs inside the transaction the caller began on that connection.
class SqliteBulkStatement final : public BulkStatement
{
public:
    SqliteBulkStatement(sqlite3 *db, sqlite3_stmt *statement, int parameterCount)
        : BulkStatement(parameterCount)
        , m_db(db)
        , m_statement(statement)
    {}

    ~SqliteBulkStatement() override { sqlite3_finalize(m_statement); }

    SqliteBulkStatement(const SqliteBulkStatement &) = delete;
    SqliteBulkStatement &operator=(const SqliteBulkStatement &) = delete;

    void bindNull(int index) override { sqlite3_bind_null(m_statement, index + 1); }

    void bindInteger(int index, qint64 value) override
    {
        sqlite3_bind_int64(m_statement, index + 1, static_cast<sqlite3_int64>(value));
    }

    void bindUtf8(int index, QByteArrayView utf8) override
    {
        // An empty view may have no data; SQLite takes a null pointer as NULL, so give it "".
        sqlite3_bind_text(m_statement,
                          index + 1,
                          utf8.isEmpty() ? "" : utf8.data(),
                          static_cast<int>(utf8.size()),
                          SQLITE_STATIC);
    }

    void bindTerminatedUtf8(int index, const QByteArray &utf8) override
    {
        // SQLite marks a text as ending in NUL only when it measures the text itself (a negative
        // length); otherwise every length() of a CHECK copies the text to end it. Text with a NUL
        // inside is bound by its length, so that none of it is cut off.
        if (utf8.isEmpty() || std::memchr(utf8.constData(), 0, static_cast<size_t>(utf8.size())) != nullptr) {
            bindUtf8(index, utf8);
            return;
        }
        sqlite3_bind_text(m_statement, index + 1, utf8.constData(), -1, SQLITE_STATIC);
    }

    Result<void> exec() override
    {
        const int stepped = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (stepped == SQLITE_DONE || stepped == SQLITE_ROW) {
            return {};
        }
        return sqliteStatementError(m_db, m_statement, QStringLiteral("execute"));
    }

    qint64 lastInsertId() const override { return sqlite3_last_insert_rowid(m_db); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};

#endif

} // namespace

Result<std::unique_ptr<BulkStatement>> prepareBulkStatement(const QSqlDatabase &connection,
                                                            const QString &statement,
                                                            int parameterCount)
{
#ifdef ISMS_SQLITE_C_API
    if (sqlite3 *db = sqliteHandle(connection)) {
        auto prepared = sqlitePrepare(db, statement, SQLITE_PREPARE_PERSISTENT);
        if (!prepared) {
            return prepared.error();
        }
        return std::unique_ptr<BulkStatement>(
            std::make_unique<SqliteBulkStatement>(db, *prepared, parameterCount));
    }
#endif
    auto query = std::make_unique<QtBulkStatement>(connection, parameterCount);
    if (!query->prepare(statement)) {
        return query->error(QStringLiteral("prepare"));
    }
    return std::unique_ptr<BulkStatement>(std::move(query));
}

} // namespace isms
