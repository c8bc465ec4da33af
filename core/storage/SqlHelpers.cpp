// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace isms::sql {

namespace {

/// "audit", "audit and control", "a, b and c".
QString fieldList(QStringList fields)
{
    if (fields.size() < 2) {
        return fields.value(0);
    }
    const QString last = fields.takeLast();
    //: A list of field names: "audit and control", "risk, asset and role"
    return QCoreApplication::translate("isms::Sql", "%1 and %2").arg(fields.join(QStringLiteral(", ")), last);
}

} // namespace

Error queryError(const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    return driverError(error.nativeErrorCode(),
                       what,
                       what + u": " + error.databaseText() + u" [" + query.lastQuery() + u']');
}

Error driverError(const QString &native, const QString &what, const QString &detail)
{
    ErrorCode code = ErrorCode::Database;
    // SQLITE_READONLY, SQLITE_CANTOPEN and SQLITE_IOERR are file problems, not program errors.
    if (native == u"8") {
        code = ErrorCode::ReadOnly;
    } else if (native == u"14" || native == u"10" || native == u"13") {
        code = ErrorCode::Io;
    } else if (native == u"26") {
        code = ErrorCode::NotAProject;
    } else if (native == u"11") {
        code = ErrorCode::Corrupt;
    }
    // SQLITE_CONSTRAINT (19) or its extended UNIQUE (2067) and PRIMARY KEY (1555) codes: a record that
    // may exist once is there already. The register's own checks refuse most of these in a sentence
    // of their own first; this names the fields for what slips past them (a link made twice).
    static const QRegularExpression unique(QStringLiteral("UNIQUE constraint failed: ([^\\[]+)"));
    if (const auto match = unique.match(detail);
        (native == u"19" || native == u"2067" || native == u"1555") && match.hasMatch()) {
        QStringList fields;
        for (const QString &column : match.captured(1).trimmed().split(u',')) {
            fields.append(column.section(u'.', -1).trimmed());
        }
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::Sql",
                                                 "A record with the same %1 is recorded already; each may be "
                                                 "recorded once. Nothing was saved.")
                         .arg(fieldList(fields)),
                     detail};
    }
    QString message;
    switch (code) {
    case ErrorCode::ReadOnly:
        message = QCoreApplication::translate("isms::Sql",
                                              "The project file cannot be written; check that it is not "
                                              "read-only and that the disk is not full.");
        break;
    case ErrorCode::Io:
        message = QCoreApplication::translate("isms::Sql",
                                              "Reading or writing the project file failed; check the disk "
                                              "and try again.");
        break;
    case ErrorCode::NotAProject:
        message = QCoreApplication::translate("isms::Sql",
                                              "The file is not an ISMS Workbench project; choose a .isms "
                                              "file.");
        break;
    case ErrorCode::Corrupt:
        message = QCoreApplication::translate("isms::Sql",
                                              "The project file is damaged; open a backup copy of it.");
        break;
    default:
        message = QCoreApplication::translate("isms::Sql",
                                              "The project file could not be read or changed (%1); nothing "
                                              "was changed. Try again; if it happens again, run \"isms-cli "
                                              "check\" on the file.")
                      .arg(what);
        break;
    }
    return Error{code, message, detail};
}

Result<void> exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values)
{
    return execWith(query, sql, QList<QVariant>(values));
}

Result<void> execWith(QSqlQuery &query, const QString &sql, const QList<QVariant> &values)
{
    if (!query.prepare(sql)) {
        return queryError(query, QStringLiteral("prepare"));
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return queryError(query, QStringLiteral("exec"));
    }
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    if (auto done = exec(query, sql, values); !done) {
        return done.error();
    }
    if (!query.next()) {
        return QVariant();
    }
    return query.value(0);
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullable(const std::optional<QString> &value)
{
    return value ? text(*value) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<QString> optionalString(const QVariant &value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toString();
}

} // namespace isms::sql
