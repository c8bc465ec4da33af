// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/Database.h"

#include "TempProject.h"
#include "services/ProjectService.h"
#include "storage/SqlHelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

QString closedProject(test::TempProject &temp, const QString &name = u"p.isms"_s)
{
    auto db = temp.create(name);
    EXPECT_TRUE(db);
    return temp.path(name);
}

} // namespace

TEST(DatabaseTest, CreatesAProjectWithTheDesignedPragmas)
{
    test::TempProject temp;
    auto db = temp.create();
    ASSERT_TRUE(db);
    const QSqlDatabase connection = db->connection();
    EXPECT_EQ(sql::scalar(connection, u"PRAGMA application_id"_s)->toInt(), 0x49534D53);
    EXPECT_EQ(sql::scalar(connection, u"PRAGMA user_version"_s)->toInt(), Database::currentSchemaVersion());
    EXPECT_EQ(sql::scalar(connection, u"PRAGMA journal_mode"_s)->toString(), u"delete");
    EXPECT_EQ(sql::scalar(connection, u"PRAGMA synchronous"_s)->toInt(), 2); // FULL
    EXPECT_EQ(sql::scalar(connection, u"PRAGMA foreign_keys"_s)->toInt(), 1);
    EXPECT_EQ(sql::scalar(connection, u"PRAGMA trusted_schema"_s)->toInt(), 0);
    EXPECT_FALSE(QFileInfo::exists(temp.path(u"test.isms-wal"_s)));

    const auto info = ProjectService(*db).info();
    ASSERT_TRUE(info.hasValue());
    EXPECT_EQ(info->organisation, u"Acme Test Ltd");
    EXPECT_EQ(info->catalogueEdition, u"ISO/IEC 27001:2022");
    EXPECT_EQ(info->controlCount, 93);
    EXPECT_EQ(info->clauseCount, 41);
    // Creation logs the organisation, the catalogue edition, the creation time and the project id, and
    // the creation of each record of the starting threat and vulnerability catalogues.
    EXPECT_EQ(info->changeLogRows, 4 + test::seededCatalogueRecords());
}

TEST(DatabaseTest, ReopensWhatItCreated)
{
    test::TempProject temp;
    const QString path = closedProject(temp);
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    EXPECT_FALSE((*db)->isReadOnly());
    EXPECT_EQ(ProjectService(**db).organisation().value(), u"Acme Test Ltd");
}

TEST(DatabaseTest, NeverOverwritesAnExistingFile)
{
    test::TempProject temp;
    const QString path = temp.path(u"existing.isms"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const auto db = Database::create(path, u"Acme"_s, u"tester"_s);
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::Io);
    EXPECT_EQ(test::TempProject::readAll(path), QByteArray("keep me"));
}

TEST(DatabaseTest, RejectsAnEmptyOrganisation)
{
    test::TempProject temp;
    const auto db = Database::create(temp.path(u"x.isms"_s), u"  "_s, u"tester"_s);
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(QFileInfo::exists(temp.path(u"x.isms"_s)));
}

TEST(DatabaseTest, RefusesANonSqliteFileAndLeavesItUnchanged)
{
    test::TempProject temp;
    const QString path = temp.path(u"notes.isms"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("These are meeting notes, not a database.\n");
    file.close();
    const QByteArray before = test::TempProject::readAll(path);

    const auto db = Database::open(path, {});
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::NotAProject);
    EXPECT_TRUE(db.error().message.contains(u"not an ISMS Workbench project"_s));
    EXPECT_EQ(test::TempProject::readAll(path), before);
    EXPECT_FALSE(QFileInfo::exists(temp.path(u".~lock.notes.isms#"_s)));
}

TEST(DatabaseTest, RefusesAnEmptyFile)
{
    test::TempProject temp;
    const QString path = temp.path(u"empty.isms"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const auto db = Database::open(path, {});
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::NotAProject);
    EXPECT_EQ(QFileInfo(path).size(), 0);
}

