// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "services/IsmsCalendar.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace isms {

/// Writes the ISMS calendar as an iCalendar file (RFC 5545): one all-day VEVENT per duty, with a UID
/// derived from the project id and the duty id, so that importing a later export into a calendar
/// program updates the events rather than adding them twice.
class IcsCalendar final
{
public:
    /// The whole file: CRLF line endings, lines folded at 75 octets, TEXT values escaped. `stampUtc` is
    /// every event's DTSTAMP (the time of the export).
    static QByteArray write(const QList<CalendarDuty> &duties,
                            const QString &projectId,
                            const QString &calendarName,
                            const QDateTime &stampUtc);

    /// "risks/R-003/review" of project P as a UID: the same for the same duty in every export.
    static QString uidOf(const QString &projectId, const QString &dutyId);

    /// A TEXT value with backslash, semicolon, comma and line breaks escaped.
    static QString escapeText(const QString &text);

    /// One content line, folded: no line longer than 75 octets, continuation lines start with a space,
    /// never splitting a UTF-8 character; each line ends with CRLF.
    static QByteArray fold(const QString &line);
};

} // namespace isms
