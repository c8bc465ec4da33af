// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/FileRecovery.h"

#include "TempProject.h"
#include "services/IntegrityService.h"
#include "services/RequirementService.h"
#include "storage/Database.h"
#include "storage/ProjectLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

const RequirementKey Control515{RequirementKind::Control, u"5.15"_s};

/// A project whose last complete save set A.5.15's owner to "Dana", then a crash in the next save.
QString crashedProject(test::TempProject &temp)
{
    {
        auto db = temp.create(u"crashed.isms"_s);
        EXPECT_TRUE(RequirementService(*db).update(Control515, {.owner = u"Dana"_s}).hasValue());
    }
    const QString path = temp.path(u"crashed.isms"_s);
    test::TempProject::crashDuringSave(path);
    return path;
}

QStringList folderListing(const QString &path)
{
    return QDir(QFileInfo(path).absolutePath())
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST(FileRecoveryTest, TheCrashHelperLeavesAHotJournal)
{
    test::TempProject temp;
    const QString path = crashedProject(temp);
    EXPECT_TRUE(recovery::hasJournal(path));
    EXPECT_TRUE(recovery::headerNamesProject(path));
    const std::optional<LockInfo> holder = ProjectLock::inspect(path);
    ASSERT_TRUE(holder.has_value());
    EXPECT_TRUE(holder->isStale);
}

TEST(FileRecoveryTest, ReadWriteOpenRestoresTheLastCompleteSave)
{
    test::TempProject temp;
    const QString path = crashedProject(temp);

    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
    ASSERT_EQ((*db)->notices().size(), 1);
    EXPECT_TRUE((*db)->notices().constFirst().contains(u"half-saved"_s));
    EXPECT_FALSE(recovery::hasJournal(path));
    const auto tracking = RequirementService(**db).tracking(Control515);
    ASSERT_TRUE(tracking.hasValue());
    EXPECT_EQ(tracking->owner, u"Dana"); // the crashed save's "crash" never happened
    EXPECT_TRUE(tracking->notes.isEmpty());
    EXPECT_TRUE(RequirementService(**db).update(Control515, {.owner = u"Eli"_s}).hasValue());
    db = Error{};

    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue()) << qPrintable(report.error().message);
    EXPECT_TRUE(report->isClean());
    EXPECT_FALSE(report->restoredInterruptedSave);
}

TEST(FileRecoveryTest, ReadOnlyOpenReadsTheLastCompleteSaveWithoutWriting)
{
    test::TempProject temp;
    const QString path = crashedProject(temp);
    const QByteArray file = test::TempProject::readAll(path);
    const QByteArray journal = test::TempProject::readAll(recovery::journalPathFor(path));
    const QStringList listing = folderListing(path);
    {
        auto db = Database::open(path, {.access = Database::Access::ReadOnly});
        ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message + u' ' + db.error().detail);
        EXPECT_TRUE((*db)->readsWorkingCopy());
        EXPECT_EQ((*db)->path(), QFileInfo(path).absoluteFilePath());
        ASSERT_EQ((*db)->notices().size(), 1);
        EXPECT_EQ(RequirementService(**db).tracking(Control515)->owner, u"Dana");
    }
    EXPECT_EQ(test::TempProject::readAll(path), file);
    EXPECT_EQ(test::TempProject::readAll(recovery::journalPathFor(path)), journal);
    EXPECT_EQ(folderListing(path), listing);
}

TEST(FileRecoveryTest, AJournalOfALiveLockHolderIsNotCalledDamage)
{
    test::TempProject temp;
    const QString path = crashedProject(temp);
    // This process now holds the lock, as a program in the middle of a save would.
    auto lock = ProjectLock::acquire(path, u"saver"_s, true, false);
    ASSERT_TRUE(lock.hasValue()) << qPrintable(lock.error().message);
    const QByteArray before = test::TempProject::readAll(path);
    const auto db = Database::open(path, {.access = Database::Access::ReadOnly});
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::Locked) << qPrintable(db.error().message);
    EXPECT_FALSE(db.error().message.contains(u"damaged"_s));
    EXPECT_EQ(test::TempProject::readAll(path), before);
}

