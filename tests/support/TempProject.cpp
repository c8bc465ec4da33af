// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "TempProject.h"

#include "catalog/RegisterCatalogue.h"
#include "domain/Entities.h"
#include "services/DemoData.h"
#include "storage/ChangeLog.h"
#include "storage/FileRecovery.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

namespace isms::test {

TempProject::TempProject()
{
    EXPECT_TRUE(m_dir.isValid());
}

QString TempProject::path(const QString &name) const
{
    return QDir(m_dir.path()).absoluteFilePath(name);
}

std::unique_ptr<Database> TempProject::create(const QString &name, const QString &organisation)
{
    auto db = Database::create(path(name), organisation, QStringLiteral("tester"));
    EXPECT_TRUE(db.hasValue()) << (db ? "" : qPrintable(db.error().message + u' ' + db.error().detail));
    if (!db) {
        return {};
    }
    return std::move(db).value();
}

QString TempProject::createDemo(const QString &name)
{
    auto db = create(name, DemoData::organisation());
    if (db) {
        const auto filled = DemoData::fill(*db, QDate(2026, 11, 23));
        EXPECT_TRUE(filled.hasValue()) << (filled ? "" : qPrintable(filled.error().message));
    }
    return path(name);
}

QString TempProject::copyFixture(const QString &fixtureName) const
{
    const QString source = QStringLiteral(ISMS_TEST_DATA_DIR "/") + fixtureName;
    const QString target = path(fixtureName);
    EXPECT_TRUE(QFile::copy(source, target)) << qPrintable(source);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return target;
}

void TempProject::runSql(const QString &path, const QStringList &statements)
{
    const QString connectionName = QStringLiteral("test-sql-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open()) << qPrintable(db.lastError().text());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            EXPECT_TRUE(query.exec(statement)) << qPrintable(statement + u' ' + query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

void TempProject::damagePageOf(const QString &path, const QString &objectName)
{
    const QString connectionName = QStringLiteral("test-page-") + QUuid::createUuid().toString(QUuid::Id128);
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open()) << qPrintable(db.lastError().text());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        pageSize = query.value(0).toLongLong();
        ASSERT_TRUE(query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?")));
        query.addBindValue(objectName);
        ASSERT_TRUE(query.exec() && query.next()) << qPrintable(objectName);
        page = query.value(0).toLongLong();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    ASSERT_GT(page, 1);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek((page - 1) * pageSize));
    ASSERT_EQ(file.write(QByteArray(pageSize, static_cast<char>(0xA5))), pageSize);
}

void TempProject::crashDuringSave(const QString &path)
{
    QProcess child;
    child.start(QStringLiteral(ISMS_CRASH_DURING_SAVE), {path});
    ASSERT_TRUE(child.waitForFinished(30000)) << "the crashing child did not finish";
    ASSERT_EQ(child.exitCode(), 0) << child.readAllStandardError().toStdString();
    ASSERT_TRUE(recovery::hasJournal(path)) << "the crash left no journal";
}

void TempProject::rewriteChangeLog(const QString &path, const std::function<void(ChangeLogEntry &)> &edit)
{
    QList<ChangeLogEntry> entries;
    {
        auto db = Database::openForInspection(path);
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
        auto read = ChangeLog::entries(**db);
        ASSERT_TRUE(read.hasValue()) << qPrintable(read.error().message);
        entries = std::move(read).value();
    }
    QStringList statements{QStringLiteral("BEGIN")};
    const auto quoted = [](const std::optional<QString> &value) -> QString {
        if (!value) {
            return QStringLiteral("NULL");
        }
        return u'\'' + QString(*value).replace(u'\'', QStringLiteral("''")) + u'\'';
    };
    QByteArray previous(64, '0');
    for (ChangeLogEntry &entry : entries) {
        edit(entry);
        entry.previousHash = previous;
        entry.hash = ChangeLog::computeHash(entry);
        previous = entry.hash;
        statements.append(
            QStringLiteral("UPDATE change_log SET at_utc = %1, actor = %2, old_value = %3, new_value = %4, "
                           "prev_hash = '%5', hash = '%6' WHERE seq = %7")
                .arg(quoted(entry.timestampUtc.toUTC().toString(Qt::ISODateWithMs)),
                     quoted(entry.actor),
                     quoted(entry.oldValue),
                     quoted(entry.newValue),
                     QString::fromLatin1(entry.previousHash),
                     QString::fromLatin1(entry.hash),
                     QString::number(entry.sequence)));
    }
    statements.append(QStringLiteral("COMMIT"));
    runSql(path, statements);
}

QByteArray TempProject::readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

qint64 seededCatalogueRecords()
{
    qint64 count = 0;
    for (const EntitySpec *spec : Entities::all()) {
        const auto records = RegisterCatalogue::records(*spec);
        EXPECT_TRUE(records.hasValue());
        count += records ? records->size() : 0;
    }
    return count + 1; // and the risk assessment method
}

} // namespace isms::test