TEST(DatabaseTest, RefusesASqliteFileOfAnotherApplication)
{
    test::TempProject temp;
    const QString path = temp.path(u"other.db"_s);
    test::TempProject::runSql(path, {u"CREATE TABLE t (x)"_s});
    const QByteArray before = test::TempProject::readAll(path);
    const auto db = Database::open(path, {});
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::NotAProject);
    EXPECT_EQ(test::TempProject::readAll(path), before);
}

TEST(DatabaseTest, RefusesANewerSchemaAndLeavesItUnchanged)
{
    test::TempProject temp;
    const QString path = closedProject(temp);
    test::TempProject::runSql(path, {u"PRAGMA user_version = 99"_s});
    const QByteArray before = test::TempProject::readAll(path);
    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        const auto db = Database::open(path, Database::OpenOptions{.access = access});
        ASSERT_FALSE(db.hasValue());
        EXPECT_EQ(db.error().code, ErrorCode::NewerSchema);
        EXPECT_TRUE(db.error().message.contains(u"newer version"_s));
    }
    EXPECT_EQ(test::TempProject::readAll(path), before);
}

TEST(DatabaseTest, RefusesAForeignTriggerAndLeavesItUnchanged)
{
    test::TempProject temp;
    const QString path = closedProject(temp);
    test::TempProject::runSql(
        path,
        {u"CREATE TRIGGER sneaky AFTER UPDATE ON requirement BEGIN DELETE FROM change_log; END"_s});
    const QByteArray before = test::TempProject::readAll(path);
    const auto db = Database::open(path, {});
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::ForeignSchema);
    EXPECT_TRUE(db.error().detail.contains(u"sneaky"_s));
    EXPECT_EQ(test::TempProject::readAll(path), before);
}

TEST(DatabaseTest, RefusesAForeignView)
{
    test::TempProject temp;
    const QString path = closedProject(temp);
    test::TempProject::runSql(path, {u"CREATE VIEW everything AS SELECT * FROM requirement"_s});
    const auto db = Database::open(path, {});
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::ForeignSchema);
}

TEST(DatabaseTest, RefusesATriggerHiddenUnderAnAllowedName)
{
    test::TempProject temp;
    const QString path = closedProject(temp);
    test::TempProject::runSql(
        path,
        {u"DROP INDEX change_log_by_record"_s,
         u"CREATE TRIGGER change_log_by_record AFTER INSERT ON change_log BEGIN SELECT 1; END"_s});
    const auto db = Database::open(path, {});
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::ForeignSchema);
}

TEST(DatabaseTest, RefusesAnAlteredTableDefinition)
{
    test::TempProject temp;
    const QString path = closedProject(temp);
    test::TempProject::runSql(path, {u"ALTER TABLE requirement ADD COLUMN payload TEXT"_s});
    const auto db = Database::open(path, {});
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::ForeignSchema);
}

TEST(DatabaseTest, RefusesACorruptFileAndLeavesItUnchanged)
{
    test::TempProject temp;
    const QString path = closedProject(temp);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    // Overwrite the middle pages (the first page, with the header, stays intact).
    for (qsizetype i = 4096 + 100; i < bytes.size() - 4096 && i < 4096 * 6; ++i) {
        bytes[i] = static_cast<char>(0xA5);
    }
    file.seek(0);
    file.write(bytes);
    file.close();
    const QByteArray before = test::TempProject::readAll(path);
    const auto db = Database::open(path, {});
    ASSERT_FALSE(db.hasValue());
    EXPECT_TRUE(db.error().code == ErrorCode::Corrupt || db.error().code == ErrorCode::ForeignSchema)
        << qPrintable(db.error().message);
    EXPECT_EQ(test::TempProject::readAll(path), before);
}