TEST(FileRecoveryTest, CheckReadsTheLastCompleteSaveWithoutWriting)
{
    test::TempProject temp;
    const QString path = crashedProject(temp);
    const QByteArray file = test::TempProject::readAll(path);
    const auto report = IntegrityService::check(path);
    ASSERT_TRUE(report.hasValue()) << qPrintable(report.error().message);
    EXPECT_TRUE(report->restoredInterruptedSave);
    EXPECT_TRUE(report->isClean());
    EXPECT_EQ(test::TempProject::readAll(path), file);
    EXPECT_TRUE(recovery::hasJournal(path));
}

TEST(FileRecoveryTest, AReadOnlyFolderGetsAClearMessage)
{
    test::TempProject temp;
    const QString path = crashedProject(temp);
    const QString folder = QFileInfo(path).absolutePath();
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    const bool writable = QFileInfo(folder).isWritable();
    if (writable) {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        GTEST_SKIP() << "a read-only folder cannot be simulated for this user (root)";
    }
    const auto db = Database::open(path, {});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::ReadOnly);
    EXPECT_TRUE(db.error().message.contains(u"crashed.isms-journal"_s)) << qPrintable(db.error().message);
}

TEST(FileRecoveryTest, AJournalBesideAForeignFileIsLeftAlone)
{
    test::TempProject temp;
    const QString path = temp.path(u"other.isms"_s);
    test::TempProject::runSql(path, {u"CREATE TABLE t (x)"_s});
    QFile journal(recovery::journalPathFor(path));
    ASSERT_TRUE(journal.open(QIODevice::WriteOnly));
    journal.write(QByteArray::fromHex("d9d505f920a163d7") + QByteArray(600, 'j'));
    journal.close();
    const auto db = Database::open(path, {});
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::NotAProject);
    EXPECT_TRUE(recovery::hasJournal(path));
    EXPECT_FALSE(ProjectLock::inspect(path).has_value());
}

TEST(FileRecoveryTest, AJournalWithAZeroedHeaderIsIgnored)
{
    // What a crash while the journal was being started, or a finished save, can leave behind.
    test::TempProject temp;
    temp.create(u"p.isms"_s);
    const QString path = temp.path(u"p.isms"_s);
    QFile journal(recovery::journalPathFor(path));
    ASSERT_TRUE(journal.open(QIODevice::WriteOnly));
    journal.write(QByteArray(512, '\0'));
    journal.close();
    EXPECT_FALSE(recovery::hasJournal(path));
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue()) << qPrintable(db.error().message);
    EXPECT_TRUE((*db)->notices().isEmpty());
    EXPECT_TRUE(RequirementService(**db).update(Control515, {.owner = u"Dana"_s}).hasValue());
}

TEST(FileRecoveryTest, ATruncatedProjectIsCalledDamagedNotForeign)
{
    test::TempProject temp;
    temp.createDemo(u"t.isms"_s);
    const QString path = temp.path(u"t.isms"_s);
    QFile file(path);
    ASSERT_TRUE(file.resize(file.size() / 3));
    const QByteArray before = test::TempProject::readAll(path);

    const auto db = Database::open(path, {});
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(db.error().message.contains(u"damaged"_s)) << qPrintable(db.error().message);
    EXPECT_FALSE(db.error().message.contains(u"not an ISMS"_s));

    const auto report = IntegrityService::check(path);
    ASSERT_FALSE(report.hasValue());
    EXPECT_EQ(report.error().code, ErrorCode::Corrupt);
    EXPECT_EQ(test::TempProject::readAll(path), before);
}

TEST(FileRecoveryTest, ADamagedProjectNamesTheBackupBesideIt)
{
    test::TempProject temp;
    const QString path = temp.copyFixture(u"schema-v1.isms"_s);
    ASSERT_TRUE(Database::open(path, {}).hasValue()); // upgrades, writing NAME.v1.bak
    QFile file(path);
    ASSERT_TRUE(file.resize(file.size() / 2));
    const auto db = Database::open(path, {});
    ASSERT_FALSE(db.hasValue());
    EXPECT_EQ(db.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(db.error().message.contains(QFileInfo(Database::backupPathFor(path, 1)).fileName()))
        << qPrintable(db.error().message);
}
