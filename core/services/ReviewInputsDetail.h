// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Internal to ReviewInputs: how its providers read the registers (ReviewInputs.cpp) for the providers
// themselves (ReviewInputProviders.cpp).
#pragma once

#include "common/Result.h"
#include "domain/ChangeLogEntry.h"
#include "domain/EntitySpec.h"
#include "services/ReviewInputs.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace isms {

class Database;

namespace reviewinputs {

/// The records of the register `key`; none when the project has no such register or table.
Result<QList<Record>> recordsOf(const Database &db, const QString &key);
/// A field of a record of the register `key`; an invalid QVariant when the field is unknown.
QVariant valueOf(const QString &key, const Record &record, QStringView field);
QString textOf(const QString &key, const Record &record, QStringView field);
QDate dateOf(const QString &key, const Record &record, QStringView field);
/// The label of an enum value ("In progress" for "in-progress").
QString labelOf(const QString &key, const Record &record, QStringView field);
/// The first line of a text, shortened to 160 characters.
QString firstLine(const QString &text);
QString isoDate(const QDate &date);
/// The names of the people register by row id.
Result<QHash<qint64, QString>> peopleNames(const Database &db);
/// The change-log entries of `entity` written after `since` (all of them when `since` is invalid).
Result<QList<ChangeLogEntry>> changesSince(const Database &db, const QString &entity, const QDate &since);
/// The line that says a register of another part of the program is missing.
ReviewInputLine noRegister(const QString &key);
/// Whether a status keyword means the record is finished.
bool isClosed(const QString &status);

} // namespace reviewinputs

} // namespace isms
