// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// File > Save a copy as…: the open project written whole to a new file.
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryFile>

namespace isms {

Result<void> Database::saveCopyAs(const QString &target) const
{
    const QFileInfo info(target);
    if (info.exists()) {
        return Error{
            ErrorCode::Io,
            QCoreApplication::translate("isms::Database", "\"%1\" already exists; choose another file name.")
                .arg(info.fileName()),
            {}};
    }
    QTemporaryFile temporary(info.absoluteDir().filePath(QStringLiteral(".isms-copy-XXXXXX")));
    if (!temporary.open()) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate(
                         "isms::Database",
                         "The copy could not be written in \"%1\"; choose a folder you can write to.")
                         .arg(info.absolutePath()),
                     temporary.errorString()};
    }
    temporary.close();
    QFile::remove(temporary.fileName()); // VACUUM INTO wants to create the file itself
    QSqlQuery query(connection());
    if (auto done = sql::exec(query, SqlDialect::sqlite().copyDatabaseInto(), {temporary.fileName()});
        !done) {
        QFile::remove(temporary.fileName());
        return Error{
            ErrorCode::Io,
            QCoreApplication::translate("isms::Database",
                                        "The copy could not be written; check the disk space and try again."),
            done.error().detail};
    }
    if (!QFile::rename(temporary.fileName(), info.absoluteFilePath())) {
        QFile::remove(temporary.fileName());
        return Error{ErrorCode::Io,
                     QCoreApplication::translate(
                         "isms::Database",
                         "The copy could not be saved as \"%1\"; check the folder and try again.")
                         .arg(info.fileName()),
                     {}};
    }
    temporary.setAutoRemove(false);
    return {};
}

} // namespace isms
