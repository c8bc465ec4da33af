// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/FileRecovery.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/ScopedConnection.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace isms {

namespace recovery {

QString journalPathFor(const QString &path)
{
    return path + QStringLiteral("-journal");
}

bool hasJournal(const QString &path)
{
    QFile journal(journalPathFor(path));
    if (!journal.open(QIODevice::ReadOnly)) {
        return false;
    }
    // A journal only needs playing back when it starts with SQLite's journal magic. One whose header
    // was zeroed (a save that finished, or a crash while the journal was being started) is ignored by
    // SQLite, and by us.
    static const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
    return journal.read(magic.size()) == magic;
}

bool headerNamesProject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    // The SQLite header: the magic string at offset 0 and the application id, big-endian, at 68.
    const QByteArray header = file.read(72);
    if (header.size() < 72 || !header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        return false;
    }
    const quint32 applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    return applicationId == static_cast<quint32>(Database::ApplicationId);
}

Result<void> rollBack(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!QFileInfo(path).isWritable() || !folder.isWritable()) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("isms::FileRecovery",
                                                 "\"%1\" was left half-saved and cannot be restored here "
                                                 "because the file or its folder is read-only.")
                         .arg(name),
                     path};
    }
    {
        const ScopedConnection connection(path, false);
        if (connection.isOpen()) {
            // The first read through a read-write connection finds the hot journal and plays it back.
            // trusted_schema is off first: the file is not trusted yet.
            (void)sql::scalar(connection.db(), QStringLiteral("PRAGMA trusted_schema = OFF"));
            (void)sql::scalar(connection.db(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
        }
    }
    if (hasJournal(path)) {
        return Error{ErrorCode::Corrupt,
                     QCoreApplication::translate("isms::FileRecovery",
                                                 "\"%1\" was left half-saved and its last complete save "
                                                 "could not be restored; open a backup copy of it.")
                         .arg(name),
                     journalPathFor(path)};
    }
    qCInfo(lcStorage) << "rolled back an interrupted save";
    return {};
}

} // namespace recovery

Result<std::unique_ptr<WorkingCopy>> WorkingCopy::make(const QString &original)
{
    std::unique_ptr<WorkingCopy> copy(new WorkingCopy());
    const QString name = QFileInfo(original).fileName();
    const Error failed{ErrorCode::Io,
                       QCoreApplication::translate("isms::FileRecovery",
                                                   "\"%1\" could not be copied to a temporary folder for "
                                                   "reading; free some disk space and try again.")
                           .arg(name),
                       {}};
    if (!copy->m_dir.isValid()) {
        return Error{failed.code, failed.message, copy->m_dir.errorString()};
    }
    copy->m_path = copy->m_dir.filePath(QStringLiteral("project.isms"));
    if (!QFile::copy(original, copy->m_path)) {
        return failed;
    }
    QFile::setPermissions(copy->m_path, QFile::ReadOwner | QFile::WriteOwner);
    if (recovery::hasJournal(original)) {
        const QString journal = recovery::journalPathFor(copy->m_path);
        if (!QFile::copy(recovery::journalPathFor(original), journal)) {
            return failed;
        }
        QFile::setPermissions(journal, QFile::ReadOwner | QFile::WriteOwner);
        if (auto rolledBack = recovery::rollBack(copy->m_path); !rolledBack) {
            return Error{rolledBack.error().code,
                         QCoreApplication::translate("isms::FileRecovery",
                                                     "\"%1\" was left half-saved and its last complete "
                                                     "save could not be restored; open a backup copy of it.")
                             .arg(name),
                         rolledBack.error().detail};
        }
        copy->m_restored = true;
    }
    return copy;
}

WorkingCopy::~WorkingCopy() = default;

} // namespace isms