TEST(DatabaseTest, ADeferredPageCheckHoldsWritesUntilItHasPassed)
{
    test::TempProject temp;
    const QString path = closedProject(temp);
    auto db = Database::open(path, Database::OpenOptions{.deferPageCheck = true});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    EXPECT_EQ((*db)->pageCheck(), Database::PageCheck::Pending);
    // SQLite itself refuses a write that bypasses the services while the check is pending.
    QSqlQuery bypass((*db)->connection());
    EXPECT_FALSE(bypass.exec(u"UPDATE project SET organisation = 'Bypass' WHERE id = 1"_s));
    // A change waits for a check of its own, which passes.
    ASSERT_TRUE(ProjectService(**db).setOrganisation(u"Other Ltd"_s).hasValue());
    EXPECT_EQ((*db)->pageCheck(), Database::PageCheck::Passed);
    EXPECT_EQ(ProjectService(**db).info()->organisation, u"Other Ltd");
}

TEST(DatabaseTest, ADeferredPageCheckThatPassesReleasesWrites)
{
    test::TempProject temp;
    const QString path = closedProject(temp);
    auto db = Database::open(path, Database::OpenOptions{.deferPageCheck = true});
    ASSERT_TRUE(db.hasValue());
    (*db)->setPageCheckResult({});
    EXPECT_EQ((*db)->pageCheck(), Database::PageCheck::Passed);
    ASSERT_TRUE(ProjectService(**db).setOrganisation(u"Other Ltd"_s).hasValue());
}

TEST(DatabaseTest, DamageFoundByADeferredPageCheckIsNeverWritten)
{
    test::TempProject temp;
    const QString path = closedProject(temp);
    test::TempProject::damagePageOf(path, u"change_log_by_record"_s);
    const QByteArray before = test::TempProject::readAll(path);
    {
        // Opening reads the header and the schema only, so the damage is found by the check.
        auto db = Database::open(path, Database::OpenOptions{.deferPageCheck = true});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
        (*db)->setPageCheckResult({u"Page 9: invalid page type"_s});
        EXPECT_EQ((*db)->pageCheck(), Database::PageCheck::Failed);
        (*db)->setPageCheckResult({}); // a later report does not undo a failure
        EXPECT_EQ((*db)->pageCheck(), Database::PageCheck::Failed);
        const auto changed = ProjectService(**db).setOrganisation(u"Other Ltd"_s);
        ASSERT_FALSE(changed.hasValue());
        EXPECT_EQ(changed.error().code, ErrorCode::Corrupt);
        QSqlQuery bypass((*db)->connection());
        EXPECT_FALSE(bypass.exec(u"UPDATE project SET organisation = 'Bypass' WHERE id = 1"_s));
    }
    {
        // A change before the background check reported runs the check itself and is refused.
        auto db = Database::open(path, Database::OpenOptions{.deferPageCheck = true});
        ASSERT_TRUE(db.hasValue());
        const auto changed = ProjectService(**db).setOrganisation(u"Other Ltd"_s);
        ASSERT_FALSE(changed.hasValue());
        EXPECT_EQ(changed.error().code, ErrorCode::Corrupt);
        EXPECT_EQ((*db)->pageCheck(), Database::PageCheck::Failed);
    }
    EXPECT_EQ(test::TempProject::readAll(path), before);
    // Without deferring, the same file is refused on open, as before.
    const auto refused = Database::open(path, {});
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(refused.error().code, ErrorCode::Corrupt);
}

TEST(DatabaseTest, AnUpgradeIsNeverDeferredPastThePageCheck)
{
    test::TempProject temp;
    const QString path = temp.path(u"old.isms"_s);
    ASSERT_TRUE(Database::createAtSchemaVersion(path, 1).hasValue());
    auto db = Database::open(path, Database::OpenOptions{.deferPageCheck = true});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    EXPECT_EQ((*db)->pageCheck(), Database::PageCheck::Passed);
}

TEST(DatabaseTest, ReportsAMissingFile)
{
    test::TempProject temp;
    const auto db = Database::open(temp.path(u"missing.isms"_s), {});
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::NotFound);
}

