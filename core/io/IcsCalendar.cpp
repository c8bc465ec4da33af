// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/IcsCalendar.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

constexpr qsizetype MaxOctets = 75;

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

QString dateValue(const QDate &date)
{
    return date.toString(u"yyyyMMdd"_s);
}

} // namespace

QString IcsCalendar::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            escaped += u"\\\\"_s;
        } else if (c == u';') {
            escaped += u"\\;"_s;
        } else if (c == u',') {
            escaped += u"\\,"_s;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            escaped += u"\\n"_s;
        } else if (c == u'\n') {
            escaped += u"\\n"_s;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            escaped += u' '; // other control characters are not allowed in TEXT
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray IcsCalendar::fold(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    bool first = true;
    while (start < bytes.size()) {
        const qsizetype room = first ? MaxOctets : MaxOctets - 1; // a continuation starts with a space
        qsizetype end = std::min(start + room, bytes.size());
        while (end < bytes.size() && end > start && isContinuationByte(bytes.at(end))) {
            --end; // never cut a character in two
        }
        if (!first) {
            out += ' ';
        }
        out += bytes.mid(start, end - start);
        out += "\r\n";
        start = end;
        first = false;
    }
    if (bytes.isEmpty()) {
        out += "\r\n";
    }
    return out;
}

QString IcsCalendar::uidOf(const QString &projectId, const QString &dutyId)
{
    return dutyId + u'@' + projectId + u".isms-workbench"_s;
}

QByteArray IcsCalendar::write(const QList<CalendarDuty> &duties,
                              const QString &projectId,
                              const QString &calendarName,
                              const QDateTime &stampUtc)
{
    QByteArray out;
    const auto line = [&out](const QString &text) { out += fold(text); };
    const QString stamp = stampUtc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    line(u"BEGIN:VCALENDAR"_s);
    line(u"VERSION:2.0"_s);
    line(u"PRODID:-//ISMS Workbench//ISMS calendar//EN"_s);
    line(u"CALSCALE:GREGORIAN"_s);
    line(u"METHOD:PUBLISH"_s);
    line(u"X-WR-CALNAME:"_s + escapeText(calendarName));
    for (const CalendarDuty &duty : duties) {
        line(u"BEGIN:VEVENT"_s);
        line(u"UID:"_s + escapeText(uidOf(projectId, duty.id)));
        line(u"DTSTAMP:"_s + stamp);
        line(u"DTSTART;VALUE=DATE:"_s + dateValue(duty.due));
        line(u"DTEND;VALUE=DATE:"_s + dateValue(duty.due.addDays(1)));
        line(u"SUMMARY:"_s + escapeText(duty.title));
        line(u"DESCRIPTION:"_s + escapeText(duty.ref.isEmpty() ? duty.kind : duty.kind + u' ' + duty.ref));
        line(u"CATEGORIES:"_s + escapeText(duty.kind));
        line(u"TRANSP:TRANSPARENT"_s);
        line(u"END:VEVENT"_s);
    }
    line(u"END:VCALENDAR"_s);
    return out;
}

} // namespace isms