TEST(DatabaseTest, ReadOnlyProjectsRefuseChanges)
{
    test::TempProject temp;
    const QString path = closedProject(temp);
    const QByteArray before = test::TempProject::readAll(path);
    auto db = Database::open(path, Database::OpenOptions{.access = Database::Access::ReadOnly});
    ASSERT_TRUE(db.hasValue());
    EXPECT_TRUE((*db)->isReadOnly());
    const auto changed = ProjectService(**db).setOrganisation(u"Other"_s);
    ASSERT_FALSE(changed.hasValue());
    EXPECT_EQ(changed.error().code, ErrorCode::ReadOnly);
    db = Error{};
    EXPECT_EQ(test::TempProject::readAll(path), before);
}

TEST(DatabaseTest, SavesACopyThatOpens)
{
    test::TempProject temp;
    auto db = temp.create();
    ASSERT_TRUE(db);
    const QString copy = temp.path(u"copy.isms"_s);
    ASSERT_TRUE(db->saveCopyAs(copy).hasValue());
    const auto again = db->saveCopyAs(copy);
    EXPECT_FALSE(again.hasValue());
    auto opened = Database::open(copy, Database::OpenOptions{.access = Database::Access::ReadOnly});
    ASSERT_TRUE(opened.hasValue()) << qPrintable(opened.error().message);
    EXPECT_EQ(ProjectService(**opened).organisation().value(), u"Acme Test Ltd");
}

TEST(DatabaseTest, SetsTheOrganisationAsALoggedAction)
{
    test::TempProject temp;
    auto db = temp.create();
    ASSERT_TRUE(db);
    ProjectService service(*db);
    EXPECT_FALSE(service.setOrganisation(u"Line one\nline two"_s).hasValue());
    ASSERT_TRUE(service.setOrganisation(u"Acme Holdings"_s).hasValue());
    const auto info = service.info();
    EXPECT_EQ(info->organisation, u"Acme Holdings");
    EXPECT_EQ(info->changeLogRows, 5 + test::seededCatalogueRecords());
}

TEST(DatabaseTest, AReaderForAWorkerReadsAnOpenProjectAndWritesNothing)
{
    test::TempProject temp;
    const QString path = closedProject(temp);
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    // The project's lock does not keep the reader out, and it reads what the project holds.
    auto reader = Database::openReader((*db)->readPath());
    ASSERT_TRUE(reader.hasValue()) << qPrintable(reader.error().message);
    EXPECT_TRUE((*reader)->isReadOnly());
    EXPECT_EQ(ProjectService(**reader).organisation().value(), u"Acme Test Ltd");
    // It never writes: neither through a transaction nor by a statement of its own.
    EXPECT_EQ(ProjectService(**reader).setOrganisation(u"Other Ltd"_s).error().code, ErrorCode::ReadOnly);
    QSqlQuery query((*reader)->connection());
    EXPECT_FALSE(query.exec(u"UPDATE project SET organisation = 'Other Ltd'"_s));
    EXPECT_EQ(ProjectService(**db).organisation().value(), u"Acme Test Ltd");
    // A file that is not there is an error, not an empty project.
    EXPECT_FALSE(Database::openReader(temp.path(u"missing.isms"_s)).hasValue());
}

TEST(DatabaseTest, AChangeThatThrowsLeavesNothingAndTheNextChangeCanBegin)
{
    test::TempProject temp;
    auto db = Database::open(closedProject(temp), {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    Database &project = **db;
    EXPECT_THROW((void)project.transaction([&]() -> Result<void> {
        EXPECT_TRUE(project.inTransaction());
        QSqlQuery query(project.connection());
        EXPECT_TRUE(query.exec(u"UPDATE project SET organisation = 'Half written Ltd'"_s));
        throw std::runtime_error("out of memory, say");
    }),
                 std::runtime_error);
    EXPECT_FALSE(project.inTransaction());
    EXPECT_EQ(ProjectService(project).organisation().value(), u"Acme Test Ltd");
    ASSERT_TRUE(ProjectService(project).setOrganisation(u"Acme Holdings"_s).hasValue());
    EXPECT_EQ(ProjectService(project).organisation().value(), u"Acme Holdings");
}
